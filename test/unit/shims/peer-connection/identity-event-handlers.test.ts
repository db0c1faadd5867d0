import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/identity-event-handlers';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, installIfNeeded } from '../../../support/context';

const TYPES = ['identityresult', 'idpassertionerror', 'idpvalidationerror', 'peeridentity'];

describe('identity-event-handlers', () => {
  it('is not needed where every handler exists; leaves them identical', () => {
    const win = fakeWindow(engines.firefox153);
    const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype;
    for (const type of TYPES) Object.defineProperty(proto, 'on' + type, { get: () => null, set() {}, configurable: true });
    const before = Object.getOwnPropertyDescriptors(proto);
    assert.equal(installIfNeeded(shim, win), false);
    assert.deepEqual(Object.getOwnPropertyDescriptors(proto), before);
  });

  it('adds the missing handlers only; each runs for its event and reads back null when unset', () => {
    const win = fakeWindow(engines.firefox153);
    const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype;
    const own = { get: () => 'native', set() {}, configurable: true, enumerable: true };
    Object.defineProperty(proto, 'onpeeridentity', own);
    assert.equal(installIfNeeded(shim, win), 'no onidentityresult, onidpassertionerror, onidpvalidationerror');
    assert.equal(Object.getOwnPropertyDescriptor(proto, 'onpeeridentity')?.get, own.get);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)() as RTCPeerConnection & Record<string, unknown>;
    const seen: string[] = [];
    for (const type of TYPES.slice(0, 3)) {
      assert.equal(pc['on' + type], null);
      const handler = (e: Event): void => void seen.push(e.type);
      pc['on' + type] = handler;
      assert.equal(pc['on' + type], handler);
      pc.dispatchEvent(new Event(type));
      pc['on' + type] = null;
      pc.dispatchEvent(new Event(type));
    }
    assert.deepEqual(seen, TYPES.slice(0, 3));
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
