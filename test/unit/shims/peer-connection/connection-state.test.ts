import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/connection-state';
import { engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';
import { shim as promiseMethods } from '../../../../src/shims/peer-connection/promise-methods';
import { shim as unprefixedConstructors } from '../../../../src/shims/peer-connection/unprefixed-constructors';
import type { ShimWindow } from '../../../../src/types';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, installWithLegacyCallbacks } from '../../../support/context';
import { negotiate } from '../../../support/streams';

/** Old Firefox has only mozRTCPeerConnection, and before 37 only callbacks: the shims before this one. */
function prepare(win: ShimWindow): void {
  installIfNeeded(unprefixedConstructors, win);
  installIfNeeded(promiseMethods, win);
}

function pair(engine: FakeEngine = engines.firefox40PrefixedOnly): [RTCPeerConnection, RTCPeerConnection] {
  const win = fakeWindow(engine);
  prepare(win);
  assert.ok(installWithLegacyCallbacks(shim, win));
  const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
  return [new PC(), new PC()];
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 30));

/** Resolves once `pc` reports `state` (the fake engine gets there a few tasks after negotiating). */
function reaches(pc: RTCPeerConnection, state: RTCPeerConnectionState): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (pc.connectionState === state) resolve();
      else setTimeout(check, 1);
    };
    check();
  });
}

describe('connection-state', () => {
  it('is not needed where connectionState exists, or without peer connections; leaves the prototype identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.chromium73, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('reports the state from ICE and fires connectionstatechange (handler and listeners) on each change', async () => {
    const [a, b] = pair();
    assert.equal(a.connectionState, 'new');
    const seen: string[] = [];
    a.onconnectionstatechange = () => seen.push('handler:' + a.connectionState);
    a.addEventListener('connectionstatechange', { handleEvent: () => seen.push('object:' + a.connectionState) });
    await negotiate(a, b);
    await reaches(a, 'connected');
    assert.deepEqual(seen, ['handler:connecting', 'object:connecting', 'handler:connected', 'object:connected']);
    a.close();
    assert.equal(a.connectionState, 'closed');
    await settle();
    assert.equal(seen.length, 4, 'close() fires no event');
  });

  it('the getter brand-checks like an IDL attribute', () => {
    const [a] = pair();
    const getter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(a) as object, 'connectionState')!.get!;
    assert.equal(getter.name, 'get connectionState');
    assert.throws(() => getter.call({}), TypeError);
  });

  it('works on callback-only engines too', async () => {
    const [a, b] = pair(engines.firefox33CallbackOnly);
    await new Promise<void>((resolve, reject) => {
      a.createOffer((offer) => a.setLocalDescription(offer, () => b.setRemoteDescription(offer, () => b.createAnswer((answer) =>
        b.setLocalDescription(answer, () => a.setRemoteDescription(answer, resolve, reject), reject), reject), reject), reject), reject);
    });
    await reaches(a, 'connected');
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox40PrefixedOnly, prepare));
});
