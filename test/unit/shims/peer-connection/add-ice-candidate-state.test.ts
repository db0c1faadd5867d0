import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/add-ice-candidate-state';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertChromiumRangeEndsAt, assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, installWithLegacyCallbacks, viaCallbacks, gateMethod } from '../../../support/context';

const HOST = { candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ host', sdpMid: '0' };

describe('add-ice-candidate-state', () => {
  it('the measured range: needed through Chromium 102 (92 measured wrong, 103 right), not from 103', () => {
    assertChromiumRangeEndsAt(shim, 102);
  });

  it('is not needed where the engine rejects with InvalidStateError; leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('turns old Chromium\'s OperationError into InvalidStateError without a remote description', async () => {
    const win = fakeWindow(engines.chromium73);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    await assert.rejects(new PC().addIceCandidate(HOST), { name: 'OperationError' }, 'the fake models the old engine');
    assert.match(String(installIfNeeded(shim, win)), /Chromium 73/);
    const pc = new PC();
    await assert.rejects(pc.addIceCandidate(HOST), (e: unknown) => e instanceof DOMException && e.name === 'InvalidStateError');
    installWithLegacyCallbacks(shim, win);
    const [outcome, error] = await viaCallbacks((ok, fail) => pc.addIceCandidate(HOST, ok, fail));
    assert.equal(outcome, 'failure');
    assert.equal((error as DOMException).name, 'InvalidStateError');
  });

  it('keeps the spec order: a candidate without sdpMid and sdpMLineIndex is a TypeError first', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    await assert.rejects(pc.addIceCandidate({ candidate: HOST.candidate }), TypeError);
  });

  it('passes everything through once there is a remote description', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const pc1 = new PC();
    const pc2 = new PC();
    await pc2.setRemoteDescription(await pc1.createOffer());
    assert.equal(await pc2.addIceCandidate(HOST), undefined);
    await assert.rejects(pc2.addIceCandidate({ candidate: 'garbage', sdpMid: '0' }), { name: 'OperationError' });
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});

describe('add-ice-candidate-state: a candidate queued behind setRemoteDescription', () => {
  it('is added once the description applied, as on the engine\'s operations chain, not rejected at the call', async () => {
    const win = fakeWindow(engines.chromium73);
    const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype;
    // The engine's addIceCandidate runs after what was queued before it: it waits for `open`.
    const open = gateMethod(proto, 'addIceCandidate');
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const offer = await new PC().createOffer();
    const pc = new PC();
    const added = pc.addIceCandidate(HOST);
    await pc.setRemoteDescription(offer);
    open();
    assert.equal(await added, undefined);
  });
});
