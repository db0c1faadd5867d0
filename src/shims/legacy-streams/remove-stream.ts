/**
 * `removeStream(stream)` (https://w3c.github.io/webrtc-pc/archives/20171002/webrtc.html#legacy-interface-extensions):
 * stops sending the stream's tracks, i.e. removeTrack for each sender whose track is in it.
 * Firefox never had it (measured in Firefox 153), nor has Safari. A stream never added is a
 * no-op; TypeError for a non-stream, InvalidStateError on a closed connection, as Chromium's.
 * Firefox's getLocalStreams() keeps listing a stream none of whose tracks it sends any more, so
 * the stream would not leave it: getLocalStreams() is filtered to the streams still sent.
 * Behaviour test: the member is absent where removeTrack exists to build it on.
 */
import { checkStream, lacks, LEGACY_SPEC, sentStreams, type LegacyPC } from '../../streams/legacy';
import { addMethod, wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'remove-stream',
  area: 'legacy-streams',
  reason: 'legacy removeStream (' + LEGACY_SPEC + ')',
  needed: (ctx) => lacks(ctx, 'removeTrack', 'removeStream'),
  install(ctx) {
    const win = ctx.window;
    const proto = peerConnectionPrototype(win)!;
    addMethod(proto, 'removeStream', this.name, function (this: unknown, stream: unknown) {
      const pc = this as RTCPeerConnection;
      const tracks: unknown[] = checkStream(win, pc, stream).getTracks();
      for (const sender of pc.getSenders()) if (tracks.indexOf(sender.track) >= 0) pc.removeTrack(sender);
    }, 1);
    if (typeof (proto as LegacyPC).getLocalStreams === 'function') {
      wrapMethod(proto, 'getLocalStreams', this.name, (native) => function (this: unknown, ...args: unknown[]) {
        return sentStreams(this as RTCPeerConnection, native.apply(this, args) as MediaStream[]);
      });
    }
  },
};
