/**
 * Legacy code written for one engine family calls its prefixed constructors directly
 * (`new mozRTCPeerConnection()` in Firefox-only code, `new webkitRTCPeerConnection()` in Chrome
 * code). Today's Firefox has dropped every moz* constructor. We alias only the engine's own
 * family: giving Chromium `mozRTCPeerConnection` would make legacy sniffing code
 * (`if (window.mozRTCPeerConnection)`) take its Firefox path in Chromium.
 */
import { defineGlobal, PREFIXED_NAMES, type ConstructorName } from '../../patch/globals';
import type { Shim, ShimContext, WindowGlobalName } from '../../types';

function missingAliases(ctx: ShimContext): Array<[WindowGlobalName, ConstructorName]> {
  const engine = ctx.browser.engine;
  if (!engine) return [];
  const gaps: Array<[WindowGlobalName, ConstructorName]> = [];
  for (const name of Object.keys(PREFIXED_NAMES) as ConstructorName[]) {
    const alias = PREFIXED_NAMES[name][engine];
    if (alias && typeof ctx.window[name] === 'function' && typeof ctx.window[alias] !== 'function') {
      gaps.push([alias, name]);
    }
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
    return gaps.length > 0 ? 'missing: ' + gaps.map(([alias]) => alias).join(', ') : false;
  },
  install(ctx) {
    for (const [alias, name] of missingAliases(ctx)) defineGlobal(ctx.window, alias, ctx.window[name]);
  },
};
