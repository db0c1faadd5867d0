import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim as asyncErrors } from '../../../../src/shims/media-devices/get-user-media-async-errors';
import { shim } from '../../../../src/shims/media-devices/get-user-media-failure-optional';
import type { ShimWindow } from '../../../../src/types';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, contextFor, viaCallbacks } from '../../../support/context';

type Gum = (c: unknown, ok?: unknown, fail?: unknown) => unknown;

function install(win: ShimWindow): unknown[][] {
  // As the registry orders them: Chromium's synchronous TypeError for `{}` first becomes a failure.
  asyncErrors.install(contextFor(win));
  const warnings: unknown[][] = [];
  const ctx = { ...contextFor(win), log: { log() {}, warn: (...a: unknown[]) => void warnings.push(a), deprecated() {} } };
  assert.match(String(shim.needed(ctx)), /require the failure callback/);
  shim.install(ctx);
  return warnings;
}

describe('get-user-media-failure-optional', () => {
  it('is not needed where there is no legacy getUserMedia of its own (Firefox, Safari, WebKitGTK); leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.firefox153, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('is not needed where the failure callback is already optional (length 2)', () => {
    const win = fakeWindow(engines.chromium156);
    const nav = win.navigator as Record<string, unknown>;
    for (const name of ['getUserMedia', 'webkitGetUserMedia']) {
      const native = nav[name] as Gum;
      nav[name] = function (this: unknown, c: unknown, ok: unknown): unknown {
        return native.call(this, c, ok, () => {});
      };
    }
    assert.equal(shim.needed(contextFor(win)), false);
  });

  it('lets Chromium\'s getUserMedia and webkitGetUserMedia take a success callback alone', async () => {
    const win = fakeWindow(engines.chromium156);
    const nav = win.navigator as Record<string, Gum>;
    assert.throws(() => nav.getUserMedia!({ video: true }, () => {}), TypeError, 'the fake models Chromium');
    const names = [nav.getUserMedia!.name, nav.webkitGetUserMedia!.name];
    const warnings = install(win);
    for (const [i, name] of ['getUserMedia', 'webkitGetUserMedia'].entries()) {
      const stream = await new Promise((resolve) => nav[name]!.call(nav, { video: true }, resolve));
      assert.equal(typeof (stream as MediaStream).id, 'string', name);
      assert.equal(nav[name]!.length, 3, name + ' keeps its length');
      assert.equal(nav[name]!.name, names[i], name + ' keeps its name');
    }
    nav.getUserMedia!({}, () => assert.fail('success for bad constraints'));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(warnings.length, 1);
    assert.match(String(warnings[0]?.[0]), /getUserMedia/);
  });

  it('passes full calls and wrong callbacks to the engine unchanged', async () => {
    const win = fakeWindow(engines.chromium73);
    install(win);
    const nav = win.navigator as Record<string, Gum>;
    const [outcome] = await viaCallbacks((ok, fail) => nav.getUserMedia!({}, ok, fail));
    assert.equal(outcome, 'failure');
    assert.throws(() => nav.getUserMedia!({ video: true }, () => {}, 5), TypeError);
    assert.throws(() => nav.getUserMedia!({ video: true }), TypeError);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
