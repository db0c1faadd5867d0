/**
 * Safari shipped the promise API only: its callback overloads (createOffer(success, failure),
 * setLocalDescription(desc, success, failure), ...) sit behind the "WebRTC Legacy API" setting,
 * off by default. Legacy code calls them (https://w3c.github.io/webrtc-pc/#legacy-interface-extensions).
 * Overload support cannot be seen without calling a live connection, so the behaviour test is the
 * engine family (every Safari version ships with the setting off).
 */
import { withLegacyCallbacks } from '../../patch/legacy-callbacks';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'legacy-callbacks',
  area: 'peer-connection',
  reason:
    'Safari ships without the legacy callback overloads of the signaling methods ' +
    '(https://w3c.github.io/webrtc-pc/#legacy-interface-extensions)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && ctx.browser.engine === 'webkit'
      ? 'WebKit ships the legacy callback overloads disabled'
      : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    for (const key of ['createOffer', 'createAnswer'] as const) {
      wrapMethod(proto, key, this.name, (native) => withLegacyCallbacks(ctx.window, 'create', native));
    }
    for (const key of ['setLocalDescription', 'setRemoteDescription', 'addIceCandidate'] as const) {
      wrapMethod(proto, key, this.name, (native) => withLegacyCallbacks(ctx.window, 'apply', native));
    }
  },
};
