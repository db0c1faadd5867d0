import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/media-devices/media-stream-stop';
import { engines, fakeWindow } from '../../../support/fake-window';
import { contextFor, installIfNeeded, silentLogger } from '../../../support/context';

describe('media-stream-stop', () => {
  it('is not needed where MediaStream has stop() or there is no MediaStream', () => {
    const win = fakeWindow(engines.chromium156);
    const stop = function stop(): void {};
    Object.defineProperty((win.MediaStream as typeof MediaStream).prototype, 'stop', { value: stop, configurable: true, writable: true });
    assert.equal(installIfNeeded(shim, win), false);
    assert.equal(((win.MediaStream as typeof MediaStream).prototype as MediaStream & { stop: unknown }).stop, stop);
    assert.equal(installIfNeeded(shim, { navigator: { userAgent: 'x' } }), false);
  });

  it('stops every track of the stream, warns once, and brand-checks `this`', () => {
    const win = fakeWindow(engines.firefox153);
    const warnings: string[] = [];
    const ctx = { ...contextFor(win), log: { ...silentLogger, deprecated: (key: string) => warnings.push(key) } };
    assert.equal(shim.needed(ctx), 'MediaStream has no stop()');
    shim.install(ctx);
    const Track = win.MediaStreamTrack as unknown as new (kind: string) => MediaStreamTrack;
    const stream = new (win.MediaStream as typeof MediaStream)([new Track('audio'), new Track('video')]) as MediaStream & { stop(): void };
    assert.equal(stream.stop.length, 0);
    stream.stop();
    assert.deepEqual(stream.getTracks().map((t) => t.readyState), ['ended', 'ended']);
    assert.deepEqual(warnings, ['stream.stop']);
    assert.throws(() => stream.stop.call({}), TypeError);
  });

  it('installed twice is the same as once', () => {
    const win = fakeWindow(engines.firefox153);
    assert.ok(installIfNeeded(shim, win));
    const proto = (win.MediaStream as typeof MediaStream).prototype;
    const once = Object.getOwnPropertyDescriptor(proto, 'stop');
    shim.install(contextFor(win));
    assert.deepEqual(Object.getOwnPropertyDescriptor(proto, 'stop'), once);
  });
});
