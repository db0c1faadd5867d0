import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/legacy-streams/stream-tracks';
import { engines } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched } from '../../../support/context';
import { installStreamShims, negotiate, streamsSetup } from '../../../support/streams';

const sent = (pc: RTCPeerConnection): unknown[] => pc.getSenders().map((s) => s.track).filter(Boolean);

describe('stream-tracks', () => {
  it('is not needed where the engine follows the stream itself (Chromium) or has no addStream; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.firefox33CallbackOnly, engines.chrome45CallbackOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('the Firefox model sends no track added to the stream later (what the shim fixes)', () => {
    const { a, av, Track } = streamsSetup(engines.firefox153, 'get-stream-by-id');
    const stream = av();
    a.addStream(stream);
    const extra = new Track('video');
    stream.addTrack(extra);
    assert.equal(sent(a).includes(extra), false);
  });

  for (const [name, engine] of [['Firefox', engines.firefox153], ['Safari (with add-stream)', engines.safari17PromiseOnly]] as const) {
    it(name + ': a track added to the stream gets a sender, a removed one loses it; the far side sees both', async () => {
      const { a, b, av, Track, applied } = streamsSetup(engine);
      assert.ok(applied.includes('stream-tracks'));
      const stream = av();
      a.addStream(stream);
      await negotiate(a, b);
      const extra = new Track('audio');
      stream.addTrack(extra);
      assert.ok(sent(a).includes(extra));
      await negotiate(a, b);
      assert.equal(b.getRemoteStreams().length, 1);
      assert.equal(b.getRemoteStreams()[0]!.getTracks().length, 3);
      stream.removeTrack(extra);
      assert.equal(sent(a).includes(extra), false);
      await negotiate(a, b);
      assert.equal(b.getRemoteStreams()[0]!.getTracks().length, 2);
    });
  }

  it('follows only streams given to addStream, stops after removeStream, skips closed connections', () => {
    const { a, PC, av, Track } = streamsSetup(engines.firefox153);
    const given = av();
    const other = av();
    other.getTracks().forEach((t) => a.addTrack(t, other));
    const extra = new Track('video');
    other.addTrack(extra);
    assert.equal(sent(a).includes(extra), false, 'addTrack\'s streams are not followed');
    a.addStream(given);
    a.removeStream(given);
    given.addTrack(new Track('video'));
    assert.equal(sent(a).length, 2, 'removeStream ended it');
    const c = new PC();
    const again = av();
    c.addStream(again);
    c.close();
    assert.doesNotThrow(() => again.addTrack(new Track('video')));
  });

  it('a connection that refuses the track does not make stream.addTrack throw', () => {
    const { a, b, av } = streamsSetup(engines.firefox153);
    const stream = av();
    const elsewhere = av();
    a.addStream(stream);
    b.addStream(stream);
    const track = elsewhere.getTracks()[0]!;
    a.addTrack(track, elsewhere);
    assert.doesNotThrow(() => stream.addTrack(track));
    assert.ok(sent(b).includes(track), 'the other connection still gets it');
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153, (win) => void installStreamShims(win, 'get-stream-by-id')));
});
