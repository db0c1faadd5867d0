/**
 * `sdp` with a line ending after its last line, in the SDP's own style (CRLF, or LF for an
 * LF-only SDP): RFC 8866 section 5 ends every SDP line with one, and engines mishandle a last line
 * without (docs/sdp-quirks.md). Nothing else changes; an SDP that ends with one, or an empty one,
 * is returned as it is (one character read).
 */
import { lineEnding } from './lines';

export function withFinalLineEnding(sdp: string): string {
  return !sdp || sdp.endsWith('\n') ? sdp : sdp + lineEnding(sdp);
}
