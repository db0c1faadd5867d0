/**
 * Which RTCPeerConnection a data channel belongs to: the spec's channel has it in an internal slot,
 * apps cannot read it, and the data-channel shims need it (is the connection closed, what is its
 * SCTP maxMessageSize). Learned without replacing the constructor: from createDataChannel's result,
 * and from `RTCDataChannelEvent.channel` as the app reads it (a channel the app never read cannot
 * be used by it). Installed once for every shim that asks (one tag).
 */
import { privateState } from '../patch/private-state';
import { wrapGetter } from '../patch/wrap-getter';
import { wrapMethod } from '../patch/wrap-method';
import type { ShimContext } from '../types';
import { peerConnectionPrototype } from '../window';

const owners = privateState<object, { pc: RTCPeerConnection | null }>(() => ({ pc: null }));
const TAG = 'channel-owner';

export function trackChannelOwners(ctx: ShimContext): void {
  const proto = peerConnectionPrototype(ctx.window);
  if (!proto) return;
  wrapMethod(proto, 'createDataChannel', TAG, (native) =>
    function (this: unknown, ...args: unknown[]): unknown {
      const channel = native.apply(this, args);
      if (typeof channel === 'object' && channel) owners.get(channel).pc = this as RTCPeerConnection;
      return channel;
    },
  );
  const event = ctx.window.RTCDataChannelEvent;
  if (event) {
    wrapGetter(event.prototype, 'channel', TAG, (nativeGet) =>
      function (this: unknown): unknown {
        const channel = nativeGet.call(this);
        const slot = typeof channel === 'object' && channel ? owners.get(channel) : null;
        if (slot && !slot.pc) slot.pc = (this as Event).target as RTCPeerConnection;
        return channel;
      },
    );
  }
}

/** The connection `channel` belongs to, where rtcshim saw it. */
export function ownerOf(channel: object): RTCPeerConnection | null {
  return owners.peek(channel)?.pc ?? null;
}

/** True when `channel`'s connection is closed (the spec closes its channels with it). */
export function ownerClosed(channel: object): boolean {
  return ownerOf(channel)?.signalingState === 'closed';
}
