import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/legacy-streams/remove-stream';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, contextFor, surface, assertSameSurface } from '../../../support/context';
import { streamsSetup, type LegacyPC } from '../../../support/streams';

describe('remove-stream', () => {
  it('is not needed where the engine has removeStream, or no removeTrack to build it on; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.firefox33CallbackOnly, engines.chrome45CallbackOnly]);
  });

  it('the Firefox model keeps listing a stream whose tracks it no longer sends (what the shim fixes)', () => {
    const { a, av } = streamsSetup(engines.firefox153, 'add-stream');
    const stream = av();
    a.addStream(stream);
    for (const sender of a.getSenders()) a.removeTrack(sender);
    assert.deepEqual(a.getLocalStreams(), [stream]);
  });

  for (const [name, engine] of [['Firefox', engines.firefox153], ['Safari (with add-stream)', engines.safari17PromiseOnly]] as const) {
    it(name + ': removes the senders of the stream\'s tracks, and the stream from getLocalStreams()', () => {
      const { a, av, applied } = streamsSetup(engine);
      assert.ok(applied.includes('remove-stream'));
      const stream = av();
      const other = av();
      a.addStream(stream);
      a.addStream(other);
      assert.equal(a.removeStream.length, 1);
      a.removeStream(stream);
      assert.deepEqual(a.getSenders().map((s) => s.track), [null, null, ...other.getTracks()]);
      assert.deepEqual(a.getLocalStreams(), [other]);
      assert.deepEqual(stream.getTracks().length, 2, 'the app\'s stream is not changed');
    });

    it(name + ': removing a stream never added is a no-op; also for streams given to addTrack', () => {
      const { a, av } = streamsSetup(engine);
      const stream = av();
      a.removeStream(av());
      for (const t of stream.getTracks()) a.addTrack(t, stream);
      a.removeStream(av());
      assert.equal(a.getSenders().filter((s) => s.track).length, 2);
      a.removeStream(stream);
      assert.equal(a.getSenders().filter((s) => s.track).length, 0);
      assert.deepEqual(a.getLocalStreams(), []);
    });

    it(name + ': TypeError for a non-stream, InvalidStateError on a closed connection', () => {
      const { a, av } = streamsSetup(engine);
      const stream = av();
      a.addStream(stream);
      for (const bad of [{}, null, undefined, stream.getTracks()[0]]) assert.throws(() => a.removeStream(bad as MediaStream), TypeError);
      a.close();
      assert.throws(() => a.removeStream(stream), { name: 'InvalidStateError' });
    });
  }

  describe('a page script\'s removeStream (adapter.js 9 loaded first, in Firefox)', () => {
    /**
     * Firefox with adapter.js's removeStream (removeTrack for each sender of the stream's tracks,
     * as webrtc-adapter 9.0.6 defines it) and the engine's own getLocalStreams: a Proxy of the fake's
     * function reads as `[native code]`, as a real engine method does.
     */
    const firefoxWithScriptRemoveStream = (ownGetLocalStreams = true) => {
      const win = fakeWindow(engines.firefox153);
      const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype as LegacyPC;
      if (ownGetLocalStreams) {
        Object.defineProperty(proto, 'getLocalStreams', { value: new Proxy(proto.getLocalStreams, {}), writable: true, enumerable: true, configurable: true });
      }
      const script = function removeStream(this: RTCPeerConnection, stream: MediaStream): void {
        for (const sender of this.getSenders()) if (sender.track && stream.getTracks().indexOf(sender.track) >= 0) this.removeTrack(sender);
      };
      proto.removeStream = script;
      return { win, proto, script };
    };

    it('is needed: the script\'s removeStream stays, getLocalStreams() stops listing the removed stream', () => {
      const { win, proto, script } = firefoxWithScriptRemoveStream();
      const ctx = contextFor(win);
      assert.match(String(shim.needed(ctx)), /page script/);
      shim.install(ctx);
      assert.equal(proto.removeStream, script, 'the script\'s removeStream is left as it was');
      const pc = new (win.RTCPeerConnection as unknown as new () => LegacyPC)();
      const Stream = win.MediaStream as typeof MediaStream;
      const Track = win.MediaStreamTrack as unknown as new (kind: string) => MediaStreamTrack;
      const stream = new Stream([new Track('audio')]);
      const other = new Stream([new Track('audio')]);
      pc.addStream(stream);
      pc.addStream(other);
      pc.removeStream(stream);
      assert.deepEqual(pc.getLocalStreams(), [other]);
    });

    it('the engine\'s model without the shim keeps the removed stream (what it fixes)', () => {
      const { win } = firefoxWithScriptRemoveStream();
      const pc = new (win.RTCPeerConnection as unknown as new () => LegacyPC)();
      const stream = new (win.MediaStream as typeof MediaStream)([new (win.MediaStreamTrack as unknown as new (kind: string) => MediaStreamTrack)('audio')]);
      pc.addStream(stream);
      pc.removeStream(stream);
      assert.deepEqual(pc.getLocalStreams(), [stream]);
    });

    it('not needed where getLocalStreams() is a script\'s too (adapter.js keeps both lists, as on Safari), or where removeStream is the engine\'s', () => {
      const { win } = firefoxWithScriptRemoveStream(false);
      const before = surface(win);
      assert.equal(shim.needed(contextFor(win)), false);
      assertSameSurface(before, surface(win));
      const native = fakeWindow(engines.firefox153);
      const proto = (native.RTCPeerConnection as typeof RTCPeerConnection).prototype as LegacyPC;
      Object.defineProperty(proto, 'getLocalStreams', { value: new Proxy(proto.getLocalStreams, {}), writable: true, enumerable: true, configurable: true });
      proto.removeStream = new Proxy(function removeStream(): void {}, {});
      assert.equal(shim.needed(contextFor(native)), false);
    });

    it('installed twice is the same as once', () => {
      const { win } = firefoxWithScriptRemoveStream();
      shim.install(contextFor(win));
      const once = surface(win);
      assert.equal(shim.needed(contextFor(win)), false, 'once installed, getLocalStreams() is ours: not needed again');
      shim.install(contextFor(win));
      assertSameSurface(once, surface(win));
    });
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
