/**
 * The mark that says "rtcshim has patched this window". Keyed with `Symbol.for` so a second copy
 * of the library (the UMD bundle and an npm import on one page) sees the first one's mark.
 */
import type { AppliedShim, ShimWindow } from '../types';

const INSTALLED: unique symbol = Symbol.for('rtcshim.installed') as never;

export interface InstallRecord {
  readonly version: string;
  readonly applied: readonly AppliedShim[];
}

type MarkedWindow = ShimWindow & { [INSTALLED]?: InstallRecord };

export function installRecordOf(win: ShimWindow): InstallRecord | undefined {
  return (win as MarkedWindow)[INSTALLED];
}

/**
 * Marks the window; false when it cannot be marked (a frozen or non-extensible window). Not
 * journaled: the mark is written before any shim installs and never undone, so that even a
 * window where every shim failed is not patched again. A window that throws here (a Proxy) is
 * the factory's to report.
 */
export function markInstalled(win: ShimWindow, record: InstallRecord): boolean {
  if (!Object.isExtensible(win)) return false;
  Object.defineProperty(win, INSTALLED, { value: record, configurable: false, enumerable: false });
  return true;
}
