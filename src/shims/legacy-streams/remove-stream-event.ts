/**
 * `removestream` / `onremovestream` (https://w3c.github.io/webrtc-pc/archives/20171002/webrtc.html#legacy-interface-extensions):
 * a remote stream whose last track the remote side stopped sending leaves getRemoteStreams() and
 * is announced with a MediaStreamEvent-like event. Firefox 153 never fires it and keeps listing
 * the emptied stream (measured); Safari has neither. When tracks come back to such a stream (the
 * same object: one per id), it is listed again and announced again with `addstream`, as Chromium
 * announces its new stream object; Firefox fires no second addstream (measured). Firefox's own
 * `onaddstream` runs for the events Firefox dispatches only, not for one a page dispatches
 * (measured in 153: addEventListener listeners get it, the handler does not), so `onaddstream`
 * is defined as well, as a handler that listens like any listener.
 *
 * Hook: remote tracks are removed only while a remote description is applied (the spec's "process
 * the removal of a remote track" runs inside setRemoteDescription, before its promise settles),
 * so setRemoteDescription's promise form is wrapped to compare the listed remote streams before
 * and after. This needs no constructor replacement and no listener on every stream, and costs
 * nothing on connections that do not negotiate. Behaviour test: no `onremovestream` member.
 */
import { isLive, lacks, LEGACY_SPEC, remoteStreamsOf, type LegacyPC } from '../../streams/legacy';
import { defineEventHandler } from '../../patch/event-handler';
import { fireEvent } from '../../patch/fire-event';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'remove-stream-event',
  area: 'legacy-streams',
  reason: 'legacy removestream event (' + LEGACY_SPEC + ')',
  needed: (ctx) => lacks(ctx, 'getRemoteStreams', 'onremovestream'),
  install(ctx) {
    const win = ctx.window;
    const proto = peerConnectionPrototype(win)!;
    /** Streams announced removed, whose comeback is announced. */
    const gone = new WeakSet<MediaStream>();
    wrapMethod(proto, 'getRemoteStreams', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      return (native.apply(this, args) as MediaStream[]).filter(isLive);
    });
    wrapSignalingMethod(ctx, 'setRemoteDescription', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const pc = this as LegacyPC;
      const before = pc instanceof proto.constructor ? remoteStreamsOf(pc) : [];
      return Promise.resolve(native.apply(this, args)).then((result) => {
        // No event on a closed connection.
        if (pc.signalingState === 'closed') return result;
        const after = pc.getRemoteStreams();
        for (const stream of before) if (after.indexOf(stream) < 0 && gone.add(stream)) fireEvent(win, pc, 'removestream', { stream });
        for (const stream of after) if (gone.delete(stream)) fireEvent(win, pc, 'addstream', { stream });
        return result;
      });
    });
    defineEventHandler(proto, 'removestream', this.name);
    defineEventHandler(proto, 'addstream', this.name);
  },
};
