// A strict app that uses the legacy members rtcshim adds, WITHOUT casts (issue 10). Type-checked
// only (never run: Node has no RTCPeerConnection) by test/unit/types.test.ts, against the published
// types, which declare them (types/legacy-globals.d.ts, copied to dist/types by scripts/types.mjs).
import adapter from 'rtcshim';
import { createAdapter, type AdapterOptions } from 'rtcshim/factory';

const options: AdapterOptions = { window, enable: [], disable: ['prefixed-aliases'] };
const browser: string = adapter.browserDetails.browser + String(createAdapter(options).browserDetails.version);

export async function legacyCall(stream: MediaStream, video: HTMLVideoElement): Promise<string> {
  const Constructor = window.RTCPeerConnection || window.webkitRTCPeerConnection || window.mozRTCPeerConnection;
  const pc = new Constructor({ iceServers: [] });
  pc.onaddstream = (event) => {
    video.mozSrcObject = event.stream;
  };
  pc.addStream(stream);
  const locals: MediaStream[] = pc.getLocalStreams();
  const remotes: MediaStream[] = pc.getRemoteStreams();
  const byId: MediaStream | null = pc.getStreamById(stream.id);
  const dtmf: RTCDTMFSender = RTCPeerConnection.prototype.createDTMFSender.call(pc, stream.getAudioTracks()[0]!);
  dtmf.insertDTMF('1');
  pc.removeStream(stream);
  navigator.getUserMedia(
    { audio: true },
    (s) => s.stop(),
    (e) => e.name,
  );
  await pc.createOffer({ offerToReceiveAudio: true });
  return browser + locals.length + remotes.length + String(byId);
}
