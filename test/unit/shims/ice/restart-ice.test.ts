import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/ice/restart-ice';
import { allIceUfrags } from '../../../../src/sdp/ice-ufrag';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installWithLegacyCallbacks } from '../../../support/context';
import { negotiate } from '../../../support/streams';

function pair(): [RTCPeerConnection, RTCPeerConnection] {
  const win = fakeWindow(engines.chromium73);
  assert.ok(installWithLegacyCallbacks(shim, win));
  const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
  return [new PC(), new PC()];
}

const nextEvent = (target: EventTarget, type: string): Promise<Event> =>
  new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));

describe('restart-ice', () => {
  it('is not needed where restartIce exists; leaves the prototype identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('adds restartIce (length 0): negotiationneeded fires a task later, and offers restart ICE until applied', async () => {
    const [a, b] = pair();
    assert.equal(a.restartIce.length, 0);
    assert.equal(a.restartIce.name, 'restartIce');
    await negotiate(a, b);
    const before = allIceUfrags(a.localDescription!.sdp);
    let fired = 0;
    a.addEventListener('negotiationneeded', () => fired++);
    const needed = nextEvent(a, 'negotiationneeded');
    a.restartIce();
    assert.equal(fired, 0, 'not synchronously');
    await needed;
    assert.equal(fired, 1);
    const offer = await a.createOffer();
    const again = await a.createOffer();
    assert.notDeepEqual(allIceUfrags(offer.sdp!), before);
    assert.notDeepEqual(allIceUfrags(again.sdp!), allIceUfrags(offer.sdp!), 'still restarting until a description is applied');
    await a.setLocalDescription(again);
    const after = await a.createOffer();
    assert.deepEqual(allIceUfrags(after.sdp!), allIceUfrags(again.sdp!), 'applied: no more restarts');
  });

  it('waits for stable before firing negotiationneeded', async () => {
    const [a] = pair();
    a.createDataChannel?.('x');
    await a.setLocalDescription(await a.createOffer());
    let fired = 0;
    a.addEventListener('negotiationneeded', () => fired++);
    a.restartIce();
    await new Promise((r) => setTimeout(r, 5));
    assert.equal(fired, 0, 'have-local-offer: not yet');
  });

  it('does nothing on a closed connection and throws TypeError on a foreign this', async () => {
    const [a] = pair();
    a.close();
    let fired = 0;
    a.addEventListener('negotiationneeded', () => fired++);
    a.restartIce();
    await new Promise((r) => setTimeout(r, 5));
    assert.equal(fired, 0);
    assert.throws(() => a.restartIce.call({}), TypeError);
  });

  it('keeps the caller\'s options object as it was', async () => {
    const [a] = pair();
    a.restartIce();
    const options = Object.freeze({ offerToReceiveAudio: true });
    await a.createOffer(options);
    assert.deepEqual(options, { offerToReceiveAudio: true });
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
