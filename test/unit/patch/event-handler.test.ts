import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineEventHandler } from '../../../src/patch/event-handler';
import { markOf } from '../../../src/patch/mark';

class Connection extends EventTarget {}
interface WithHandler {
  onaddstream: unknown;
}

describe('defineEventHandler', () => {
  defineEventHandler(Connection.prototype, 'addstream', 'test');
  const fire = (target: EventTarget): Event => {
    const event = new Event('addstream', { cancelable: true });
    target.dispatchEvent(event);
    return event;
  };

  it('adds an on<type> accessor that reads null until set, then the handler; this is the target', () => {
    const pc = new Connection() as Connection & WithHandler;
    assert.equal(pc.onaddstream, null);
    const seen: unknown[] = [];
    const handler = function (this: unknown, e: Event): void {
      seen.push([this, e.type]);
    };
    pc.onaddstream = handler;
    assert.equal(pc.onaddstream, handler);
    fire(pc);
    assert.deepEqual(seen, [[pc, 'addstream']]);
    const desc = Object.getOwnPropertyDescriptor(Connection.prototype, 'onaddstream');
    assert.equal(typeof desc?.get, 'function');
    assert.equal(typeof desc?.set, 'function');
    assert.equal(markOf(desc?.get)?.tag, 'test');
  });

  it('a replaced handler keeps its slot; null gives it up and a new handler runs after later listeners', () => {
    const pc = new Connection() as Connection & WithHandler;
    const order: string[] = [];
    pc.onaddstream = () => order.push('first handler');
    pc.addEventListener('addstream', () => order.push('listener'));
    pc.onaddstream = () => order.push('second handler');
    fire(pc);
    assert.deepEqual(order, ['second handler', 'listener']);
    order.length = 0;
    pc.onaddstream = null;
    fire(pc);
    assert.deepEqual(order, ['listener']);
    order.length = 0;
    pc.onaddstream = () => order.push('third handler');
    fire(pc);
    assert.deepEqual(order, ['listener', 'third handler']);
  });

  it('a value that is not an object reads back as null; handlers are per target', () => {
    const a = new Connection() as Connection & WithHandler;
    const b = new Connection() as Connection & WithHandler;
    a.onaddstream = 'not a function';
    assert.equal(a.onaddstream, null);
    let called = 0;
    a.onaddstream = () => called++;
    fire(b);
    assert.equal(called, 0);
    fire(a);
    assert.equal(called, 1);
  });

  it('a handler returning false cancels a cancelable event', () => {
    const pc = new Connection() as Connection & WithHandler;
    pc.onaddstream = () => false;
    assert.equal(fire(pc).defaultPrevented, true);
  });

  it('defining it twice with the same tag changes nothing', () => {
    const before = Object.getOwnPropertyDescriptor(Connection.prototype, 'onaddstream');
    defineEventHandler(Connection.prototype, 'addstream', 'test');
    assert.deepEqual(Object.getOwnPropertyDescriptor(Connection.prototype, 'onaddstream'), before);
  });
});
