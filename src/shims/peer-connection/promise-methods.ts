/**
 * Engines from before the promise API (Chrome < 51, Firefox < 37) have only the callback forms of
 * createOffer, createAnswer, setLocalDescription, setRemoteDescription and addIceCandidate, and
 * return undefined. Spec code awaits them (https://w3c.github.io/webrtc-pc/#interface-definition).
 * Whether a method returns a promise can only be seen by calling it on a live connection, so the
 * behaviour test uses the versions that shipped the promise forms. This shim adds the promise form
 * on top of the engine's callback form; legacy calls keep going to the engine's own overloads
 * (src/patch/signaling-method.ts), and `legacy-callbacks` normalises them.
 */
import { inEngines } from '../../browser';
import { toSpecError } from '../../patch/legacy-callbacks';
import { wrapSignalingMethod, type SignalingMethod } from '../../patch/signaling-method';
import type { Method } from '../../patch/wrap-method';
import type { Shim, ShimWindow } from '../../types';
import { peerConnectionPrototype } from '../../window';

const METHODS: readonly SignalingMethod[] = ['createOffer', 'createAnswer', 'setLocalDescription', 'setRemoteDescription', 'addIceCandidate'];

function promiseForm(win: ShimWindow, native: Method, create: boolean): Method {
  return function (this: unknown, ...args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const fail = (error: unknown): void => reject(toSpecError(win, error));
      if (create) native.call(this, resolve, fail, ...args.slice(0, 1));
      else native.call(this, args[0], resolve, fail);
    });
  };
}

export const shim: Shim = {
  name: 'promise-methods',
  area: 'peer-connection',
  engines: { blink: [1, 50], gecko: [1, 36] },
  reason: 'pre-promise engines (Chrome < 51, Firefox < 37) only have callback signaling methods (https://w3c.github.io/webrtc-pc/#interface-definition)',
  needed(ctx) {
    if (!peerConnectionPrototype(ctx.window)) return false;
    const b = ctx.browser;
    return inEngines(b, this.engines)
      ? 'engine ' + b.browser + ' ' + String(b.version) + ' predates promise-based signaling'
      : false;
  },
  install(ctx) {
    for (let i = 0; i < METHODS.length; i++) {
      const key = METHODS[i]!;
      const create = key === 'createOffer' || key === 'createAnswer';
      wrapSignalingMethod(ctx, key, this.name, (native) => promiseForm(ctx.window, native, create));
    }
  },
};
