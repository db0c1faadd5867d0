import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fireEvent, makeEvent } from '../../../src/patch/fire-event';
import type { ShimWindow } from '../../../src/types';

const win: ShimWindow = { Event };

describe('fireEvent', () => {
  it('dispatches a real Event with read-only members to handleEvent objects and once listeners', () => {
    const target = new EventTarget();
    const stream = { id: 's1' };
    const seen: unknown[] = [];
    target.addEventListener('addstream', { handleEvent: (e: Event) => seen.push(['object', (e as Event & { stream: unknown }).stream]) });
    target.addEventListener('addstream', (e) => seen.push(['once', (e as Event & { stream: unknown }).stream]), { once: true });
    assert.equal(fireEvent(win, target, 'addstream', { stream }), true);
    fireEvent(win, target, 'addstream', { stream });
    assert.deepEqual(seen, [['object', stream], ['once', stream], ['object', stream]]);
  });

  it('the event is an Event of the window, its members own, enumerable and read-only', () => {
    const stream = { id: 's2' };
    const event = makeEvent(win, 'removestream', { stream }) as Event & { stream: unknown };
    assert.ok(event instanceof Event);
    assert.equal(event.type, 'removestream');
    assert.equal(event.stream, stream);
    assert.throws(() => {
      'use strict';
      (event as { stream: unknown }).stream = null;
    }, TypeError);
    assert.deepEqual(Object.keys(event).includes('stream'), true);
  });

  it('a window without Event is a TypeError, not a crash elsewhere', () => {
    assert.throws(() => makeEvent({}, 'x', {}), TypeError);
  });
});
