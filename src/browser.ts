/**
 * Which engine is this? Features first (they cannot be spoofed by a UA override), then the UA
 * string as a table, then `navigator.userAgentData` for a UA without a version. The only place
 * version numbers are read and compared: shims that must fall back to version ranges call
 * `versionIn`. Runs at every page load, so it reads as little as it can (see each comment).
 */
import type { BrowserDetails, BrowserName, EngineName, EngineRanges, ShimWindow } from './types';

const UNSUPPORTED: BrowserName = 'Not a supported browser.';
// adapter.js's answer where there is no window, navigator or user agent string (Node, SSR, a worker).
const NOT_A_BROWSER: BrowserName = 'Not a browser.';

/** A window we cannot read (throwing getters) or do not know: still a window, so "not supported". */
export function unsupportedBrowser(): BrowserDetails {
  return { browser: UNSUPPORTED, version: null, engine: null };
}

/** adapter.js's helper, same contract: the `pos`-th capture of `expr` in `uastring` as an int. */
export function extractVersion(uastring: string, expr: string | RegExp, pos: number): number | null {
  const match = typeof uastring === 'string' ? uastring.match(expr) : null;
  return match && match.length >= pos ? parseInt(match[pos] ?? '', 10) || null : null;
}

interface UaRow {
  browser: BrowserName;
  engine: EngineName;
  /** UA tokens, each followed by the major version (`Firefox/153.0`). */
  tokens: readonly string[];
}

// Order matters: Chromium UAs also say "Safari", Edge/Opera say "Chrome". Plain token search, not
// regular expressions: compiling a RegExp is a measurable part of a page load in Firefox.
const UA_TABLE: readonly UaRow[] = [
  { browser: 'firefox', engine: 'gecko', tokens: ['Firefox/'] },
  { browser: 'chrome', engine: 'blink', tokens: ['Chrome/', 'Chromium/'] },
  // adapter.js reports Safari's AppleWebKit build number as its version; we stay compatible.
  { browser: 'safari', engine: 'webkit', tokens: ['AppleWebKit/'] },
];

/** The version after the first of `row.tokens` found in `ua`: null if it has no number, undefined if no token. */
function versionFromUa(ua: string, row: UaRow): number | null | undefined {
  for (let i = 0; i < row.tokens.length; i++) {
    const at = ua.indexOf(row.tokens[i]!);
    if (at >= 0) return parseInt(ua.slice(at + row.tokens[i]!.length), 10) || null;
  }
  return undefined;
}

// Cheap feature checks only: reading `document.documentElement.style` (the classic
// `MozAppearance` test) costs ~2 ms in Firefox and a style object in Chromium at every page load.
function engineFromFeatures(win: ShimWindow): EngineName | null {
  const nav = win.navigator;
  // `in`, not a read: Firefox counts a read of its deprecated mozGetUserMedia (measured ~0.06 ms
  // of every page load, `npm run bench -- --extra`).
  if (nav && 'mozGetUserMedia' in nav) return 'gecko';
  // `in`, not a read: reading an interface object instantiates it (~0.3 ms at page load).
  if ('webkitRTCPeerConnection' in win || (nav && 'webkitGetUserMedia' in nav)) {
    return 'blink';
  }
  return null;
}

function chromiumBrandVersion(win: ShimWindow): number | null {
  const brands = win.navigator?.userAgentData?.brands;
  if (!brands) return null;
  for (let i = 0; i < brands.length; i++) {
    if (brands[i]!.brand === 'Chromium') return parseInt(brands[i]!.version, 10) || null;
  }
  return null;
}

export function detectBrowser(win: ShimWindow | null | undefined): BrowserDetails {
  const notABrowser: BrowserDetails = { browser: NOT_A_BROWSER, version: null, engine: null };
  if (!win || !win.navigator) return notABrowser;
  const ua = win.navigator.userAgent;
  // An empty or missing user agent is "not a browser" too, as in adapter.js.
  if (typeof ua !== 'string' || !ua) return notABrowser;
  // Test runners' fake DOMs say AppleWebKit/537.36 but are no engine rtcshim knows.
  if (ua.indexOf(' jsdom/') >= 0 || ua.indexOf(' HappyDOM/') >= 0) return unsupportedBrowser();
  const featureEngine = engineFromFeatures(win);
  let row: UaRow | undefined;
  let engineRow: UaRow | undefined;
  let uaVersion: number | null | undefined;
  // Index loops on the load path (see factory.ts).
  for (let i = 0; i < UA_TABLE.length && !row; i++) {
    const r = UA_TABLE[i]!;
    if (featureEngine && r.engine !== featureEngine) continue;
    engineRow = engineRow ?? r;
    uaVersion = versionFromUa(ua, r);
    if (uaVersion !== undefined) row = r;
  }
  // Features name the engine even when the UA string says otherwise (a UA override): keep it, version unknown.
  if (!row && featureEngine) row = engineRow;
  if (!row) return unsupportedBrowser();
  // The UA string first: Chromium's reduced UA still carries the major version, and reading
  // `navigator.userAgentData` builds an object at every page load (measured ~0.3 ms). Brands are
  // the fallback for a UA without a version (an override).
  const version = uaVersion ?? (row.engine === 'blink' ? chromiumBrandVersion(win) : null);
  return { browser: row.browser, version, engine: row.engine };
}

/**
 * True when the engine is `engine` with a major version in [min, max]. Only for behaviour that
 * cannot be probed synchronously; each caller says why.
 */
export function versionIn(details: BrowserDetails, engine: EngineName, min: number, max: number): boolean {
  return details.engine === engine && details.version !== null && details.version >= min && details.version <= max;
}

/**
 * adapter.js's `browserDetails.supportsUnifiedPlan`, which it sets on Safari only (Safari spoke
 * Plan B by default before 12.1): whether `RTCRtpTransceiver.prototype` has `currentDirection`,
 * undefined without `RTCRtpTransceiver`. Apps tell those two apart (`!== undefined`), so the
 * undefined stays.
 */
export function safariSupportsUnifiedPlan(win: ShimWindow): boolean | undefined {
  // `in` before the read: reading an interface object instantiates it.
  if (!('RTCRtpTransceiver' in win)) return undefined;
  const transceiver = win.RTCRtpTransceiver;
  return typeof transceiver === 'function' && 'currentDirection' in transceiver.prototype;
}

/** True when the engine and its major version fall in `engines` (a shim's declared ranges). */
export function inEngines(details: BrowserDetails, engines: EngineRanges | undefined): boolean {
  const range = engines && details.engine ? engines[details.engine] : undefined;
  return range !== undefined && versionIn(details, details.engine!, range[0], range[1]);
}
