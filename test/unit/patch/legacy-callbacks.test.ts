import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  isLegacyCall,
  parseLegacyCall,
  rejectWith,
  reportException,
  settleCallbacks,
  toSpecError,
  withLegacyCallbacks,
} from '../../../src/patch/legacy-callbacks';
import type { Method } from '../../../src/patch/wrap-method';
import type { Logger, ShimWindow } from '../../../src/types';

const win: ShimWindow = { DOMException };

/** A logger that records warnings. */
function recordingLogger(): Logger & { warnings: unknown[][] } {
  const warnings: unknown[][] = [];
  return {
    warnings,
    log: () => undefined,
    warn: (...args: unknown[]) => void warnings.push(args),
    deprecated: () => undefined,
  };
}
const log = recordingLogger();

/** settleCallbacks for an `apply` call with these callbacks. */
function settle(success: unknown, failure: unknown, run: () => unknown, logger: Logger = log): Promise<void> {
  return settleCallbacks(win, logger, 'm', { success, failure, value: [] }, run);
}

/** A promise method that records `this` and its arguments and resolves (or rejects) as told. */
function recorder(outcome: { resolve?: unknown; reject?: unknown; throws?: unknown } = {}) {
  const calls: Array<{ self: unknown; args: unknown[] }> = [];
  const method: Method = function (this: unknown, ...args: unknown[]): unknown {
    calls.push({ self: this, args });
    if ('throws' in outcome) throw outcome.throws;
    if ('reject' in outcome) return Promise.reject(outcome.reject);
    return Promise.resolve(outcome.resolve);
  };
  return { calls, method };
}

/** Calls a wrapped method; every form must return a promise. */
function call(method: Method, self: unknown, ...args: unknown[]): Promise<unknown> {
  const result = method.apply(self, args);
  assert.ok(result instanceof Promise, 'returns a promise');
  return result;
}

/** Replaces global setTimeout while a test runs; collects what reportException schedules. */
function captureTimers(): { scheduled: Array<() => void>; restore: () => void } {
  const scheduled: Array<() => void> = [];
  const original = globalThis.setTimeout;
  const fake = (callback: () => void): number => {
    scheduled.push(callback);
    return 0;
  };
  globalThis.setTimeout = fake as unknown as typeof setTimeout;
  return { scheduled, restore: () => void (globalThis.setTimeout = original) };
}

let restoreTimers: (() => void) | undefined;
afterEach(() => {
  restoreTimers?.();
  restoreTimers = undefined;
});

describe('isLegacyCall / parseLegacyCall', () => {
  const fn = (): number => 0;
  it('apply: two or more arguments select the legacy overload, like WebIDL; trailing undefineds are absent', () => {
    assert.equal(isLegacyCall('apply', []), false);
    assert.equal(isLegacyCall('apply', [{}]), false);
    assert.equal(isLegacyCall('apply', [{}, undefined]), false);
    assert.equal(isLegacyCall('apply', [{}, undefined, undefined]), false);
    assert.equal(isLegacyCall('apply', [{}, fn]), true);
    assert.equal(isLegacyCall('apply', [{}, fn, fn]), true);
    assert.equal(isLegacyCall('apply', [null, fn, fn]), true);
    assert.equal(isLegacyCall('apply', [{}, null]), true);
  });

  it('create: a function first is the legacy form even alone (the seed page calls createOffer(success))', () => {
    assert.equal(isLegacyCall('create', []), false);
    assert.equal(isLegacyCall('create', [{}]), false);
    assert.equal(isLegacyCall('create', [{}, undefined]), false);
    assert.equal(isLegacyCall('create', [fn]), true);
    assert.equal(isLegacyCall('create', [fn, fn]), true);
    assert.equal(isLegacyCall('create', [{}, fn, fn]), true, 'options first: a legacy call with a bad success callback');
    assert.equal(isLegacyCall('create', [5, fn]), true);
  });

  it('takes a legacy call apart; the promise form is null', () => {
    const options = {};
    assert.equal(parseLegacyCall('create', [options]), null);
    assert.deepEqual(parseLegacyCall('create', [fn]), { success: fn, failure: undefined, value: [] });
    assert.deepEqual(parseLegacyCall('create', [fn, fn, options]), { success: fn, failure: fn, value: [options] });
    assert.deepEqual(parseLegacyCall('create', [fn, undefined, options]), { success: fn, failure: undefined, value: [options] });
    assert.deepEqual(parseLegacyCall('apply', [options, fn]), { success: fn, failure: undefined, value: [options] });
    assert.deepEqual(parseLegacyCall('apply', [null, fn, fn]), { success: fn, failure: fn, value: [null] });
  });

  it('stats: getStats(success[, selector | failure]) and getStats(selector, success[, failure]); getStats(selector) is the promise form', () => {
    const track = {};
    assert.equal(parseLegacyCall('stats', []), null);
    assert.equal(parseLegacyCall('stats', [track]), null);
    assert.equal(parseLegacyCall('stats', [null, undefined]), null);
    assert.deepEqual(parseLegacyCall('stats', [fn]), { success: fn, failure: undefined, value: [] });
    assert.deepEqual(parseLegacyCall('stats', [fn, track]), { success: fn, failure: undefined, value: [track] });
    assert.deepEqual(parseLegacyCall('stats', [fn, null]), { success: fn, failure: undefined, value: [null] });
    assert.deepEqual(parseLegacyCall('stats', [fn, fn]), { success: fn, failure: fn, value: [] });
    assert.deepEqual(parseLegacyCall('stats', [null, fn]), { success: fn, failure: undefined, value: [null] });
    assert.deepEqual(parseLegacyCall('stats', [track, fn, fn]), { success: fn, failure: fn, value: [track] });
    assert.deepEqual(parseLegacyCall('stats', [track, 5]), { success: 5, failure: undefined, value: [track] }, 'a bad callback: a TypeError later');
  });
});

