import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wrapConstructor } from '../../../src/patch/wrap-constructor';
import { PatchError } from '../../../src/patch/errors';
import { markOf, originalOf } from '../../../src/patch/mark';
import type { ShimWindow } from '../../../src/types';

interface Config {
  iceServers?: unknown[];
  hops?: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Copies the config and counts how many times it was mapped; never touches the input. */
function mapConfig(args: readonly unknown[]): unknown[] {
  const [config, ...rest] = args;
  if (!isObject(config)) return [...args];
  const hops = typeof config.hops === 'number' ? config.hops : 0;
  return [{ ...config, hops: hops + 1 }, ...rest];
}

function setup(extra: Record<string, unknown> = {}) {
  const received: unknown[][] = [];
  class FakePC extends EventTarget {
    static generateCertificate(kind: string): string {
      return 'cert:' + kind;
    }
    readonly config: unknown;
    constructor(...args: [config?: Config, constraints?: unknown]) {
      super();
      this.config = args[0];
      received.push([...args]);
    }
    createOffer(): string {
      return 'offer';
    }
  }
  class Elsewhere {}
  const slots: Record<string, unknown> = { RTCPeerConnection: FakePC, webkitRTCPeerConnection: FakePC, ...extra };
  const win = slots as ShimWindow;
  /** The current window.RTCPeerConnection, typed as the fake class. */
  const current = (): typeof FakePC => slots.RTCPeerConnection as typeof FakePC;
  return { win, slots, FakePC, Elsewhere, received, current };
}

describe('wrapConstructor', () => {
  it('new RTCPeerConnection(cfg) reaches the native with the mapped arguments', () => {
    const { win, received, current } = setup();
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    const PC = current();
    const constraints = { optional: [] };
    const pc = new PC({ iceServers: [] }, constraints);
    assert.equal(received.length, 1);
    assert.deepEqual(received[0]?.[0], { iceServers: [], hops: 1 });
    assert.equal(received[0]?.[1], constraints, 'further arguments are passed through');
    assert.deepEqual(pc.config, { iceServers: [], hops: 1 });
  });

  it("never mutates the caller's config object", () => {
    const { win, received, current } = setup();
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    const servers = Object.freeze([Object.freeze({ urls: 'stun:127.0.0.1' })]);
    const config: Config = Object.freeze({ iceServers: servers as unknown[] });
    const PC = current();
    const pc = new PC(config);
    assert.deepEqual(config, { iceServers: [{ urls: 'stun:127.0.0.1' }] });
    assert.equal(Object.prototype.hasOwnProperty.call(config, 'hops'), false);
    assert.notEqual(received[0]?.[0], config, 'the native got a copy');
    assert.deepEqual(pc.config, { iceServers: [{ urls: 'stun:127.0.0.1' }], hops: 1 });
  });

  it('instanceof works with both the wrapper and the original native class', () => {
    const { win, FakePC, current } = setup();
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    const PC = current();
    assert.notEqual(PC, FakePC);
    assert.equal(PC.prototype, FakePC.prototype);
    const pc = new PC({});
    assert.ok(pc instanceof PC);
    assert.ok(pc instanceof FakePC);
    assert.ok(pc instanceof EventTarget);
    assert.equal(Object.getPrototypeOf(pc), FakePC.prototype);
    const native = Reflect.construct(FakePC, [{}]);
    assert.ok(native instanceof PC, 'objects made by the native are instances of the wrapper');
  });

  it('subclasses of the wrapper construct through it and keep their own methods', () => {
    const { win, FakePC, received, current } = setup();
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    const PC = current();
    class X extends PC {
      extra(): string {
        return 'x:' + this.createOffer();
      }
    }
    const x = new X({});
    assert.ok(x instanceof X);
    assert.ok(x instanceof PC);
    assert.ok(x instanceof FakePC);
    assert.equal(x.extra(), 'x:offer');
    assert.equal(x.constructor, X);
    assert.equal(Object.getPrototypeOf(x), X.prototype);
    assert.deepEqual(received[0]?.[0], { hops: 1 }, 'the subclass goes through the argument mapping too');
    x.addEventListener('ping', () => undefined);
  });

  it('pc.constructor === window.RTCPeerConnection', () => {
    const { win, current } = setup();
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    const PC = current();
    assert.equal(new PC({}).constructor, PC);
    assert.equal(Object.getOwnPropertyDescriptor(PC.prototype, 'constructor')?.enumerable, false);
  });

  it('statics of the native are reachable through the wrapper', () => {
    const { win, current } = setup();
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    assert.equal(current().generateCertificate('ecdsa'), 'cert:ecdsa');
  });

  it('keeps name and length of the native; is marked with the native as original', () => {
    const { win, FakePC, current } = setup();
    Object.defineProperty(FakePC, 'length', { value: 2 });
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    const PC = current();
    assert.equal(PC.name, 'FakePC');
    assert.equal(PC.length, 2);
    assert.equal(markOf(PC)?.tag, 'test');
    assert.equal(originalOf(PC), FakePC);
  });

  it('calling without new throws a TypeError and runs nothing', () => {
    const { win, received, current } = setup();
    let mapped = 0;
    wrapConstructor(win, 'RTCPeerConnection', 'test', (args) => {
      mapped += 1;
      return mapConfig(args);
    });
    const asFunction = current() as unknown as (...args: unknown[]) => unknown;
    assert.throws(() => asFunction({}), TypeError);
    assert.throws(() => asFunction.call({}, {}), TypeError);
    assert.equal(received.length, 0);
    assert.equal(mapped, 0, 'not even the argument mapping');
  });

  it('created() sees each new instance (subclass instances too) with the arguments the app passed', () => {
    const { win, current } = setup();
    const seen: Array<{ instance: object; args: readonly unknown[] }> = [];
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig, (instance, args) => seen.push({ instance, args }));
    const PC = current();
    const config = Object.freeze({ iceServers: [] });
    const pc = new PC(config);
    class X extends PC {}
    const x = new X();
    assert.equal(seen.length, 2);
    assert.equal(seen[0]?.instance, pc);
    assert.equal(seen[0]?.args[0], config, 'the original, unmapped arguments');
    assert.equal(seen[1]?.instance, x);
    assert.deepEqual(seen[1]?.args, []);
  });

  it('aliases that pointed at the native now point at the wrapper; others are untouched', () => {
    const { win, slots, Elsewhere, current } = setup({});
    slots.mozRTCPeerConnection = Elsewhere;
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    assert.equal(slots.webkitRTCPeerConnection, current());
    assert.equal(slots.mozRTCPeerConnection, Elsewhere);
  });

  it('does not create aliases that were missing', () => {
    const { win, slots } = setup();
    delete slots.webkitRTCPeerConnection;
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    assert.equal('webkitRTCPeerConnection' in slots, false);
    assert.equal('mozRTCPeerConnection' in slots, false);
  });

  it('wrapping twice with the same tag is the same as once', () => {
    const { win, received, current } = setup();
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    const once = current();
    wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig);
    assert.equal(current(), once);
    const PC = current();
    void new PC({});
    assert.deepEqual(received[0]?.[0], { hops: 1 }, 'the arguments are mapped once');
  });

