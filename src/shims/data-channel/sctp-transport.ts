/**
 * `RTCPeerConnection.sctp` where the engine has none (measured: Chromium 73; Chromium 92+ and
 * Firefox have it): null until a description negotiating SCTP is applied, then one
 * RTCSctpTransport-shaped object (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-sctp,
 * https://w3c.github.io/webrtc-pc/#rtcsctptransport-interface) whose `maxMessageSize` the spec
 * derives from the remote description (src/sdp/sctp.ts) and what Chromium can send (262144: its own
 * a=max-message-size, what Chromium 92-156 report), `state` 'connecting' until the connection is
 * first connected, then 'connected', 'closed' once it is closed (a `statechange` event for each
 * change but the last, which close() makes silently), `transport` null (Chromium 73 has no
 * RTCDtlsTransport) and `maxChannels` the remote a=sctpmap stream count once connected. The
 * remote SDP is the one the app applied, remembered when setRemoteDescription succeeds: Chromium
 * 73 drops `a=max-message-size` from the remote description it gives back (measured with
 * chrome-datachannel-new-sctp, which allows 10000 bytes), so reading it there would give 65536.
 * The behaviour test is the missing attribute.
 */
import { defineAccessor } from '../../patch/define';
import { defineEventHandler } from '../../patch/event-handler';
import { privateState } from '../../patch/private-state';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import { maxMessageSize, sctpSection } from '../../sdp/sctp';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

interface Slot {
  transport: EventTarget | null;
  state: RTCSctpTransportState;
  /** The SDP of the remote description the app last applied (see above). */
  remote: string | undefined;
}

const slots = privateState<object, Slot>(() => ({ transport: null, state: 'connecting', remote: undefined }));
const remoteOf = (pc: RTCPeerConnection): ReturnType<typeof sctpSection> =>
  pc.currentRemoteDescription ? sctpSection(slots.get(pc).remote ?? pc.currentRemoteDescription.sdp) : null;

function stateOf(pc: RTCPeerConnection): RTCSctpTransportState {
  const slot = slots.get(pc);
  if (pc.signalingState === 'closed') slot.state = 'closed';
  else if (pc.connectionState === 'connected') slot.state = 'connected';
  return slot.state;
}

export const shim: Shim = {
  name: 'sctp-transport',
  area: 'data-channel',
  reason: 'RTCPeerConnection.sctp must give the SCTP transport and its maxMessageSize (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-sctp)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    return proto && 'createDataChannel' in proto && !('sctp' in proto) ? 'RTCPeerConnection.sctp is missing' : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    const Base = ctx.window.EventTarget;
    if (!proto || !Base) return;
    const owners = new WeakMap<object, RTCPeerConnection>();
    const pcOf = (t: unknown): RTCPeerConnection => owners.get(t as object)!;
    class RTCSctpTransport extends Base {
      get transport(): null {
        return null;
      }
      get state(): RTCSctpTransportState {
        return stateOf(pcOf(this));
      }
      get maxMessageSize(): number {
        return maxMessageSize(remoteOf(pcOf(this))?.maxMessageSize ?? 65536, 262144);
      }
      get maxChannels(): number | null {
        return this.state === 'connected' ? (remoteOf(pcOf(this))?.streams ?? null) : null;
      }
    }
    defineEventHandler(RTCSctpTransport.prototype, 'statechange', this.name);
    wrapSignalingMethod(ctx, 'setRemoteDescription', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const description = args[0] as RTCSessionDescriptionInit | undefined;
      return Promise.resolve(native.apply(this, args)).then((value) => {
        // Read after the engine accepted it: a description whose members throw never gets here.
        const { type, sdp } = description ?? {};
        slots.get(this as object).remote = typeof sdp === 'string' && type !== 'rollback' ? sdp : undefined;
        return value;
      });
    });
    const EventCtor = ctx.window.Event!;
    defineAccessor<RTCPeerConnection, EventTarget | null>(proto, 'sctp', this.name, {
      get() {
        return transportOf(this);
      },
    });
    function transportOf(pc: RTCPeerConnection): EventTarget | null {
      const slot = slots.get(pc);
      if (slot.transport || !remoteOf(pc)) return slot.transport;
      const transport = new RTCSctpTransport();
      owners.set(transport, pc);
      slot.transport = transport;
      pc.addEventListener('connectionstatechange', () => {
        const before = slot.state;
        if (pc.signalingState !== 'closed' && stateOf(pc) !== before) transport.dispatchEvent(new EventCtor('statechange'));
      });
      return transport;
    }
  },
};