describe('withLegacyCallbacks: promise form', () => {
  it('passes this and the arguments unchanged and resolves with the value', async () => {
    const value = { type: 'offer', sdp: 'v=0' };
    const { calls, method } = recorder({ resolve: value });
    const wrapped = withLegacyCallbacks(win, log, 'create', 'm', method);
    const self = {};
    const options = Object.freeze({ iceRestart: true });
    assert.equal(await call(wrapped, self, options), value);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.self, self);
    assert.equal(calls[0]?.args.length, 1);
    assert.equal(calls[0]?.args[0], options);
    assert.equal(await call(wrapped, self), value);
    assert.deepEqual(calls[1]?.args, []);
  });

  it('rejects with the native rejection as is, and turns a synchronous throw into a rejection', async () => {
    const error = new DOMException('bad', 'InvalidStateError');
    const rejecting = withLegacyCallbacks(win, log, 'apply', 'm', recorder({ reject: error }).method);
    await assert.rejects(call(rejecting, {}, {}), (e: unknown) => e === error);
    const throwing = withLegacyCallbacks(win, log, 'apply', 'm', recorder({ throws: error }).method);
    let result: unknown;
    assert.doesNotThrow(() => {
      result = call(throwing, {}, {});
    });
    assert.ok(result instanceof Promise);
    await assert.rejects(result as Promise<unknown>, (e: unknown) => e === error);
  });
});

