/**
 * `createAdapter({ window, enable, disable })`: detect the engine, ask each shim's behaviour test,
 * install what is needed, and report every decision. No side effects beyond the window it is
 * given; a window is patched once (a second call, or a second copy of the library, reports and
 * changes nothing).
 */
import { detectBrowser, extractVersion, safariSupportsUnifiedPlan, unsupportedBrowser } from './browser';
import { createLogger, disableLog, disableWarnings } from './log';
import { installRecordOf, markInstalled, type InstallRecord } from './patch/install-record';
import { installAtomically, type InstallFailure } from './patch/journal';
import { registry } from './registry';
import type {
  Adapter,
  AdapterBrowserDetails,
  AdapterOptions,
  AppliedShim,
  BrowserDetails,
  Logger,
  PreviousAdapter,
  Shim,
  ShimContext,
  ShimWindow,
  SkippedShim,
} from './types';
import { VERSION } from './version';

export type { Adapter, AdapterBrowserDetails, AdapterOptions, AppliedShim, BrowserName, PreviousAdapter, SkippedShim, ShimWindow } from './types';

/** A thrown value as text. Never throws itself: a hostile window can throw anything. */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an error that cannot be printed';
  }
}

/** `skipped[].reason` for an install that failed and was undone, or says what was left. */
function describeFailure(failure: InstallFailure): string {
  const reason = 'could not install: ' + describeError(failure.error);
  const left = failure.undoErrors.length;
  if (left === 0) return reason;
  return reason + '; ' + String(left) + (left === 1 ? ' change' : ' changes') + ' could not be undone: ' + describeError(failure.undoErrors[0]);
}

/**
 * Members only adapter.js's adapter object has (9.x: `commonShim`, `browserShim`; older releases:
 * one object per engine). rtcshim's own adapter has none of them.
 */
const ADAPTER_JS_MEMBERS = ['commonShim', 'browserShim', 'chromeShim', 'firefoxShim', 'safariShim', 'edgeShim'];

/**
 * adapter.js's script bundle, if it ran on this window before us: its global `adapter` is an
 * object with `browserDetails` and one of adapter.js's own members. Read defensively (the global
 * is the page's: any getter may throw), and copied, so nothing of it is kept.
 */
function findAdapterJs(win: ShimWindow): PreviousAdapter[] {
  try {
    const global: unknown = (win as ShimWindow & { readonly adapter?: unknown }).adapter;
    if (typeof global !== 'object' || global === null) return [];
    const members = global as Readonly<Record<string, unknown>>;
    let ownMember = false;
    for (let i = 0; i < ADAPTER_JS_MEMBERS.length && !ownMember; i++) ownMember = ADAPTER_JS_MEMBERS[i]! in members;
    if (!ownMember) return [];
    const details: unknown = members.browserDetails;
    if (typeof details !== 'object' || details === null) return [];
    const { browser, version } = details as Readonly<Record<string, unknown>>;
    if (typeof browser !== 'string') return [];
    return [{ name: 'adapter.js', browserDetails: { browser, version: typeof version === 'number' ? version : null } }];
  } catch {
    return [];
  }
}

/** What one shim sees. Its logger is made on first use: most shims never log. */
class Context implements ShimContext {
  private logger: Logger | undefined;

  constructor(
    readonly window: ShimWindow,
    readonly browser: BrowserDetails,
    private readonly name: string,
  ) {}

  get log(): Logger {
    return this.logger || (this.logger = createLogger(this.name));
  }
}

export function createAdapter(options: AdapterOptions = {}): Adapter {
  return createAdapterWith(registry, options);
}

/**
 * `createAdapter` over an explicit shim list (in registry order). The script bundles call it with
 * the registry from their top-level code, so that no function that outlives the page load (the
 * adapter's methods, the installed wrappers) keeps the registry reachable: after load the shim
 * objects, and the install code of every shim this engine did not need, can be collected.
 */
