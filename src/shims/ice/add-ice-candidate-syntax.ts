/**
 * addIceCandidate with a candidate string that does not parse must reject with OperationError
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-addicecandidate: a candidate that "could
 * not be successfully added" rejects with OperationError; the string follows RFC 8839 section
 * 5.1). Chromium does (every build measured, `scripts/chromium-probe.mjs` unparsableCandidate);
 * Firefox resolves and ignores it, so a relay that garbles candidates goes unnoticed there. Only
 * a call on a live connection shows it, hence the engine family as the behaviour test.
 */
import { rejectWith } from '../../patch/legacy-callbacks';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import { parseCandidate } from '../../sdp/candidate';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

function unparsable(pc: RTCPeerConnection, candidate: unknown): boolean {
  if (typeof candidate !== 'object' || candidate === null) return false;
  const { candidate: text, sdpMid, sdpMLineIndex } = candidate as RTCIceCandidateInit;
  // '' (end-of-candidates) and the spec's earlier errors (TypeError without mid and index,
  // InvalidStateError when closed or without a remote description) stay the engine's.
  if (typeof text !== 'string' || text === '') return false;
  if ((sdpMid === undefined || sdpMid === null) && (sdpMLineIndex === undefined || sdpMLineIndex === null)) return false;
  if (pc.signalingState === 'closed' || !pc.remoteDescription) return false;
  return parseCandidate(text) === null;
}

export const shim: Shim = {
  name: 'add-ice-candidate-syntax',
  area: 'ice',
  reason:
    'addIceCandidate must reject a candidate string that does not parse with OperationError, not ignore it ' +
    '(https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-addicecandidate)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && ctx.browser.engine === 'gecko'
      ? 'Firefox resolves addIceCandidate for a candidate string that does not parse'
      : false;
  },
  install(ctx) {
    const win = ctx.window;
    wrapSignalingMethod(ctx, 'addIceCandidate', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      if (unparsable(this as RTCPeerConnection, args[0])) {
        return rejectWith(win, 'OperationError', 'The candidate string does not parse (RFC 8839 section 5.1).');
      }
      return native.apply(this, args);
    });
  },
};
