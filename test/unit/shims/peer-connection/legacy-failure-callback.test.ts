import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/legacy-failure-callback';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, viaCallbacks } from '../../../support/context';

type Loose = (...args: unknown[]) => Promise<unknown>;

describe('legacy-failure-callback', () => {
  it('is not needed where the engine already requires the failure callback; leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.firefox153, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('makes Chromium reject (value, success) without a failure callback with TypeError, calling nothing', async () => {
    const win = fakeWindow(engines.chromium156);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const lenient = new PC();
    const offer = await lenient.createOffer();
    await (lenient.setLocalDescription as unknown as Loose).call(lenient, offer, () => {});
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(lenient.signalingState, 'have-local-offer', 'the fake models Chromium\'s leniency');
    assert.match(String(installIfNeeded(shim, win)), /without failure/);
    const pc = new PC();
    let called = false;
    for (const key of ['setLocalDescription', 'setRemoteDescription', 'addIceCandidate'] as const) {
      const method = pc[key] as unknown as Loose;
      await assert.rejects(method.call(pc, offer, () => { called = true; }), TypeError);
      await assert.rejects(method.call(pc, offer, () => { called = true; }, undefined), TypeError);
    }
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(called, false);
    assert.equal(pc.signalingState, 'stable');
  });

  it('keeps the promise form and the full legacy form working', async () => {
    const win = fakeWindow(engines.chromium156);
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const pc = new PC();
    const offer = await pc.createOffer();
    const [outcome] = await viaCallbacks((ok, fail) => pc.setLocalDescription(offer, ok, fail));
    assert.equal(outcome, 'success');
    const pc2 = new PC();
    assert.equal(await pc2.setRemoteDescription(offer), undefined);
    assert.equal(pc2.signalingState, 'have-remote-offer');
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
