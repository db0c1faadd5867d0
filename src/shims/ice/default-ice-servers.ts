/**
 * `defaultIceServers`, the legacy read-only list of the ICE servers the browser would use when
 * the configuration names none (the seed page's RTCPeerConnection; an engine "is not required to
 * provide any"). No engine has it, and none uses default servers: the answer is an empty list.
 * It is there both on the constructor (`RTCPeerConnection.defaultIceServers`, as the seed page
 * writes it) and on connections. Each read returns a new empty array, not one frozen array: code of
 * the time built its configuration from it (`servers = RTCPeerConnection.defaultIceServers;
 * servers.push(turn)`), which a frozen array would break and a shared one would leak between
 * connections. Behaviour test: the member is missing from both.
 */
import { defineAccessor } from '../../patch/define';
import type { Shim } from '../../types';
import { peerConnectionConstructor, prototypeLacking } from '../../window';

export const shim: Shim = {
  name: 'default-ice-servers',
  area: 'ice',
  reason: 'legacy defaultIceServers: [] (https://w3c.github.io/webrtc-pc/#dom-rtcconfiguration-iceservers)',
  needed(ctx) {
    const proto = prototypeLacking(ctx.window, 'defaultIceServers');
    return proto && !('defaultIceServers' in proto.constructor) ? 'missing' : false;
  },
  install(ctx) {
    const proto = prototypeLacking(ctx.window, 'defaultIceServers');
    if (!proto) return;
    const pair = { get: (): RTCIceServer[] => [] };
    defineAccessor(proto, 'defaultIceServers', this.name, pair);
    defineAccessor(peerConnectionConstructor(ctx.window)!, 'defaultIceServers', this.name, pair);
  },
};
