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
 * behaviour test is the missing attribute.
 */
import { defineAccessor } from '../../patch/define';
import { defineEventHandler } from '../../patch/event-handler';
import { privateState } from '../../patch/private-state';
import { maxMessageSize, sctpSection } from '../../sdp/sctp';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

interface Slot {
  transport: EventTarget | null;
  state: RTCSctpTransportState;
}

const slots = privateState<object, Slot>(() => ({ transport: null, state: 'connecting' }));
const remoteOf = (pc: RTCPeerConnection): ReturnType<typeof sctpSection> => sctpSection(pc.currentRemoteDescription?.sdp ?? '');

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
