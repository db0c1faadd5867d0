/**
 * close() closes the SCTP transport: `sctp.state` is 'closed' right after it
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-close, "set the [[SctpTransportState]]
 * slot of connection's [[SctpTransport]] to closed"). Measured: Firefox 153 leaves it 'connected';
 * Chromium 92-156 close it (Chromium 73's comes from the sctp-transport shim). Seeing it needs a
 * negotiated connection, so the behaviour test is the engine family (Gecko).
 */
import { privateState } from '../../patch/private-state';
import { wrapGetter } from '../../patch/wrap-getter';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

const owners = privateState<object, { pc: RTCPeerConnection | null }>(() => ({ pc: null }));

export const shim: Shim = {
  name: 'sctp-closed',
  area: 'data-channel',
  reason: "close() must close the connection's SCTP transport (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-close)",
  needed(ctx) {
    return ctx.window.RTCSctpTransport && peerConnectionPrototype(ctx.window) && ctx.browser.engine === 'gecko'
      ? 'Gecko leaves sctp.state connected after close()'
      : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    const transport = ctx.window.RTCSctpTransport?.prototype;
    if (!proto || !transport) return;
    // The transport's connection, learned as the app reads pc.sctp (the only way to reach it).
    wrapGetter(proto, 'sctp', this.name, (nativeGet) =>
      function (this: unknown): unknown {
        const sctp = nativeGet.call(this);
        if (typeof sctp === 'object' && sctp) owners.get(sctp).pc = this as RTCPeerConnection;
        return sctp;
      },
    );
    wrapGetter(transport, 'state', this.name, (nativeGet) =>
      function (this: unknown): unknown {
        return owners.peek(this as object)?.pc?.signalingState === 'closed' ? 'closed' : nativeGet.call(this);
      },
    );
  },
};
