/**
 * A description whose last line has no line ending (RFC 8866 section 5 ends every line with CRLF)
 * is what servers, files and JavaScript string literals often produce. Every Chromium measured (73,
 * 92, 123, 156) rejects it, `OperationError` "Failed to parse SessionDescription. <last line>
 * Invalid SDP line."; Firefox 153 accepts it and silently ignores the last line, so a trailing
 * `a=max-message-size` or `a=sctpmap` is lost (a data section answered `m=application 0`). The
 * missing line ending is added, in the SDP's own style, before the engine reads a description
 * (set*Description). Nothing else changes. Behaviour test: every engine with RTCPeerConnection (no
 * engine is known to read such a last line right; docs/sdp-quirks.md, "Missing final CRLF").
 */
import { addSdpRewrite } from '../../patch/description-hook';
import { withFinalLineEnding } from '../../sdp/final-line-ending';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'final-line-ending',
  area: 'sdp',
  reason: 'an SDP whose last line has no line ending is rejected (Chromium) or loses that line (Firefox) (https://www.rfc-editor.org/rfc/rfc8866#section-5)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) ? 'the last line of an SDP needs a line ending' : false;
  },
  install(ctx) {
    addSdpRewrite(ctx, 'setRemoteDescription', withFinalLineEnding);
    addSdpRewrite(ctx, 'setLocalDescription', withFinalLineEnding);
  },
};