  it('a different tag stacks: both mappings run, instanceof and constructor still hold', () => {
    const { win, FakePC, received, current } = setup();
    wrapConstructor(win, 'RTCPeerConnection', 'first', mapConfig);
    const first = current();
    wrapConstructor(win, 'RTCPeerConnection', 'second', mapConfig);
    const PC = current();
    assert.notEqual(PC, first);
    const pc = new PC({});
    assert.deepEqual(received[0]?.[0], { hops: 2 });
    assert.ok(pc instanceof first && pc instanceof FakePC && pc instanceof PC);
    assert.equal(pc.constructor, PC);
    assert.equal(originalOf(PC), FakePC);
  });

  it('a missing constructor throws PatchError', () => {
    const win: ShimWindow = {};
    assert.throws(() => wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig), PatchError);
    assert.deepEqual(Object.keys(win), []);
  });

  it('a frozen window throws PatchError and changes nothing (not even prototype.constructor)', () => {
    const { win, slots, FakePC } = setup();
    Object.freeze(slots);
    assert.throws(() => wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig), PatchError);
    assert.equal(slots.RTCPeerConnection, FakePC);
    assert.equal(FakePC.prototype.constructor, FakePC);
  });

  it('a non-configurable alias throws PatchError and changes nothing', () => {
    const { win, slots, FakePC } = setup();
    Object.defineProperty(slots, 'webkitRTCPeerConnection', { value: FakePC, writable: false, configurable: false });
    assert.throws(() => wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig), PatchError);
    assert.equal(slots.RTCPeerConnection, FakePC);
    assert.equal(FakePC.prototype.constructor, FakePC);
  });

  it('a frozen prototype throws PatchError and leaves the window alone', () => {
    const { win, slots, FakePC } = setup();
    Object.freeze(FakePC.prototype);
    assert.throws(() => wrapConstructor(win, 'RTCPeerConnection', 'test', mapConfig), PatchError);
    assert.equal(slots.RTCPeerConnection, FakePC);
    assert.equal(slots.webkitRTCPeerConnection, FakePC);
  });
});
