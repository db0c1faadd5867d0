/**
 * RTCDataChannel's `maxPacketLifeTime` and `maxRetransmits` as the spec has them: the values the
 * channel was made with, null when not set (https://w3c.github.io/webrtc-pc/#dom-datachannel-maxpacketlifetime).
 * Measured in Chromium 73: no `maxPacketLifeTime` (its old name `maxRetransmitTime` instead), and
 * both read 65535 when unset. The behaviour test is the missing attribute.
 */
import { defineAccessor } from '../../patch/define';
import { wrapGetter } from '../../patch/wrap-getter';
import type { Shim } from '../../types';

/** Chromium 73's "not set". */
const unset = (value: unknown): unknown => (value === 65535 ? null : value);

export const shim: Shim = {
  name: 'data-channel-reliability',
  area: 'data-channel',
  reason: 'RTCDataChannel.maxPacketLifeTime and maxRetransmits must be null when unset (https://w3c.github.io/webrtc-pc/#dom-datachannel-maxpacketlifetime)',
  needed(ctx) {
    const proto = ctx.window.RTCDataChannel?.prototype;
    return proto && !('maxPacketLifeTime' in proto) && 'maxRetransmitTime' in proto ? 'RTCDataChannel.maxPacketLifeTime is missing' : false;
  },
  install(ctx) {
    const proto = ctx.window.RTCDataChannel?.prototype;
    if (!proto) return;
    defineAccessor<RTCDataChannel & { maxRetransmitTime?: number }, unknown>(proto, 'maxPacketLifeTime', this.name, {
      get() {
        return unset(this.maxRetransmitTime);
      },
    });
    wrapGetter(proto, 'maxRetransmits', this.name, (nativeGet) =>
      function (this: unknown): unknown {
        return unset(nativeGet.call(this));
      },
    );
  },
};
