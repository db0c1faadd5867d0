/**
 * The legacy callback overloads of RTCPeerConnection
 * (https://w3c.github.io/webrtc-pc/#legacy-interface-extensions), built on a promise method.
 *
 * Which calls are legacy calls. The spec lists both callbacks as required, but apps were written
 * against 2013-2018 engines that took a success callback alone: the seed page's own examples call
 * `createOffer(success)`, `createAnswer(success)` and `setLocalDescription(desc, success)`. A shim
 * never refuses a calling form that works natively in some engine, so:
 * - `createOffer(fn, ...)` / `createAnswer(fn, ...)`: a function first is the legacy form (WebIDL
 *   would read a lone function as the options dictionary, and the callback would never run);
 * - `setLocalDescription(desc, fn, ...)`, `setRemoteDescription`, `addIceCandidate`: two or more
 *   arguments are the legacy form, as WebIDL overload resolution says;
 * - trailing `undefined` arguments count as absent, as in WebIDL overload resolution;
 * - `getStats(success, selector)` (Chromium's legacy form: a function first) and
 *   `getStats(selector, success, failure)` (Firefox's and the 2015 spec's legacy form: two or more
 *   arguments); a function second in the first form is the failure callback;
 * - a missing failure callback is allowed: a failure is then reported with a console warning;
 * - an explicitly wrong callback (`null`, a number, an object), or options first with callbacks
 *   after (`createOffer({}, s, f)`), is a TypeError, as WebIDL says.
 *
 * What a legacy call does: the promise form runs; the returned promise is resolved with undefined
 * at once (the spec's last legacy step, so nothing is left unhandled); the callbacks run later,
 * always asynchronously (Chromium and Firefox run a failure callback synchronously inside the call
 * for state errors; the spec settles them from the promise). The failure callback gets the
 * DOMException with its spec name. An exception thrown by an app callback is reported like an
 * uncaught one, never swallowed and never turned into a call of the other callback.
 */
import type { Logger, ShimWindow } from '../types';
import type { Method } from './wrap-method';

export type SuccessCallback = (value?: unknown) => void;
export type FailureCallback = (error: unknown) => void;

/** Legacy error names some engines used, mapped to today's spec names. */
const SPEC_ERROR_NAMES: Readonly<Record<string, string>> = {
  // Pre-2016 Chrome/Firefox names for signaling errors.
  INVALID_STATE: 'InvalidStateError',
  INVALID_SESSION_DESCRIPTION: 'InvalidAccessError',
  InvalidSessionDescriptionError: 'InvalidAccessError',
  INCOMPATIBLE_SESSION_DESCRIPTION: 'InvalidAccessError',
  INTERNAL_ERROR: 'OperationError',
  INVALID_CANDIDATE: 'OperationError',
  // Capture errors before the spec names (Chrome's NavigatorUserMediaError up to ~M60, Firefox's
  // strings before 33; https://w3c.github.io/mediacapture-main/#methods-5 lists today's).
  PermissionDeniedError: 'NotAllowedError',
  PermissionDismissedError: 'NotAllowedError',
  MediaDeviceKillSwitchOn: 'NotAllowedError',
  PERMISSION_DENIED: 'NotAllowedError',
  DevicesNotFoundError: 'NotFoundError',
  NO_DEVICES_FOUND: 'NotFoundError',
  ConstraintNotSatisfiedError: 'OverconstrainedError',
  TrackStartError: 'NotReadableError',
  MediaDeviceFailedDueToShutdown: 'NotReadableError',
  HARDWARE_UNAVAILABLE: 'NotReadableError',
};

/** Returns a DOMException with the spec's name for whatever an engine rejected with. */
export function toSpecError(win: ShimWindow, error: unknown): unknown {
  const DOMExceptionCtor = win.DOMException;
  const Overconstrained = win.OverconstrainedError;
  // The engine's own OverconstrainedError stays, DOMException or not (Chromium 73, 92, WebKitGTK: not).
  if (!DOMExceptionCtor || error instanceof DOMExceptionCtor || error instanceof TypeError || (Overconstrained && error instanceof Overconstrained)) return error;
  // Firefox before 33 failed getUserMedia with a bare string ('PERMISSION_DENIED').
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : typeof error === 'string' && error in SPEC_ERROR_NAMES ? error : undefined;
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : error;
  const specName = typeof name === 'string' ? (SPEC_ERROR_NAMES[name] ?? name) : 'OperationError';
  const text = typeof message === 'string' ? message : String(message ?? '');
  // Firefox's MediaStreamError named TypeError (a capture without audio or video) is a TypeError.
  if (specName === 'TypeError') return new TypeError(text);
  const out: DOMException & { constraint?: unknown } = new DOMExceptionCtor(text, specName);
  // OverconstrainedError names the constraint (https://w3c.github.io/mediacapture-main/#overconstrainederror-interface);
  // an own property of the error made here, which rtcshim owns.
  const { constraint = undefined, constraintName = undefined } = typeof error === 'object' && error !== null ? (error as { constraint?: unknown; constraintName?: unknown }) : {};
  // Chrome's NavigatorUserMediaError called it constraintName, and named the legacy constraint
  // (`sourceId`, `minWidth`): the spec names the property (`deviceId`, `width`).
  const named = typeof constraint === 'string' ? constraint : constraintName;
  if (typeof named === 'string') out.constraint = named === 'sourceId' ? 'deviceId' : named.replace(/^(?:min|max|goog)([A-Z])/, (_, c: string) => c.toLowerCase());
  return out;
}

