/**
 * `connectionState` and `onconnectionstatechange` (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-connectionstate)
 * where the engine lacks them: Firefox before 113, Chrome before 72. Apps written to the spec wait
 * for `connectionState === 'connected'`. Without DTLS transport states to aggregate, the state
 * follows ICE (RTCPeerConnectionState's table read with ICE alone: checking is connecting,
 * completed is connected); the event fires when that changes, after iceconnectionstatechange,
 * and never after close(). A connection is watched from its first setLocalDescription or
 * setRemoteDescription (hookConnections): its ICE state cannot change before one of them.
 */
import { hookConnections } from '../../patch/connection-hook';
import { defineAccessor } from '../../patch/define';
import { defineEventHandler } from '../../patch/event-handler';
import { fireEvent } from '../../patch/fire-event';
import type { Shim } from '../../types';
import { inheritsFrom, peerConnectionPrototype } from '../../window';

function stateOf(pc: RTCPeerConnection): RTCPeerConnectionState {
  const ice = pc.iceConnectionState;
  return ice === 'checking' ? 'connecting' : ice === 'completed' ? 'connected' : (ice as RTCPeerConnectionState);
}

/** The last state each watched connection reported. */
const reported = new WeakMap<object, RTCPeerConnectionState>();

export const shim: Shim = {
  name: 'connection-state',
  area: 'peer-connection',
  reason: 'connectionState and connectionstatechange are spec members apps wait on (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-connectionstate)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    return proto && !('connectionState' in proto) ? 'RTCPeerConnection has no connectionState' : false;
  },
  install(ctx) {
    const win = ctx.window;
    const proto = peerConnectionPrototype(win);
    if (!proto) return;
    defineAccessor<unknown, RTCPeerConnectionState>(proto, 'connectionState', this.name, {
      get() {
        if (!inheritsFrom(this, proto)) throw new TypeError('Illegal invocation');
        return stateOf(this);
      },
    });
    defineEventHandler(proto, 'connectionstatechange', this.name);
    hookConnections(ctx, this.name, (pc) => {
      reported.set(pc, stateOf(pc));
      pc.addEventListener('iceconnectionstatechange', () => {
        const now = stateOf(pc);
        if (now === reported.get(pc) || pc.signalingState === 'closed') return;
        reported.set(pc, now);
        fireEvent(win, pc, 'connectionstatechange', {});
      });
    });
  },
};
