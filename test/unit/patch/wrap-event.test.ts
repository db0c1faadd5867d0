import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wrapEvent, isEventWrapper, type EventTransform } from '../../../src/patch/wrap-event';
import { PatchError } from '../../../src/patch/errors';
import { installAtomically } from '../../../src/patch/journal';
import { originalOf } from '../../../src/patch/mark';

/** An event carrying a number; the test transform multiplies it by ten, and drops negatives. */
class FooEvent extends Event {
  constructor(
    type: string,
    readonly value: number,
  ) {
    super(type);
  }
}

function valueOf(event: Event): number | undefined {
  return event instanceof FooEvent ? event.value : undefined;
}

interface Seen {
  transforms: Array<{ event: Event; target: EventTarget }>;
}

function times10(seen: Seen): EventTransform {
  return (event, target) => {
    seen.transforms.push({ event, target });
    const value = valueOf(event);
    if (value === undefined) return event;
    if (value < 0) return null;
    return new FooEvent(event.type, value * 10);
  };
}

type Handler = ((this: EventTarget, event: Event) => unknown) | null;

/**
 * A fresh class chain per test: Base records what reaches the "native" add/remove (Node's
 * EventTarget underneath), Target gets wrapped.
 */
function setup() {
  const nativeAdds: unknown[][] = [];
  const nativeRemoves: unknown[][] = [];
  class Base extends EventTarget {
    override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
      nativeAdds.push(args);
      super.addEventListener(...args);
    }
    override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
      nativeRemoves.push(args);
      super.removeEventListener(...args);
    }
  }
  class Target extends Base {
    declare onfoo: Handler;
    declare onbar: Handler;
  }
  const seen: Seen = { transforms: [] };
  wrapEvent(Target.prototype, 'foo', times10(seen));
  const fire = (target: EventTarget, value: number, type = 'foo'): boolean => target.dispatchEvent(new FooEvent(type, value));
  return { Base, Target, seen, fire, nativeAdds, nativeRemoves, target: new Target() };
}

