/**
 * createOffer({offerToReceiveAudio, offerToReceiveVideo}) must act on the transceivers
 * (https://w3c.github.io/webrtc-pc/#legacy-configuration-extensions): `true` adds one recvonly
 * transceiver of that kind when none sends and receives or receives only; `false` turns sendrecv
 * into sendonly and recvonly into inactive. Chromium up to 73 in Unified Plan (the default from 72) only writes a recvonly
 * section into that one offer: no transceiver, so the next offer drops it, and `false` changes
 * nothing. Measured with scripts/chromium-probe.mjs (`offerToReceive`): 73 wrong; 74, 75, 76, 77,
 * 78, 80, 83 and 86 right. Safari ignored both options after
 * its switch to Unified Plan; no build here to bound it, so every WebKit. Seeing it takes an async
 * createOffer, hence the ranges. A Plan B connection (sdpSemantics 'plan-b') keeps the native call.
 */
import { inEngines } from '../../browser';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

type Kind = 'audio' | 'video';

function applyOption(pc: RTCPeerConnection, kind: Kind, wanted: unknown): void {
  if (wanted === undefined) return;
  // `stopped` is the old flag (Chromium 73); the spec now says so with the direction.
  const ofKind = pc.getTransceivers().filter((t) => !(t as { stopped?: boolean }).stopped && t.direction !== 'stopped' && t.receiver.track.kind === kind);
  if (!wanted) {
    for (const t of ofKind) {
      if (t.direction === 'sendrecv') t.direction = 'sendonly';
      else if (t.direction === 'recvonly') t.direction = 'inactive';
    }
  } else if (!ofKind.some((t) => t.direction === 'sendrecv' || t.direction === 'recvonly')) {
    pc.addTransceiver(kind, { direction: 'recvonly' });
  }
}

export const shim: Shim = {
  name: 'offer-to-receive',
  area: 'peer-connection',
  engines: { blink: [1, 73], webkit: [1, Infinity] },
  reason:
    'createOffer({offerToReceiveAudio/Video}) must add recvonly transceivers or turn receiving ones off ' +
    '(https://w3c.github.io/webrtc-pc/#legacy-configuration-extensions)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    return proto && typeof proto.addTransceiver === 'function' && inEngines(ctx.browser, this.engines)
      ? (ctx.browser.engine === 'blink' ? 'Chromium ' : 'WebKit ') + String(ctx.browser.version) + ': offerToReceiveAudio/Video make no transceiver'
      : false;
  },
  install(ctx) {
    wrapSignalingMethod(ctx, 'createOffer', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const options: unknown = args[0];
      if (typeof options !== 'object' || options === null) return native.apply(this, args);
      const { offerToReceiveAudio, offerToReceiveVideo, ...rest } = options as RTCOfferOptions;
      const pc = this as RTCPeerConnection;
      if (offerToReceiveAudio === undefined && offerToReceiveVideo === undefined) return native.apply(this, args);
      // Plan B has no transceivers to act on; its native options work. A closed or foreign `this`
      // goes to the engine, which rejects it with the spec's error.
      try {
        if ((pc.getConfiguration() as { sdpSemantics?: string }).sdpSemantics === 'plan-b' || pc.signalingState === 'closed') return native.apply(this, args);
        applyOption(pc, 'audio', offerToReceiveAudio);
        applyOption(pc, 'video', offerToReceiveVideo);
      } catch {
        return native.apply(this, args);
      }
      return native.call(this, rest);
    });
  },
};
