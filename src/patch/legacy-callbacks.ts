/**
 * The legacy callback overloads of RTCPeerConnection
 * (https://w3c.github.io/webrtc-pc/#legacy-interface-extensions), built on a promise method.
 * Spec semantics: both callbacks are required and must be callable (else TypeError), the returned
 * promise is already resolved with undefined (it waits for nothing), and the failure callback gets
 * the DOMException. An exception thrown by an app callback is reported, never swallowed and never
 * turned into a call of the other callback.
 */
import type { ShimWindow } from '../types';
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
};

/** Returns a DOMException with the spec's name for whatever an engine rejected with. */
export function toSpecError(win: ShimWindow, error: unknown): unknown {
  const DOMExceptionCtor = win.DOMException;
  if (!DOMExceptionCtor || error instanceof DOMExceptionCtor || error instanceof TypeError) return error;
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : error;
  const specName = typeof name === 'string' ? (SPEC_ERROR_NAMES[name] ?? name) : 'OperationError';
  return new DOMExceptionCtor(typeof message === 'string' ? message : String(message ?? ''), specName);
}

/** A promise rejected with the spec's DOMException `name` (an Error where the window has none). */
export function rejectWith(win: ShimWindow, name: string, message: string): Promise<never> {
  const DOMExceptionCtor = win.DOMException;
  return Promise.reject(DOMExceptionCtor ? new DOMExceptionCtor(message, name) : new Error(message));
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

/**
 * True when the arguments select a legacy overload. WebIDL overload resolution picks the promise
 * form for zero or one argument (`createOffer(options)`, `setLocalDescription(desc)`) and the
 * callback form for two or more, whose callbacks must then both be callable.
 */
export function isLegacyCall(args: readonly unknown[]): boolean {
  return args.length >= 2;
}

export type OverloadKind =
  /** `createOffer(success, failure, options)` / `createAnswer(...)` */
  | 'create'
  /** `setLocalDescription(desc, success, failure)`, `setRemoteDescription`, `addIceCandidate` */
  | 'apply';

/**
 * A method with both overloads on top of `promiseForm`: the promise form gets the caller's
 * arguments unchanged; the legacy form gets its one value argument and settles the callbacks.
 */
export function withLegacyCallbacks(
  win: ShimWindow,
  kind: OverloadKind,
  promiseForm: Method,
  mapResult?: (value: unknown) => unknown,
): Method {
  return function (this: unknown, ...args: unknown[]): Promise<unknown> {
    if (!isLegacyCall(args)) {
      try {
        const result = Promise.resolve(promiseForm.apply(this, args));
        return mapResult ? result.then(mapResult) : result;
      } catch (error) {
        return Promise.reject(error);
      }
    }
    const [success, failure] = kind === 'create' ? [args[0], args[1]] : [args[1], args[2]];
    const valueArgs = kind === 'create' ? args.slice(2, 3) : args.slice(0, 1);
    return settleCallbacks(win, success, failure, () => promiseForm.apply(this, valueArgs), mapResult);
  };
}

/**
 * Runs the legacy form: validates both callbacks (rejecting with TypeError like WebIDL), then
 * settles them from `run()`'s promise.
 */
export function settleCallbacks(
  win: ShimWindow,
  success: unknown,
  failure: unknown,
  run: () => unknown,
  mapResult: (value: unknown) => unknown = (value) => value,
): Promise<void> {
  if (typeof success !== 'function' || typeof failure !== 'function') {
    return Promise.reject(new TypeError('The success and failure callbacks must be functions.'));
  }
  let promise: Promise<unknown>;
  try {
    promise = Promise.resolve(run());
  } catch (error) {
    promise = Promise.reject(error);
  }
  promise.then(
    (value) => call(success as SuccessCallback, mapResult(value)),
    (error) => call(failure as FailureCallback, toSpecError(win, error)),
  );
  // The spec's legacy methods end with "return a promise resolved with undefined": the returned
  // promise does not wait for the operation or the callbacks (Chromium and Firefox agree).
  return Promise.resolve(undefined);
}
