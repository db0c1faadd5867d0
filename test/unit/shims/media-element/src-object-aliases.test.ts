import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/media-element/src-object-aliases';
import type { ShimWindow } from '../../../../src/types';
import { engines, fakeWindow } from '../../../support/fake-window';
import { contextFor, installIfNeeded, silentLogger } from '../../../support/context';

/** A window whose media elements have srcObject (an IDL attribute on the prototype), and `extra` members. */
function withMediaElements(extra: Record<string, PropertyDescriptor> = {}): ShimWindow & { HTMLMediaElement: typeof HTMLMediaElement } {
  const win = fakeWindow(engines.chromium156);
  const slots = new WeakMap<object, unknown>();
  class FakeMediaElement {}
  Object.defineProperty(FakeMediaElement.prototype, 'srcObject', {
    get(this: object) { return slots.get(this) ?? null; },
    set(this: object, value: unknown) { slots.set(this, value); },
    enumerable: true,
    configurable: true,
  });
  Object.defineProperties(FakeMediaElement.prototype, extra);
  return Object.assign(win, { HTMLMediaElement: FakeMediaElement as unknown as typeof HTMLMediaElement });
}

describe('src-object-aliases', () => {
  it('is not needed without media elements, or where both names exist; leaves the element untouched', () => {
    const bare = fakeWindow(engines.chromium156);
    delete bare.HTMLMediaElement;
    assert.equal(installIfNeeded(shim, bare), false);
    assert.equal(installIfNeeded(shim, fakeWindow(engines.chrome45CallbackOnly)), false, 'no srcObject');
    const both = withMediaElements({ mozSrcObject: { value: 1, configurable: true }, webkitSrcObject: { value: 2, configurable: true } });
    const before = Object.getOwnPropertyDescriptors(both.HTMLMediaElement.prototype);
    assert.equal(installIfNeeded(shim, both), false);
    assert.deepEqual(Object.getOwnPropertyDescriptors(both.HTMLMediaElement.prototype), before);
  });

  it('mozSrcObject and webkitSrcObject read and write srcObject, and warn once', () => {
    const win = withMediaElements();
    const warnings: string[] = [];
    const ctx = { ...contextFor(win), log: { ...silentLogger, deprecated: (key: string) => warnings.push(key) } };
    assert.equal(shim.needed(ctx), 'no mozSrcObject, webkitSrcObject');
    shim.install(ctx);
    const video = new win.HTMLMediaElement() as HTMLMediaElement & { mozSrcObject: unknown; webkitSrcObject: unknown };
    const stream = { id: 's' };
    video.mozSrcObject = stream;
    assert.equal(video.srcObject, stream);
    assert.equal(video.webkitSrcObject, stream);
    video.webkitSrcObject = null;
    assert.equal(video.srcObject, null);
    assert.deepEqual(warnings, ['mozSrcObject', 'webkitSrcObject']);
  });

  it('adds only the missing name (an engine that still has one keeps its own)', () => {
    const own = { get: () => 'native', configurable: true };
    const win = withMediaElements({ mozSrcObject: own });
    assert.ok(installIfNeeded(shim, win));
    assert.equal(Object.getOwnPropertyDescriptor(win.HTMLMediaElement.prototype, 'mozSrcObject')?.get, own.get);
    assert.ok(Object.getOwnPropertyDescriptor(win.HTMLMediaElement.prototype, 'webkitSrcObject')?.get);
  });

  it('installed twice is the same as once', () => {
    const win = withMediaElements();
    installIfNeeded(shim, win);
    const once = Object.getOwnPropertyDescriptors(win.HTMLMediaElement.prototype);
    shim.install(contextFor(win));
    assert.deepEqual(Object.getOwnPropertyDescriptors(win.HTMLMediaElement.prototype), once);
  });
});
