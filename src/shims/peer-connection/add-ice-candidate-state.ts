/**
 * addIceCandidate() without a remote description must reject with InvalidStateError
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-addicecandidate, step "If
 * remoteDescription is null return a promise rejected with InvalidStateError"). Chromium up to 92
 * rejects with OperationError ("Error processing ICE candidate"). Measured: 73 and 92 wrong; 103 and
 * every later build tried (106–156) right. No build between 93 and 102 was available to measure,
 * so the range ends at 102 (`scripts/chromium-probe.mjs`). The error only shows after an async call
 * on a live connection, hence the version range.
 */
import { inEngines } from '../../browser';
import { rejectWith } from '../../patch/legacy-callbacks';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

/** The spec's TypeError check comes first; leave that case to the engine. */
function lacksMidAndIndex(candidate: unknown): boolean {
  if (typeof candidate !== 'object' || candidate === null) return false;
  const { candidate: text, sdpMid, sdpMLineIndex } = candidate as RTCIceCandidateInit;
  return Boolean(text) && (sdpMid === undefined || sdpMid === null) && (sdpMLineIndex === undefined || sdpMLineIndex === null);
}

export const shim: Shim = {
  name: 'add-ice-candidate-state',
  area: 'peer-connection',
  engines: { blink: [1, 102] },
  reason:
    'addIceCandidate() before setRemoteDescription must reject with InvalidStateError, not OperationError ' +
    '(https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-addicecandidate)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && inEngines(ctx.browser, this.engines)
      ? 'Chromium ' + String(ctx.browser.version) + ' rejects with OperationError without a remote description'
      : false;
  },
  install(ctx) {
    const win = ctx.window;
    wrapSignalingMethod(ctx, 'addIceCandidate', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      if (!(this as RTCPeerConnection).remoteDescription && !lacksMidAndIndex(args[0])) {
        return rejectWith(win, 'InvalidStateError', 'The remote description is null.');
      }
      return native.apply(this, args);
    });
  },
};
