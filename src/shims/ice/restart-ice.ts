/**
 * restartIce() (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-restartice): the next
 * offer restarts ICE, and negotiationneeded tells the app to make it. Chromium before 77 and
 * Firefox before 70 lack the method; their createOffer({iceRestart: true}) does the restart. The
 * behaviour test is the method's presence. Until a description with none of the old ICE
 * credentials is applied locally (the spec's [[LocalIceCredentialsToReplace]]), every offer asks
 * for the restart.
 */
import { fireEvent } from '../../patch/fire-event';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import { addMethod } from '../../patch/wrap-method';
import { allIceUfrags } from '../../sdp/ice-ufrag';
import type { Shim, ShimWindow } from '../../types';
import { inheritsFrom, peerConnectionPrototype } from '../../window';

/** The local ufrags each connection waits to see replaced. */
const toReplace = new WeakMap<object, readonly string[]>();

const localUfrags = (pc: RTCPeerConnection): string[] => allIceUfrags(pc.localDescription?.sdp ?? '');

/** "Update the negotiation-needed flag": a task later, and only once the connection is stable. */
function negotiationNeeded(win: ShimWindow, pc: RTCPeerConnection): void {
  const fire = (): void => {
    if (!toReplace.has(pc) || pc.signalingState === 'closed') return;
    if (pc.signalingState === 'stable') fireEvent(win, pc, 'negotiationneeded', {});
    else pc.addEventListener('signalingstatechange', fire, { once: true });
  };
  setTimeout(fire, 0);
}

export const shim: Shim = {
  name: 'restart-ice',
  area: 'ice',
  reason: 'restartIce() must make the next offer restart ICE (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-restartice)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    return proto && !('restartIce' in proto) ? 'RTCPeerConnection has no restartIce' : false;
  },
  install(ctx) {
    const win = ctx.window;
    const proto = peerConnectionPrototype(win);
    if (!proto) return;
    addMethod(proto, 'restartIce', this.name, function (this: unknown): void {
      if (!inheritsFrom(this, proto)) throw new TypeError('Illegal invocation');
      if (this.signalingState === 'closed') return;
      toReplace.set(this, localUfrags(this));
      negotiationNeeded(win, this);
    }, 0);
    wrapSignalingMethod(ctx, 'createOffer', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      if (!toReplace.has(this as object)) return native.apply(this, args);
      const options: unknown = args[0];
      return native.call(this, { ...(typeof options === 'object' && options !== null ? options : {}), iceRestart: true });
    });
    wrapSignalingMethod(ctx, 'setLocalDescription', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const result = native.apply(this, args);
      const old = toReplace.get(this as object);
      if (!old) return result;
      const pc = this as RTCPeerConnection;
      return Promise.resolve(result).then((value) => {
        if (!localUfrags(pc).some((u) => old.includes(u))) toReplace.delete(pc);
        return value;
      });
    });
  },
};