describe('withLegacyCallbacks: legacy form', () => {
  it('create: success gets the value, the promise resolves undefined, the options go to the promise form', async () => {
    const value = { type: 'offer', sdp: 'v=0' };
    const { calls, method } = recorder({ resolve: value });
    const wrapped = withLegacyCallbacks(win, log, 'create', 'm', method);
    const got: unknown[] = [];
    const options = Object.freeze({ offerToReceiveAudio: true });
    const self = {};
    const result = await call(wrapped, 
      self,
      (v: unknown) => got.push(v),
      () => got.push('failure'),
      options,
    );
    assert.equal(result, undefined);
    assert.deepEqual(got, [value]);
    assert.equal(got[0], value);
    assert.equal(calls[0]?.self, self);
    assert.equal(calls[0]?.args.length, 1);
    assert.equal(calls[0]?.args[0], options);
    assert.deepEqual(options, { offerToReceiveAudio: true });
  });

  it('create: without options the promise form gets no argument', async () => {
    const { calls, method } = recorder({ resolve: 1 });
    await call(withLegacyCallbacks(win, log, 'create', 'm', method), {}, () => 0, () => 0);
    assert.deepEqual(calls[0]?.args, []);
  });

  it('apply: the description goes to the promise form, success is called without a value', async () => {
    const { calls, method } = recorder({ resolve: undefined });
    const wrapped = withLegacyCallbacks(win, log, 'apply', 'm', method);
    const description = Object.freeze({ type: 'answer', sdp: 'v=0' });
    const got: unknown[][] = [];
    const result = await call(wrapped, 
      {},
      description,
      (...args: unknown[]) => got.push(args),
      () => got.push(['failure']),
    );
    assert.equal(result, undefined);
    assert.deepEqual(got, [[undefined]]);
    assert.equal(calls[0]?.args.length, 1);
    assert.equal(calls[0]?.args[0], description);
    assert.deepEqual(description, { type: 'answer', sdp: 'v=0' });
  });

  it('rejects with TypeError for a callback given but not callable, or options first, without calling the native', async () => {
    const { calls, method } = recorder({ resolve: 1 });
    const create = withLegacyCallbacks(win, log, 'create', 'm', method);
    const apply = withLegacyCallbacks(win, log, 'apply', 'm', method);
    let called = 0;
    const ok = (): void => {
      called += 1;
    };
    await assert.rejects(call(create, {}, ok, 'not a function'), TypeError);
    await assert.rejects(call(create, {}, ok, null), TypeError);
    await assert.rejects(call(create, {}, ok, 5, {}), TypeError);
    await assert.rejects(call(create, {}, null, ok), TypeError);
    await assert.rejects(call(create, {}, {}, ok, ok), TypeError, 'options first');
    await assert.rejects(call(apply, {}, {}, null), TypeError);
    await assert.rejects(call(apply, {}, {}, ok, {}), TypeError);
    await assert.rejects(call(apply, {}, {}, ok, null), TypeError);
    await assert.rejects(call(apply, {}, {}, undefined, ok), TypeError);
    assert.equal(calls.length, 0);
    assert.equal(called, 0);
  });

  it('a success callback without a failure callback is a legacy call: success runs, the promise resolves undefined', async () => {
    const { calls, method } = recorder({ resolve: 'offer' });
    const got: unknown[] = [];
    const create = withLegacyCallbacks(win, log, 'create', 'createOffer', method);
    assert.equal(await call(create, {}, (v: unknown) => got.push(v)), undefined);
    assert.equal(await call(create, {}, (v: unknown) => got.push(v), undefined, { iceRestart: true }), undefined);
    const apply = withLegacyCallbacks(win, log, 'apply', 'setLocalDescription', method);
    const description = { type: 'offer', sdp: 'v=0' };
    assert.equal(await call(apply, {}, description, (v: unknown) => got.push(v)), undefined);
    assert.equal(await call(apply, {}, description, (v: unknown) => got.push(v), undefined), undefined);
    await Promise.resolve();
    assert.deepEqual(got, ['offer', 'offer', 'offer', 'offer']);
    assert.deepEqual(calls.map((c) => c.args), [[], [{ iceRestart: true }], [description], [description]]);
  });

  it('without a failure callback a failure is a console warning naming the method, and nothing rejects', async () => {
    const logger = recordingLogger();
    const error = new DOMException('wrong state', 'InvalidStateError');
    const wrapped = withLegacyCallbacks(win, logger, 'create', 'createAnswer', recorder({ reject: error }).method);
    const got: unknown[] = [];
    assert.equal(await call(wrapped, {}, () => got.push('success')), undefined);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(got, []);
    assert.equal(logger.warnings.length, 1);
    assert.match(String(logger.warnings[0]?.[0]), /createAnswer/);
    assert.equal(logger.warnings[0]?.[1], error);
  });

  it('callbacks run after the call returns, even when the promise form throws synchronously', async () => {
    const order: string[] = [];
    const thrown = new DOMException('closed', 'InvalidStateError');
    const wrapped = withLegacyCallbacks(win, log, 'create', 'm', recorder({ throws: thrown }).method);
    const result = call(wrapped, {}, () => order.push('success'), () => order.push('failure'));
    order.push('returned');
    await result;
    await Promise.resolve();
    assert.deepEqual(order, ['returned', 'failure']);
  });

  it('the promise form gets no trailing undefineds', async () => {
    const { calls, method } = recorder({ resolve: 1 });
    const description = {};
    await call(withLegacyCallbacks(win, log, 'apply', 'm', method), {}, description, undefined, undefined);
    await call(withLegacyCallbacks(win, log, 'create', 'm', method), {}, undefined, undefined);
    assert.deepEqual(calls.map((c) => c.args), [[description], []]);
  });

  it('failure gets a DOMException with the spec name; the promise resolves undefined', async () => {
    const wrapped = withLegacyCallbacks(win, log, 'apply', 'm', recorder({ reject: { name: 'INVALID_STATE', message: 'wrong state' } }).method);
    const got: unknown[] = [];
    const result = await call(wrapped, 
      {},
      {},
      () => got.push('success'),
      (e: unknown) => got.push(e),
    );
    assert.equal(result, undefined);
    assert.equal(got.length, 1);
    const error = got[0];
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'InvalidStateError');
    assert.equal(error.message, 'wrong state');
  });

  it('a synchronous throw of the promise form reaches the failure callback', async () => {
    const thrown = new DOMException('closed', 'InvalidStateError');
    const wrapped = withLegacyCallbacks(win, log, 'create', 'm', recorder({ throws: thrown }).method);
    const got: unknown[] = [];
    await call(wrapped, {}, () => got.push('success'), (e: unknown) => got.push(e));
    assert.deepEqual(got, [thrown]);
  });

  it('an exception in the success callback is reported, not passed to failure, and does not reject', async () => {
    const timers = captureTimers();
    restoreTimers = timers.restore;
    const boom = new Error('app bug');
    const failures: unknown[] = [];
    const wrapped = withLegacyCallbacks(win, log, 'create', 'm', recorder({ resolve: 1 }).method);
    const result = await call(wrapped, 
      {},
      () => {
        throw boom;
      },
      (e: unknown) => failures.push(e),
    );
    timers.restore();
    assert.equal(result, undefined);
    assert.deepEqual(failures, []);
    assert.equal(timers.scheduled.length, 1, 'reported through setTimeout');
    assert.throws(() => timers.scheduled[0]?.(), (e: unknown) => e === boom);
  });

  it('an exception in the failure callback is reported and does not reject', async () => {
    const timers = captureTimers();
    restoreTimers = timers.restore;
    const boom = new Error('app bug');
    const wrapped = withLegacyCallbacks(win, log, 'apply', 'm', recorder({ reject: new TypeError('x') }).method);
    const result = await call(wrapped, 
      {},
      {},
      () => undefined,
      () => {
        throw boom;
      },
    );
    timers.restore();
    assert.equal(result, undefined);
    assert.equal(timers.scheduled.length, 1);
    assert.throws(() => timers.scheduled[0]?.(), (e: unknown) => e === boom);
  });
});

