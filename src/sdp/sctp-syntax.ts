/**
 * The two SDP forms of a data-channel (SCTP over DTLS) section, rewritten into each other:
 *
 * - current (RFC 8841): `m=application 9 UDP/DTLS/SCTP webrtc-datachannel` + `a=sctp-port:5000`
 *   (+ `a=max-message-size`);
 * - legacy (draft-ietf-mmusic-sctp-sdp-05, what engines of 2013–2018 wrote and some still
 *   require): `m=application 9 DTLS/SCTP 5000` + `a=sctpmap:5000 webrtc-datachannel 1024`.
 *
 * Only the `m=` line and the port attribute of such sections change; every other line stays as it
 * was, its line ending included. An SDP without the form to rewrite is returned as it is (one
 * scan). `a=max-message-size` is kept either way (the legacy form never had it; engines that
 * predate it ignore it, and without it the spec assumes 64 KiB).
 */
import { joinLines, layout, lineEnding, splitLines, type SdpLine } from './lines';

/** The legacy stream count engines wrote (Chrome 1024; the answerer picks its own). */
const LEGACY_STREAMS = 1024;

function rewriteSections(sdp: string, edit: (lines: SdpLine[], start: number, end: number) => boolean): string {
  const lines = splitLines(sdp);
  let changed = false;
  // Last section first: an edit that adds a line leaves the earlier sections where they were.
  const media = layout(lines).media;
  for (let m = media.length - 1; m >= 0; m--) {
    const section = media[m]!;
    if (section.type === 'application' && edit(lines, section.start, section.end)) changed = true;
  }
  return changed ? joinLines(lines) : sdp;
}

const set = (lines: SdpLine[], i: number, text: string): void => {
  lines[i] = { text, eol: lines[i]!.eol };
};

const set2 = (lines: SdpLine[], i: number, eol: SdpLine['eol']): void => {
  lines[i] = { text: lines[i]!.text, eol };
};

/** Legacy `DTLS/SCTP <port>` sections in the current syntax. */
export function currentSctpSyntax(sdp: string): string {
  if (sdp.indexOf('DTLS/SCTP ') < 0 || sdp.indexOf('a=sctpmap:') < 0) return sdp;
  return rewriteSections(sdp, (lines, start, end) => {
    const m = /^(m=application \S+ )((?:UDP\/|TCP\/)?DTLS\/SCTP) (\d+)$/.exec(lines[start]!.text);
    if (!m) return false;
    const port = m[3]!;
    let found = false;
    for (let i = start + 1; i < end; i++) {
      const map = /^a=sctpmap:(\d+) webrtc-datachannel(?: \d+)?$/.exec(lines[i]!.text);
      if (map && map[1] === port) {
        set(lines, i, 'a=sctp-port:' + port);
        found = true;
      }
    }
    if (!found) return false;
    set(lines, start, m[1]! + (m[2] === 'DTLS/SCTP' ? 'UDP/DTLS/SCTP' : m[2]!) + ' webrtc-datachannel');
    return true;
  });
}

/** Current `webrtc-datachannel` sections in the legacy syntax. */
export function legacySctpSyntax(sdp: string): string {
  if (sdp.indexOf('DTLS/SCTP webrtc-datachannel') < 0) return sdp;
  return rewriteSections(sdp, (lines, start, end) => {
    const m = /^(m=application \S+ )(?:UDP\/)?(TCP\/)?DTLS\/SCTP webrtc-datachannel$/.exec(lines[start]!.text);
    if (!m) return false;
    let port = '';
    // Where a new attribute may go: after the m= line and its i=/c=/b=/k= lines (RFC 4566 order).
    let after = start;
    for (let i = start + 1; i < end; i++) {
      const text = lines[i]!.text;
      const p = /^a=sctp-port:(\d+)$/.exec(text);
      if (p) {
        port = p[1]!;
        set(lines, i, 'a=sctpmap:' + port + ' webrtc-datachannel ' + String(LEGACY_STREAMS));
      } else if (after === i - 1 && /^[icbk]=/.test(text)) after = i;
    }
    if (!port) {
      // No a=sctp-port: the default port (RFC 8841 section 5.2), which the legacy form must name.
      port = '5000';
      const eol = lines[after]!.eol || lineEnding(lines);
      lines.splice(after + 1, 0, { text: 'a=sctpmap:5000 webrtc-datachannel ' + String(LEGACY_STREAMS), eol: lines[after]!.eol ? eol : '' });
      if (!lines[after]!.eol) set2(lines, after, eol);
    }
    set(lines, start, m[1]! + (m[2] ?? '') + 'DTLS/SCTP ' + port);
    return true;
  });
}
