import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertDefinable, defineAccessor, defineValue, describeTarget } from '../../../src/patch/define';
import { PatchError } from '../../../src/patch/errors';
import { markOf } from '../../../src/patch/mark';

describe('describeTarget', () => {
  it('names prototypes, instances and bare objects', () => {
    class Foo {}
    assert.equal(describeTarget(Foo.prototype), 'Foo.prototype');
    assert.equal(describeTarget(new Foo()), 'Foo');
    assert.equal(describeTarget({}), 'Object');
    assert.equal(describeTarget(Object.create(null) as object), 'object');
  });
});

describe('assertDefinable', () => {
  it('passes for a new key on an extensible object and for a configurable property', () => {
    const target: Record<string, unknown> = { a: 1 };
    assert.doesNotThrow(() => assertDefinable(target, 'a'));
    assert.doesNotThrow(() => assertDefinable(target, 'b'));
  });

  it('throws PatchError for a new key on a non-extensible object', () => {
    assert.throws(() => assertDefinable(Object.preventExtensions({}), 'b'), PatchError);
    assert.throws(() => assertDefinable(Object.freeze({ a: 1 }), 'a'), PatchError);
  });

  it('throws PatchError naming the target and key for a non-configurable property', () => {
    class Foo {}
    Object.defineProperty(Foo.prototype, 'locked', { value: 1, writable: true, configurable: false });
    assert.throws(() => assertDefinable(Foo.prototype, 'locked'), (error: unknown) => {
      assert.ok(error instanceof PatchError);
      assert.match(error.message, /^Foo\.prototype\.locked /);
      return true;
    });
  });

  it('a sealed object: existing non-configurable keys and new keys both throw', () => {
    const sealed = Object.seal({ a: 1 });
    assert.throws(() => assertDefinable(sealed, 'a'), PatchError);
    assert.throws(() => assertDefinable(sealed, 'b'), PatchError);
  });
});

describe('defineValue', () => {
  it('defines like WebIDL: writable, configurable, not enumerable', () => {
    const target: Record<string, unknown> = {};
    const value = (): void => undefined;
    defineValue(target, 'x', value);
    assert.deepEqual(Object.getOwnPropertyDescriptor(target, 'x'), {
      value,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  });

  it('replaces an existing configurable value', () => {
    const target: Record<string, unknown> = { x: 1 };
    defineValue(target, 'x', 2);
    assert.equal(target.x, 2);
    assert.equal(Object.getOwnPropertyDescriptor(target, 'x')?.enumerable, false);
  });

  it('is a no-op when the value is already there, even on a frozen object', () => {
    const value = {};
    const frozen = Object.freeze({ x: value });
    assert.doesNotThrow(() => defineValue(frozen, 'x', value));
    const enumerableBefore: Record<string, unknown> = { y: value };
    defineValue(enumerableBefore, 'y', value);
    assert.equal(Object.getOwnPropertyDescriptor(enumerableBefore, 'y')?.enumerable, true, 'left as it was');
  });

  it('throws PatchError and leaves a frozen or non-configurable target unchanged', () => {
    const frozen = Object.freeze({ x: 1 }) as Record<string, unknown>;
    assert.throws(() => defineValue(frozen, 'x', 2), PatchError);
    assert.throws(() => defineValue(frozen, 'y', 2), PatchError);
    assert.equal(frozen.x, 1);
    assert.equal('y' in frozen, false);
    const locked: Record<string, unknown> = {};
    Object.defineProperty(locked, 'x', { value: 1, writable: true, configurable: false });
    assert.throws(() => defineValue(locked, 'x', 2), PatchError);
    assert.equal(locked.x, 1);
  });
});

describe('defineAccessor', () => {
  function setup() {
    class Host {
      secret = 'mine';
    }
    const written: Array<{ self: unknown; value: string }> = [];
    const pair = {
      get(this: Host): string {
        return 'got:' + this.secret;
      },
      set(this: Host, value: string): void {
        written.push({ self: this, value });
      },
    };
    return { Host, pair, written };
  }

  it('defines a getter/setter pair called with this = the instance', () => {
    const { Host, pair, written } = setup();
    defineAccessor(Host.prototype, 'attr', 'test', pair);
    const host = new Host() as InstanceType<typeof Host> & { attr: string };
    assert.equal(host.attr, 'got:mine');
    host.attr = 'v';
    assert.deepEqual(written, [{ self: host, value: 'v' }]);
    assert.equal(Object.prototype.hasOwnProperty.call(host, 'attr'), false, 'nothing on the instance');
  });

  it('is enumerable and configurable like a WebIDL attribute, with WebIDL accessor names', () => {
    const { Host, pair } = setup();
    defineAccessor(Host.prototype, 'attr', 'test', pair);
    const desc = Object.getOwnPropertyDescriptor(Host.prototype, 'attr');
    assert.equal(desc?.enumerable, true);
    assert.equal(desc?.configurable, true);
    assert.equal(desc?.get?.name, 'get attr');
    assert.equal(desc?.set?.name, 'set attr');
  });

  it('a getter-only pair defines a read-only attribute', () => {
    const { Host, pair } = setup();
    defineAccessor(Host.prototype, 'attr', 'test', { get: pair.get });
    assert.equal(Object.getOwnPropertyDescriptor(Host.prototype, 'attr')?.set, undefined);
    const host = new Host() as InstanceType<typeof Host> & { attr: string };
    assert.throws(() => {
      host.attr = 'x';
    }, TypeError);
    assert.equal(host.attr, 'got:mine');
  });

  it('marks the getter with the tag and the replaced getter; same tag twice is a no-op', () => {
    const { Host, pair } = setup();
    const previous = function (): string {
      return 'native';
    };
    Object.defineProperty(Host.prototype, 'attr', { get: previous, configurable: true });
    defineAccessor(Host.prototype, 'attr', 'test', pair);
    const first = Object.getOwnPropertyDescriptor(Host.prototype, 'attr');
    assert.equal(markOf(first?.get)?.tag, 'test');
    assert.equal(markOf(first?.get)?.original, previous);
    defineAccessor(Host.prototype, 'attr', 'test', { get: () => 'other' });
    const second = Object.getOwnPropertyDescriptor(Host.prototype, 'attr');
    assert.equal(second?.get, first?.get);
    assert.equal(second?.set, first?.set);
    assert.equal((new Host() as InstanceType<typeof Host> & { attr: string }).attr, 'got:mine');
  });

  it('another tag replaces it', () => {
    const { Host, pair } = setup();
    defineAccessor(Host.prototype, 'attr', 'first', pair);
    defineAccessor<unknown, string>(Host.prototype, 'attr', 'second', { get: () => 'second' });
    assert.equal((new Host() as InstanceType<typeof Host> & { attr: string }).attr, 'second');
  });

  it('a frozen target or non-configurable property throws PatchError and is left unchanged', () => {
    const { Host, pair } = setup();
    Object.freeze(Host.prototype);
    assert.throws(() => defineAccessor(Host.prototype, 'attr', 'test', pair), PatchError);
    assert.equal('attr' in Host.prototype, false);

    const locked: Record<string, unknown> = {};
    Object.defineProperty(locked, 'attr', { value: 1, configurable: false });
    assert.throws(() => defineAccessor(locked, 'attr', 'test', { get: () => 2 }), PatchError);
    assert.equal(locked.attr, 1);
  });
});
