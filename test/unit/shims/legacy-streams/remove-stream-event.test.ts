import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/legacy-streams/remove-stream-event';
import { engines } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched } from '../../../support/context';
import { negotiate, streamsSetup } from '../../../support/streams';

type StreamEvent = Event & { stream: MediaStream };

describe('remove-stream-event', () => {
  it('is not needed where the engine fires removestream, or lists no remote streams; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.safari17PromiseOnly, engines.firefox33CallbackOnly]);
  });

  it('the Firefox model keeps listing a remote stream whose tracks all left, and fires nothing', async () => {
    const { a, b, av } = streamsSetup(engines.firefox153, 'remove-stream');
    const stream = av();
    a.addStream(stream);
    await negotiate(a, b);
    a.removeStream(stream);
    await negotiate(a, b);
    assert.equal(b.getRemoteStreams().length, 1);
    assert.equal(b.getRemoteStreams()[0]!.getTracks().length, 0);
  });

  for (const [name, engine] of [['Firefox', engines.firefox153], ['Safari (with add-stream)', engines.safari17PromiseOnly]] as const) {
    it(name + ': a remote stream that loses its last track leaves getRemoteStreams() with one removestream', async () => {
      const { a, b, av, applied } = streamsSetup(engine);
      assert.ok(applied.includes('remove-stream-event'));
      const stream = av();
      const kept = av();
      a.addStream(stream);
      a.addStream(kept);
      const handled: StreamEvent[] = [];
      const listened: StreamEvent[] = [];
      let once = 0;
      assert.equal(b.onremovestream, null);
      b.onremovestream = (e) => handled.push(e);
      b.addEventListener('removestream', { handleEvent: (e: Event) => listened.push(e as StreamEvent) });
      b.addEventListener('removestream', () => once++, { once: true });
      await negotiate(a, b);
      const remote = b.getRemoteStreams().find((s) => s.id === stream.id)!;
      a.removeTrack(a.getSenders()[0]!);
      await negotiate(a, b);
      assert.equal(handled.length, 0, 'one track left: not removed');
      a.removeTrack(a.getSenders()[1]!);
      await negotiate(a, b);
      assert.equal(handled.length, 1);
      assert.equal(handled[0]!.stream, remote);
      assert.equal(handled[0]!.type, 'removestream');
      assert.throws(() => {
        'use strict';
        (handled[0] as { stream: unknown }).stream = null;
      }, TypeError, '.stream is read-only');
      assert.deepEqual(listened, handled);
      assert.equal(once, 1);
      assert.deepEqual(b.getRemoteStreams().map((s) => s.id), [kept.id]);
      await negotiate(a, b);
      assert.equal(handled.length, 1, 'nothing more on a renegotiation that removes nothing');
      const added: StreamEvent[] = [];
      const addedViaHandler: StreamEvent[] = [];
      b.addEventListener('addstream', (e) => added.push(e as StreamEvent));
      b.onaddstream = (e) => addedViaHandler.push(e);
      for (const t of stream.getTracks()) a.addTrack(t, stream);
      await negotiate(a, b);
      assert.deepEqual(added.map((e) => e.stream), [remote], 'its comeback is announced once');
      assert.deepEqual(addedViaHandler, added, 'onaddstream too');
      assert.deepEqual(b.getRemoteStreams().map((s) => s.id).sort(), [kept.id, stream.id].sort());
      await negotiate(a, b);
      assert.equal(added.length, 1);
    });

    it(name + ': no event and no crash on a closed connection', async () => {
      const { a, b, av } = streamsSetup(engine);
      a.addStream(av());
      await negotiate(a, b);
      let fired = 0;
      b.onremovestream = () => fired++;
      b.close();
      await assert.rejects(b.setRemoteDescription(a.localDescription!), { name: 'InvalidStateError' });
      assert.equal(fired, 0);
    });
  }

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
