import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/promise-methods';
import { shim as unprefixed } from '../../../../src/shims/peer-connection/unprefixed-constructors';
import { engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, installWithLegacyCallbacks, viaCallbacks } from '../../../support/context';
import { assertAllOrNothing } from '../../../support/locked-window';

function callbackOnlyWindow(engine: FakeEngine = engines.firefox33CallbackOnly): ReturnType<typeof fakeWindow> {
  const win = fakeWindow(engine);
  installIfNeeded(unprefixed, win);
  return win;
}

describe('promise-methods', () => {
  it('is not needed in engines with promise signaling; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.chromium73, engines.safari17PromiseOnly]);
  });

  it('gives callback-only engines the promise forms (Firefox 33, Chrome 45)', async () => {
    for (const engine of [engines.firefox33CallbackOnly, engines.chrome45CallbackOnly]) {
      const win = callbackOnlyWindow(engine);
      assert.match(String(installIfNeeded(shim, win)), /predates promise/);
      const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
      const pc1 = new PC();
      const pc2 = new PC();
      const offer = await pc1.createOffer();
      assert.equal(offer.type, 'offer');
      assert.equal(await pc1.setLocalDescription(offer), undefined);
      await pc2.setRemoteDescription(offer);
      const answer = await pc2.createAnswer();
      await pc2.setLocalDescription(answer);
      await pc1.setRemoteDescription(answer);
      assert.equal(pc1.signalingState, 'stable');
      assert.equal(await pc1.addIceCandidate({ candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host', sdpMid: '0' }), undefined);
    }
  });

  it('rejects with the engine error as a spec DOMException', async () => {
    const win = callbackOnlyWindow();
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    await assert.rejects(pc.createAnswer(), (e: unknown) => e instanceof DOMException && e.name === 'InvalidStateError');
  });

  it('hands legacy calls to the engine\'s own callback forms', async () => {
    const win = callbackOnlyWindow();
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const [outcome, offer, returned] = await viaCallbacks((ok, fail) => pc.createOffer(ok, fail));
    assert.equal(outcome, 'success');
    assert.equal((offer as RTCSessionDescriptionInit).type, 'offer');
    assert.equal(returned, undefined, 'the callback-only engine returns nothing');
  });

  it('under legacy-callbacks the callback forms return Promise<void>', async () => {
    const win = callbackOnlyWindow();
    installWithLegacyCallbacks(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const [outcome, offer, returned] = await viaCallbacks((ok, fail) => pc.createOffer(ok, fail));
    assert.equal(outcome, 'success');
    assert.equal((offer as RTCSessionDescriptionInit).type, 'offer');
    assert.equal(returned, undefined);
    assert.ok((pc.createOffer as unknown as (...a: unknown[]) => unknown)(() => {}, () => {}) instanceof Promise);
    const [bad] = await viaCallbacks((ok, fail) => pc.setRemoteDescription({ type: 'answer', sdp: 'v=0\r\n' }, ok, fail));
    assert.equal(bad, 'failure');
  });

  it('a non-function callback rejects with TypeError (under legacy-callbacks)', async () => {
    const win = callbackOnlyWindow();
    installWithLegacyCallbacks(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const createOffer = pc.createOffer as unknown as (...args: unknown[]) => Promise<unknown>;
    await assert.rejects(createOffer.call(pc, 5, () => {}), TypeError);
  });

  it('installed twice is the same as once', () =>
    assertIdempotent(shim, engines.firefox33CallbackOnly, (win) => installIfNeeded(unprefixed, win)));

  it('a member locked part-way leaves every member as it was', () =>
    assertAllOrNothing(shim, engines.firefox33CallbackOnly, (win) => installIfNeeded(unprefixed, win)));
});
