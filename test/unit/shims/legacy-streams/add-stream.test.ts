import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/legacy-streams/add-stream';
import { engines } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched } from '../../../support/context';
import { negotiate, streamsSetup } from '../../../support/streams';

type StreamEvent = Event & { stream: MediaStream };

describe('add-stream', () => {
  it('is not needed where the engine has addStream, or has no tracks to build it on; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.chromium73, engines.firefox33CallbackOnly, engines.chrome45CallbackOnly]);
  });

  it('Safari: addStream sends each track with the stream; twice adds nothing', () => {
    const { a, av, applied } = streamsSetup(engines.safari17PromiseOnly);
    assert.deepEqual(applied, ['add-stream', 'remove-stream', 'remove-stream-event', 'get-stream-by-id', 'stream-tracks']);
    const stream = av();
    assert.deepEqual(a.getLocalStreams(), []);
    a.addStream(stream);
    assert.equal(a.addStream.length, 1);
    assert.deepEqual(a.getSenders().map((s) => s.track), stream.getTracks());
    assert.deepEqual(a.getLocalStreams(), [stream]);
    a.addStream(stream);
    assert.equal(a.getSenders().length, 2);
    assert.deepEqual(a.getLocalStreams(), [stream]);
  });

  it('Safari: addTrack(track, stream) lists the stream; removeTrack of its last track unlists it', () => {
    const { a, av, Track } = streamsSetup(engines.safari17PromiseOnly, 'add-stream');
    const stream = av();
    const [audio, video] = stream.getTracks() as [MediaStreamTrack, MediaStreamTrack];
    const s1 = a.addTrack(audio, stream);
    a.addTrack(new Track('audio'));
    assert.deepEqual(a.getLocalStreams(), [stream], 'a track without a stream adds none');
    a.addStream(stream);
    assert.deepEqual(a.getSenders().map((s) => s.track)[2], video, 'addStream adds the track not sent yet');
    a.removeTrack(s1);
    assert.deepEqual(a.getLocalStreams(), [stream]);
    a.removeTrack(a.getSenders()[2]!);
    assert.deepEqual(a.getLocalStreams(), []);
    const other = av();
    a.addTrack(audio, other);
    assert.deepEqual(a.getLocalStreams(), [other], 'a reused sender carries only its new streams');
  });

  it('Safari: TypeError for a non-stream, InvalidStateError on a closed connection', () => {
    const { a, av } = streamsSetup(engines.safari17PromiseOnly, 'add-stream');
    for (const bad of [{}, null, undefined]) assert.throws(() => a.addStream(bad as MediaStream), TypeError);
    a.close();
    assert.throws(() => a.addStream(av()), { name: 'InvalidStateError' });
    assert.equal(a.getSenders().length, 0);
  });

  it('Safari: remote streams once per id, each announced once by addstream; again after all its tracks left and came back', async () => {
    const { a, b, av, Stream } = streamsSetup(engines.safari17PromiseOnly);
    const x = av();
    const y = new Stream([x.getAudioTracks()[0]!]);
    const handled: StreamEvent[] = [];
    const listened: MediaStream[] = [];
    assert.equal(b.onaddstream, null);
    b.onaddstream = (e) => handled.push(e);
    b.addEventListener('addstream', (e) => listened.push((e as StreamEvent).stream));
    assert.deepEqual(b.getRemoteStreams(), []);
    for (const t of x.getTracks()) a.addTrack(t, ...(t.kind === 'audio' ? [x, y] : [x]));
    await negotiate(a, b);
    const remote = b.getRemoteStreams();
    assert.deepEqual(remote.map((s) => s.id), [x.id, y.id]);
    assert.deepEqual(handled.map((e) => e.stream), remote);
    assert.deepEqual(listened, remote);
    assert.equal(remote[0]!.getTracks().length, 2);
    await negotiate(a, b);
    assert.equal(handled.length, 2, 'nothing new on renegotiation');
    const senders = a.getSenders();
    for (const s of senders) a.removeTrack(s);
    await negotiate(a, b);
    assert.deepEqual(b.getRemoteStreams(), []);
    for (const t of x.getTracks()) a.addTrack(t, x);
    await negotiate(a, b);
    assert.deepEqual(b.getRemoteStreams().map((s) => s.id), [x.id]);
    assert.equal(handled.length, 3);
    assert.equal(handled[2]!.stream.id, x.id);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.safari17PromiseOnly));
});
