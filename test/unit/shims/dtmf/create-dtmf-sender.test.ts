import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/dtmf/create-dtmf-sender';
import { engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

type LegacyPC = RTCPeerConnection & { createDTMFSender(track?: unknown): RTCDTMFSender };

function setup(engine: FakeEngine = engines.firefox153): { PC: new () => LegacyPC; Track: new (kind: string) => MediaStreamTrack } {
  const win = fakeWindow(engine);
  assert.equal(installIfNeeded(shim, win), 'missing');
  return { PC: win.RTCPeerConnection as unknown as new () => LegacyPC, Track: win.MediaStreamTrack as unknown as new (kind: string) => MediaStreamTrack };
}

describe('create-dtmf-sender', () => {
  it('is not needed where the engine has it or has no senders; leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.firefox33CallbackOnly, engines.webkitGtkNoPeerConnection]);
  });

  it("answers the dtmf of the sender carrying the audio track (Firefox, Safari); shaped", () => {
    for (const engine of [engines.firefox153, engines.safari17PromiseOnly]) {
      const { PC, Track } = setup(engine);
      assert.equal(PC.prototype.createDTMFSender.name, 'createDTMFSender');
      assert.equal(PC.prototype.createDTMFSender.length, 1);
      const pc = new PC();
      const track = new Track('audio');
      const sender = pc.addTrack(track);
      assert.ok(sender.dtmf);
      assert.equal(pc.createDTMFSender(track), sender.dtmf);
      assert.equal(pc.createDTMFSender(track), pc.createDTMFSender(track));
    }
  });

  it("throws Chromium's errors: TypeError, SyntaxError for a track no sender has or a video track, InvalidStateError when closed", () => {
    const { PC, Track } = setup();
    const pc = new PC();
    const audio = new Track('audio');
    const video = new Track('video');
    pc.addTrack(video);
    assert.throws(() => pc.createDTMFSender(), TypeError);
    assert.throws(() => pc.createDTMFSender({ kind: 'audio' }), TypeError);
    assert.throws(() => pc.createDTMFSender(audio), { name: 'SyntaxError' });
    assert.throws(() => pc.createDTMFSender(video), { name: 'SyntaxError' });
    pc.addTrack(audio);
    pc.close();
    assert.throws(() => pc.createDTMFSender(audio), { name: 'InvalidStateError' });
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
