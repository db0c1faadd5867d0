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

/** True for a candidate string given with its section that does not follow the grammar. */
function unparsable(candidate: unknown): boolean {
  if (typeof candidate !== 'object' || candidate === null) return false;
  const { candidate: text, sdpMid, sdpMLineIndex } = candidate as RTCIceCandidateInit;
  // '' is end-of-candidates; without sdpMid and sdpMLineIndex the engine's TypeError comes first.
  if (typeof text !== 'string' || text === '') return false;
  if ((sdpMid === undefined || sdpMid === null) && (sdpMLineIndex === undefined || sdpMLineIndex === null)) return false;
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
    const reject = (): Promise<never> => rejectWith(win, 'OperationError', 'The candidate string does not parse (RFC 8839 section 5.1).');
    wrapSignalingMethod(ctx, 'addIceCandidate', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      if (!unparsable(args[0])) return native.apply(this, args);
      const pc = this as RTCPeerConnection;
      // With a remote description in place the engine never sees the string. Without one, a
      // setRemoteDescription may still be queued before this call: the engine goes first (its
      // InvalidStateError when there is none, Firefox ignores the string otherwise), then ours.
      if (pc.remoteDescription && pc.signalingState !== 'closed') return reject();
      return Promise.resolve(native.apply(this, args)).then(reject);
    });
  },
};
