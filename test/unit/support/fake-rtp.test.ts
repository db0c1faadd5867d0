// The fake windows' RTP model (test/support/fake-rtp.ts) behaves as the spec says, so that shim
// tests built on it test the shims and not a stub.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engines, fakeWindow, type FakeEngine } from '../../support/fake-window';

type PC = RTCPeerConnection;

function setup(engine: FakeEngine = engines.safari17PromiseOnly) {
  const win = fakeWindow(engine);
  const PCtor = win.RTCPeerConnection as typeof RTCPeerConnection;
  const Stream = win.MediaStream as typeof MediaStream;
  const Track = win.MediaStreamTrack as unknown as new (kind: string) => MediaStreamTrack;
  return { win, pc1: new PCtor(), pc2: new PCtor(), Stream, Track };
}

async function negotiate(offerer: PC, answerer: PC): Promise<void> {
  await offerer.setLocalDescription(await offerer.createOffer());
  await answerer.setRemoteDescription(offerer.localDescription!);
  await answerer.setLocalDescription(await answerer.createAnswer());
  await offerer.setRemoteDescription(answerer.localDescription!);
}

function trackEvents(pc: PC): RTCTrackEvent[] {
  const events: RTCTrackEvent[] = [];
  pc.addEventListener('track', (e) => events.push(e as RTCTrackEvent));
  return events;
}

describe('fake RTP model', () => {
  it('addTrack makes a sender and a transceiver; the remote side gets one track event per track, with one stream object per id', async () => {
    const { pc1, pc2, Stream, Track } = setup();
    const audio = new Track('audio');
    const video = new Track('video');
    const stream = new Stream([audio, video]);
    const events = trackEvents(pc2);
    const sender = pc1.addTrack(audio, stream);
    pc1.addTrack(video, stream);
    assert.equal(sender.track, audio);
    assert.deepEqual(pc1.getSenders().map((s) => s.track), [audio, video]);
    assert.equal(pc1.getTransceivers().length, 2);
    await negotiate(pc1, pc2);
    assert.equal(events.length, 2);
    assert.deepEqual(events.map((e) => e.track.kind), ['audio', 'video']);
    assert.equal(events[0]!.streams[0]!.id, stream.id, 'the remote stream has the sender\'s stream id');
    assert.equal(events[0]!.streams[0], events[1]!.streams[0], 'one stream object per id');
    assert.deepEqual(events[0]!.streams[0]!.getTracks(), [events[0]!.track, events[1]!.track]);
    assert.equal(events[0]!.receiver.track, events[0]!.track);
    assert.equal(pc2.getReceivers().length, 2);
    await negotiate(pc1, pc2);
    assert.equal(events.length, 2, 'no second event for tracks already announced');
  });

  it('removeTrack and a new negotiation take the track out of the remote stream with removetrack', async () => {
    const { pc1, pc2, Stream, Track } = setup();
    const audio = new Track('audio');
    const stream = new Stream([audio]);
    const events = trackEvents(pc2);
    const sender = pc1.addTrack(audio, stream);
    await negotiate(pc1, pc2);
    const remote = events[0]!.streams[0]!;
    const removed: MediaStreamTrack[] = [];
    remote.addEventListener('removetrack', (e) => removed.push((e as MediaStreamTrackEvent).track));
    pc1.removeTrack(sender);
    assert.equal(sender.track, null);
    assert.equal(pc1.getTransceivers()[0]!.direction, 'recvonly');
    await negotiate(pc1, pc2);
    assert.deepEqual(removed, [events[0]!.track]);
    assert.deepEqual(remote.getTracks(), []);
  });

  it('errors as the spec names them: a track sent twice, a foreign sender, a closed connection, a non-track', () => {
    const { pc1, pc2, Track } = setup();
    const audio = new Track('audio');
    pc1.addTrack(audio);
    assert.throws(() => pc1.addTrack(audio), { name: 'InvalidAccessError' });
    const foreign = pc2.addTrack(new Track('audio'));
    assert.throws(() => pc1.removeTrack(foreign), { name: 'InvalidAccessError' });
    assert.throws(() => pc1.addTrack({} as MediaStreamTrack), TypeError);
    pc1.close();
    assert.throws(() => pc1.addTrack(new Track('video')), { name: 'InvalidStateError' });
  });

  it('addTransceiver(kind, {direction}) and getUserMedia give what the constraints ask', async () => {
    const { win, pc1, pc2 } = setup(engines.chromium156);
    const t = pc1.addTransceiver('video', { direction: 'recvonly' });
    assert.equal(t.direction, 'recvonly');
    assert.equal(t.sender.track, null);
    const events = trackEvents(pc2);
    await negotiate(pc1, pc2);
    assert.equal(events.length, 0, 'a recvonly offer sends nothing');
    const stream = await (win.navigator as { mediaDevices: MediaDevices }).mediaDevices.getUserMedia({ audio: true, video: true });
    assert.deepEqual(stream.getTracks().map((track) => track.kind), ['audio', 'video']);
  });

  it('engines before addTrack have none of the RTP API', () => {
    const win = fakeWindow(engines.chrome45CallbackOnly);
    const proto = (win.webkitRTCPeerConnection as typeof RTCPeerConnection).prototype as unknown as Record<string, unknown>;
    assert.equal('addTrack' in proto, false);
    assert.equal('getTransceivers' in proto, false);
  });
});
