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
import { specError } from '../../patch/legacy-callbacks';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

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
    // The engine goes first, on its operations chain, so a setRemoteDescription the app queued just
    // before is applied first; only its OperationError for a missing remote description is renamed.
    // (A check before the call would reject a candidate trickled right after setRemoteDescription.)
    wrapSignalingMethod(ctx, 'addIceCandidate', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const pc = this as RTCPeerConnection;
      return Promise.resolve(native.apply(this, args)).then(undefined, (error: unknown) => {
        const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
        if (name === 'OperationError' && !pc.remoteDescription) throw specError(win, 'InvalidStateError', 'The remote description is null.');
        throw error;
      });
    });
  },
};
