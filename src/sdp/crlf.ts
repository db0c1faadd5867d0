/**
 * `sdp` with CRLF after every line, the last one included: what RFC 4566 (section 5) and JSEP
 * parsers require, while SDP from servers, files and libraries often has bare LF or no final line
 * ending. Only the line endings change; an SDP that already has them is returned as it is (one
 * scan). An empty string stays empty.
 */
import { joinLines, splitLines } from './lines';

export function withCrlf(sdp: string): string {
  if (!sdp || (sdp.endsWith('\r\n') && !/(?:^|[^\r])\n/.test(sdp))) return sdp;
  return joinLines(splitLines(sdp).map((line) => ({ text: line.text, eol: '\r\n' as const })));
}
