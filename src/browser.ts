/**
 * Which engine is this? Features first (they cannot be spoofed by a UA override), then
 * `navigator.userAgentData`, then the UA string as a table. The only place version numbers are
 * read and compared: shims that must fall back to version ranges call `versionIn`.
 */
import type { BrowserDetails, BrowserName, EngineName, ShimWindow } from './types';

const UNSUPPORTED: BrowserName = 'Not a supported browser.';

/** adapter.js's helper, same contract: the `pos`-th capture of `expr` in `uastring` as an int. */
export function extractVersion(uastring: string, expr: string | RegExp, pos: number): number | null {
  const match = typeof uastring === 'string' ? uastring.match(expr) : null;
  return match && match.length >= pos ? parseInt(match[pos] ?? '', 10) || null : null;
}

interface UaRow {
  browser: BrowserName;
  engine: EngineName;
  pattern: RegExp;
  /** capture group that holds the major version */
  group: number;
}

// Order matters: Chromium UAs also say "Safari", Edge/Opera say "Chrome".
const UA_TABLE: readonly UaRow[] = [
  { browser: 'firefox', engine: 'gecko', pattern: /Firefox\/(\d+)\./, group: 1 },
  { browser: 'chrome', engine: 'blink', pattern: /Chrom(e|ium)\/(\d+)\./, group: 2 },
  // adapter.js reports Safari's AppleWebKit build number as its version; we stay compatible.
  { browser: 'safari', engine: 'webkit', pattern: /AppleWebKit\/(\d+)\./, group: 1 },
];

// Cheap feature checks only: reading `document.documentElement.style` (the classic
// `MozAppearance` test) costs ~2 ms in Firefox and a style object in Chromium at every page load.
function engineFromFeatures(win: ShimWindow): EngineName | null {
  const nav = win.navigator;
  if (nav && typeof nav.mozGetUserMedia === 'function') return 'gecko';
  if (win.webkitRTCPeerConnection || (nav && typeof nav.webkitGetUserMedia === 'function')) {
    return 'blink';
  }
  return null;
}

function chromiumBrandVersion(win: ShimWindow): number | null {
  const brands = win.navigator?.userAgentData?.brands;
  if (!brands) return null;
  const chromium = brands.find((b) => b.brand === 'Chromium');
  return chromium ? parseInt(chromium.version, 10) || null : null;
}

export function detectBrowser(win: ShimWindow | null | undefined): BrowserDetails {
  const unknown: BrowserDetails = { browser: UNSUPPORTED, version: null, engine: null };
  if (!win || !win.navigator) return unknown;
  const ua = typeof win.navigator.userAgent === 'string' ? win.navigator.userAgent : '';
  const featureEngine = engineFromFeatures(win);
  const row =
    UA_TABLE.find((r) => (featureEngine ? r.engine === featureEngine && r.pattern.test(ua) : r.pattern.test(ua))) ??
    // Features name the engine even when the UA string says otherwise (a UA override): keep it, version unknown.
    (featureEngine ? UA_TABLE.find((r) => r.engine === featureEngine) : undefined);
  if (!row) return unknown;
  const version =
    (row.engine === 'blink' ? chromiumBrandVersion(win) : null) ?? extractVersion(ua, row.pattern, row.group);
  return { browser: row.browser, version, engine: row.engine };
}

/**
 * True when the engine is `engine` with a major version in [min, max]. Only for behaviour that
 * cannot be probed synchronously; each caller says why.
 */
export function versionIn(details: BrowserDetails, engine: EngineName, min: number, max: number): boolean {
  return details.engine === engine && details.version !== null && details.version >= min && details.version <= max;
}
