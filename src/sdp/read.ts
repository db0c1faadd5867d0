/**
 * A typed, read-only view of an SDP. This is the only module that imports sdp-transform, and it
 * imports `parse` alone: `write()` is never byte-exact on browser SDP, drops unknown lines and
 * mutates its input (docs/design.md, "SDP"). Rewrites go through `lines.ts`.
 *
 * sdp-transform 2.15 (pinned `~2.15`: 3.0.0 turns Firefox's `a=msid:{uuid} {uuid}` into
 * `a=msid:- undefined`) turns every captured value that reads as a number into a number:
 * `a=mid:0` gives `mid: 0`, Firefox's `a=candidate:0 ...` gives `foundation: 0`, an old
 * `m=application 9 DTLS/SCTP 5000` gives `payloads: 5000`, `a=fmtp:101 15` gives `config: 15`,
 * although the typings say `string`. It only converts when `String(Number(v)) === v`, so
 * `String()` gives back the original text exactly; `parseSdp` does that for the fields the typings
 * declare as strings (and for `rids[].id` and `origin.sessionId`, which may be either), so
 * `mid === '0'` and an fmtp config stays the original string. Fields typed as numbers (ports,
 * payload types, ssrc ids, rates) are left as sdp-transform gives them. To read fmtp parameters
 * use `fmtpParams`, not sdp-transform's `parseParams`, which makes `profile-level-id=640032` the
 * number 640032 (and `42e01f` stays a string, so the type depends on the value).
 */
import { parse } from 'sdp-transform';
import type { MediaDescription, SessionDescription, SharedAttributes, SharedDescriptionFields } from 'sdp-transform';
import { layout, splitLines } from './lines';
import type { LineRange, SdpLine } from './lines';

export type { MediaDescription, SessionDescription };

/** A media direction attribute (RFC 4566 section 6; RFC 3264). */
export type Direction = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

/** What shims usually need to know about one media section. */
export interface MediaSectionInfo {
  /** Position among the media sections, from 0. */
  readonly index: number;
  /** The `m=` line's media type: `audio`, `video`, `application`, ... */
  readonly type: string;
  /** The `m=` line's port; 0 for a rejected or `a=bundle-only` section. */
  readonly port: number;
  /** The `m=` line's protocol, e.g. `UDP/TLS/RTP/SAVPF`. */
  readonly protocol: string;
  /** `a=mid:` as a string (`'0'`, not `0`), or undefined when the section has none. */
  readonly mid: string | undefined;
  /**
   * The section's direction: its own attribute, else the session-level one, else `sendrecv`
   * (RFC 4566 section 6). Given for every section, `m=application` included.
   */
  readonly direction: Direction;
  /** The first `a=msid:` value exactly as written (`'{uuid} {uuid}'` from Firefox); absent when none. */
  readonly msid?: string;
  /**
   * Every `a=msid:` value in order, exactly as written. A section may carry several (one track in
   * several streams, as in JSEP); sdp-transform keeps only the last one.
   */
  readonly msids: readonly string[];
  /** The `m=` line's formats as written: payload types for RTP, `webrtc-datachannel` or `5000` for SCTP. */
  readonly payloads: readonly string[];
}

/** One payload type of an RTP media section, from its `a=rtpmap` and `a=fmtp` lines. */
export interface RtpCodec {
  readonly payload: number;
  /** The encoding name as written (`opus`, `VP8`, `H264`, `rtx`, ...). */
  readonly name: string;
  readonly clockRate: number | undefined;
  /** The rtpmap's third field (audio channel count), when present. */
  readonly channels: number | undefined;
  /** The first `a=fmtp` config for this payload type, the original string; undefined when none. */
  readonly fmtp: string | undefined;
}

/**
 * Parses an SDP with sdp-transform, giving back as strings the values it coerced to numbers where
 * the typings say string (see the module comment). The result is a fresh object each call.
 */
export function parseSdp(sdp: string): SessionDescription {
  const session = parse(sdp);
  restoreShared(session);
  restore(session, ['name', 'uri', 'email', 'phone', 'timezones', 'repeats']);
  restore(session.origin, ['username', 'sessionId', 'netType', 'address']);
  restore(session.msidSemantic, ['semantic', 'token']);
  restoreEach(session.groups, ['type', 'mids']);
  for (const media of session.media) restoreMedia(media);
  return session;
}

/** The media sections of an SDP, in order, with their type, mid, direction, msids and formats. */
export function mediaSections(sdp: string): MediaSectionInfo[] {
  const session = parseSdp(sdp);
  const lines = splitLines(sdp);
  const sections = layout(lines).media;
  if (sections.length !== session.media.length) {
    // Only a lone CR (a terminator for sdp-transform, text for lines.ts) can get here.
    throw new Error('SDP sections disagree: ' + String(sections.length) + ' m= lines, ' + String(session.media.length) + ' parsed');
  }
  return session.media.map((media, index): MediaSectionInfo => {
    const msids = valuesOf(lines, sections[index], 'a=msid:');
    const info: { -readonly [K in keyof MediaSectionInfo]: MediaSectionInfo[K] } = {
      index,
      type: media.type,
      port: media.port,
      protocol: media.protocol,
      mid: media.mid,
      direction: media.direction || session.direction || 'sendrecv',
      msids,
      payloads: media.payloads ? media.payloads.split(' ').filter((p) => p !== '') : [],
    };
    if (msids.length) info.msid = msids[0];
    return info;
  });
}