describe('wrapEvent', () => {
  it('applies the transform to listeners added with addEventListener', () => {
    const { target, fire, seen } = setup();
    const got: Array<{ value: number | undefined; self: unknown }> = [];
    target.addEventListener('foo', function (this: unknown, event: Event) {
      got.push({ value: valueOf(event), self: this });
    });
    const original = new FooEvent('foo', 4);
    target.dispatchEvent(original);
    assert.deepEqual(got, [{ value: 40, self: target }]);
    assert.equal(seen.transforms.length, 1);
    assert.equal(seen.transforms[0]?.event, original, 'the transform sees the dispatched event');
    assert.equal(seen.transforms[0]?.target, target, 'and the target');
    fire(target, 5);
    assert.deepEqual(
      got.map((g) => g.value),
      [40, 50],
    );
  });

  it('applies the transform to the on<type> handler', () => {
    const { target, fire } = setup();
    const got: Array<{ value: number | undefined; self: unknown }> = [];
    target.onfoo = function (this: unknown, event: Event) {
      got.push({ value: valueOf(event), self: this });
    };
    fire(target, 2);
    assert.deepEqual(got, [{ value: 20, self: target }]);
  });

  it('a transform returning null drops the event for listeners and handler alike', () => {
    const { target, fire } = setup();
    const got: Array<number | undefined> = [];
    target.addEventListener('foo', (e) => got.push(valueOf(e)));
    target.onfoo = (e) => got.push(valueOf(e));
    fire(target, -1);
    assert.deepEqual(got, []);
    fire(target, 1);
    assert.deepEqual(got, [10, 10]);
  });

  it('a dropped event does not use up a once listener', () => {
    const { target, fire } = setup();
    const got: Array<number | undefined> = [];
    target.addEventListener('foo', (e) => got.push(valueOf(e)), { once: true });
    fire(target, -1);
    fire(target, 3);
    fire(target, 4);
    assert.deepEqual(got, [30]);
  });

  it('calls listener objects through handleEvent with this = the object', () => {
    const { target, fire } = setup();
    const got: Array<{ value: number | undefined; self: unknown }> = [];
    const listener = {
      handleEvent(this: unknown, event: Event): void {
        got.push({ value: valueOf(event), self: this });
      },
    };
    target.addEventListener('foo', listener);
    fire(target, 7);
    assert.deepEqual(got, [{ value: 70, self: listener }]);
  });

  it('looks handleEvent up at dispatch time', () => {
    const { target, fire } = setup();
    const calls: string[] = [];
    const listener: EventListenerObject = {
      handleEvent(): void {
        calls.push('first');
      },
    };
    target.addEventListener('foo', listener);
    listener.handleEvent = (event: Event): void => {
      calls.push('second:' + String(valueOf(event)));
    };
    fire(target, 1);
    assert.deepEqual(calls, ['second:10']);
  });

  it('removeEventListener removes a listener added through the wrapper', () => {
    const { target, fire } = setup();
    let calls = 0;
    const listener = (): void => {
      calls += 1;
    };
    target.addEventListener('foo', listener);
    fire(target, 1);
    target.removeEventListener('foo', listener);
    fire(target, 1);
    assert.equal(calls, 1);
  });

  it('removeEventListener follows the capture matching rules', () => {
    const { target, fire } = setup();
    let calls = 0;
    const listener = (): void => {
      calls += 1;
    };
    target.addEventListener('foo', listener, true);
    target.removeEventListener('foo', listener, false);
    target.removeEventListener('foo', listener);
    target.removeEventListener('foo', listener, { capture: false });
    fire(target, 1);
    assert.equal(calls, 1, 'capture false does not remove a capture listener');
    target.removeEventListener('foo', listener, { capture: true });
    fire(target, 1);
    assert.equal(calls, 1, 'capture true does');

    target.addEventListener('foo', listener, { capture: false });
    target.removeEventListener('foo', listener, true);
    fire(target, 1);
    assert.equal(calls, 2, 'capture true does not remove a bubble listener');
    target.removeEventListener('foo', listener, {});
    fire(target, 1);
    assert.equal(calls, 2);
  });

  it('ignores a duplicate add (same type, listener and capture)', () => {
    const { target, fire } = setup();
    let calls = 0;
    const listener = (): void => {
      calls += 1;
    };
    target.addEventListener('foo', listener);
    target.addEventListener('foo', listener);
    target.addEventListener('foo', listener, { capture: false, passive: true });
    fire(target, 1);
    assert.equal(calls, 1);
    target.addEventListener('foo', listener, true);
    fire(target, 1);
    assert.equal(calls, 3, 'a different capture flag is a different listener');
  });

  it('once: fires once; the same listener can be added again and fires again', () => {
    const { target, fire } = setup();
    const got: Array<number | undefined> = [];
    const listener = (e: Event): void => {
      got.push(valueOf(e));
    };
    target.addEventListener('foo', listener, { once: true });
    fire(target, 1);
    fire(target, 2);
    assert.deepEqual(got, [10]);
    target.addEventListener('foo', listener, { once: true });
    fire(target, 3);
    fire(target, 4);
    assert.deepEqual(got, [10, 30]);
    target.addEventListener('foo', listener);
    fire(target, 5);
    fire(target, 6);
    assert.deepEqual(got, [10, 30, 50, 60]);
  });

  it('once: removed before it runs (re-entrant dispatch does not call it again); options not mutated', () => {
    const { target, fire } = setup();
    const got: Array<number | undefined> = [];
    const options = Object.freeze({ once: true });
    target.addEventListener(
      'foo',
      (e) => {
        got.push(valueOf(e));
        fire(target, 9);
      },
      options,
    );
    fire(target, 1);
    assert.deepEqual(got, [10]);
    assert.deepEqual(options, { once: true });
  });

  it('once: a once listener can be removed before it fires', () => {
    const { target, fire } = setup();
    let calls = 0;
    const listener = (): void => {
      calls += 1;
    };
    target.addEventListener('foo', listener, { once: true });
    target.removeEventListener('foo', listener);
    fire(target, 1);
    assert.equal(calls, 0);
  });

  it('signal: abort removes the listener, which can then be added again', () => {
    const { target, fire } = setup();
    let calls = 0;
    const listener = (): void => {
      calls += 1;
    };
    const controller = new AbortController();
    target.addEventListener('foo', listener, { signal: controller.signal });
    fire(target, 1);
    controller.abort();
    fire(target, 1);
    assert.equal(calls, 1);
    target.addEventListener('foo', listener);
    fire(target, 1);
    assert.equal(calls, 2);
  });

  it('signal: an already aborted signal adds nothing and does not block a later add', () => {
    const { target, fire } = setup();
    let calls = 0;
    const listener = (): void => {
      calls += 1;
    };
    target.addEventListener('foo', listener, { signal: AbortSignal.abort() });
    fire(target, 1);
    assert.equal(calls, 0);
    target.addEventListener('foo', listener);
    fire(target, 1);
    assert.equal(calls, 1);
  });

  it('a replaced on<type> handler keeps its slot among the listeners', () => {
    const { target, fire } = setup();
    const order: string[] = [];
    const log = (name: string) => (): void => {
      order.push(name);
    };
    const H1 = log('H1');
    const H2 = log('H2');
    target.addEventListener('foo', log('L1'));
    target.onfoo = H1;
    target.addEventListener('foo', log('L2'));
    target.onfoo = H2;
    fire(target, 1);
    assert.deepEqual(order, ['L1', 'H2', 'L2']);
    assert.equal(target.onfoo, H2);
  });

  it('on<type> = null removes the handler; a new handler then goes last', () => {
    const { target, fire } = setup();
    const order: string[] = [];
    const log = (name: string) => (): void => {
      order.push(name);
    };
    target.onfoo = log('H1');
    target.addEventListener('foo', log('L1'));
    target.onfoo = null;
    assert.equal(target.onfoo, null);
    fire(target, 1);
    assert.deepEqual(order, ['L1']);
    target.onfoo = log('H2');
    fire(target, 1);
    assert.deepEqual(order, ['L1', 'L1', 'H2']);
  });

  it('the on<type> getter returns the handler; null when unset or set to a non-object', () => {
    const { target, Target } = setup();
    assert.equal(target.onfoo, null);
    const handler = (): void => undefined;
    target.onfoo = handler;
    assert.equal(target.onfoo, handler);
    assert.equal(new Target().onfoo, null, 'per instance');
    (target as unknown as { onfoo: unknown }).onfoo = 5;
    assert.equal(target.onfoo, null);
  });

  it('other event types are untouched and go to the native methods as given', () => {
    const { target, fire, seen, nativeAdds, nativeRemoves } = setup();
    const got: Event[] = [];
    const listener = (e: Event): void => {
      got.push(e);
    };
    const options = { capture: true };
    target.addEventListener('bar', listener, options);
    assert.equal(nativeAdds.length, 1);
    assert.equal(nativeAdds[0]?.[0], 'bar');
    assert.equal(nativeAdds[0]?.[1], listener, 'the native gets the app listener itself');
    assert.equal(nativeAdds[0]?.[2], options, 'and the options object itself');
    const event = new FooEvent('bar', 1);
    target.dispatchEvent(event);
    assert.equal(got[0], event, 'the listener gets the dispatched event itself');
    assert.equal(seen.transforms.length, 0);
    target.removeEventListener('bar', listener, options);
    assert.equal(nativeRemoves[0]?.[1], listener);
    fire(target, 1, 'bar');
    assert.equal(got.length, 1);

    target.addEventListener('foo', listener);
    assert.notEqual(nativeAdds[1]?.[1], listener, 'the wrapped type gets a wrapper listener');
  });

  it('never modifies EventTarget.prototype', () => {
    const keys = Reflect.ownKeys(EventTarget.prototype);
    const descriptors = keys.map((key) => Object.getOwnPropertyDescriptor(EventTarget.prototype, key));
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    class Direct extends EventTarget {}
    wrapEvent(Direct.prototype, 'foo', (e) => e);
    const { target, fire } = setup();
    target.addEventListener('foo', () => undefined);
    target.onfoo = () => undefined;
    fire(target, 1);
    assert.equal(EventTarget.prototype.addEventListener, add);
    assert.equal(EventTarget.prototype.removeEventListener, remove);
    assert.deepEqual(Reflect.ownKeys(EventTarget.prototype), keys);
    assert.deepEqual(
      keys.map((key) => Object.getOwnPropertyDescriptor(EventTarget.prototype, key)),
      descriptors,
    );
    assert.ok(Object.prototype.hasOwnProperty.call(Direct.prototype, 'addEventListener'));
    assert.ok(isEventWrapper(Direct.prototype.addEventListener));
    assert.equal(originalOf(Direct.prototype.addEventListener), add);
    assert.ok(!isEventWrapper(add));
  });

  it('a frozen parent prototype does not prevent wrapping a subclass prototype', () => {
    class FrozenBase extends EventTarget {
      override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
        super.addEventListener(...args);
      }
      override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
        super.removeEventListener(...args);
      }
    }
    Object.freeze(FrozenBase.prototype);
    const baseAdd = FrozenBase.prototype.addEventListener;
    class Sub extends FrozenBase {
      declare onfoo: Handler;
    }
    const seen: Seen = { transforms: [] };
    wrapEvent(Sub.prototype, 'foo', times10(seen));
    assert.equal(FrozenBase.prototype.addEventListener, baseAdd);
    const target = new Sub();
    const got: Array<number | undefined> = [];
    const listener = (e: Event): void => {
      got.push(valueOf(e));
    };
    target.addEventListener('foo', listener);
    target.onfoo = (e) => got.push(valueOf(e));
    target.dispatchEvent(new FooEvent('foo', 2));
    assert.deepEqual(got, [20, 20]);
    target.removeEventListener('foo', listener);
    target.dispatchEvent(new FooEvent('foo', 3));
    assert.deepEqual(got, [20, 20, 30]);
  });

  it('a frozen target prototype throws PatchError and is left unchanged', () => {
    class Locked extends EventTarget {}
    Object.freeze(Locked.prototype);
    const keys = Reflect.ownKeys(Locked.prototype);
    assert.throws(() => wrapEvent(Locked.prototype, 'foo', () => null), PatchError);
    assert.deepEqual(Reflect.ownKeys(Locked.prototype), keys);
    const target = new Locked();
    let calls = 0;
    target.addEventListener('foo', () => {
      calls += 1;
    });
    target.dispatchEvent(new Event('foo'));
    assert.equal(calls, 1, 'events are delivered natively');
  });

  it('wrapping the same type twice is the same as once', () => {
    const { Target, target, fire, seen } = setup();
    const add = Target.prototype.addEventListener;
    const onfoo = Object.getOwnPropertyDescriptor(Target.prototype, 'onfoo');
    wrapEvent(Target.prototype, 'foo', times10(seen));
    assert.equal(Target.prototype.addEventListener, add);
    assert.deepEqual(Object.getOwnPropertyDescriptor(Target.prototype, 'onfoo'), onfoo);
    const got: Array<number | undefined> = [];
    target.addEventListener('foo', (e) => got.push(valueOf(e)));
    fire(target, 1);
    assert.deepEqual(got, [10], 'transformed once');
    assert.equal(seen.transforms.length, 1);
  });

  it('undone with a failed install, all of it goes: the type can be wrapped again later', () => {
    class Fresh extends EventTarget {
      declare onfoo: Handler;
    }
    const before = Object.getOwnPropertyDescriptors(Fresh.prototype);
    const seen: Seen = { transforms: [] };
    const failure = installAtomically(() => {
      wrapEvent(Fresh.prototype, 'foo', times10(seen));
      throw new Error('a later member was locked');
    });
    assert.equal((failure?.error as Error).message, 'a later member was locked');
    assert.deepEqual(failure?.undoErrors, []);
    assert.deepEqual(Object.getOwnPropertyDescriptors(Fresh.prototype), before);
    wrapEvent(Fresh.prototype, 'foo', times10(seen));
    const target = new Fresh();
    const got: Array<number | undefined> = [];
    target.addEventListener('foo', (e) => got.push(valueOf(e)));
    target.onfoo = (e: Event): void => {
      got.push(valueOf(e));
    };
    target.dispatchEvent(new FooEvent('foo', 3));
    assert.deepEqual(got, [30, 30], 'the second wrap installed, listener and handler');
  });

  it('a second copy of the library (own module state) changes nothing on an already wrapped prototype', async () => {
    const srcDir = fileURLToPath(new URL('../../../src/patch/', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'rtcshim-wrap-event-'));
    try {
      const text = readFileSync(join(srcDir, 'wrap-event.ts'), 'utf8').replace(
        /from '\.\/([\w-]+)'/g,
        (_match, name: string) => "from '" + join(srcDir, name) + "'",
      );
      const file = join(dir, 'wrap-event.ts');
      writeFileSync(file, text);
      const loaded: unknown = await import(file);
      const copy = loaded as { wrapEvent: typeof wrapEvent };
      assert.notEqual(copy.wrapEvent, wrapEvent, 'really a second module instance');

      const { Target, target, fire, seen } = setup();
      const add = Target.prototype.addEventListener;
      const remove = Target.prototype.removeEventListener;
      const onfoo = Object.getOwnPropertyDescriptor(Target.prototype, 'onfoo');
      const other: Seen = { transforms: [] };
      copy.wrapEvent(Target.prototype, 'foo', times10(other));
      assert.equal(Target.prototype.addEventListener, add);
      assert.equal(Target.prototype.removeEventListener, remove);
      assert.deepEqual(Object.getOwnPropertyDescriptor(Target.prototype, 'onfoo'), onfoo);
      const got: Array<number | undefined> = [];
      target.addEventListener('foo', (e) => got.push(valueOf(e)));
      target.onfoo = (e) => got.push(valueOf(e));
      fire(target, 1);
      assert.deepEqual(got, [10, 10], 'transformed once, by the first copy');
      assert.equal(seen.transforms.length, 2);
      assert.equal(other.transforms.length, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('several types on one prototype: each has its own transform and handler', () => {
    const { Target, target, fire } = setup();
    wrapEvent(Target.prototype, 'bar', (e) => (valueOf(e) === 0 ? null : new FooEvent('bar', -(valueOf(e) ?? 0))));
    const got: string[] = [];
    target.onfoo = (e) => got.push('foo:' + String(valueOf(e)));
    target.onbar = (e) => got.push('bar:' + String(valueOf(e)));
    fire(target, 2);
    fire(target, 2, 'bar');
    fire(target, 0, 'bar');
    assert.deepEqual(got, ['foo:20', 'bar:-2']);
    target.onfoo = null;
    fire(target, 3);
    fire(target, 3, 'bar');
    assert.deepEqual(got, ['foo:20', 'bar:-2', 'bar:-3']);
  });

  it('instances of subclasses of the wrapped prototype are transformed too', () => {
    const { Target, fire } = setup();
    class Sub extends Target {}
    const target = new Sub();
    const got: Array<number | undefined> = [];
    target.addEventListener('foo', (e) => got.push(valueOf(e)));
    target.onfoo = (e) => got.push(valueOf(e));
    fire(target, 4);
    assert.deepEqual(got, [40, 40]);
  });
});
