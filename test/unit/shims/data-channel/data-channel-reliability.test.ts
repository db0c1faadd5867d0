import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/data-channel/data-channel-reliability';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

function channel(init: RTCDataChannelInit & { maxRetransmitTime?: number }): RTCDataChannel {
  const win = fakeWindow(engines.chromium73);
  assert.equal(installIfNeeded(shim, win), 'RTCDataChannel.maxPacketLifeTime is missing');
  return new (win.RTCPeerConnection as typeof RTCPeerConnection)().createDataChannel('x', init);
}

describe('data-channel-reliability', () => {
  it('is not needed where RTCDataChannel has maxPacketLifeTime; leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('Chromium 73: maxPacketLifeTime reads the engine\'s maxRetransmitTime; unset (65535) reads null', () => {
    const plain = channel({});
    assert.equal(plain.maxPacketLifeTime, null);
    assert.equal(plain.maxRetransmits, null);
    const timed = channel({ maxRetransmitTime: 250 });
    assert.equal(timed.maxPacketLifeTime, 250);
    assert.equal(timed.maxRetransmits, null);
    const counted = channel({ maxRetransmits: 0 });
    assert.equal(counted.maxRetransmits, 0);
    assert.equal(counted.maxPacketLifeTime, null);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
