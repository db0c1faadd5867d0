/** Helpers for the legacy-streams shim tests: two connections of one fake window, and streams. */
import { installIfNeeded } from './context';
import { fakeWindow, type FakeEngine } from './fake-window';
import { registry } from '../../src/registry';
import type { ShimWindow } from '../../src/types';

export type LegacyPC = RTCPeerConnection & {
  addStream(stream: MediaStream): void;
  removeStream(stream: MediaStream): void;
  getLocalStreams(): MediaStream[];
  getRemoteStreams(): MediaStream[];
  getStreamById(id: string): MediaStream | null;
  onaddstream: ((e: Event & { stream: MediaStream }) => void) | null;
  onremovestream: ((e: Event & { stream: MediaStream }) => void) | null;
};

/** Installs, in registry order, every shim of the legacy-streams area the engine needs, up to `last`. */
export function installStreamShims(win: ShimWindow, last?: string): string[] {
  const found: string[] = [];
  for (const shim of registry) {
    if (shim.area !== 'legacy-streams') continue;
    if (installIfNeeded(shim, win)) found.push(shim.name);
    if (shim.name === last) break;
  }
  return found;
}

export function streamsSetup(engine: FakeEngine, last?: string) {
  const win = fakeWindow(engine);
  const applied = installStreamShims(win, last);
  const PC = win.RTCPeerConnection as unknown as new () => LegacyPC;
  const Stream = win.MediaStream as typeof MediaStream;
  const Track = win.MediaStreamTrack as unknown as new (kind: string) => MediaStreamTrack;
  const av = (): MediaStream => new Stream([new Track('audio'), new Track('video')]);
  return { win, applied, a: new PC(), b: new PC(), PC, Stream, Track, av };
}

export async function negotiate(offerer: RTCPeerConnection, answerer: RTCPeerConnection): Promise<void> {
  await offerer.setLocalDescription(await offerer.createOffer());
  await answerer.setRemoteDescription(offerer.localDescription!);
  await answerer.setLocalDescription(await answerer.createAnswer());
  await offerer.setRemoteDescription(answerer.localDescription!);
}
