/**
 * What the legacy stream members share (https://w3c.github.io/webrtc-pc/archives/20171002/webrtc.html#legacy-interface-extensions,
 * https://www.w3.org/TR/2015/WD-webrtc-20150210/#interface-definition): one model on top of
 * tracks. A remote stream is listed while the remote side sends at least one of its tracks, as
 * Chromium lists it; Firefox keeps listing a stream whose tracks were all removed.
 */
import { specError } from '../patch/legacy-callbacks';
import type { Finding, ShimContext, ShimWindow } from '../types';
import { peerConnectionPrototype } from '../window';

/** Where the legacy members are specified (the reason of each shim links it). */
export const LEGACY_SPEC = 'https://w3c.github.io/webrtc-pc/archives/20171002/webrtc.html#legacy-interface-extensions';

/**
 * The behaviour test of the legacy-streams shims: the engine lacks `member` (so it never fires or
 * answers it) but has `base`, the member the shim builds it on.
 */
export function lacks(ctx: ShimContext, base: string, member: string): Finding {
  const proto = peerConnectionPrototype(ctx.window);
  return proto && typeof (proto as unknown as Record<string, unknown>)[base] === 'function' && !(member in proto) ? 'no ' + member : false;
}

/** A connection with the legacy members (lib.dom has none of them). */
export interface LegacyPC extends RTCPeerConnection {
  getLocalStreams(): MediaStream[];
  getRemoteStreams(): MediaStream[];
}

/** The argument check of addStream/removeStream: WebIDL's TypeError first, then a closed connection. */
export function checkStream(win: ShimWindow, pc: RTCPeerConnection, stream: unknown): MediaStream {
  const Stream = win.MediaStream;
  if (!Stream || !(stream instanceof Stream)) throw new TypeError('not a MediaStream');
  if (pc.signalingState === 'closed') throw specError(win, 'InvalidStateError', 'closed');
  return stream;
}

export const isLive = (stream: MediaStream): boolean => stream.getTracks().length > 0;

/** `pc.getRemoteStreams()`, or none on a closed connection (Firefox's throws there). */
export const remoteStreamsOf = (pc: LegacyPC): MediaStream[] =>
  pc.signalingState === 'closed' ? [] : pc.getRemoteStreams();

/**
 * The streams of `streams` that `pc` still sends a track of: a local stream leaves
 * getLocalStreams() with its last track (removeTrack, removeStream), as in Chromium.
 */
export function sentStreams(pc: RTCPeerConnection, streams: MediaStream[]): MediaStream[] {
  const sent: unknown[] = pc.getSenders().map((s) => s.track);
  return streams.filter((s) => s.getTracks().some((t) => sent.indexOf(t) >= 0));
}
