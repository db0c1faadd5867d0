/**
 * `canTrickleIceCandidates`: null until a remote description is set, then whether it says the
 * remote side takes trickled candidates (`a=ice-options:trickle`)
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-cantrickleicecandidates). Chromium 73
 * lacks the attribute (measured). Behaviour test: the attribute is missing.
 */
import { defineAccessor } from '../../patch/define';
import { hasIceOption } from '../../sdp/ice-options';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'can-trickle-ice-candidates',
  area: 'ice',
  reason: 'canTrickleIceCandidates reports the remote a=ice-options:trickle (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-cantrickleicecandidates)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    return proto && !('canTrickleIceCandidates' in proto) ? 'no canTrickleIceCandidates' : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    defineAccessor<RTCPeerConnection, boolean | null>(proto, 'canTrickleIceCandidates', this.name, {
      get() {
        const remote = this.remoteDescription;
        return remote ? hasIceOption(remote.sdp, 'trickle') : null;
      },
    });
  },
};
