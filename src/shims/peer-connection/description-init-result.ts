/**
 * createOffer()/createAnswer() resolve with an RTCSessionDescriptionInit dictionary, a plain
 * object the app may edit (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-createoffer,
 * w3c/webrtc-pc#574). Chromium up to 123 resolves with a read-only RTCSessionDescription, so
 * `offer.sdp = munged` silently does nothing. Measured: 73, 92, 103–123 give RTCSessionDescription;
 * 126, 127, 131, 143, 149, 152 and 156 give the dictionary. No build of 124 or 125 was available
 * to measure, so the range ends at 125 (`scripts/chromium-probe.mjs`). The type of the result is
 * only visible after an async call on a live connection, hence the version range.
 */
import { inEngines } from '../../browser';
import { toInit } from '../../patch/description-init';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'description-init-result',
  area: 'peer-connection',
  engines: { blink: [1, 125] },
  reason:
    'createOffer/createAnswer must resolve with a plain RTCSessionDescriptionInit, not a read-only RTCSessionDescription ' +
    '(https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-createoffer)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && inEngines(ctx.browser, this.engines)
      ? 'Chromium ' + String(ctx.browser.version) + ' resolves with RTCSessionDescription'
      : false;
  },
  install(ctx) {
    for (const key of ['createOffer', 'createAnswer'] as const) {
      wrapSignalingMethod(ctx, key, this.name, (native) => function (this: unknown, ...args: unknown[]) {
        return Promise.resolve(native.apply(this, args.slice(0, 1))).then(toInit);
      });
    }
  },
};
