import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/add-ice-candidate-end';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, installWithLegacyCallbacks, viaCallbacks, gateMethod } from '../../../support/context';

async function connectedPair(win: ReturnType<typeof fakeWindow>): Promise<RTCPeerConnection> {
  const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
  const pc1 = new PC();
  const pc2 = new PC();
  const offer = await pc1.createOffer();
  await pc2.setRemoteDescription(offer);
  return pc2;
}

describe('add-ice-candidate-end', () => {
  it('is not needed where the argument is optional; leaves the engine identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('makes (), (null), ({candidate: ""}) mean end-of-candidates in old Chromium', async () => {
    const win = fakeWindow(engines.chromium73);
    const unshimmed = await connectedPair(win);
    await assert.rejects(unshimmed.addIceCandidate(), TypeError, 'the fake models the old engine');
    assert.match(String(installIfNeeded(shim, win)), /length is 1/);
    const pc = await connectedPair(win);
    assert.equal(await pc.addIceCandidate(), undefined);
    assert.equal(await pc.addIceCandidate(null as unknown as RTCIceCandidateInit), undefined);
    assert.equal(await pc.addIceCandidate({ candidate: '', sdpMid: '0' }), undefined);
    assert.equal(await pc.addIceCandidate({}), undefined);
  });

  it('still rejects end-of-candidates without a remote description or when closed (InvalidStateError)', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    await assert.rejects(pc.addIceCandidate(), { name: 'InvalidStateError' });
    const withRemote = await connectedPair(win);
    withRemote.close();
    await assert.rejects(withRemote.addIceCandidate(null as unknown as RTCIceCandidateInit), { name: 'InvalidStateError' });
  });

  it('passes real candidates to the engine, with its errors', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const pc = await connectedPair(win);
    await pc.addIceCandidate({ candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host', sdpMid: '0' });
    await assert.rejects(pc.addIceCandidate({ candidate: 'garbage', sdpMid: '0' }), { name: 'OperationError' });
    await assert.rejects(pc.addIceCandidate({ candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host' }), TypeError);
  });

  it('the legacy callback form with null succeeds (under legacy-callbacks, as registered)', async () => {
    const win = fakeWindow(engines.chromium73);
    installWithLegacyCallbacks(shim, win);
    const pc = await connectedPair(win);
    const [outcome, , returned] = await viaCallbacks((ok, fail) => pc.addIceCandidate(null as unknown as RTCIceCandidateInit, ok, fail));
    assert.deepEqual([outcome, returned], ['success', undefined]);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});

describe('add-ice-candidate-end: end-of-candidates sent right after setRemoteDescription', () => {
  it('waits for the description in flight, as the engine\'s operations chain would, instead of rejecting', async () => {
    const win = fakeWindow(engines.chromium73);
    const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype;
    // The engine applies a remote description some time after the call: when `open` runs.
    const open = gateMethod(proto, 'setRemoteDescription');
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const offer = await new PC().createOffer();
    const pc = new PC();
    const applied = pc.setRemoteDescription(offer);
    const ended = pc.addIceCandidate(null as unknown as RTCIceCandidateInit);
    open();
    await applied;
    assert.equal(await ended, undefined);
    // A failed description leaves none: the signal is then the spec's InvalidStateError.
    const other = new PC();
    const failed = other.setRemoteDescription({ type: 'answer', sdp: 'v=0\r\n' }).catch(() => 'failed');
    await assert.rejects(other.addIceCandidate(null as unknown as RTCIceCandidateInit), { name: 'InvalidStateError' });
    assert.equal(await failed, 'failed');
  });
});
