/**
 * getStats(selector), sender.getStats() and receiver.getStats() answer with what the stats
 * selection algorithm selects (https://w3c.github.io/webrtc-pc/#dfn-stats-selection-algorithm):
 * the RTP stream stats of that sender or receiver and the stats they reference, never the
 * connection's `peer-connection` or `data-channel` stats. Firefox 153 includes both (measured in
 * test/e2e/stats.e2e.js; Chromium does not). Only a call shows it, so the behaviour test is the
 * engine family.
 */
import { wrapMethod } from '../../patch/wrap-method';
import { rewriteReport } from '../../stats/report';
import type { Stats } from '../../stats/spec-members';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

const selected = (stats: Stats[]): Stats[] => stats.filter((s) => s.type !== 'peer-connection' && s.type !== 'data-channel');

export const shim: Shim = {
  name: 'stats-selection',
  area: 'stats',
  reason: 'getStats(selector) must answer with the selected stream\'s stats only (https://w3c.github.io/webrtc-pc/#dfn-stats-selection-algorithm)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window)?.getStats && ctx.browser.engine === 'gecko'
      ? 'Gecko adds peer-connection and data-channel stats to a selector\'s report'
      : false;
  },
  install(ctx) {
    const win = ctx.window as { RTCRtpSender?: { prototype: object }; RTCRtpReceiver?: { prototype: object } };
    const pc = peerConnectionPrototype(ctx.window);
    for (const target of [pc, win.RTCRtpSender?.prototype, win.RTCRtpReceiver?.prototype]) {
      if (!target || typeof (target as { getStats?: unknown }).getStats !== 'function') continue;
      const always = target !== pc;
      wrapMethod(target, 'getStats', this.name, (native) => function (this: unknown, ...args: unknown[]): unknown {
        const result = native.apply(this, args);
        // Only the promise form with a selector (or a sender's/receiver's own); legacy calls as they are.
        const select = always ? args.length === 0 : args.length === 1 && typeof args[0] === 'object' && args[0] !== null;
        return select ? Promise.resolve(result).then((report) => rewriteReport(report, selected)) : result;
      });
    }
  },
};
