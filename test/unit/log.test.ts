import { afterEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger, disableLog, disableWarnings } from '../../src/log';

/** Defaults, checked before any test changes them (the module state is per test file/process). */
const logger = createLogger('probe');
const defaults = (() => {
  const log = mock.method(console, 'log', () => undefined);
  const warn = mock.method(console, 'warn', () => undefined);
  logger.log('default log');
  logger.warn('default warn');
  const result = { logCalls: log.mock.callCount(), warnCalls: warn.mock.callCount() };
  mock.restoreAll();
  return result;
})();

function captureConsole() {
  return {
    log: mock.method(console, 'log', () => undefined),
    warn: mock.method(console, 'warn', () => undefined),
  };
}

afterEach(() => {
  mock.restoreAll();
  disableLog(true);
  disableWarnings(false);
});

let keyCounter = 0;
const freshKey = (): string => 'test-key-' + String((keyCounter += 1));

describe('disableLog / disableWarnings', () => {
  it("return adapter.js's status strings", () => {
    assert.equal(disableLog(true), 'adapter.js logging disabled');
    assert.equal(disableLog(false), 'adapter.js logging enabled');
    assert.equal(disableWarnings(true), 'adapter.js deprecation warnings disabled');
    assert.equal(disableWarnings(false), 'adapter.js deprecation warnings enabled');
  });

  it('reject a non-boolean with the adapter.js message and change nothing', () => {
    const out = captureConsole();
    disableLog(false);
    disableWarnings(true);
    assert.deepEqual(disableLog(1 as unknown as boolean), new Error('Argument type: number. Please use a boolean.'));
    assert.deepEqual(disableLog('yes' as unknown as boolean), new Error('Argument type: string. Please use a boolean.'));
    assert.deepEqual(disableWarnings(0 as unknown as boolean), new Error('Argument type: number. Please use a boolean.'));
    assert.deepEqual(disableWarnings(undefined as unknown as boolean), new Error('Argument type: undefined. Please use a boolean.'));
    logger.log('still enabled');
    logger.warn('still disabled');
    assert.equal(out.log.mock.callCount(), 1);
    assert.equal(out.warn.mock.callCount(), 0);
  });
});

describe('createLogger', () => {
  it('is silent by default for log() and prints warn()', () => {
    assert.deepEqual(defaults, { logCalls: 0, warnCalls: 1 });
  });

  it('log() prints with the rtcshim:<namespace> prefix once logging is enabled', () => {
    const out = captureConsole();
    const shimLog = createLogger('some-shim');
    shimLog.log('before');
    assert.equal(out.log.mock.callCount(), 0);
    disableLog(false);
    const detail = { a: 1 };
    shimLog.log('applied:', detail);
    assert.equal(out.log.mock.callCount(), 1);
    assert.deepEqual(out.log.mock.calls[0]?.arguments, ['rtcshim:some-shim', 'applied:', detail]);
    assert.equal(out.log.mock.calls[0]?.arguments[2], detail, 'arguments passed as they are');
    disableLog(true);
    shimLog.log('after');
    assert.equal(out.log.mock.callCount(), 1);
  });

  it('warn() prints with the prefix; disableWarnings(true) silences it', () => {
    const out = captureConsole();
    const shimLog = createLogger('other-shim');
    shimLog.warn('careful', 1);
    assert.deepEqual(out.warn.mock.calls[0]?.arguments, ['rtcshim:other-shim', 'careful', 1]);
    disableWarnings(true);
    shimLog.warn('silenced');
    assert.equal(out.warn.mock.callCount(), 1);
    disableWarnings(false);
    shimLog.warn('back');
    assert.equal(out.warn.mock.callCount(), 2);
    assert.equal(out.log.mock.callCount(), 0, 'warnings never go to console.log');
  });

  it('deprecated() warns once per key, across loggers', () => {
    const out = captureConsole();
    const key = freshKey();
    const a = createLogger('a');
    const b = createLogger('b');
    a.deprecated(key, 'x is deprecated; use y.');
    a.deprecated(key, 'x is deprecated; use y.');
    b.deprecated(key, 'x is deprecated; use y.');
    assert.equal(out.warn.mock.callCount(), 1);
    assert.deepEqual(out.warn.mock.calls[0]?.arguments, ['rtcshim:a', 'x is deprecated; use y.']);
    a.deprecated(freshKey(), 'another');
    assert.equal(out.warn.mock.callCount(), 2);
    assert.deepEqual(out.warn.mock.calls[1]?.arguments, ['rtcshim:a', 'another']);
  });

  it('deprecated() is silent while warnings are disabled', () => {
    const out = captureConsole();
    disableWarnings(true);
    const key = freshKey();
    const { deprecated } = createLogger('c');
    deprecated(key, 'hidden');
    assert.equal(out.warn.mock.callCount(), 0);
    disableWarnings(false);
    deprecated(key, 'shown once warnings are on');
    assert.equal(out.warn.mock.callCount(), 1);
  });
});
