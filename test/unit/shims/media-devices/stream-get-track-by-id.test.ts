import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/media-devices/stream-get-track-by-id';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

type Stream = MediaStream & { getTrackById(id: unknown): MediaStreamTrack | null };

describe('stream-get-track-by-id', () => {
  it('is not needed where MediaStream has getTrackById (Chromium, Firefox 49+, WebKit)', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.chromium73, engines.chrome45CallbackOnly, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
    assert.equal(installIfNeeded(shim, { navigator: { userAgent: 'x' } }), false);
  });

  for (const [name, engine] of [['Firefox 40', engines.firefox40PrefixedOnly], ['Firefox 33', engines.firefox33CallbackOnly]] as const) {
    it(name + ': returns the stream\'s track with that id, else null', () => {
      const win = fakeWindow(engine);
      assert.equal(installIfNeeded(shim, win), 'MediaStream has no getTrackById()');
      const Track = win.MediaStreamTrack as unknown as new (kind: string) => MediaStreamTrack;
      const audio = new Track('audio');
      const video = new Track('video');
      const stream = new (win.MediaStream as typeof MediaStream)([audio, video]) as Stream;
      assert.equal(stream.getTrackById.length, 1);
      assert.equal(stream.getTrackById(video.id), video);
      assert.equal(stream.getTrackById(audio.id), audio);
      assert.equal(stream.getTrackById('nope'), null);
      assert.equal(stream.getTrackById({ toString: () => audio.id }), audio, 'the id is converted to a string, as WebIDL does');
      stream.removeTrack(audio);
      assert.equal(stream.getTrackById(audio.id), null, 'a removed track is not found');
      assert.throws(() => (stream.getTrackById as () => unknown)(), TypeError);
      assert.throws(() => stream.getTrackById.call({}, audio.id), TypeError);
    });
  }

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox33CallbackOnly));
});
