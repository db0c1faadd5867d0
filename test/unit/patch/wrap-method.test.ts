import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMethod, wrapMethod, type Method } from '../../../src/patch/wrap-method';
import { PatchError } from '../../../src/patch/errors';
import { markOf, originalOf } from '../../../src/patch/mark';

const hasOwn = (obj: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/** A wrapper that prefixes the native result, so tests can tell wrapper from native. */
function prefixing(prefix: string): (native: Method) => Method {
  return (native) =>
    function (this: unknown, ...args: unknown[]): unknown {
      return prefix + String(native.apply(this, args));
    };
}

function makeClass() {
  class Native {
    readonly who = 'instance';
    greet(a: string, b: string): string {
      return this.who + ':' + a + b;
    }
  }
  return Native;
}

describe('wrapMethod', () => {
  it('installs the wrapper, which calls the native with the same this and arguments', () => {
    const Native = makeClass();
    wrapMethod(Native.prototype, 'greet', 'test', prefixing('w:'));
    assert.equal(new Native().greet('a', 'b'), 'w:instance:ab');
  });

  it('keeps the name and length of the native', () => {
    const Native = makeClass();
    const native = Native.prototype.greet;
    assert.equal(native.name, 'greet');
    assert.equal(native.length, 2);
    wrapMethod(Native.prototype, 'greet', 'test', prefixing('w:'));
    assert.notEqual(Native.prototype.greet, native);
    assert.equal(Native.prototype.greet.name, 'greet');
    assert.equal(Native.prototype.greet.length, 2);
  });

  it('keeps a non-enumerable own method non-enumerable (class method)', () => {
    const Native = makeClass();
    assert.equal(Object.getOwnPropertyDescriptor(Native.prototype, 'greet')?.enumerable, false);
    wrapMethod(Native.prototype, 'greet', 'test', prefixing('w:'));
    const desc = Object.getOwnPropertyDescriptor(Native.prototype, 'greet');
    assert.equal(desc?.enumerable, false);
    assert.equal(desc?.writable, true);
    assert.equal(desc?.configurable, true);
  });

  it('keeps an enumerable own method enumerable (WebIDL operation)', () => {
    const target: Record<string, unknown> = {};
    Object.defineProperty(target, 'op', {
      value: function op(x: number): number {
        return x;
      },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    wrapMethod(target, 'op', 'test', prefixing('w:'));
    assert.equal(Object.getOwnPropertyDescriptor(target, 'op')?.enumerable, true);
    assert.deepEqual(Object.keys(target), ['op']);
  });

  it('keeps the enumerability of an inherited method', () => {
    const Native = makeClass();
    class Child extends Native {}
    wrapMethod(Child.prototype, 'greet', 'test', prefixing('w:'));
    assert.equal(Object.getOwnPropertyDescriptor(Child.prototype, 'greet')?.enumerable, false);
    const keys: string[] = [];
    for (const key in new Child()) keys.push(key);
    assert.deepEqual(keys, ['who']);

    const parent: Record<string, unknown> = {};
    Object.defineProperty(parent, 'op', { value: () => 1, enumerable: true, writable: true, configurable: true });
    const child: object = Object.create(parent);
    wrapMethod(child, 'op', 'test', prefixing('w:'));
    assert.equal(Object.getOwnPropertyDescriptor(child, 'op')?.enumerable, true);
  });

  it('marks the wrapper with its tag; originalOf returns the native', () => {
    const Native = makeClass();
    const native = Native.prototype.greet;
    wrapMethod(Native.prototype, 'greet', 'first', prefixing('1:'));
    const first = Native.prototype.greet;
    assert.equal(markOf(first)?.tag, 'first');
    assert.equal(markOf(first)?.original, native);
    assert.equal(originalOf(first), native);
    wrapMethod(Native.prototype, 'greet', 'second', prefixing('2:'));
    const second = Native.prototype.greet;
    assert.equal(markOf(second)?.tag, 'second');
    assert.equal(markOf(second)?.original, first);
    assert.equal(originalOf(second), native, 'originalOf unwinds every layer');
    assert.equal(new Native().greet('a', 'b'), '2:1:instance:ab');
    assert.equal(originalOf(native), native, 'an unmarked function is its own original');
    assert.equal(markOf(native), undefined);
  });

  it('wrapping twice with the same tag is a no-op (same function object, build not called)', () => {
    const Native = makeClass();
    let builds = 0;
    const build = (native: Method): Method => {
      builds += 1;
      return prefixing('w:')(native);
    };
    wrapMethod(Native.prototype, 'greet', 'same', build);
    const once = Native.prototype.greet;
    wrapMethod(Native.prototype, 'greet', 'same', build);
    assert.equal(Native.prototype.greet, once);
    assert.equal(builds, 1);
    assert.equal(new Native().greet('a', 'b'), 'w:instance:ab');
  });

  it('same tag on the parent prototype: wrapping the child is a no-op', () => {
    const Native = makeClass();
    class Child extends Native {}
    wrapMethod(Native.prototype, 'greet', 'same', prefixing('w:'));
    wrapMethod(Child.prototype, 'greet', 'same', prefixing('w:'));
    assert.equal(hasOwn(Child.prototype, 'greet'), false);
    assert.equal(new Child().greet('a', 'b'), 'w:instance:ab');
  });

  it('a frozen target throws PatchError and is left unchanged', () => {
    const Native = makeClass();
    const native = Native.prototype.greet;
    Object.freeze(Native.prototype);
    let builds = 0;
    assert.throws(
      () =>
        wrapMethod(Native.prototype, 'greet', 'test', (n) => {
          builds += 1;
          return n;
        }),
      PatchError,
    );
    assert.equal(Native.prototype.greet, native);
    assert.equal(builds, 0);
    assert.equal(markOf(native), undefined, 'the native is not marked either');
  });

  it('a frozen target inheriting the method throws PatchError and gets no own property', () => {
    const Native = makeClass();
    class Child extends Native {}
    Object.freeze(Child.prototype);
    assert.throws(() => wrapMethod(Child.prototype, 'greet', 'test', prefixing('w:')), PatchError);
    assert.equal(hasOwn(Child.prototype, 'greet'), false);
    assert.equal(new Child().greet('a', 'b'), 'instance:ab');
  });

  it('a non-configurable method throws PatchError and is left unchanged', () => {
    const native = function op(x: number): number {
      return x * 2;
    };
    const target: { op?: (x: number) => number } = {};
    Object.defineProperty(target, 'op', { value: native, writable: true, enumerable: true, configurable: false });
    assert.throws(() => wrapMethod(target, 'op', 'test', prefixing('w:')), (error: unknown) => {
      assert.ok(error instanceof PatchError);
      assert.equal(error.name, 'PatchError');
      assert.match(error.message, /op/);
      return true;
    });
    assert.equal(target.op, native);
    assert.equal(target.op?.(2), 4);
  });

  it('a missing or non-function member throws PatchError', () => {
    const target: Record<string, unknown> = { notFn: 42 };
    assert.throws(() => wrapMethod(target, 'missing', 'test', prefixing('w:')), PatchError);
    assert.throws(() => wrapMethod(target, 'notFn', 'test', prefixing('w:')), PatchError);
    assert.deepEqual(Object.keys(target), ['notFn']);
    assert.equal(target.notFn, 42);
  });

  it('an inherited method becomes an own property of the target; the parent is untouched', () => {
    const Native = makeClass();
    class Child extends Native {}
    const native = Native.prototype.greet;
    wrapMethod(Child.prototype, 'greet', 'test', prefixing('w:'));
    assert.equal(hasOwn(Child.prototype, 'greet'), true);
    assert.equal(Native.prototype.greet, native);
    assert.equal(markOf(Native.prototype.greet), undefined);
    assert.equal(originalOf(Child.prototype.greet), native);
    assert.equal(new Child().greet('a', 'b'), 'w:instance:ab');
    assert.equal(new Native().greet('a', 'b'), 'instance:ab');
  });
});

describe('addMethod', () => {
  it('adds a missing method with the given name and length, enumerable like WebIDL', () => {
    class Host {}
    const method: Method = function (this: unknown, ...args: unknown[]): unknown {
      return args.length;
    };
    addMethod(Host.prototype, 'legacy', 'test', method, 3);
    const desc = Object.getOwnPropertyDescriptor(Host.prototype, 'legacy');
    const added = desc?.value as Method;
    assert.equal(desc?.enumerable, true);
    assert.equal(desc?.writable, true);
    assert.equal(desc?.configurable, true);
    assert.equal(added.name, 'legacy');
    assert.equal(added.length, 3);
    assert.equal(added.call({}, 1, 2, 3, 4), 4, 'runs the method with every argument');
    assert.equal(method.name, 'method', 'the app-facing function is made with its shape; the method is not touched');
    assert.equal(markOf(added)?.tag, 'test');
    assert.equal(originalOf(added), undefined, 'nothing was there before');
  });

  it('replacing an own value records it as the original', () => {
    const previous = (): string => 'old';
    const target: Record<string, unknown> = { m: previous };
    const method: Method = () => 'new';
    addMethod(target, 'm', 'test', method, 0);
    assert.equal((target.m as Method).call(target), 'new');
    assert.equal(originalOf(target.m), previous);
  });

  it('adding twice with the same tag is a no-op', () => {
    class Host {}
    const first: Method = () => 'first';
    const second: Method = () => 'second';
    addMethod(Host.prototype, 'legacy', 'same', first, 1);
    addMethod(Host.prototype, 'legacy', 'same', second, 1);
    assert.equal((Object.getOwnPropertyDescriptor(Host.prototype, 'legacy')?.value as Method).call({}), 'first');
    assert.equal(second.name, 'second', 'the ignored method is not touched');
  });

  it('a frozen target throws PatchError; target and method are left unchanged', () => {
    const target = Object.freeze({});
    const method: Method = function original() {
      return 1;
    };
    assert.throws(() => addMethod(target, 'legacy', 'test', method, 2), PatchError);
    assert.equal(hasOwn(target, 'legacy'), false);
    assert.equal(method.name, 'original');
    assert.equal(method.length, 0);
    assert.equal(markOf(method), undefined);
  });

  it('a non-configurable own property throws PatchError and is left unchanged', () => {
    const previous = (): string => 'old';
    const target: Record<string, unknown> = {};
    Object.defineProperty(target, 'm', { value: previous, writable: true, configurable: false });
    assert.throws(() => addMethod(target, 'm', 'test', () => 'new', 0), PatchError);
    assert.equal(target.m, previous);
  });

  it('an inherited method: the addition is an own property of the target; the parent is untouched', () => {
    class Parent {
      m(): string {
        return 'parent';
      }
    }
    class Child extends Parent {}
    const parentMethod = Parent.prototype.m;
    addMethod(Child.prototype, 'm', 'test', () => 'child', 0);
    assert.equal(hasOwn(Child.prototype, 'm'), true);
    assert.equal(Parent.prototype.m, parentMethod);
    assert.equal(new Child().m(), 'child');
    assert.equal(new Parent().m(), 'parent');
  });
});
