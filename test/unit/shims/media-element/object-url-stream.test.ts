import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/media-element/object-url-stream';
import type { ShimWindow } from '../../../../src/types';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, contextFor, silentLogger } from '../../../support/context';

type Win = ShimWindow & { URL: typeof URL & { registered: Map<string, unknown> }; HTMLMediaElement: typeof HTMLMediaElement; MediaStream: typeof MediaStream };

function setup(warnings: string[] = []) {
  const win = fakeWindow(engines.chromium156) as unknown as Win;
  const ctx = { ...contextFor(win), log: { ...silentLogger, deprecated: (key: string) => warnings.push(key) } };
  assert.equal(shim.needed(ctx), 'URL.createObjectURL(MediaStream) throws');
  shim.install(ctx);
  const video = (): HTMLMediaElement => new win.HTMLMediaElement();
  return { win, video, stream: new win.MediaStream() };
}

describe('object-url-stream', () => {
  it('is not needed where createObjectURL takes a stream, or without media elements; leaves everything untouched', () => {
    assertNotNeededAndUntouched(shim, [engines.chrome45CallbackOnly, engines.firefox40PrefixedOnly, engines.firefox33CallbackOnly]);
    const win = fakeWindow(engines.chromium156);
    delete win.HTMLMediaElement;
    assert.equal(shim.needed(contextFor(win)), false);
  });

  it('the probe leaves no object URL behind', () => {
    const win = fakeWindow(engines.chromium156) as unknown as Win;
    shim.needed(contextFor(win));
    assert.equal(win.URL.registered.size, 0);
  });

  it('createObjectURL(stream) gives a unique blob: URL; element.src = url plays it as srcObject and reads back the URL', () => {
    const warnings: string[] = [];
    const { win, video, stream } = setup(warnings);
    const url = win.URL.createObjectURL(stream as unknown as Blob);
    assert.match(url, /^blob:/);
    assert.notEqual(win.URL.createObjectURL(stream as unknown as Blob), url);
    assert.equal(win.URL.registered.size, 0, 'the engine URL is revoked at once');
    const v = video();
    v.src = url;
    assert.equal(v.srcObject, stream);
    assert.equal(v.src, url);
    const w = video();
    w.setAttribute('SRC', url);
    assert.equal(w.srcObject, stream);
    assert.equal(w.getAttribute('src'), url);
    assert.deepEqual(warnings, ['createObjectURL', 'createObjectURL']);
  });

  it('another src detaches the stream it attached (srcObject would win), but not one the app set since', () => {
    const { win, video, stream } = setup();
    const url = win.URL.createObjectURL(stream as unknown as Blob);
    const v = video();
    v.src = url;
    v.src = 'movie.webm';
    assert.equal(v.srcObject, null);
    assert.equal(v.src, 'movie.webm');
    v.src = url;
    const own = new win.MediaStream();
    v.srcObject = own;
    v.setAttribute('src', 'other.webm');
    assert.equal(v.srcObject, own);
    v.setAttribute('title', url);
    assert.equal(v.srcObject, own);
  });

  it('revokeObjectURL releases it: a later assignment no longer attaches the stream', () => {
    const { win, video, stream } = setup();
    const url = win.URL.createObjectURL(stream as unknown as Blob);
    const playing = video();
    playing.src = url;
    win.URL.revokeObjectURL(url);
    assert.equal(playing.srcObject, stream, 'what plays keeps playing');
    const v = video();
    v.src = url;
    assert.equal(v.srcObject, null);
    assert.equal(v.src, url);
  });

  it('every other argument goes to the native functions as given', () => {
    const { win } = setup();
    const calls: unknown[][] = [];
    const spy = (fn: (...a: never[]) => unknown) => function (this: unknown, ...args: unknown[]) {
      calls.push([this, ...args]);
      return (fn as (...a: unknown[]) => unknown).apply(this, args);
    };
    // the wrappers call what they wrapped: spy on the native functions through a fresh install
    const win2 = fakeWindow(engines.chromium156) as unknown as Win;
    Object.assign(win2.URL, { createObjectURL: spy(win2.URL.createObjectURL), revokeObjectURL: spy(win2.URL.revokeObjectURL) });
    shim.install(contextFor(win2));
    const blob = new Blob(['x']);
    const url = win2.URL.createObjectURL(blob);
    assert.equal(win2.URL.registered.get(url), blob);
    win2.URL.revokeObjectURL(url);
    assert.throws(() => win2.URL.createObjectURL({} as Blob), TypeError);
    assert.deepEqual(calls, [[win2.URL, blob], [win2.URL, url], [win2.URL, {}]]);
    assert.equal(win.URL.createObjectURL.length, 1);
    assert.equal(win.URL.createObjectURL.name, 'createObjectURL');
  });

  it('a bad `this` is refused by the native setter before anything is attached', () => {
    const { win, stream } = setup();
    const url = win.URL.createObjectURL(stream as unknown as Blob);
    const set = Object.getOwnPropertyDescriptor(win.HTMLMediaElement.prototype, 'src')!.set!;
    const other = {};
    assert.throws(() => set.call(other, url), TypeError);
    assert.deepEqual(Object.keys(other), []);
  });

  it('installed twice is the same as once', () => {
    assertIdempotent(shim, engines.chromium156);
  });
});
