/**
 * `canTrickleIceCandidates`: null until a remote description is set, then whether it says the
 * remote side takes trickled candidates (`a=ice-options:trickle`)
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-cantrickleicecandidates). Chromium 73
 * lacks the attribute (measured). Behaviour test: the attribute is missing.
 */
import { defineAccessor } from '../../patch/define';
import { hasIceOption } from '../../sdp/ice-options';
import type { Shim } from '../../types';
import { prototypeLacking } from '../../window';

export const shim: Shim = {
  name: 'can-trickle-ice-candidates',
  area: 'ice',
  reason: 'canTrickleIceCandidates (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-cantrickleicecandidates)',
  needed(ctx) {
    return prototypeLacking(ctx.window, 'canTrickleIceCandidates') ? 'missing' : false;
  },
  install(ctx) {
    const proto = prototypeLacking(ctx.window, 'canTrickleIceCandidates');
    if (proto) defineAccessor<RTCPeerConnection, boolean | null>(proto, 'canTrickleIceCandidates', this.name, {
      get() {
        const remote = this.remoteDescription;
        return remote ? hasIceOption(remote.sdp, 'trickle') : null;
      },
    });
  },
};
