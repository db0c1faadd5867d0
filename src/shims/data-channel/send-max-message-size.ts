/**
 * send() of a message larger than `sctp.maxMessageSize` throws a TypeError and leaves the channel
 * open (https://w3c.github.io/webrtc-pc/#dom-rtcdatachannel-send). Measured with a remote
 * a=max-message-size of 16384: Chromium 92 and 123 take the message and then close the channel,
 * Chromium 73 sends it (its `sctp` comes from the sctp-transport shim), Firefox 153 throws for
 * binary data but sends a string, Chromium 156 throws the TypeError. Seeing it needs an open
 * channel, so the behaviour test falls back on the Blink range (123 measured wrong, 156 right,
 * nothing between measured yet) and the Gecko family (no fixed version known).
 */
import { ownerOf, trackChannelOwners } from '../../channels/owner';
import { wrapMethod } from '../../patch/wrap-method';
import { inEngines } from '../../browser';
import type { Shim } from '../../types';

/** The bytes send() puts on the wire: UTF-8 for a string (each half of a surrogate pair counts 2). */
function byteSize(data: unknown): number {
  if (typeof data !== 'string') {
    const d = data as { byteLength?: number; size?: number } | null;
    return (d && (d.byteLength ?? d.size)) || 0;
  }
  let n = data.length;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 1 : 2;
  }
  return n;
}

export const shim: Shim = {
  name: 'send-max-message-size',
  area: 'data-channel',
  reason: 'send() of a message over sctp.maxMessageSize must throw a TypeError (https://w3c.github.io/webrtc-pc/#dom-rtcdatachannel-send)',
  engines: { blink: [1, 155] },
  needed(ctx) {
    if (!ctx.window.RTCDataChannel) return false;
    if (ctx.browser.engine === 'gecko') return 'Gecko sends a string over maxMessageSize';
    return inEngines(ctx.browser, this.engines) ? 'Chromium ' + String(ctx.browser.version) + ' closes the channel or sends a message over maxMessageSize' : false;
  },
  install(ctx) {
    const channel = ctx.window.RTCDataChannel?.prototype;
    if (!channel) return;
    trackChannelOwners(ctx);
    wrapMethod(channel, 'send', this.name, (native) =>
      function (this: unknown, ...args: unknown[]): unknown {
        const sctp = ownerOf(this as object)?.sctp;
        if (sctp && (this as RTCDataChannel).readyState === 'open' && byteSize(args[0]) > sctp.maxMessageSize) {
          throw new TypeError('message over sctp.maxMessageSize');
        }
        return native.apply(this, args);
      },
    );
  },
};
