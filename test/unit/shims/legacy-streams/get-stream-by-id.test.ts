import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/legacy-streams/get-stream-by-id';
import { engines } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched } from '../../../support/context';
import { negotiate, streamsSetup } from '../../../support/streams';

describe('get-stream-by-id', () => {
  it('is not needed where the connection lists no streams (nothing to look up); leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.safari17PromiseOnly, engines.firefox33CallbackOnly, engines.chrome45CallbackOnly, engines.webkitGtkNoPeerConnection]);
  });

  for (const [name, engine] of [['Chromium', engines.chromium156], ['Firefox', engines.firefox153], ['Safari (with add-stream)', engines.safari17PromiseOnly]] as const) {
    it(name + ': finds a local or a remote stream by id, else null', async () => {
      const { a, b, av, applied } = streamsSetup(engine);
      assert.ok(applied.includes('get-stream-by-id'));
      const local = av();
      a.addStream(local);
      assert.equal(a.getStreamById(local.id), local);
      assert.equal(a.getStreamById('nope'), null);
      assert.equal(b.getStreamById(local.id), null);
      await negotiate(a, b);
      const remote = b.getStreamById(local.id);
      assert.ok(remote && remote !== local, 'the remote stream object');
      assert.equal(remote, b.getRemoteStreams()[0]);
      assert.equal(a.getStreamById.length, 1);
    });
  }

  it('converts its argument to a string and requires one', () => {
    const { a, av } = streamsSetup(engines.chromium156);
    const stream = av();
    a.addStream(stream);
    assert.equal(a.getStreamById({ toString: () => stream.id } as unknown as string), stream);
    assert.throws(() => (a.getStreamById as () => unknown)(), TypeError);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});

