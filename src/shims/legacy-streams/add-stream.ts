/**
 * The legacy stream API on an engine that has only tracks (Safari never shipped it):
 * `addStream`, `getLocalStreams`, `getRemoteStreams`, `onaddstream`
 * (https://w3c.github.io/webrtc-pc/archives/20171002/webrtc.html#legacy-interface-extensions).
 * addStream is addTrack(track, stream) for each track not sent yet, so adding a stream twice adds
 * nothing. A local stream is listed while a sender that was given it (by addStream or
 * addTrack(track, stream); not addTransceiver's `streams`) sends a track, so it leaves with
 * removeTrack/removeStream. Remote streams come from the engine's track events (one stream object
 * per id), each announced once by `addstream`; one whose tracks all left is not listed, and its
 * `removestream` (and its `addstream` when tracks come back) are remove-stream-event's, as in
 * Firefox. Track events fire only inside setRemoteDescription, so the listener is added before a
 * connection's first description (hookConnections): no constructor replacement. Behaviour test: addTrack without addStream.
 */
import { checkStream, isLive, lacks, LEGACY_SPEC } from '../../streams/legacy';
import { hookConnections } from '../../patch/connection-hook';
import { defineEventHandler } from '../../patch/event-handler';
import { fireEvent } from '../../patch/fire-event';
import { privateState } from '../../patch/private-state';
import { addMethod, wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

type PC = RTCPeerConnection;

/** The streams given to addTrack, per sender. */
const senderStreams = privateState<RTCRtpSender, unknown[]>(() => []);
/** The remote streams seen in track events, per connection (made at its first setRemoteDescription). */
const remote = privateState<PC, MediaStream[]>(() => []);

export const shim: Shim = {
  name: 'add-stream',
  area: 'legacy-streams',
  reason: 'legacy addStream & co. on tracks (' + LEGACY_SPEC + ')',
  needed: (ctx) => lacks(ctx, 'addTrack', 'addStream'),
  install(ctx) {
    const win = ctx.window;
    const proto = peerConnectionPrototype(win)!;
    const name = this.name;
    wrapMethod(proto, 'addTrack', name, (native) => function (this: unknown, ...args: unknown[]) {
      const sender = native.apply(this, args) as RTCRtpSender;
      // A sender reused by a later addTrack carries that call's streams only.
      senderStreams.get(sender).splice(0, Infinity, ...args.slice(1));
      return sender;
    });
    addMethod(proto, 'addStream', name, function (this: unknown, stream: unknown) {
      const pc = this as PC;
      const sent: unknown[] = pc.getSenders().map((s) => s.track);
      for (const track of checkStream(win, pc, stream).getTracks()) if (sent.indexOf(track) < 0) pc.addTrack(track, stream as MediaStream);
    }, 1);
    addMethod(proto, 'getLocalStreams', name, function (this: unknown) {
      const out: unknown[] = [];
      for (const sender of (this as PC).getSenders()) {
        if (sender.track) for (const s of senderStreams.peek(sender) ?? []) if (out.indexOf(s) < 0) out.push(s);
      }
      return out;
    }, 0);
    addMethod(proto, 'getRemoteStreams', name, function (this: unknown) {
      return (remote.peek(this as PC) ?? []).filter(isLive);
    }, 0);
    hookConnections(ctx, name, (pc) => {
      const seen = remote.get(pc);
      pc.addEventListener('track', (event) => {
        for (const stream of (event as RTCTrackEvent).streams) {
          if (seen.indexOf(stream) < 0) {
            seen.push(stream);
            fireEvent(win, pc, 'addstream', { stream });
          }
        }
      });
    });
    defineEventHandler(proto, 'addstream', name);
  },
};