describe('settleCallbacks', () => {
  it('returns a promise already resolved with undefined: it waits for neither the operation nor the callbacks', async () => {
    let called = false;
    const never = new Promise<never>(() => {});
    const returned = settle(() => { called = true; }, () => { called = true; }, () => never);
    assert.equal(await returned, undefined);
    assert.equal(called, false);
  });

  it('runs `run` only with valid callbacks and settles them from its promise', async () => {
    let runs = 0;
    const got: unknown[] = [];
    await assert.rejects(
      settle(() => undefined, 'x', () => {
        runs += 1;
      }),
      TypeError,
    );
    assert.equal(runs, 0);
    const ok = await settle((v: unknown) => got.push(v), () => got.push('failure'), () => {
      runs += 1;
      return 'value';
    });
    assert.equal(ok, undefined);
    assert.deepEqual(got, ['value']);
    assert.equal(runs, 1);
  });

  it('a synchronous throw of `run` goes to the failure callback as a spec error', async () => {
    const got: unknown[] = [];
    await settle(() => got.push('success'), (e: unknown) => got.push(e), () => {
      throw { name: 'INTERNAL_ERROR', message: 'boom' };
    });
    const error = got[0];
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'OperationError');
    assert.equal(error.message, 'boom');
  });

  it('a real uncaught exception reaches the process (reported, not swallowed)', async () => {
    const boom = new Error('reported for real');
    const seen: unknown[] = [];
    const listeners = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    const onUncaught = (error: unknown): void => {
      seen.push(error);
    };
    process.on('uncaughtException', onUncaught);
    try {
      await settle(
        () => {
          throw boom;
        },
        () => undefined,
        () => 1,
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.removeListener('uncaughtException', onUncaught);
      for (const listener of listeners) process.on('uncaughtException', listener);
    }
    assert.deepEqual(seen, [boom]);
  });
});

