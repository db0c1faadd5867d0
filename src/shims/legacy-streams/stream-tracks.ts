/**
 * addStream(stream) sends the stream's tracks "as long as they are part of the stream" (the legacy
 * API, https://w3c.github.io/webrtc-pc/archives/20171002/webrtc.html#legacy-interface-extensions):
 * `stream.addTrack(track)` later adds a sender, `stream.removeTrack(track)` removes it, and the
 * next negotiation carries the change (negotiationneeded fires as for addTrack/removeTrack).
 * Chromium does (measured in 73, 92, 123, 156: test/e2e/stream-tracks.e2e.js); Firefox 153
 * ignores both, and where addStream is rtcshim's own (add-stream, Safari) nothing would. Seeing it
 * needs a live connection and a stream, so the behaviour test is the engine family, or our own
 * addStream. Only streams given to addStream are followed; a connection that is closed is skipped.
 */
import { markOf } from '../../patch/mark';
import { wrapMethod } from '../../patch/wrap-method';
import { LEGACY_SPEC } from '../../streams/legacy';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

/** The connections each stream was given to with addStream. */
const givenTo = new WeakMap<object, RTCPeerConnection[]>();

function follow(stream: object, change: (pc: RTCPeerConnection) => void): void {
  const pcs = givenTo.get(stream);
  if (!pcs) return;
  for (const pc of pcs) {
    if (pc.signalingState === 'closed') continue;
    try {
      change(pc);
    } catch {
      // The engine refused (e.g. a track it already sends through another stream): the stream
      // change itself has happened and must not throw because of a connection.
    }
  }
}

export const shim: Shim = {
  name: 'stream-tracks',
  area: 'legacy-streams',
  reason: 'tracks added to or removed from a stream after addStream must be sent or stopped (' + LEGACY_SPEC + ')',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window) as (RTCPeerConnection & { addStream?: unknown }) | null;
    const Stream = ctx.window.MediaStream;
    if (!proto || typeof proto.addStream !== 'function' || typeof proto.addTrack !== 'function' || typeof Stream !== 'function') return false;
    if (markOf(proto.addStream)?.tag === 'add-stream') return 'addStream is add-stream\'s: it follows no stream';
    return ctx.browser.engine === 'gecko' ? 'Gecko sends no track added to a stream after addStream' : false;
  },
  install(ctx) {
    const win = ctx.window;
    const proto = peerConnectionPrototype(win)!;
    const streamProto = win.MediaStream!.prototype;
    wrapMethod(proto, 'addStream', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const result = native.apply(this, args);
      const stream = args[0] as object;
      const pcs = givenTo.get(stream) ?? [];
      if (pcs.indexOf(this as RTCPeerConnection) < 0) givenTo.set(stream, pcs.concat(this as RTCPeerConnection));
      return result;
    });
    if (typeof (proto as { removeStream?: unknown }).removeStream === 'function') {
      wrapMethod(proto, 'removeStream', this.name, (native) => function (this: unknown, ...args: unknown[]) {
        const result = native.apply(this, args);
        const stream = args[0] as object;
        const pcs = givenTo.get(stream);
        if (pcs) givenTo.set(stream, pcs.filter((pc) => pc !== this));
        return result;
      });
    }
    wrapMethod(streamProto, 'addTrack', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const result = native.apply(this, args);
      const track = args[0] as MediaStreamTrack;
      const stream = this as MediaStream;
      follow(stream, (pc) => {
        if (!pc.getSenders().some((s) => s.track === track)) pc.addTrack(track, stream);
      });
      return result;
    });
    wrapMethod(streamProto, 'removeTrack', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const result = native.apply(this, args);
      const track = args[0];
      follow(this as object, (pc) => {
        for (const sender of pc.getSenders()) if (sender.track === track) pc.removeTrack(sender);
      });
      return result;
    });
  },
};
