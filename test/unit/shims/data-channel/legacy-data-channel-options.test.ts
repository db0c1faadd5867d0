import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/data-channel/legacy-data-channel-options';
import { engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

type Channel = RTCDataChannel & { maxRetransmitTime?: number | null };

function create(engine: FakeEngine, init: object, shimmed = true): Channel {
  const win = fakeWindow(engine);
  if (shimmed) assert.notEqual(installIfNeeded(shim, win), false);
  return new (win.RTCPeerConnection as typeof RTCPeerConnection)().createDataChannel('x', init as RTCDataChannelInit);
}

const shape = (c: Channel): object => ({ ordered: c.ordered, maxRetransmits: c.maxRetransmits, lifetime: 'maxPacketLifeTime' in c ? c.maxPacketLifeTime : (c as Channel).maxRetransmitTime });

describe('legacy-data-channel-options', () => {
  it('is not needed without data channels; leaves the prototype identical', () => {
    assertNotNeededAndUntouched(shim, [engines.webkitGtkNoPeerConnection]);
  });

  it('the fakes model the engines: legacy options are ignored', () => {
    assert.deepEqual(shape(create(engines.chromium156, { maxRetransmitTime: 100, reliable: false }, false)), { ordered: true, maxRetransmits: null, lifetime: null });
    // Chromium 73 reads 65535 for "not set" (data-channel-reliability turns it into null).
    assert.deepEqual(shape(create(engines.chromium73, { maxPacketLifeTime: 100 }, false)), { ordered: true, maxRetransmits: 65535, lifetime: 65535 });
  });

  it('maxRetransmitTime is maxPacketLifeTime where the engine knows only the new name, and the other way round', () => {
    assert.deepEqual(shape(create(engines.chromium156, { maxRetransmitTime: 100 })), { ordered: true, maxRetransmits: null, lifetime: 100 });
    assert.deepEqual(shape(create(engines.chromium73, { maxPacketLifeTime: 100 })), { ordered: true, maxRetransmits: 65535, lifetime: 100 });
    assert.deepEqual(shape(create(engines.chromium73, { maxRetransmitTime: 70 })), { ordered: true, maxRetransmits: 65535, lifetime: 70 });
    assert.deepEqual(shape(create(engines.firefox153, { maxRetransmitTime: 100, maxPacketLifeTime: 5 })), { ordered: true, maxRetransmits: null, lifetime: 5 }, 'the spec name wins');
  });

  it('reliable: false alone is unordered with no retransmission; other reliability options win', () => {
    assert.deepEqual(shape(create(engines.firefox153, { reliable: false })), { ordered: false, maxRetransmits: 0, lifetime: null });
    assert.deepEqual(shape(create(engines.firefox153, { reliable: false, ordered: true })), { ordered: true, maxRetransmits: 0, lifetime: null });
    assert.deepEqual(shape(create(engines.firefox153, { reliable: false, maxRetransmits: 3 })), { ordered: true, maxRetransmits: 3, lifetime: null });
    assert.deepEqual(shape(create(engines.chromium156, { reliable: false, maxRetransmitTime: 9 })), { ordered: true, maxRetransmits: null, lifetime: 9 });
    assert.deepEqual(shape(create(engines.chromium156, { reliable: true })), { ordered: true, maxRetransmits: null, lifetime: null });
  });

  it('never changes the caller\'s object; spec errors stay the engine\'s', () => {
    const init = Object.freeze({ reliable: false, maxRetransmitTime: undefined });
    create(engines.chromium156, init);
    assert.deepEqual(init, { reliable: false, maxRetransmitTime: undefined });
    assert.throws(() => create(engines.chromium156, { maxRetransmitTime: 1, maxRetransmits: 1 }), TypeError);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
