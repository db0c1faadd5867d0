import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/offer-to-receive';
import { engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';
import { assertChromiumRangeEndsAt, assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, installWithLegacyCallbacks } from '../../../support/context';

function patched(engine: FakeEngine = engines.chromium73): RTCPeerConnection {
  const win = fakeWindow(engine);
  assert.ok(installWithLegacyCallbacks(shim, win));
  return new (win.RTCPeerConnection as typeof RTCPeerConnection)();
}
const directions = (pc: RTCPeerConnection): string[] => pc.getTransceivers().map((t) => t.receiver.track.kind + ':' + t.direction);

describe('offer-to-receive', () => {
  it('is not needed where the engine acts on the options, or has no transceivers; leaves createOffer identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.chrome45CallbackOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('is needed in Chromium 73 and Safari', () => {
    assert.match(String(installIfNeeded(shim, fakeWindow(engines.chromium73))), /Chromium 73/);
    assert.match(String(installIfNeeded(shim, fakeWindow(engines.safari17PromiseOnly))), /WebKit 605/);
  });

  it('true adds one recvonly transceiver of the kind, and only once', async () => {
    const pc = patched();
    const offer = await pc.createOffer({ offerToReceiveAudio: true });
    assert.deepEqual(directions(pc), ['audio:recvonly']);
    assert.match(offer.sdp ?? '', /m=audio[^]*a=recvonly/);
    await pc.createOffer({ offerToReceiveAudio: true, offerToReceiveVideo: true });
    assert.deepEqual(directions(pc), ['audio:recvonly', 'video:recvonly']);
  });

  it('true leaves a sendrecv or recvonly transceiver of the kind alone', async () => {
    const pc = patched(engines.safari17PromiseOnly);
    pc.addTransceiver('video');
    await pc.createOffer({ offerToReceiveVideo: true });
    assert.deepEqual(directions(pc), ['video:sendrecv']);
  });

  it('false turns sendrecv into sendonly and recvonly into inactive, of that kind only', async () => {
    const pc = patched();
    pc.addTransceiver('audio');
    pc.addTransceiver('audio', { direction: 'recvonly' });
    pc.addTransceiver('video', { direction: 'recvonly' });
    const offer = await pc.createOffer({ offerToReceiveAudio: false });
    assert.deepEqual(directions(pc), ['audio:sendonly', 'audio:inactive', 'video:recvonly']);
    assert.match(offer.sdp ?? '', /a=sendonly[^]*a=inactive[^]*a=recvonly/);
  });

  it('takes the legacy callback form (options third) and leaves the caller\'s options untouched', async () => {
    const pc = patched();
    const options = Object.freeze({ offerToReceiveVideo: true, iceRestart: false });
    await new Promise((resolve, reject) => pc.createOffer(resolve, reject, options));
    assert.deepEqual(directions(pc), ['video:recvonly']);
  });

  it('a closed connection gets the engine\'s own rejection and no transceiver', async () => {
    const pc = patched();
    pc.close();
    await assert.rejects(pc.createOffer({ offerToReceiveAudio: true }), { name: 'InvalidStateError' });
  });

  it('a Plan B connection keeps the native call', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)({ sdpSemantics: 'plan-b' } as RTCConfiguration);
    await pc.createOffer({ offerToReceiveAudio: true });
    assert.deepEqual(directions(pc), []);
  });

  it('ends at the last Chromium measured wrong', () => assertChromiumRangeEndsAt(shim, 73));

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
