/**
 * The legacy calling forms of getStats, answered with the spec's RTCStatsReport
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-getstats; the legacy forms as
 * src/patch/legacy-callbacks.ts parses them). Measured:
 * - Chromium 123 and 156, Firefox 153: `getStats(success)` rejects with a TypeError (no callback
 *   overload left); `getStats(selector, success, failure)` resolves its promise and never calls
 *   back (WebIDL drops the extra arguments);
 * - Chromium 73 and 92 still answer `getStats(success[, selector])` themselves, with the old
 *   non-spec RTCStatsResponse (`result()`), which code of that era reads: that form goes to the
 *   engine first and comes here only when the engine rejects it with a TypeError (no global or
 *   member tells the two apart at load). `getStats(selector, success, failure)` never calls back in
 *   Chromium 92 and is a TypeError in Chromium 73.
 * A call is needed to see any of it, so the behaviour test is "the engine has the promise form"
 * (an `RTCStatsReport` interface next to `getStats`).
 */
import { parseLegacyCall, settleCallbacks } from '../../patch/legacy-callbacks';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'legacy-get-stats',
  area: 'stats',
  reason:
    'the legacy getStats(success, selector) and getStats(selector, success, failure) forms must answer with the spec report ' +
    '(https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-getstats)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    return proto && typeof proto.getStats === 'function' && 'RTCStatsReport' in ctx.window
      ? 'getStats(selector, success, failure) never calls back; getStats(success) is refused where the engine dropped it'
      : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    wrapMethod(proto, 'getStats', this.name, (native) =>
      function (this: unknown, ...args: unknown[]): unknown {
        const legacy = parseLegacyCall('stats', args);
        // The promise form gets the selector alone: Chromium 73 reads getStats(null, undefined) as a legacy call.
        if (!legacy) return native.apply(this, args.length > 1 ? args.slice(0, 1) : args);
        const settle = (): Promise<void> => settleCallbacks(ctx.window, ctx.log, 'getStats', legacy, () => native.apply(this, legacy.value));
        if (typeof args[0] !== 'function') return settle();
        // Chromium's own legacy form: the engine's answer where it still has one.
        let own: unknown;
        try {
          own = native.apply(this, args);
        } catch (error) {
          if (error instanceof TypeError) return settle();
          throw error;
        }
        return Promise.resolve(own).then(undefined, (error: unknown) => (error instanceof TypeError ? settle() : Promise.reject(error)));
      },
    );
  },
};
