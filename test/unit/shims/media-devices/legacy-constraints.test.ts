import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { specConstraints } from '../../../../src/constraints/legacy';
import { shim } from '../../../../src/shims/media-devices/legacy-constraints';
import { chromiumUserAgent, engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, contextFor, installIfNeeded } from '../../../support/context';

const all = null; // no getSupportedConstraints: every name is known
const LEGACY = {
  video: { mandatory: { minWidth: 320, maxWidth: 640, minFrameRate: 10, sourceId: 'cam' }, optional: [{ facingMode: 'user' }, { minHeight: 240 }] },
  audio: { mandatory: { echoCancellation: false, googEchoCancellation: true }, optional: [{ googNoiseSuppression: false }, { googAutoGainControl: false }] },
};

describe('constraints/legacy specConstraints', () => {
  it('maps mandatory to required and optional to ideal, without touching the argument', () => {
    const input = JSON.parse(JSON.stringify(LEGACY)) as typeof LEGACY;
    assert.deepEqual(specConstraints(input, all, () => assert.fail('nothing dropped')), {
      video: { width: { min: 320, max: 640 }, frameRate: { min: 10 }, deviceId: { exact: 'cam' }, facingMode: 'user', height: 240 },
      audio: { echoCancellation: { exact: false }, noiseSuppression: false, autoGainControl: false },
    });
    assert.deepEqual(input, LEGACY);
  });

  it('returns spec constraints, booleans and non-objects as they are', () => {
    for (const c of [{ video: { width: { min: 320 } }, audio: true }, { video: true }, {}, undefined, null, 5]) {
      assert.equal(specConstraints(c, all, () => {}), c);
    }
  });

  it('drops keys the engine does not support, telling which; leaves chromeMediaSource constraints alone', () => {
    const dropped: string[] = [];
    const out = specConstraints({ video: { mandatory: { fooBar: 1, minWidth: 2, googHighpassFilter: true } } }, { width: true }, (k) => dropped.push(k));
    assert.deepEqual(out, { video: { width: { min: 2 } } });
    assert.deepEqual(dropped, ['fooBar', 'googHighpassFilter']);
    const screen = { video: { mandatory: { chromeMediaSource: 'screen', maxWidth: 1920 } } };
    assert.equal(specConstraints(screen, all, () => {}), screen);
  });
});

describe('legacy-constraints', () => {
  it('is not needed in Chromium to 131 (it honours the legacy shape, goog names included); leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium73, { ...engines.chromium156, userAgent: chromiumUserAgent(131) }]);
  });

  it('in Chromium 156 (goog names ignored from 132), every capture call passes spec constraints', async () => {
    const win = fakeWindow(engines.chromium156);
    const nav = win.navigator as unknown as Record<string, (c: unknown, ok?: unknown, fail?: unknown) => unknown> & { mediaDevices: { getUserMedia: (c: unknown) => Promise<unknown> } };
    const seen: unknown[] = [];
    for (const name of ['getUserMedia', 'webkitGetUserMedia']) {
      const native = nav[name]!;
      nav[name] = (c: unknown, ok: unknown, fail: unknown) => (seen.push(c), native(c, ok, fail));
    }
    const native = nav.mediaDevices.getUserMedia;
    nav.mediaDevices.getUserMedia = (c: unknown) => (seen.push(c), native(c));
    assert.ok(installIfNeeded(shim, win));
    const legacy = { audio: { mandatory: { googEchoCancellation: false }, optional: [{ googNoiseSuppression: false }] } };
    const spec = { audio: { echoCancellation: { exact: false }, noiseSuppression: false } };
    await nav.mediaDevices.getUserMedia(legacy);
    for (const name of ['getUserMedia', 'webkitGetUserMedia']) await new Promise((resolve, reject) => nav[name]!(legacy, resolve, reject));
    assert.deepEqual(seen, [spec, spec, spec]);
  });

  it('in Firefox and WebKit, mediaDevices.getUserMedia and mozGetUserMedia pass spec constraints to the engine', async () => {
    for (const engine of [engines.firefox153, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]) {
      const win = fakeWindow(engine);
      const nav = win.navigator as Record<string, unknown> & { mediaDevices: { getUserMedia: (c: unknown) => Promise<unknown> } };
      const seen: unknown[] = [];
      const native = nav.mediaDevices.getUserMedia;
      nav.mediaDevices.getUserMedia = (c: unknown) => (seen.push(c), native(c));
      const moz = nav.mozGetUserMedia as ((c: unknown, ok: unknown, fail: unknown) => void) | undefined;
      if (moz) nav.mozGetUserMedia = (c: unknown, ok: unknown, fail: unknown) => (seen.push(c), moz(c, ok, fail));
      const warned: string[] = [];
      const ctx = { ...contextFor(win), log: { log() {}, warn() {}, deprecated: (key: string) => void warned.push(key) } };
      assert.ok(shim.needed(ctx), engine.userAgent);
      shim.install(ctx);
      const legacy = { video: { mandatory: { maxWidth: 640, sourceId: 'cam', bogus: 1 } } };
      await nav.mediaDevices.getUserMedia(legacy);
      assert.deepEqual(seen.pop(), { video: { width: { max: 640 }, deviceId: { exact: 'cam' } } });
      const spec = { video: { width: 320 } };
      await nav.mediaDevices.getUserMedia(spec);
      assert.equal(seen.pop(), spec, 'spec constraints pass untouched');
      if (moz) {
        await new Promise((resolve, reject) => (nav.mozGetUserMedia as (c: unknown, ok: unknown, fail: unknown) => void)(legacy, resolve, reject));
        assert.deepEqual(seen.pop(), { video: { width: { max: 640 }, deviceId: { exact: 'cam' } } });
      }
      assert.deepEqual(legacy, { video: { mandatory: { maxWidth: 640, sourceId: 'cam', bogus: 1 } } });
      assert.deepEqual(warned, moz ? ['constraint bogus', 'constraint bogus'] : ['constraint bogus']);
    }
  });

  it('installed twice is the same as once', () => {
    assertIdempotent(shim, engines.firefox153);
    assertIdempotent(shim, engines.chromium156);
  });
});
