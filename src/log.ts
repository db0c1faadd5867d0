/**
 * Namespaced logging (`rtcshim:<shim>`). Off by default and warnings on, like adapter.js, so
 * `adapter.disableLog(false)` turns on the same chatter apps already know how to silence.
 */
import type { Logger } from './types';

const settings = { logDisabled: true, warningsDisabled: false };
/** Deprecation keys already warned about; created on the first warning (nothing at page load). */
let warnedKeys: Set<string> | undefined;

function sink(): Pick<Console, 'log' | 'warn'> | null {
  return typeof console === 'object' && console !== null ? console : null;
}

function setFlag(key: 'logDisabled' | 'warningsDisabled', value: unknown, what: string): string | Error {
  if (typeof value !== 'boolean') {
    // adapter.js returns (does not throw) an Error here; apps may test `instanceof Error`.
    return new Error('Argument type: ' + typeof value + '. Please use a boolean.');
  }
  settings[key] = value;
  return value ? what + ' disabled' : what + ' enabled';
}

/** `adapter.disableLog(true)` silences log output; returns adapter.js's status strings. */
export function disableLog(disable: boolean): string | Error {
  return setFlag('logDisabled', disable, 'adapter.js logging');
}

/** `adapter.disableWarnings(true)` silences deprecation warnings. */
export function disableWarnings(disable: boolean): string | Error {
  return setFlag('warningsDisabled', disable, 'adapter.js deprecation warnings');
}

export function createLogger(namespace: string): Logger {
  const prefix = 'rtcshim:' + namespace;
  // Flags before `console`: the first touch of `console` costs ~0.1 ms in Firefox.
  const warn = (...args: unknown[]): void => {
    const out = settings.warningsDisabled ? null : sink();
    if (out) out.warn(prefix, ...args);
  };
  return {
    log(...args: unknown[]): void {
      const out = settings.logDisabled ? null : sink();
      if (out) out.log(prefix, ...args);
    },
    warn,
    deprecated(key: string, message: string): void {
      // A warning silenced by disableWarnings(true) is not used up: it shows once warnings are on.
      if (settings.warningsDisabled) return;
      if (!warnedKeys) warnedKeys = new Set<string>();
      if (warnedKeys.has(key)) return;
      warnedKeys.add(key);
      warn(message);
    },
  };
}
