import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/description-init-result';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertChromiumRangeEndsAt, assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, installWithLegacyCallbacks, viaCallbacks } from '../../../support/context';
import { assertAllOrNothing } from '../../../support/locked-window';

const isPlain = (v: unknown): boolean => Object.getPrototypeOf(v) === Object.prototype;

describe('description-init-result', () => {
  it('the measured range: needed through Chromium 125 (123 measured wrong, 126 right), not from 126', () => {
    assertChromiumRangeEndsAt(shim, 125);
  });

  it('is not needed in engines that resolve with the dictionary; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('makes old Chromium resolve createOffer/createAnswer with a plain, writable RTCSessionDescriptionInit', async () => {
    const win = fakeWindow(engines.chromium73);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const unshimmed = await new PC().createOffer();
    assert.equal(isPlain(unshimmed), false, 'the fake models the old engine');
    assert.match(String(installIfNeeded(shim, win)), /Chromium 73/);
    const pc1 = new PC();
    const offer = await pc1.createOffer();
    assert.ok(isPlain(offer));
    assert.deepEqual(Object.keys(offer).sort(), ['sdp', 'type']);
    offer.sdp = offer.sdp + 'a=munged\r\n';
    assert.match(offer.sdp, /a=munged/);
    const pc2 = new PC();
    await pc2.setRemoteDescription(offer);
    const answer = await pc2.createAnswer();
    assert.ok(isPlain(answer));
    assert.equal(answer.type, 'answer');
  });

  it('the legacy callback form (under legacy-callbacks) delivers the dictionary too and resolves undefined', async () => {
    const win = fakeWindow(engines.chromium73);
    installWithLegacyCallbacks(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const [outcome, offer, returned] = await viaCallbacks((ok, fail) => pc.createOffer(ok, fail, { offerToReceiveAudio: true }));
    assert.equal(outcome, 'success');
    assert.ok(isPlain(offer));
    assert.equal(returned, undefined);
    const [failed, error] = await viaCallbacks((ok, fail) => pc.createAnswer(ok, fail));
    assert.equal(failed, 'failure');
    assert.equal((error as DOMException).name, 'InvalidStateError');
  });

  it('keeps errors of the promise form', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    pc.close();
    await assert.rejects(pc.createOffer(), { name: 'InvalidStateError' });
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));

  it('a member locked part-way leaves every member as it was', () => assertAllOrNothing(shim, engines.chromium73));
});
