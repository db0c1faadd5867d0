/**
 * `a=extmap-allow-mixed` (RFC 8285 section 6: one- and two-byte RTP header extensions mixed in a
 * stream), which engines older than the attribute reject as a malformed description. Removing it
 * is safe: without it both ends use one form only. Only those lines go; an SDP without the
 * attribute is returned as it is (one scan).
 */
import { removeLines, type Scope } from './lines';

const LINE = 'a=extmap-allow-mixed';

export function withoutExtmapAllowMixed(sdp: string, scope: Scope = 'all'): string {
  if (sdp.indexOf(LINE) < 0) return sdp;
  return removeLines(sdp, (line) => line === LINE, scope);
}
