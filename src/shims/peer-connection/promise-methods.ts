/**
 * Engines from before the promise API (Chrome < 51, Firefox < 37) have only the callback forms of
 * createOffer, createAnswer, setLocalDescription, setRemoteDescription and addIceCandidate, and
 * return undefined. Spec code awaits them (https://w3c.github.io/webrtc-pc/#interface-definition).
 * Whether a method returns a promise can only be seen by calling it on a live connection, so the
 * behaviour test uses the versions that shipped the promise forms.
 */
import { versionIn } from '../../browser';
import { settleCallbacks, toSpecError } from '../../patch/legacy-callbacks';
import { wrapMethod, type Method } from '../../patch/wrap-method';
import type { Shim, ShimWindow } from '../../types';
import { peerConnectionPrototype } from '../../window';

const CREATE = ['createOffer', 'createAnswer'] as const;
const APPLY = ['setLocalDescription', 'setRemoteDescription', 'addIceCandidate'] as const;

function promiseFrom(win: ShimWindow, native: Method, self: unknown, value: unknown[], create: boolean): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown): void => reject(toSpecError(win, error));
    if (create) native.call(self, resolve, fail, ...value);
    else native.call(self, value[0], resolve, fail);
  });
}

function promiseCapable(win: ShimWindow, native: Method, create: boolean): Method {
  return function (this: unknown, ...args: unknown[]): unknown {
    if (args.length >= 2) {
      // Legacy call: the engine's own callback path, settled as the spec's Promise<void>.
      const [success, failure] = create ? [args[0], args[1]] : [args[1], args[2]];
      const value = create ? args.slice(2, 3) : args.slice(0, 1);
      return settleCallbacks(win, success, failure, () => promiseFrom(win, native, this, value, create));
    }
    return promiseFrom(win, native, this, args.slice(0, 1), create);
  };
}

export const shim: Shim = {
  name: 'promise-methods',
  area: 'peer-connection',
  reason: 'pre-promise engines (Chrome < 51, Firefox < 37) only have callback signaling methods (https://w3c.github.io/webrtc-pc/#interface-definition)',
  needed(ctx) {
    if (!peerConnectionPrototype(ctx.window)) return false;
    const b = ctx.browser;
    return versionIn(b, 'blink', 1, 50) || versionIn(b, 'gecko', 1, 36)
      ? 'engine ' + b.browser + ' ' + String(b.version) + ' predates promise-based signaling'
      : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    for (const key of CREATE) wrapMethod(proto, key, this.name, (native) => promiseCapable(ctx.window, native, true));
    for (const key of APPLY) wrapMethod(proto, key, this.name, (native) => promiseCapable(ctx.window, native, false));
  },
};
