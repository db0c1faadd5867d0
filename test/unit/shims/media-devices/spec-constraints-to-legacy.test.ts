import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { legacyConstraints } from '../../../../src/constraints/to-legacy';
import { shim } from '../../../../src/shims/media-devices/spec-constraints-to-legacy';
import { engines, fakeWindow, UA } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, contextFor } from '../../../support/context';

const SPEC = {
  video: { width: { min: 320, ideal: 640 }, height: { exact: 240 }, frameRate: 30, deviceId: { exact: ['cam', 'other'] }, facingMode: { exact: 'user' }, advanced: [{ aspectRatio: 1.5 }] },
  audio: { echoCancellation: { exact: false }, noiseSuppression: false, autoGainControl: { ideal: true } },
};

describe('constraints/to-legacy legacyConstraints', () => {
  it('maps required values to mandatory and wanted ones to optional, without touching the argument', () => {
    const input = JSON.parse(JSON.stringify(SPEC)) as typeof SPEC;
    assert.deepEqual(legacyConstraints(input, () => assert.fail('nothing dropped')), {
      video: {
        mandatory: { minWidth: 320, minHeight: 240, maxHeight: 240, sourceId: 'cam' },
        optional: [{ minWidth: 640 }, { maxWidth: 640 }, { minFrameRate: 30 }, { maxFrameRate: 30 }, { facingMode: 'user' }, { minAspectRatio: 1.5 }, { maxAspectRatio: 1.5 }],
      },
      audio: { mandatory: { googEchoCancellation: false }, optional: [{ googNoiseSuppression: false }, { googAutoGainControl: true }] },
    });
    assert.deepEqual(input, SPEC);
  });

  it('returns legacy constraints, booleans and non-objects as they are', () => {
    for (const c of [{ video: { mandatory: { minWidth: 320 } }, audio: true }, { video: { optional: [] } }, { video: true }, {}, undefined, null, 5]) {
      assert.equal(legacyConstraints(c, () => {}), c);
    }
  });

  it('drops names the legacy shape has no word for, telling which', () => {
    const dropped: string[] = [];
    assert.deepEqual(legacyConstraints({ video: { resizeMode: 'none', width: { max: 800 }, advanced: [{ torch: true }] } }, (k) => dropped.push(k)), {
      video: { mandatory: { maxWidth: 800 }, optional: [] },
    });
    assert.deepEqual(dropped, ['resizeMode', 'torch']);
  });
});

describe('spec-constraints-to-legacy', () => {
  it('is not needed from Chrome 53 on, nor in Firefox or Safari; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.firefox153, engines.firefox40PrefixedOnly, engines.safari17PromiseOnly]);
  });

  it('in Chrome 45, webkitGetUserMedia (and the mediaDevices polyfill over it) gets legacy constraints', async () => {
    const win = fakeWindow(engines.chrome45CallbackOnly);
    const nav = win.navigator as unknown as Record<string, (c: unknown, ok: unknown, fail: unknown) => void>;
    const seen: unknown[] = [];
    const native = nav.webkitGetUserMedia!;
    nav.webkitGetUserMedia = (c, ok, fail) => (seen.push(c), native(c, ok, fail));
    const warned: string[] = [];
    const ctx = { ...contextFor(win), log: { log() {}, warn() {}, deprecated: (key: string) => void warned.push(key) } };
    assert.ok(shim.needed(ctx));
    shim.install(ctx);
    const spec = { video: { width: { exact: 320 }, bogus: 1 } };
    await new Promise((resolve, reject) => nav.webkitGetUserMedia!(spec, resolve, reject));
    assert.deepEqual(seen.pop(), { video: { mandatory: { minWidth: 320, maxWidth: 320 }, optional: [] } });
    const legacy = { video: { mandatory: { minWidth: 320 } } };
    await new Promise((resolve, reject) => nav.webkitGetUserMedia!(legacy, resolve, reject));
    assert.equal(seen.pop(), legacy, 'legacy constraints pass untouched');
    assert.deepEqual(spec, { video: { width: { exact: 320 }, bogus: 1 } });
    assert.deepEqual(warned, ['constraint bogus']);
  });

  it('wraps a native mediaDevices.getUserMedia too (Chrome 47 to 52)', async () => {
    const win = fakeWindow({ ...engines.chrome45CallbackOnly, userAgent: UA.chrome45.replace('45.0', '50.0'), mediaDevices: true });
    const devices = (win.navigator as { mediaDevices: { getUserMedia: (c: unknown) => Promise<unknown> } }).mediaDevices;
    const seen: unknown[] = [];
    const native = devices.getUserMedia;
    devices.getUserMedia = (c) => (seen.push(c), native(c));
    shim.install(contextFor(win));
    await devices.getUserMedia({ audio: { deviceId: 'mic' } });
    assert.deepEqual(seen.pop(), { audio: { mandatory: {}, optional: [{ sourceId: 'mic' }] } });
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chrome45CallbackOnly));
});
