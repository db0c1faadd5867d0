/**
 * A BUNDLE group whose sections give one header-extension id two meanings (Firefox 60's offers;
 * RFC 8843 section 9.1 forbids it) is rejected by Chromium 123 and 156, InvalidAccessError "A
 * BUNDLE group contains a codec collision for header extension id=1" (measured with
 * firefox60-recvonly-offer; 73 and 92 accept it, docs/sdp-quirks.md). When Chromium rejects such
 * a description, it is applied once more without the later sections' colliding `a=extmap` lines
 * (src/sdp/extmap-bundle.ts): the call works, without those extensions. Behaviour test: Chromium
 * from 93 (92 accepts, 123 rejects; between them not measured, and the rewrite acts only on the
 * rejection).
 */
import { inEngines } from '../../browser';
import { addSdpFallback } from '../../patch/description-hook';
import { withoutCollidingExtmaps } from '../../sdp/extmap-bundle';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'extmap-bundle-collision',
  area: 'sdp',
  reason: 'a header-extension id with two meanings in one BUNDLE group is rejected; the later meaning is dropped (https://www.rfc-editor.org/rfc/rfc8843#section-9.1)',
  engines: { blink: [93, Infinity] },
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && inEngines(ctx.browser, this.engines) ? 'rejects colliding a=extmap ids in a BUNDLE group' : false;
  },
  install(ctx) {
    addSdpFallback(ctx, 'setRemoteDescription', withoutCollidingExtmaps);
  },
};
