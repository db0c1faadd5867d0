import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PatchError } from '../../../src/patch/errors';
import { markOf, originalOf } from '../../../src/patch/mark';
import { wrapGetter, wrapSetter, type Getter, type Setter } from '../../../src/patch/wrap-getter';

/** A WebIDL-like interface: an attribute over internal state, with a setter. */
function makeClass() {
  const slots = new WeakMap<object, string>();
  class Native {
    constructor(value: string) {
      slots.set(this, value);
    }
    get value(): string {
      const v = slots.get(this);
      if (v === undefined) throw new TypeError('Illegal invocation');
      return v;
    }
    set value(v: string) {
      slots.set(this, v);
    }
  }
  return Native;
}

/** Answers 'special' for the value 'x', and leaves every other case to the native getter. */
function special(calls: { built: number }): (nativeGet: Getter) => Getter {
  return (nativeGet) => {
    calls.built++;
    return function (this: unknown): unknown {
      const v = nativeGet.call(this);
      return v === 'x' ? 'special' : v;
    };
  };
}

const descriptor = (target: object, key: string): PropertyDescriptor => {
  const d = Object.getOwnPropertyDescriptor(target, key);
  assert.ok(d, key + ' is an own property');
  return d;
};

describe('wrapGetter', () => {
  it('the wrapper answers the cases it handles; the native getter answers the rest, with the same this', () => {
    const Native = makeClass();
    const calls = { built: 0 };
    wrapGetter(Native.prototype, 'value', 'test', special(calls));
    assert.equal(new Native('x').value, 'special');
    assert.equal(new Native('plain').value, 'plain');
    assert.equal(calls.built, 1);
  });

  it('the native getter gets the wrapper this, so its own errors stay (Illegal invocation)', () => {
    const Native = makeClass();
    wrapGetter(Native.prototype, 'value', 'test', special({ built: 0 }));
    assert.throws(() => descriptor(Native.prototype, 'value').get?.call({}), TypeError);
  });

  it('keeps the setter (the same function), the enumerability, configurability and the name', () => {
    const Native = makeClass();
    const before = descriptor(Native.prototype, 'value');
    wrapGetter(Native.prototype, 'value', 'test', special({ built: 0 }));
    const after = descriptor(Native.prototype, 'value');
    assert.notEqual(after.get, before.get);
    assert.equal(after.set, before.set);
    assert.equal(after.enumerable, false);
    assert.equal(after.configurable, true);
    assert.equal(after.get?.name, 'get value');
    const o = new Native('a');
    o.value = 'x';
    assert.equal(o.value, 'special');
  });

  it('keeps an enumerable accessor enumerable and a getter-only one without a setter', () => {
    const target = {};
    const nativeGet = function named(): string {
      return 'x';
    };
    Object.defineProperty(target, 'attr', { get: nativeGet, enumerable: true, configurable: true });
    wrapGetter(target, 'attr', 'test', special({ built: 0 }));
    const d = descriptor(target, 'attr');
    assert.equal(d.enumerable, true);
    assert.equal(d.set, undefined);
    assert.equal(d.get?.name, 'named');
    assert.deepEqual(Object.keys(target), ['attr']);
    assert.equal((target as { attr: string }).attr, 'special');
  });

  it('marks the wrapper with the tag and the native getter it replaced', () => {
    const Native = makeClass();
    const nativeGet = descriptor(Native.prototype, 'value').get;
    wrapGetter(Native.prototype, 'value', 'my-shim', special({ built: 0 }));
    const get = descriptor(Native.prototype, 'value').get;
    assert.equal(markOf(get)?.tag, 'my-shim');
    assert.equal(markOf(get)?.original, nativeGet);
    assert.equal(originalOf(get), nativeGet);
  });

  it('a second wrap with the same tag is a no-op: the same function object, build not called again', () => {
    const Native = makeClass();
    const calls = { built: 0 };
    wrapGetter(Native.prototype, 'value', 'test', special(calls));
    const once = descriptor(Native.prototype, 'value');
    wrapGetter(Native.prototype, 'value', 'test', special(calls));
    const twice = descriptor(Native.prototype, 'value');
    assert.equal(twice.get, once.get);
    assert.equal(twice.set, once.set);
    assert.equal(calls.built, 1);
    assert.equal(new Native('x').value, 'special');
  });

  it('another tag wraps on top, and the chain leads back to the native getter', () => {
    const Native = makeClass();
    const nativeGet = descriptor(Native.prototype, 'value').get;
    wrapGetter(Native.prototype, 'value', 'first', special({ built: 0 }));
    const first = descriptor(Native.prototype, 'value').get;
    wrapGetter(Native.prototype, 'value', 'second', (inner) => function (this: unknown) {
      return '[' + String(inner.call(this)) + ']';
    });
    const second = descriptor(Native.prototype, 'value').get;
    assert.notEqual(second, first);
    assert.equal(markOf(second)?.original, first);
    assert.equal(originalOf(second), nativeGet);
    assert.equal(new Native('x').value, '[special]');
  });

  it('throws a PatchError for a data property, a missing one or an inherited accessor, and changes nothing', () => {
    const Native = makeClass();
    const target = { data: 1 };
    assert.throws(() => wrapGetter(target, 'data', 'test', special({ built: 0 })), PatchError);
    assert.deepEqual(descriptor(target, 'data'), { value: 1, writable: true, enumerable: true, configurable: true });
    assert.throws(() => wrapGetter(target, 'missing', 'test', special({ built: 0 })), PatchError);
    assert.equal(Object.getOwnPropertyDescriptor(target, 'missing'), undefined);
    const instance = new Native('a');
    assert.throws(() => wrapGetter(instance, 'value', 'test', special({ built: 0 })), PatchError);
    assert.equal(Object.getOwnPropertyDescriptor(instance, 'value'), undefined);
  });

  it('throws a PatchError for a non-configurable accessor (frozen or locked), and changes nothing', () => {
    const calls = { built: 0 };
    const nativeGet = (): string => 'x';
    const locked = {};
    Object.defineProperty(locked, 'attr', { get: nativeGet, enumerable: true, configurable: false });
    assert.throws(() => wrapGetter(locked, 'attr', 'test', special(calls)), PatchError);
    assert.equal(descriptor(locked, 'attr').get, nativeGet);
    const Native = makeClass();
    const nativeValue = descriptor(Native.prototype, 'value').get;
    Object.freeze(Native.prototype);
    assert.throws(() => wrapGetter(Native.prototype, 'value', 'test', special(calls)), PatchError);
    assert.equal(descriptor(Native.prototype, 'value').get, nativeValue);
    assert.equal(calls.built, 0);
  });
});

describe('wrapSetter', () => {
  it('wraps the setter alone: the native getter stays, the native setter gets what the wrapper passes, twice is once', () => {
    const Native = makeClass();
    const nativeGet = descriptor(Native.prototype, 'value').get;
    const build = (nativeSet: Setter): Setter => function (this: unknown, v: unknown): void {
      nativeSet.call(this, v === 'x' ? 'special' : v);
    };
    wrapSetter(Native.prototype, 'value', 'test', build);
    const once = descriptor(Native.prototype, 'value');
    wrapSetter(Native.prototype, 'value', 'test', build);
    assert.deepEqual(descriptor(Native.prototype, 'value'), once);
    assert.equal(once.get, nativeGet);
    assert.equal(once.set!.name, 'set value');
    assert.equal(markOf(once.set)?.tag, 'test');
    const n = new Native('a');
    n.value = 'x';
    assert.equal(n.value, 'special');
    n.value = 'y';
    assert.equal(n.value, 'y');
    assert.throws(() => wrapSetter(Native.prototype, 'missing', 'test', build), PatchError);
  });
});