describe('toSpecError', () => {
  it('keeps DOMExceptions and TypeErrors as they are', () => {
    const dom = new DOMException('m', 'InvalidAccessError');
    const type = new TypeError('t');
    assert.equal(toSpecError(win, dom), dom);
    assert.equal(toSpecError(win, type), type);
  });

  it('maps legacy names to spec names and keeps the message', () => {
    const cases: Array<[string, string]> = [
      ['INVALID_STATE', 'InvalidStateError'],
      ['INVALID_SESSION_DESCRIPTION', 'InvalidAccessError'],
      ['InvalidSessionDescriptionError', 'InvalidAccessError'],
      ['INCOMPATIBLE_SESSION_DESCRIPTION', 'InvalidAccessError'],
      ['INTERNAL_ERROR', 'OperationError'],
      ['INVALID_CANDIDATE', 'OperationError'],
    ];
    for (const [legacy, spec] of cases) {
      const mapped = toSpecError(win, { name: legacy, message: 'why' });
      assert.ok(mapped instanceof DOMException, legacy);
      assert.equal(mapped.name, spec, legacy);
      assert.equal(mapped.message, 'why');
    }
  });

  it('maps the capture errors of the pre-spec names (Chrome\'s NavigatorUserMediaError, Firefox\'s strings)', () => {
    const cases: Array<[unknown, string]> = [
      [{ name: 'PermissionDeniedError' }, 'NotAllowedError'],
      [{ name: 'PermissionDismissedError' }, 'NotAllowedError'],
      [{ name: 'MediaDeviceKillSwitchOn' }, 'NotAllowedError'],
      [{ name: 'DevicesNotFoundError' }, 'NotFoundError'],
      [{ name: 'TrackStartError' }, 'NotReadableError'],
      [{ name: 'MediaDeviceFailedDueToShutdown' }, 'NotReadableError'],
      ['PERMISSION_DENIED', 'NotAllowedError'],
      ['NO_DEVICES_FOUND', 'NotFoundError'],
      ['HARDWARE_UNAVAILABLE', 'NotReadableError'],
    ];
    for (const [legacy, spec] of cases) {
      const mapped = toSpecError(win, legacy) as DOMException;
      assert.ok(mapped instanceof DOMException, String(legacy));
      assert.equal(mapped.name, spec, JSON.stringify(legacy));
    }
    const over = toSpecError(win, { name: 'ConstraintNotSatisfiedError', constraintName: 'width', message: 'm' }) as DOMException & { constraint?: string };
    assert.equal(over.name, 'OverconstrainedError');
    assert.equal(over.constraint, 'width', 'Chrome\'s constraintName becomes constraint');
  });

  it('keeps an unknown name; a nameless value becomes an OperationError', () => {
    const kept = toSpecError(win, { name: 'NotSupportedError', message: 'n' });
    assert.ok(kept instanceof DOMException);
    assert.equal(kept.name, 'NotSupportedError');
    const nameless = toSpecError(win, 'just a string');
    assert.ok(nameless instanceof DOMException);
    assert.equal(nameless.name, 'OperationError');
    assert.equal(nameless.message, 'just a string');
  });

  it('does not touch the original error object', () => {
    const original = Object.freeze({ name: 'INVALID_STATE', message: 'm' });
    toSpecError(win, original);
    assert.deepEqual(original, { name: 'INVALID_STATE', message: 'm' });
  });

  it('without DOMException on the window, returns the error unchanged', () => {
    const original = { name: 'INVALID_STATE' };
    assert.equal(toSpecError({}, original), original);
  });
});

describe('rejectWith', () => {
  it('rejects with a DOMException of the given name, or an Error without DOMException', async () => {
    await assert.rejects(rejectWith(win, 'InvalidStateError', 'closed'), (e: unknown) =>
      e instanceof DOMException && e.name === 'InvalidStateError' && e.message === 'closed');
    await assert.rejects(rejectWith({}, 'InvalidStateError', 'closed'), (e: unknown) =>
      e instanceof Error && !(e instanceof DOMException) && e.message === 'closed');
  });
});

describe('reportException', () => {
  it('throws the error from a timer', () => {
    const timers = captureTimers();
    restoreTimers = timers.restore;
    const error = new Error('x');
    reportException(error);
    timers.restore();
    assert.equal(timers.scheduled.length, 1);
    assert.throws(() => timers.scheduled[0]?.(), (e: unknown) => e === error);
  });
});
