/**
 * Legacy code written for one engine family calls its prefixed constructors directly
 * (`new mozRTCPeerConnection()` in Firefox-only code, `new webkitRTCPeerConnection()` in Chrome
 * code). Today's Firefox has dropped every moz* constructor. We alias only the engine's own
 * family: giving Chromium `mozRTCPeerConnection` would make legacy sniffing code
 * (`if (window.mozRTCPeerConnection)`) take its Firefox path in Chromium.
 */
import { CONSTRUCTOR_NAMES, defineGlobal, PREFIXED_NAMES, type ConstructorName } from '../../patch/globals';
import type { Shim, ShimContext, WindowGlobalName } from '../../types';

interface Gap {
  alias: WindowGlobalName;
  name: ConstructorName;
}

// Index loops, no iterator protocol: this runs at every page load (see factory.ts).
function missingAliases(ctx: ShimContext): Gap[] {
  const engine = ctx.browser.engine;
  if (!engine) return [];
  const gaps: Gap[] = [];
  for (let i = 0; i < CONSTRUCTOR_NAMES.length; i++) {
    const name = CONSTRUCTOR_NAMES[i]!;
    const alias = PREFIXED_NAMES[name][engine];
    // `in` before reading: reading an interface object instantiates it.
    if (alias && !(alias in ctx.window) && typeof ctx.window[name] === 'function') gaps.push({ alias, name });
  }
  return gaps;
}

export const shim: Shim = {
  name: 'prefixed-aliases',
  area: 'peer-connection',
  reason:
    "legacy code constructs its engine family's prefixed names (mozRTCPeerConnection, webkitRTCPeerConnection, ...), which engines removed " +
    '(https://bugzilla.mozilla.org/show_bug.cgi?id=1155923)',
  needed(ctx) {
    const gaps = missingAliases(ctx);
    let found = '';
    for (let i = 0; i < gaps.length; i++) found += (i ? ', ' : 'missing: ') + gaps[i]!.alias;
    return found || false;
  },
  install(ctx) {
    const gaps = missingAliases(ctx);
    for (let i = 0; i < gaps.length; i++) defineGlobal(ctx.window, gaps[i]!.alias, ctx.window[gaps[i]!.name]);
  },
};
