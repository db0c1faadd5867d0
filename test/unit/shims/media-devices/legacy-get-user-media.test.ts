import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/media-devices/legacy-get-user-media';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, contextFor, installIfNeeded, viaCallbacks } from '../../../support/context';

type LegacyGum = (c: unknown, ok: unknown, fail: unknown) => void;

describe('legacy-get-user-media', () => {
  it('is not needed where navigator.getUserMedia exists; leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73]);
  });

  it('is not needed (nothing to build on) without navigator.mediaDevices', () => {
    const win = fakeWindow(engines.firefox33CallbackOnly);
    assert.equal(installIfNeeded(shim, win), false);
  });

  it('adds navigator.getUserMedia(constraints, success, failure) in Firefox, Safari and WebKitGTK', async () => {
    for (const engine of [engines.firefox153, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]) {
      const win = fakeWindow(engine);
      assert.ok(installIfNeeded(shim, win));
      const nav = win.navigator as { getUserMedia: LegacyGum };
      assert.equal(nav.getUserMedia.length, 3);
      const [outcome, stream, returned] = await viaCallbacks((ok, fail) => nav.getUserMedia({ video: true }, ok, fail));
      assert.equal(outcome, 'success');
      assert.equal(typeof (stream as MediaStream).id, 'string');
      assert.equal(returned, undefined);
      const [failed, error] = await viaCallbacks((ok, fail) => nav.getUserMedia({}, ok, fail));
      assert.equal(failed, 'failure');
      assert.ok(error instanceof TypeError);
    }
  });

  it('throws TypeError synchronously for missing callbacks, like the WebIDL legacy method', () => {
    const win = fakeWindow(engines.firefox153);
    installIfNeeded(shim, win);
    const nav = win.navigator as { getUserMedia: LegacyGum };
    assert.throws(() => nav.getUserMedia({ video: true }, () => {}, 5), TypeError);
    assert.throws(() => nav.getUserMedia({ video: true }, undefined, () => {}), TypeError);
  });

  it('takes a success callback alone (the seed page\'s call); a failure then is a console warning', async () => {
    const win = fakeWindow(engines.firefox153);
    const warnings: unknown[][] = [];
    const ctx = { ...contextFor(win), log: { log() {}, warn: (...a: unknown[]) => void warnings.push(a), deprecated() {} } };
    assert.ok(shim.needed(ctx));
    shim.install(ctx);
    const nav = win.navigator as { getUserMedia: (c: unknown, ok: unknown, fail?: unknown) => void };
    const stream = await new Promise((resolve) => nav.getUserMedia({ video: true }, resolve));
    assert.equal(typeof (stream as MediaStream).id, 'string');
    let called = false;
    nav.getUserMedia({}, () => {
      called = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(called, false);
    assert.equal(warnings.length, 1);
    assert.ok(warnings[0]?.[1] instanceof TypeError);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
