/**
 * close() closes every data channel of the connection at once
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-close: each channel's [[ReadyState]]
 * becomes "closed", abruptly, without the closing procedure), so right after it `readyState` is
 * 'closed', send() throws InvalidStateError
 * (https://w3c.github.io/webrtc-pc/#dom-rtcdatachannel-send) and no event fires on those channels.
 * Measured: Chromium 73, 92, 123, 156 and Firefox 153 leave them 'open' or 'connecting', fire
 * closing/close (and open, error) a task later, and Chromium 156 takes send() silently. Seeing it
 * needs a connection and a channel made at page load, which costs Chromium more than the whole
 * bundle, so the behaviour test is the engine family (Blink, Gecko).
 */
import { ownerClosed, trackChannelOwners } from '../../channels/owner';
import { specError } from '../../patch/legacy-callbacks';
import { wrapEvent } from '../../patch/wrap-event';
import { wrapGetter } from '../../patch/wrap-getter';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

const EVENTS = ['open', 'message', 'bufferedamountlow', 'error', 'closing', 'close'];

export const shim: Shim = {
  name: 'close-data-channels',
  area: 'data-channel',
  reason: "close() must close the connection's data channels at once, with no event after (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-close)",
  needed(ctx) {
    const engine = ctx.browser.engine;
    return ctx.window.RTCDataChannel && peerConnectionPrototype(ctx.window) && (engine === 'blink' || engine === 'gecko')
      ? 'Blink and Gecko leave data channels open after close()'
      : false;
  },
  install(ctx) {
    const channel = ctx.window.RTCDataChannel?.prototype;
    if (!channel) return;
    trackChannelOwners(ctx);
    wrapGetter(channel, 'readyState', this.name, (nativeGet) =>
      function (this: unknown): unknown {
        return ownerClosed(this as object) ? 'closed' : nativeGet.call(this);
      },
    );
    wrapMethod(channel, 'send', this.name, (native) =>
      function (this: unknown, ...args: unknown[]): unknown {
        if (ownerClosed(this as object)) throw specError(ctx.window, 'InvalidStateError', 'closed');
        return native.apply(this, args);
      },
    );
    for (let i = 0; i < EVENTS.length; i++) wrapEvent(channel, EVENTS[i]!, (event, target) => (ownerClosed(target) ? null : event));
  },
};
