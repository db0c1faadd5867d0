import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/implicit-set-local-description';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertChromiumRangeEndsAt, assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, viaCallbacks } from '../../../support/context';

describe('implicit-set-local-description', () => {
  it('the measured range for {type} without sdp: needed through Chromium 151 (149 measured wrong, 152 right), not from 152', () => {
    assertChromiumRangeEndsAt(shim, 151);
  });

  it('is not needed where setLocalDescription() takes no argument; leaves the engine identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('is needed where the argument is required and then creates the offer or answer itself', async () => {
    const win = fakeWindow(engines.chromium73);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    await assert.rejects(new PC().setLocalDescription(), TypeError, 'the fake models the old engine');
    assert.match(String(installIfNeeded(shim, win)), /length is 1/);
    const pc1 = new PC();
    const pc2 = new PC();
    assert.equal(await pc1.setLocalDescription(), undefined);
    assert.equal(pc1.signalingState, 'have-local-offer');
    assert.equal(pc1.localDescription?.type, 'offer');
    await pc2.setRemoteDescription(pc1.localDescription as RTCSessionDescription);
    await pc2.setLocalDescription();
    assert.equal(pc2.signalingState, 'stable');
    assert.equal(pc2.localDescription?.type, 'answer');
    await pc1.setRemoteDescription(pc2.localDescription as RTCSessionDescription);
    assert.equal(pc1.signalingState, 'stable');
  });

  it('treats null, {type} and {type, sdp: ""} as implicit too, and honours pranswer', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const pc1 = new PC();
    await pc1.setLocalDescription(null as unknown as RTCSessionDescriptionInit);
    assert.equal(pc1.signalingState, 'have-local-offer');
    const pc2 = new PC();
    await pc2.setLocalDescription({ type: 'offer' });
    assert.equal(pc2.signalingState, 'have-local-offer');
    const pc3 = new PC();
    await pc3.setRemoteDescription(pc1.localDescription as RTCSessionDescription);
    await pc3.setLocalDescription({ type: 'pranswer', sdp: '' });
    assert.equal(pc3.signalingState, 'have-local-pranswer');
    assert.equal(pc3.localDescription?.type, 'pranswer');
  });

  it('passes explicit descriptions through untouched, errors included', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    await assert.rejects(pc.setLocalDescription({ type: 'answer', sdp: 'v=0\r\n' }), { name: 'InvalidStateError' });
    assert.equal(pc.signalingState, 'stable');
    pc.close();
    await assert.rejects(pc.setLocalDescription(), { name: 'InvalidStateError' });
  });

  it('the legacy callback form still works', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const offer = await pc.createOffer();
    const [outcome, , returned] = await viaCallbacks((ok, fail) => pc.setLocalDescription(offer, ok, fail));
    assert.deepEqual([outcome, returned, pc.signalingState], ['success', undefined, 'have-local-offer']);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
