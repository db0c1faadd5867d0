import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/data-channel/sctp-closed';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

type FakePC = RTCPeerConnection & { fakeConnect(mms?: number): void };

function connected(shimmed: boolean): FakePC {
  const win = fakeWindow(engines.firefox153);
  if (shimmed) assert.equal(installIfNeeded(shim, win), 'Gecko leaves sctp.state connected after close()');
  const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)() as FakePC;
  pc.createDataChannel('x');
  pc.fakeConnect();
  return pc;
}

describe('sctp-closed', () => {
  it('is not needed outside Gecko or without RTCSctpTransport; leaves the prototypes identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.safari17PromiseOnly]);
    const win = fakeWindow(engines.chromium156);
    const get = Object.getOwnPropertyDescriptor((win.RTCSctpTransport as typeof RTCSctpTransport).prototype, 'state')?.get;
    installIfNeeded(shim, win);
    assert.equal(Object.getOwnPropertyDescriptor((win.RTCSctpTransport as typeof RTCSctpTransport).prototype, 'state')?.get, get);
  });

  it('the fake models Firefox: sctp stays connected after close()', () => {
    const pc = connected(false);
    const sctp = pc.sctp!;
    pc.close();
    assert.equal(sctp.state, 'connected');
  });

  it('sctp.state reads closed right after close(), connected before', () => {
    const pc = connected(true);
    const sctp = pc.sctp!;
    assert.equal(sctp.state, 'connected');
    pc.close();
    assert.equal(sctp.state, 'closed');
    assert.equal(pc.sctp, sctp);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
