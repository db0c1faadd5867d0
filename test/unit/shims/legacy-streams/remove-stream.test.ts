import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/legacy-streams/remove-stream';
import { engines } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched } from '../../../support/context';
import { streamsSetup } from '../../../support/streams';

describe('remove-stream', () => {
  it('is not needed where the engine has removeStream, or no removeTrack to build it on; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.firefox33CallbackOnly, engines.chrome45CallbackOnly]);
  });

  it('the Firefox model keeps listing a stream whose tracks it no longer sends (what the shim fixes)', () => {
    const { a, av } = streamsSetup(engines.firefox153, 'add-stream');
    const stream = av();
    a.addStream(stream);
    for (const sender of a.getSenders()) a.removeTrack(sender);
    assert.deepEqual(a.getLocalStreams(), [stream]);
  });

  for (const [name, engine] of [['Firefox', engines.firefox153], ['Safari (with add-stream)', engines.safari17PromiseOnly]] as const) {
    it(name + ': removes the senders of the stream\'s tracks, and the stream from getLocalStreams()', () => {
      const { a, av, applied } = streamsSetup(engine);
      assert.ok(applied.includes('remove-stream'));
      const stream = av();
      const other = av();
      a.addStream(stream);
      a.addStream(other);
      assert.equal(a.removeStream.length, 1);
      a.removeStream(stream);
      assert.deepEqual(a.getSenders().map((s) => s.track), [null, null, ...other.getTracks()]);
      assert.deepEqual(a.getLocalStreams(), [other]);
      assert.deepEqual(stream.getTracks().length, 2, 'the app\'s stream is not changed');
    });

    it(name + ': removing a stream never added is a no-op; also for streams given to addTrack', () => {
      const { a, av } = streamsSetup(engine);
      const stream = av();
      a.removeStream(av());
      for (const t of stream.getTracks()) a.addTrack(t, stream);
      a.removeStream(av());
      assert.equal(a.getSenders().filter((s) => s.track).length, 2);
      a.removeStream(stream);
      assert.equal(a.getSenders().filter((s) => s.track).length, 0);
      assert.deepEqual(a.getLocalStreams(), []);
    });

    it(name + ': TypeError for a non-stream, InvalidStateError on a closed connection', () => {
      const { a, av } = streamsSetup(engine);
      const stream = av();
      a.addStream(stream);
      for (const bad of [{}, null, undefined, stream.getTracks()[0]]) assert.throws(() => a.removeStream(bad as MediaStream), TypeError);
      a.close();
      assert.throws(() => a.removeStream(stream), { name: 'InvalidStateError' });
    });
  }

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
