/**
 * The legacy overloads take both callbacks (`setLocalDescription(description, successCallback,
 * failureCallback)`, https://w3c.github.io/webrtc-pc/#legacy-interface-extensions), so WebIDL
 * rejects a call whose failure callback is missing or not callable with a TypeError, and Firefox
 * does. Chromium declares failureCallback optional on setLocalDescription, setRemoteDescription
 * and addIceCandidate: the same legacy call then works in Chromium and fails in Firefox. The spec
 * decides, so every engine rejects it, and a one-time warning says what to pass. Only a call can
 * show an overload set, so the behaviour test is the engine family (every Chromium, measured in
 * 73, 92 and 156).
 */
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

const METHODS = ['setLocalDescription', 'setRemoteDescription', 'addIceCandidate'] as const;

export const shim: Shim = {
  name: 'legacy-failure-callback',
  area: 'peer-connection',
  reason:
    'a legacy call without a failure callback must be a TypeError in every engine, as the spec and Firefox say ' +
    '(https://w3c.github.io/webrtc-pc/#legacy-interface-extensions)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && ctx.browser.engine === 'blink'
      ? 'Chromium accepts setLocalDescription/setRemoteDescription/addIceCandidate(value, success) without failure'
      : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    for (let i = 0; i < METHODS.length; i++) {
      const key = METHODS[i]!;
      wrapMethod(proto, key, this.name, (native) =>
        function (this: unknown, ...args: unknown[]): unknown {
          if (args.length >= 2 && typeof args[1] === 'function' && typeof args[2] !== 'function') {
            const message = key + '(value, successCallback, failureCallback): the failure callback is required ' +
              '(https://w3c.github.io/webrtc-pc/#legacy-interface-extensions); pass one, or use the promise.';
            ctx.log.deprecated('legacy-failure-callback', message);
            return Promise.reject(new TypeError(message));
          }
          return native.apply(this, args);
        },
      );
    }
  },
};
