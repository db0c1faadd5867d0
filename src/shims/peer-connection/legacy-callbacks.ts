/**
 * The legacy callback forms of the signaling methods
 * (https://w3c.github.io/webrtc-pc/#legacy-interface-extensions), one behaviour in every engine,
 * as src/patch/legacy-callbacks.ts describes. No engine gets them right for the code apps were
 * written in:
 * - every engine reads `createOffer(success)` / `createAnswer(success)` (the seed page's
 *   examples) as `createOffer(options)` by WebIDL overload resolution: the callback never runs;
 * - Firefox rejects `setLocalDescription(desc, success)` without a failure callback, which
 *   Chromium runs; Chromium rejects `addIceCandidate(null, success, failure)`;
 * - Chromium and Firefox call a failure callback synchronously inside the call for state errors;
 * - Safari ships the callback overloads behind a setting that is off by default.
 * So the behaviour test is "the engine has RTCPeerConnection": a call is needed to see any of it.
 * Registered after every shim that wraps a signaling method: it is the outermost layer, turns a
 * legacy call into a promise-form call, and so every other shim's fix applies to legacy calls too.
 */
import { withLegacyCallbacks } from '../../patch/legacy-callbacks';
import { overloadKind, type SignalingMethod } from '../../patch/signaling-method';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

const METHODS: readonly SignalingMethod[] = ['createOffer', 'createAnswer', 'setLocalDescription', 'setRemoteDescription', 'addIceCandidate'];

export const shim: Shim = {
  name: 'legacy-callbacks',
  area: 'peer-connection',
  reason:
    'the legacy callback forms (success callback alone, createOffer(success), asynchronous callbacks) must work alike in every engine ' +
    '(https://w3c.github.io/webrtc-pc/#legacy-interface-extensions)',
  needed(ctx) {
    if (!peerConnectionPrototype(ctx.window)) return false;
    return ctx.browser.engine === 'webkit'
      ? 'WebKit ships the legacy callback overloads disabled'
      : 'WebIDL reads createOffer(successCallback) as createOffer(options); engines disagree on a missing failure callback';
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    for (let i = 0; i < METHODS.length; i++) {
      const key = METHODS[i]!;
      wrapMethod(proto, key, this.name, (native) => withLegacyCallbacks(ctx.window, ctx.log, overloadKind(key), key, native));
    }
  },
};
