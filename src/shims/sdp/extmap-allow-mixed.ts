/**
 * `a=extmap-allow-mixed` (RFC 8285 section 6), which Chromium 92 and later write at session level,
 * is a parse error for engines older than the attribute: Chrome before 71 ("Failed to parse
 * SessionDescription. a=extmap-allow-mixed Expects at least 2 fields",
 * https://github.com/webrtcHacks/adapter/issues/919) and Safari before 13.1
 * (https://bugs.webkit.org/show_bug.cgi?id=206311, adapter.js#1042). No engine of the rig rejects it
 * (docs/sdp-quirks.md). adapter.js removes it by user agent, and iOS WebViews, whose user agent
 * it misreads, lose it by mistake (adapter.js#1082). Here it is removed only when the engine has
 * rejected the description: the description is then applied once more without the attribute
 * (which only stops mixing one- and two-byte header extensions). Behaviour test: engines that may
 * predate it, Chromium up to 70 and WebKit (whose versions the user agent does not tell apart);
 * the rewrite itself waits for the engine's rejection.
 */
import { inEngines } from '../../browser';
import { addSdpFallback } from '../../patch/description-hook';
import { withoutExtmapAllowMixed } from '../../sdp/extmap-allow-mixed';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

const rewrite = (sdp: string): string => withoutExtmapAllowMixed(sdp);

export const shim: Shim = {
  name: 'extmap-allow-mixed',
  area: 'sdp',
  reason: 'engines older than a=extmap-allow-mixed reject descriptions with it (https://www.rfc-editor.org/rfc/rfc8285#section-6)',
  engines: { blink: [1, 70], webkit: [1, Infinity] },
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && inEngines(ctx.browser, this.engines) ? 'may reject a=extmap-allow-mixed' : false;
  },
  install(ctx) {
    addSdpFallback(ctx, 'setRemoteDescription', rewrite);
    addSdpFallback(ctx, 'setLocalDescription', rewrite);
  },
};
