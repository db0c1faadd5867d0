/**
 * `removeStream(stream)` (https://w3c.github.io/webrtc-pc/archives/20171002/webrtc.html#legacy-interface-extensions):
 * stops sending the stream's tracks, i.e. removeTrack for each sender whose track is in it.
 * Firefox never had it (measured in Firefox 153), nor has Safari. A stream never added is a
 * no-op; TypeError for a non-stream, InvalidStateError on a closed connection, as Chromium's.
 * Firefox's getLocalStreams() keeps listing a stream none of whose tracks it sends any more, so
 * the stream would not leave it: getLocalStreams() is filtered to the streams still sent.
 * Behaviour test: the member is absent where removeTrack exists to build it on. Also needed where
 * removeStream is a page script's (adapter.js 9 defines one in Firefox: removeTrack for each
 * sender, measured with webrtc-adapter 9.0.6 on Firefox 153) but getLocalStreams() is still the
 * engine's: the engine's list then keeps every stream that removeStream removed. There only the
 * getLocalStreams() filter is installed; the script's removeStream stays. (The stale list itself
 * shows only with live tracks, so it cannot be probed at load: who defined the two members is
 * what can be read.)
 */
import { checkStream, lacks, LEGACY_SPEC, sentStreams, type LegacyPC } from '../../streams/legacy';
import { addMethod, wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { isEngineFunction, peerConnectionPrototype } from '../../window';
import { markOf } from '../../patch/mark';

export const shim: Shim = {
  name: 'remove-stream',
  area: 'legacy-streams',
  reason: 'legacy removeStream (' + LEGACY_SPEC + ')',
  needed(ctx) {
    const missing = lacks(ctx, 'removeTrack', 'removeStream');
    if (missing) return missing;
    return scriptRemoveStream(peerConnectionPrototype(ctx.window))
      ? 'removeStream is a page script\'s (adapter.js\'s), getLocalStreams() the engine\'s: it keeps listing removed streams'
      : false;
  },
  install(ctx) {
    const win = ctx.window;
    const proto = peerConnectionPrototype(win)!;
    if (!('removeStream' in proto)) {
      addMethod(proto, 'removeStream', this.name, function (this: unknown, stream: unknown) {
        const pc = this as RTCPeerConnection;
        const tracks: unknown[] = checkStream(win, pc, stream).getTracks();
        for (const sender of pc.getSenders()) if (tracks.indexOf(sender.track) >= 0) pc.removeTrack(sender);
      }, 1);
    }
    if (typeof (proto as LegacyPC).getLocalStreams === 'function') {
      wrapMethod(proto, 'getLocalStreams', this.name, (native) => function (this: unknown, ...args: unknown[]) {
        return sentStreams(this as RTCPeerConnection, native.apply(this, args) as MediaStream[]);
      });
    }
  },
};

/**
 * A removeStream that a page script put on an engine whose getLocalStreams() is its own (and has
 * removeTrack): the engine keeps its list, the script's removeStream does not touch it.
 */
function scriptRemoveStream(proto: RTCPeerConnection | null): boolean {
  if (!proto) return false;
  const members = proto as unknown as Record<string, unknown>;
  const removeStream = members.removeStream;
  return typeof removeStream === 'function' && !isEngineFunction(removeStream) && markOf(removeStream) === undefined &&
    typeof members.removeTrack === 'function' && isEngineFunction(members.getLocalStreams);
}
