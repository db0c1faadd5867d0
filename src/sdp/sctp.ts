/**
 * What a description says about its SCTP association (the first `m=application` section over
 * SCTP that is not rejected), for `RTCPeerConnection.sctp` where the engine has none. Pure; no DOM.
 * - `maxMessageSize`: `a=max-message-size`, or 65536 when the section has none (RFC 8841
 *   section 6; the legacy `a=sctpmap` syntax never carries it); 0 means "any size".
 * - `streams`: the stream count of a legacy `a=sctpmap:<port> <app> <streams>` line, else null.
 */
import { layout, splitLines } from './lines';

export interface SctpSection {
  readonly maxMessageSize: number;
  readonly streams: number | null;
}

/** The SCTP section of `sdp`, or null when it negotiates no SCTP association. */
export function sctpSection(sdp: string): SctpSection | null {
  const lines = splitLines(sdp);
  const media = layout(lines).media;
  for (let m = 0; m < media.length; m++) {
    const section = media[m]!;
    const mline = lines[section.start]!.text.split(' ');
    if (section.type !== 'application' || mline[1] === '0' || !/SCTP/.test(mline[2] ?? '')) continue;
    let maxMessageSize = 65536;
    let streams: number | null = null;
    for (let i = section.start + 1; i < section.end; i++) {
      const text = lines[i]!.text;
      if (text.startsWith('a=max-message-size:')) maxMessageSize = parseInt(text.slice(19), 10);
      else if (text.startsWith('a=sctpmap:')) streams = parseInt(text.split(' ')[2] ?? '', 10) || null;
    }
    return { maxMessageSize: maxMessageSize >= 0 ? maxMessageSize : 65536, streams };
  }
  return null;
}

/**
 * The spec's maxMessageSize (https://w3c.github.io/webrtc-pc/#sctp-transport-update-mms) from
 * the remote side's size and what this side can send; 0 on either side means "any size".
 */
export function maxMessageSize(remote: number, canSend: number): number {
  if (remote === 0 && canSend === 0) return Infinity;
  if (remote === 0 || canSend === 0) return remote || canSend;
  return Math.min(remote, canSend);
}
