/**
 * `stream.stop()` ended a capture in 2013–2015 code (the seed page's era); the spec moved it to
 * tracks (https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-stop) and every engine
 * dropped `MediaStream.prototype.stop`, so such code throws a TypeError at hang-up. It stops
 * each of the stream's tracks, and warns once. Behaviour test: the method is missing.
 */
import { addMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';

export const shim: Shim = {
  name: 'media-stream-stop',
  area: 'media-devices',
  reason: 'legacy MediaStream.stop() must stop every track (https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-stop)',
  needed(ctx) {
    const Stream = ctx.window.MediaStream;
    return typeof Stream === 'function' && !('stop' in Stream.prototype) ? 'MediaStream has no stop()' : false;
  },
  install(ctx) {
    const log = ctx.log;
    addMethod(ctx.window.MediaStream!.prototype, 'stop', this.name, function (this: unknown): void {
      const stream = this as MediaStream;
      // Audio and video lists, not getTracks(): Firefox had them from 22, getTracks only from 34
      // (and happy-dom, a test runner's DOM, has no getTracks).
      const tracks = stream.getAudioTracks().concat(stream.getVideoTracks());
      log.deprecated('stream.stop', 'MediaStream.stop() is deprecated: stop each track');
      for (const track of tracks) track.stop();
    }, 0);
  },
};
