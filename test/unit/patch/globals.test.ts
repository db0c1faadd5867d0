import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defineGlobal, PREFIXED_NAMES, prefixedNames, replaceGlobal, type ConstructorName } from '../../../src/patch/globals';
import { PatchError } from '../../../src/patch/errors';
import type { ShimWindow } from '../../../src/types';

const CONSTRUCTORS: ConstructorName[] = ['RTCPeerConnection', 'RTCSessionDescription', 'RTCIceCandidate', 'MediaStream'];

function fakeWindow(slots: Record<string, unknown>): { win: ShimWindow; slots: Record<string, unknown> } {
  return { win: slots as ShimWindow, slots };
}

describe('PREFIXED_NAMES / prefixedNames', () => {
  it('knows the prefixed peer connection names of Blink and Gecko', () => {
    assert.equal(PREFIXED_NAMES.RTCPeerConnection.blink, 'webkitRTCPeerConnection');
    assert.equal(PREFIXED_NAMES.RTCPeerConnection.gecko, 'mozRTCPeerConnection');
    assert.deepEqual(prefixedNames('RTCPeerConnection').sort(), ['mozRTCPeerConnection', 'webkitRTCPeerConnection']);
    assert.deepEqual(prefixedNames('RTCSessionDescription'), ['mozRTCSessionDescription']);
  });

  it('lists exactly the table entries, each prefixed with its engine prefix', () => {
    for (const name of CONSTRUCTORS) {
      const listed = prefixedNames(name);
      assert.deepEqual(listed, Object.values(PREFIXED_NAMES[name]));
      for (const alias of listed) assert.match(alias, new RegExp('^(webkit|moz)' + name + '$'));
    }
  });
});

describe('defineGlobal', () => {
  it('defines a global like a WebIDL interface object: writable, configurable, not enumerable', () => {
    const { win, slots } = fakeWindow({});
    class X {}
    defineGlobal(win, 'RTCPeerConnection', X);
    assert.deepEqual(Object.getOwnPropertyDescriptor(slots, 'RTCPeerConnection'), {
      value: X,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  });

  it('throws PatchError on a frozen window and leaves it unchanged', () => {
    class X {}
    const { win, slots } = fakeWindow({});
    Object.freeze(slots);
    assert.throws(() => defineGlobal(win, 'RTCPeerConnection', X), PatchError);
    assert.equal('RTCPeerConnection' in slots, false);
  });

  it('a no-op write to a frozen window does not throw', () => {
    class X {}
    const { win } = fakeWindow(Object.freeze({ RTCPeerConnection: X }));
    assert.doesNotThrow(() => defineGlobal(win, 'RTCPeerConnection', X));
  });
});

describe('replaceGlobal', () => {
  it('points the name and every alias that pointed at the previous value to the next one', () => {
    class Native {}
    class Next {}
    class Elsewhere {}
    const { win, slots } = fakeWindow({
      RTCPeerConnection: Native,
      webkitRTCPeerConnection: Native,
      mozRTCPeerConnection: Elsewhere,
    });
    replaceGlobal(win, 'RTCPeerConnection', Native, Next);
    assert.equal(slots.RTCPeerConnection, Next);
    assert.equal(slots.webkitRTCPeerConnection, Next);
    assert.equal(slots.mozRTCPeerConnection, Elsewhere);
  });

  it('sets the name even when it pointed elsewhere, and never touches other constructors', () => {
    class Native {}
    class Next {}
    class Other {}
    class Desc {}
    const { win, slots } = fakeWindow({ RTCPeerConnection: Other, webkitRTCPeerConnection: Native, RTCSessionDescription: Desc });
    replaceGlobal(win, 'RTCPeerConnection', Native, Next);
    assert.equal(slots.RTCPeerConnection, Next);
    assert.equal(slots.webkitRTCPeerConnection, Next);
    assert.equal(slots.RTCSessionDescription, Desc);
  });

  it('does not create missing aliases, even when the previous value was undefined', () => {
    class Next {}
    const { win, slots } = fakeWindow({});
    replaceGlobal(win, 'RTCPeerConnection', undefined, Next);
    assert.equal(slots.RTCPeerConnection, Next);
    assert.deepEqual(Object.getOwnPropertyNames(slots), ['RTCPeerConnection']);
  });
});
