/**
 * The ICE username fragments a remote description offers for one media section: what
 * addIceCandidate compares a candidate's `usernameFragment` with
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-addicecandidate). Pure; no DOM.
 */
import { layout, splitLines, type LineRange, type MediaSection, type SdpLine } from './lines';

/** Where a candidate says it belongs: `sdpMid` first, then `sdpMLineIndex`, as the spec reads them. */
export interface CandidateTarget {
  readonly sdpMid?: string | null;
  readonly sdpMLineIndex?: number | null;
}

function ufragsIn(lines: readonly SdpLine[], range: LineRange): string[] {
  const out: string[] = [];
  for (let i = range.start; i < range.end; i++) {
    const text = lines[i]!.text;
    if (text.startsWith('a=ice-ufrag:')) out.push(text.slice(12).trim());
  }
  return out;
}

/**
 * The last SDP read, split and laid out. A trickling app adds candidate after candidate against
 * the same remote description, and this runs for each one (addIceCandidate's hot path), so the
 * description is split once, not once per candidate. Strings are immutable: equal text, same layout.
 */
interface ReadSdp {
  readonly sdp: string;
  readonly lines: readonly SdpLine[];
  readonly session: LineRange;
  readonly media: readonly MediaSection[];
}
let last: ReadSdp | null = null;

function read(sdp: string): ReadSdp {
  if (last && last.sdp === sdp) return last;
  const lines = splitLines(sdp);
  const { session, media } = layout(lines);
  return (last = { sdp, lines, session, media });
}

/**
 * The ufrags of the media section `target` names in `sdp` (its own `a=ice-ufrag`, else the
 * session-level one), or null when `target` names no section of `sdp` or the section has none
 * (RFC 8843 lets a BUNDLE group carry ICE attributes in one section only; the caller then cannot
 * tell a foreign fragment from a bundled one and must not reject).
 */
export function iceUfragsFor(sdp: string, target: CandidateTarget): string[] | null {
  const { lines, session, media } = read(sdp);
  let section: LineRange | undefined;
  if (target.sdpMid !== undefined && target.sdpMid !== null) {
    for (let i = 0; i < media.length && !section; i++) if (media[i]!.mid === target.sdpMid) section = media[i];
  } else if (target.sdpMLineIndex !== undefined && target.sdpMLineIndex !== null) {
    section = media[target.sdpMLineIndex];
  }
  if (!section) return null;
  const own = ufragsIn(lines, section);
  if (own.length) return own;
  const shared = ufragsIn(lines, session);
  return shared.length ? shared : null;
}

/** Every ICE username fragment in `sdp`, session level and every section, in order. */
export function allIceUfrags(sdp: string): string[] {
  const { lines } = read(sdp);
  return ufragsIn(lines, { start: 0, end: lines.length });
}