/** A DOMException with the spec's `name` (an Error where the window has none). */
export function specError(win: ShimWindow, name: string, message: string): Error {
  const DOMExceptionCtor = win.DOMException;
  if (DOMExceptionCtor) return new DOMExceptionCtor(message, name);
  const error = new Error(message);
  error.name = name;
  return error;
}

/** A promise rejected with the spec's DOMException `name`. */
export function rejectWith(win: ShimWindow, name: string, message: string): Promise<never> {
  return Promise.reject(specError(win, name, message));
}

/** Reports an exception from app code the way the browser reports an uncaught one. */
export function reportException(error: unknown): void {
  setTimeout(() => {
    throw error;
  }, 0);
}

function call(callback: (value: unknown) => void, value: unknown): void {
  try {
    callback(value);
  } catch (error) {
    reportException(error);
  }
}

export type OverloadKind =
  /** `createOffer(success, failure, options)` / `createAnswer(...)` */
  | 'create'
  /** `setLocalDescription(desc, success, failure)`, `setRemoteDescription`, `addIceCandidate` */
  | 'apply'
  /** `getStats(success, selector)` or `getStats(selector, success, failure)` */
  | 'stats';

/** A legacy call, taken apart. */
export interface LegacyCall {
  readonly success: unknown;
  /** `undefined` when the app passed none. */
  readonly failure: unknown;
  /** The arguments of the promise form: the options or the description/candidate. */
  readonly value: unknown[];
}

/** The argument count WebIDL overload resolution sees: trailing `undefined`s are absent. */
function countArguments(args: readonly unknown[]): number {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return n;
}

/** True when the first `n` of `args` select a legacy form (valid or not). */
function selectsLegacy(kind: OverloadKind, args: readonly unknown[], n: number): boolean {
  return n >= 2 || (kind !== 'apply' && typeof args[0] === 'function');
}

/** True when `args` select a legacy form (valid or not); false for the promise form. */
export function isLegacyCall(kind: OverloadKind, args: readonly unknown[]): boolean {
  return selectsLegacy(kind, args, countArguments(args));
}

/** Takes a legacy call apart: null for the promise form. */
export function parseLegacyCall(kind: OverloadKind, args: readonly unknown[]): LegacyCall | null {
  const n = countArguments(args);
  return selectsLegacy(kind, args, n) ? takeApart(kind, args, n) : null;
}

function takeApart(kind: OverloadKind, args: readonly unknown[], n: number): LegacyCall {
  if (kind === 'stats' && typeof args[0] === 'function') {
    const second = typeof args[1] === 'function';
    return { success: args[0], failure: second ? args[1] : undefined, value: n >= 2 && !second ? [args[1]] : [] };
  }
  return kind === 'create'
    ? { success: args[0], failure: args[1], value: n >= 3 ? [args[2]] : [] }
    : { success: args[1], failure: args[2], value: [args[0]] };
}

/** The WebIDL TypeError for a callback that is given but not callable, or null when both are fine. */
export function callbackError(legacy: LegacyCall): TypeError | null {
  if (typeof legacy.success !== 'function') {
    return new TypeError('The success callback must be a function (legacy form: successCallback, failureCallback).');
  }
  if (legacy.failure !== undefined && typeof legacy.failure !== 'function') {
    return new TypeError('The failure callback must be a function or absent.');
  }
  return null;
}

/**
 * Runs a legacy call: settles its callbacks from `run()`'s promise, and returns the spec's
 * promise resolved with undefined (or the TypeError for a callback that is not callable).
 */
export function settleCallbacks(win: ShimWindow, log: Logger, method: string, legacy: LegacyCall, run: () => unknown): Promise<void> {
  const invalid = callbackError(legacy);
  if (invalid) return Promise.reject(invalid);
  let promise: Promise<unknown>;
  try {
    promise = Promise.resolve(run());
  } catch (error) {
    promise = Promise.reject(error);
  }
  const success = legacy.success as SuccessCallback;
  const failure = legacy.failure as FailureCallback | undefined;
  promise.then(
    (value) => call(success, value),
    (error) => {
      const specific = toSpecError(win, error);
      if (failure) call(failure, specific);
      else log.warn(method + ' failed and the legacy call passed no failure callback:', specific);
    },
  );
  return Promise.resolve(undefined);
}

/**
 * A method with both overloads on top of `promiseForm`: the promise form gets the caller's
 * arguments less trailing `undefined`s (an engine must not take `(desc, undefined)` for a legacy
 * call); a legacy call gets the promise form's arguments and settles its callbacks. This runs on
 * every signaling call, so the arguments are counted once and copied only when they must be.
 */
export function withLegacyCallbacks(win: ShimWindow, log: Logger, kind: OverloadKind, method: string, promiseForm: Method): Method {
  return function (this: unknown, ...args: unknown[]): Promise<unknown> {
    const n = countArguments(args);
    if (!selectsLegacy(kind, args, n)) {
      try {
        return Promise.resolve(promiseForm.apply(this, n === args.length ? args : args.slice(0, n)));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    const legacy = takeApart(kind, args, n);
    return settleCallbacks(win, log, method, legacy, () => promiseForm.apply(this, legacy.value));
  };
}
