/**
 * Whether an SDP carries an ICE option (`a=ice-options:<token> ...`, RFC 8839 section 5.6) at the
 * session level or in any media section: what canTrickleIceCandidates reads from the remote
 * description (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-cantrickleicecandidates).
 * Pure; no DOM.
 */
import { splitLines } from './lines';

export function hasIceOption(sdp: string, option: string): boolean {
  const lines = splitLines(sdp);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.startsWith('a=ice-options:') && text.slice(14).split(' ').indexOf(option) >= 0) return true;
  }
  return false;
}
