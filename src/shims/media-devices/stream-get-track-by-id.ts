/**
 * `stream.getTrackById(id)` (https://w3c.github.io/mediacapture-main/#dom-mediastream-gettrackbyid)
 * came to Firefox only in 49 (https://bugzil.la/1208390; Chrome had it from 26, Safari from its
 * first WebRTC, 11), so code that finds a track by the id a signaling message named throws a
 * TypeError in Firefox before 49. It returns the stream's track with that id, or null. It reads
 * getAudioTracks and getVideoTracks, which Firefox has had since 22 (getTracks came in 34).
 * Behaviour test: the method is missing.
 */
import { addMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';

export const shim: Shim = {
  name: 'stream-get-track-by-id',
  area: 'media-devices',
  reason: 'MediaStream.getTrackById(), missing before Firefox 49 (https://w3c.github.io/mediacapture-main/#dom-mediastream-gettrackbyid)',
  needed(ctx) {
    const Stream = ctx.window.MediaStream;
    return typeof Stream === 'function' && !('getTrackById' in Stream.prototype) ? 'MediaStream has no getTrackById()' : false;
  },
  install(ctx) {
    addMethod(ctx.window.MediaStream!.prototype, 'getTrackById', this.name, function (this: unknown, ...args: unknown[]): MediaStreamTrack | null {
      const stream = this as MediaStream;
      if (!args.length) throw new TypeError('getTrackById: 1 argument required');
      const key = String(args[0]);
      return stream.getAudioTracks().concat(stream.getVideoTracks()).find((t) => t.id === key) || null;
    }, 1);
  },
};
