import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inheritsFrom, isEngineFunction, legacyCaptureCalls } from '../../src/window';
import type { ShimNavigator } from '../../src/types';

describe('window: isEngineFunction', () => {
  it('true for the engine\'s functions, false for a script\'s or a non-function', () => {
    assert.equal(isEngineFunction(Array.prototype.push), true);
    assert.equal(isEngineFunction(Math.max), true);
    assert.equal(isEngineFunction(function removeStream(): void {}), false);
    assert.equal(isEngineFunction(() => undefined), false);
    assert.equal(isEngineFunction({}), false);
    assert.equal(isEngineFunction(undefined), false);
  });

  it('a script function whose body mentions [native code] is still a script\'s', () => {
    const sneaky = function (): string {
      return '{ [native code] }';
    };
    assert.equal(isEngineFunction(sneaky), false);
  });
});

describe('window: legacyCaptureCalls', () => {
  /** A navigator as engines make it: the calls on its prototype (Navigator.prototype). */
  const engineNavigator = (): ShimNavigator => {
    const proto = { mozGetUserMedia(): void {} };
    return Object.create(proto) as ShimNavigator;
  };

  it('finds the calls on the navigator\'s prototype, or on a plain object navigator (fakes)', () => {
    assert.deepEqual(legacyCaptureCalls(engineNavigator()), ['mozGetUserMedia']);
    assert.deepEqual(legacyCaptureCalls({ webkitGetUserMedia(): void {} } as ShimNavigator), ['webkitGetUserMedia']);
    assert.deepEqual(legacyCaptureCalls(undefined), []);
  });

  it('ignores a call a page script set on the navigator object itself (adapter.js 9\'s navigator.getUserMedia in Firefox)', () => {
    const nav = engineNavigator();
    nav.getUserMedia = function getUserMedia(): void {};
    assert.deepEqual(legacyCaptureCalls(nav), ['mozGetUserMedia']);
  });
});

describe('window: inheritsFrom', () => {
  it('is true for instances of the class whose prototype it is given, subclasses included, and false otherwise', () => {
    class Engine {}
    class AppSubclass extends Engine {}
    assert.equal(inheritsFrom(new Engine(), Engine.prototype), true);
    assert.equal(inheritsFrom(new AppSubclass(), Engine.prototype), true);
    assert.equal(inheritsFrom({}, Engine.prototype), false);
    assert.equal(inheritsFrom(Engine.prototype, Engine.prototype), false, 'the prototype itself is no instance');
    for (const value of [undefined, null, 1, 'x']) assert.equal(inheritsFrom(value, Engine.prototype), false);
  });
});
