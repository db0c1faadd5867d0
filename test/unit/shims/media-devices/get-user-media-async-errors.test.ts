import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/media-devices/get-user-media-async-errors';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

type LegacyGum = (c: unknown, ok: unknown, fail: unknown) => void;

describe('get-user-media-async-errors', () => {
  it('is not needed in Firefox (mozGetUserMedia fails asynchronously), Safari or WebKitGTK; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.firefox153, engines.firefox40PrefixedOnly, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('in Chromium, getUserMedia({}) and webkitGetUserMedia(undefined) call the failure callback later with a TypeError', async () => {
    for (const engine of [engines.chromium156, engines.chromium73, engines.chrome45CallbackOnly]) {
      const win = fakeWindow(engine);
      const nav = win.navigator as Record<string, LegacyGum>;
      const names = ['getUserMedia', 'webkitGetUserMedia'].filter((n) => n in nav);
      assert.throws(() => nav[names[0]!]!({}, () => {}, () => {}), TypeError, 'the fake models the native throw');
      assert.ok(installIfNeeded(shim, win));
      for (const name of names) {
        for (const constraints of [{}, undefined, { audio: false, video: false }]) {
          let sync = true;
          const error = await new Promise((resolve, reject) => {
            nav[name]!(constraints, () => reject(new Error('success')), (e: unknown) => resolve([sync, e]));
            sync = false;
          });
          assert.equal((error as unknown[])[0], false, name + ': asynchronously');
          assert.ok((error as unknown[])[1] instanceof TypeError, name);
        }
      }
      // Captures still work through the wrapper.
      const [outcome] = await new Promise<unknown[]>((resolve) => nav[names[0]!]!({ video: true }, () => resolve(['success']), () => resolve(['failure'])));
      assert.equal(outcome, 'success');
    }
  });

  it('callbacks that are not functions still throw a TypeError (WebIDL)', () => {
    const win = fakeWindow(engines.chromium156);
    installIfNeeded(shim, win);
    const nav = win.navigator as Record<string, LegacyGum>;
    assert.throws(() => nav.getUserMedia!({}, 'x', () => {}), TypeError);
    assert.throws(() => nav.getUserMedia!({}, () => {}, 5), TypeError);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
