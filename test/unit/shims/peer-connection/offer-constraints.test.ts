import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromLegacyConstraints, shim } from '../../../../src/shims/peer-connection/offer-constraints';
import { shim as offerToReceive } from '../../../../src/shims/peer-connection/offer-to-receive';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, installWithLegacyCallbacks } from '../../../support/context';

describe('offer-constraints', () => {
  it('is not needed without RTCPeerConnection; leaves the window identical', () => {
    assertNotNeededAndUntouched(shim, [engines.webkitGtkNoPeerConnection]);
  });

  it('is needed wherever there is RTCPeerConnection (no engine reads the old shape)', () => {
    for (const engine of [engines.chromium156, engines.firefox153, engines.chromium73, engines.safari17PromiseOnly]) {
      assert.notEqual(shim.needed({ window: fakeWindow(engine), browser: { browser: 'chrome', version: 1, engine: 'blink' }, log: { log() {}, warn() {}, deprecated() {} } }), false);
    }
  });

  it('maps mandatory and optional constraints to RTCOfferOptions; mandatory over optional, spec members over both', () => {
    assert.deepEqual(fromLegacyConstraints({ mandatory: { OfferToReceiveAudio: true, OfferToReceiveVideo: false } }), {
      offerToReceiveAudio: true,
      offerToReceiveVideo: false,
    });
    assert.deepEqual(
      fromLegacyConstraints({ optional: [{ VoiceActivityDetection: false }, { OfferToReceiveVideo: 1 }], mandatory: { offerToReceiveVideo: 0, IceRestart: 'yes' } }),
      { voiceActivityDetection: false, offerToReceiveVideo: false, iceRestart: true },
    );
    assert.deepEqual(fromLegacyConstraints({ mandatory: { OfferToReceiveAudio: false }, offerToReceiveAudio: true }), { offerToReceiveAudio: true });
    assert.deepEqual(fromLegacyConstraints({ mandatory: { googFoo: true, DtlsSrtpKeyAgreement: true } }), {}, 'unknown constraints dropped');
  });

  it('returns spec options and non-objects as they are', () => {
    const spec = { offerToReceiveAudio: true };
    assert.equal(fromLegacyConstraints(spec), spec);
    assert.equal(fromLegacyConstraints(undefined), undefined);
    assert.equal(fromLegacyConstraints(null), null);
    assert.deepEqual(fromLegacyConstraints({ mandatory: null, optional: 'x' }), {}, 'malformed constraints are no options, not a throw');
  });

  it('never mutates the caller\'s constraints', () => {
    const constraints = { mandatory: { OfferToReceiveAudio: true }, optional: [{ VoiceActivityDetection: true }] };
    const copy = JSON.parse(JSON.stringify(constraints)) as unknown;
    fromLegacyConstraints(constraints);
    assert.deepEqual(constraints, copy);
  });

  it('a legacy constraints offer gets its recvonly transceivers, in the promise and the callback form', async () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    installIfNeeded(offerToReceive, win);
    assert.ok(installWithLegacyCallbacks(shim, win));
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const offer = await pc.createOffer({ mandatory: { OfferToReceiveAudio: true } } as RTCOfferOptions);
    assert.match(offer.sdp ?? '', /m=audio[^]*a=recvonly/);
    await new Promise((resolve, reject) => pc.createOffer(resolve, reject, { mandatory: { OfferToReceiveVideo: true } } as RTCOfferOptions));
    assert.deepEqual(pc.getTransceivers().map((t) => t.receiver.track.kind + ':' + t.direction), ['audio:recvonly', 'video:recvonly']);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