export function createAdapterWith(shims: readonly Shim[], options: AdapterOptions = {}): Adapter {
  const win = options.window || null;
  let details: BrowserDetails;
  try {
    details = detectBrowser(win);
  } catch {
    // A hostile or half-built window (throwing getters): treat it as unsupported, never throw.
    details = unsupportedBrowser();
  }
  const browserDetails: AdapterBrowserDetails = { browser: details.browser, version: details.version };
  if (details.browser === 'safari' && win) {
    // adapter.js sets this member on Safari only; a throwing getter must not make us throw.
    try {
      browserDetails.supportsUnifiedPlan = safariSupportsUnifiedPlan(win);
    } catch {
      browserDetails.supportsUnifiedPlan = undefined;
    }
  }
  const applied: AppliedShim[] = [];
  const skipped: SkippedShim[] = [];
  const previous: PreviousAdapter[] = win && typeof win === 'object' ? findAdapterJs(win) : [];
  const adapter: Adapter = {
    browserDetails,
    extractVersion,
    disableLog,
    disableWarnings,
    applied,
    skipped,
    version: VERSION,
    previous,
  };
  const skipAll = (reason: string): Adapter => {
    for (let i = 0; i < shims.length; i++) skipped.push({ name: shims[i]!.name, reason });
    return adapter;
  };
  if (!win || typeof win !== 'object') return skipAll('no window');
  // The window's own traps (a Proxy) may throw from any read or write: report, never throw.
  let earlier: InstallRecord | undefined;
  try {
    earlier = installRecordOf(win);
  } catch (error) {
    return skipAll('window cannot be read: ' + describeError(error));
  }
  if (earlier) {
    createLogger('factory').log('window already patched by rtcshim ' + earlier.version + '; nothing changed');
    return skipAll('window already patched by rtcshim ' + earlier.version);
  }
  if (previous.length) {
    const first = previous[0]!.browserDetails;
    createLogger('factory').log(
      'adapter.js was loaded first (' + first.browser + ' ' + String(first.version) + '); its patches stay, rtcshim installs what this engine still needs',
    );
  }
  const enabled = options.enable ?? [];
  const disabled = options.disable ?? [];
  const record: InstallRecord = { version: VERSION, applied };
  let marked: boolean;
  try {
    marked = markInstalled(win, record);
  } catch (error) {
    return skipAll('window cannot be marked as patched: ' + describeError(error));
  }
  if (!marked) return skipAll('window cannot be marked as patched (not extensible)');

  // Index loops and indexOf on the load path: the first for-of / find / Set in a page makes
  // Firefox instantiate its self-hosted iteration builtins, ~0.3 ms of every page load.
  for (let i = 0; i < shims.length; i++) {
    const shim = shims[i]!;
    if (disabled.indexOf(shim.name) >= 0) {
      skipped.push({ name: shim.name, reason: 'disabled by options' });
      continue;
    }
    if (shim.optIn && enabled.indexOf(shim.name) < 0) {
      skipped.push({ name: shim.name, reason: 'opt-in; not enabled' });
      continue;
    }
    const ctx: ShimContext = new Context(win, details, shim.name);
    let found: string | false;
    try {
      found = shim.needed(ctx);
    } catch (error) {
      skipped.push({ name: shim.name, reason: 'behaviour test failed: ' + describeError(error) });
      continue;
    }
    if (found === false) {
      skipped.push({ name: shim.name, reason: 'not needed: this engine behaves' });
      continue;
    }
    // All or nothing: if the install throws part-way, every member it had already written is
    // put back as it was (src/patch/journal.ts), so `skipped` is true of the window.
    const failure = installAtomically(() => shim.install(ctx));
    if (failure) {
      const reason = describeFailure(failure);
      skipped.push({ name: shim.name, reason });
      ctx.log.warn(reason);
    } else {
      applied.push({ name: shim.name, reason: shim.reason, found });
      ctx.log.log('applied:', found);
    }
  }
  return adapter;
}