/**
 * The RTP payload types of a parsed media section (`parseSdp(sdp).media[i]`) that have an
 * `a=rtpmap`, in `m=` line order, each with its fmtp config as the original string.
 */
export function codecs(media: MediaDescription): RtpCodec[] {
  const order = media.payloads ? media.payloads.split(' ') : [];
  const position = (payload: number): number => {
    const i = order.indexOf(String(payload));
    return i === -1 ? order.length : i;
  };
  return media.rtp
    .map((rtp): RtpCodec => {
      let fmtp: string | undefined;
      for (const f of media.fmtp) {
        if (f.payload === rtp.payload) {
          fmtp = f.config;
          break;
        }
      }
      return { payload: rtp.payload, name: rtp.codec, clockRate: rtp.rate, channels: rtp.encoding, fmtp };
    })
    .sort((a, b) => position(a.payload) - position(b.payload));
}

/**
 * The parameters of an fmtp config (`a=fmtp:<pt> <config>`), every value the original string:
 * `'profile-level-id=640032;packetization-mode=1'` gives `profile-level-id` → `'640032'`. Parameters
 * are separated by `;` with optional whitespace (`minptime=10; useinbandfec=1`); a parameter
 * without `=` (telephone-event's `0-15`) maps to `''`. The first of repeated names wins.
 */
export function fmtpParams(config: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of config.split(';')) {
    const item = part.trim();
    if (!item) continue;
    const eq = item.indexOf('=');
    const name = eq === -1 ? item : item.slice(0, eq).trim();
    if (!params.has(name)) params.set(name, eq === -1 ? '' : item.slice(eq + 1).trim());
  }
  return params;
}

/** The rest of every line in `range` that starts with `prefix`, exactly as written. */
function valuesOf(lines: readonly SdpLine[], range: LineRange, prefix: string): string[] {
  const values: string[] = [];
  for (let i = range.start; i < range.end; i++) {
    if (lines[i].text.startsWith(prefix)) values.push(lines[i].text.slice(prefix.length));
  }
  return values;
}

type Bag = { [key: string]: unknown };

/** Turns back into strings the listed fields that sdp-transform turned into numbers. */
function restore<T extends object>(target: T | undefined, keys: readonly (keyof T & string)[]): void {
  if (!target) return;
  const bag = target as Bag;
  for (const key of keys) {
    const value = bag[key];
    if (typeof value === 'number') bag[key] = String(value);
  }
}

function restoreEach<T extends object>(targets: readonly T[] | undefined, keys: readonly (keyof T & string)[]): void {
  if (targets) for (const target of targets) restore(target, keys);
}


function restoreShared(target: SharedAttributes & SharedDescriptionFields): void {
  restore(target, ['description', 'setup', 'control', 'iceUfrag', 'icePwd', 'iceOptions']);
  restore(target.connection, ['ip']);
  restore(target.fingerprint, ['type', 'hash']);
  restoreEach(target.ext, ['direction', 'encrypt-uri', 'uri', 'config']);
  restoreEach(target.invalid, ['value']);
  restore(target.mediaClk, ['id', 'mediaClockName', 'mediaClockValue', 'rateNumerator', 'rateDenominator']);
  restore(target.sourceFilter, ['netType', 'addressTypes', 'destAddress', 'srcList']);
}

function restoreMedia(media: MediaDescription): void {
  restoreShared(media);
  restore(media, ['type', 'protocol', 'payloads', 'mid', 'msid', 'label', 'remoteCandidates']);
  restore(media, ['bfcpFloorCtrl', 'bfcpConfId', 'bfcpUserId', 'bfcpFloorId']);
  restoreEach(media.rtp, ['codec']);
  restoreEach(media.fmtp, ['config']);
  restore(media.rtcp, ['netType', 'address']);
  restoreEach(media.rtcpFb, ['type', 'subtype']);
  restoreEach(media.crypto, ['suite', 'config', 'sessionConfig']);
  restoreEach(media.candidates, ['foundation', 'transport', 'ip', 'type', 'raddr', 'tcptype']);
  restoreEach(media.ssrcs, ['attribute', 'value']);
  restoreEach(media.ssrcGroups, ['semantics', 'ssrcs']);
  restore(media.sctpmap, ['app']);
  restoreEach(media.rids, ['id', 'direction', 'params']);
  restoreEach(media.imageattrs, ['attrs1', 'attrs2']);
  restore(media.simulcast, ['list1', 'list2']);
  restore(media.simulcast_03, ['value']);
}
