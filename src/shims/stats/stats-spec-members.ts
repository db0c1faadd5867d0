/**
 * getStats() reports must carry the spec's members (https://w3c.github.io/webrtc-stats/): in
 * Chromium 73 and 92 the per-track numbers sit on the obsolete `track` stats, 73 has no
 * `media-source` and names a candidate's address `ip` and a data channel's id `datachannelid`
 * (measured with test/e2e/stats.e2e.js and scripts/chromium-probe.mjs `statsShape`: 73 and 92 report
 * `track`, 123 does not; 93–122 were not measured). The promise forms of
 * RTCPeerConnection/RTCRtpSender/RTCRtpReceiver getStats answer with a report that has the spec's
 * members too (src/stats/spec-members.ts), the old ones kept. Chromium's own legacy
 * `getStats(callback)` answer (RTCStatsResponse) is left as it is. Only a call shows the report, so
 * the behaviour test is the version range.
 */
import { inEngines } from '../../browser';
import { wrapMethod } from '../../patch/wrap-method';
import { rewriteReport } from '../../stats/report';
import { withSpecMembers } from '../../stats/spec-members';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

const mapped = (report: unknown): unknown => rewriteReport(report, withSpecMembers);

export const shim: Shim = {
  name: 'stats-spec-members',
  area: 'stats',
  engines: { blink: [1, 92] },
  reason: 'getStats reports must carry the spec members, not only the obsolete track stats (https://w3c.github.io/webrtc-stats/#obsolete-stats)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    return proto && typeof proto.getStats === 'function' && inEngines(ctx.browser, this.engines)
      ? 'Chromium ' + String(ctx.browser.version) + ' reports per-track numbers on obsolete track stats'
      : false;
  },
  install(ctx) {
    const win = ctx.window as { RTCRtpSender?: { prototype: object }; RTCRtpReceiver?: { prototype: object } };
    const targets = [peerConnectionPrototype(ctx.window), win.RTCRtpSender?.prototype, win.RTCRtpReceiver?.prototype];
    for (const target of targets) {
      if (!target || typeof (target as { getStats?: unknown }).getStats !== 'function') continue;
      wrapMethod(target, 'getStats', this.name, (native) => function (this: unknown, ...args: unknown[]): unknown {
        // A legacy call (a callback anywhere) is the engine's, or legacy-get-stats' above this layer.
        if (args.some((a) => typeof a === 'function')) return native.apply(this, args);
        return Promise.resolve(native.apply(this, args)).then(mapped);
      });
    }
  },
};
