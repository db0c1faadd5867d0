/**
 * The current data-channel syntax (`m=application 9 UDP/DTLS/SCTP webrtc-datachannel` +
 * `a=sctp-port`, RFC 8841), which every engine of the rig writes but Chromium 73, cannot be
 * parsed by Firefox before 53 (Mozilla, "How to avoid Data Channel breaking",
 * https://blog.mozilla.org/webrtc/how-to-avoid-data-channel-breaking/), so a call from today's
 * engines to those opens no data channel. When such an engine rejects a description with the
 * current syntax, it is applied once more in the legacy one (`DTLS/SCTP 5000` + `a=sctpmap`); its
 * answer then mirrors that, which every engine measured accepts (docs/sdp-quirks.md). Behaviour
 * test: Firefox up to 52; the rewrite itself waits for the engine's rejection.
 */
import { inEngines } from '../../browser';
import { addSdpFallback } from '../../patch/description-hook';
import { legacySctpSyntax } from '../../sdp/sctp-syntax';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'sctp-legacy-syntax',
  area: 'sdp',
  reason: 'Firefox < 53 cannot parse the current SCTP syntax of RFC 8841; the legacy one is what it reads (https://www.rfc-editor.org/rfc/rfc8841)',
  engines: { gecko: [1, 52] },
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && inEngines(ctx.browser, this.engines) ? 'cannot parse UDP/DTLS/SCTP webrtc-datachannel' : false;
  },
  install(ctx) {
    addSdpFallback(ctx, 'setRemoteDescription', legacySctpSyntax);
  },
};
