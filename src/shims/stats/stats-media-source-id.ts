/**
 * An `outbound-rtp` stats object names its `media-source` by `mediaSourceId`
 * (https://w3c.github.io/webrtc-stats/#dom-rtcoutboundrtpstreamstats-mediasourceid). Firefox 153
 * reports both, but no `mediaSourceId` (measured in test/e2e/stats.e2e.js). The link is the sender:
 * the outbound stream's `mid` names the transceiver, whose sender's track is the media source's
 * `trackIdentifier`. Only a call shows it, so the behaviour test is the engine family.
 */
import { wrapMethod } from '../../patch/wrap-method';
import { rewriteReport } from '../../stats/report';
import type { Stats } from '../../stats/spec-members';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

/** `stats` with each outbound-rtp's mediaSourceId filled from `trackOf(outbound)`, the sent track's id. */
export function withMediaSourceIds(stats: Stats[], trackOf: (outbound: Stats) => string | undefined): Stats[] {
  return stats.map((s) => {
    if (s.type !== 'outbound-rtp' || 'mediaSourceId' in s) return s;
    const track = trackOf(s);
    const source = track && stats.find((x) => x.type === 'media-source' && x.trackIdentifier === track);
    return source ? { ...s, mediaSourceId: source.id } : s;
  });
}

export const shim: Shim = {
  name: 'stats-media-source-id',
  area: 'stats',
  reason: 'outbound-rtp stats must name their media-source (https://w3c.github.io/webrtc-stats/#dom-rtcoutboundrtpstreamstats-mediasourceid)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window)?.getStats && ctx.browser.engine === 'gecko' ? 'Gecko\'s outbound-rtp has no mediaSourceId' : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window)!;
    const promiseForm = (args: unknown[]): boolean => args.length <= 1 && typeof args[0] !== 'function';
    wrapMethod(proto, 'getStats', this.name, (native) => function (this: unknown, ...args: unknown[]): unknown {
      const result = native.apply(this, args);
      if (!promiseForm(args)) return result;
      const pc = this as RTCPeerConnection;
      return Promise.resolve(result).then((report) => rewriteReport(report, (stats) => withMediaSourceIds(stats, (s) =>
        pc.getTransceivers().find((t) => t.mid !== null && t.mid === s.mid)?.sender.track?.id)));
    });
    const sender = (ctx.window as { RTCRtpSender?: { prototype: RTCRtpSender } }).RTCRtpSender?.prototype;
    if (sender && typeof sender.getStats === 'function') {
      wrapMethod(sender, 'getStats', this.name, (native) => function (this: unknown, ...args: unknown[]): unknown {
        const track = (this as RTCRtpSender).track?.id;
        return Promise.resolve(native.apply(this, args)).then((report) => rewriteReport(report, (stats) => withMediaSourceIds(stats, () => track)));
      });
    }
  },
};
