/**
 * No event fires on a closed connection (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-close:
 * close() changes the states without events, and every later state change aborts on
 * [[IsClosed]]). Measured (scripts/chromium-probe.mjs, closedEvents): Chromium 73-79 fire
 * iceconnectionstatechange and signalingstatechange a task after close(), 80 and 83
 * signalingstatechange; 88, 90, 92, 123, 156 and Firefox 153 nothing. Seeing it needs a connection
 * closed at page load and a task, so the behaviour test is the Blink range: 83 measured wrong, 88
 * right, no build between.
 */
import { inEngines } from '../../browser';
import { wrapEvent } from '../../patch/wrap-event';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

const EVENTS = ['iceconnectionstatechange', 'signalingstatechange', 'icegatheringstatechange'];

export const shim: Shim = {
  name: 'closed-connection-events',
  area: 'peer-connection',
  reason: 'no event may fire on a closed connection (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-close)',
  engines: { blink: [1, 87] },
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && inEngines(ctx.browser, this.engines)
      ? 'Chromium ' + String(ctx.browser.version) + ' fires state changes after close()'
      : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    for (let i = 0; i < EVENTS.length; i++) {
      wrapEvent(proto, EVENTS[i]!, (event, pc) => ((pc as RTCPeerConnection).signalingState === 'closed' ? null : event));
    }
  },
};
