import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requireConstraints } from '../../../../src/constraints/to-require';
import { shim } from '../../../../src/shims/media-devices/spec-constraints-to-require';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

describe('constraints/to-require requireConstraints', () => {
  it('binding values go to require, wanted ones to advanced; the argument is not changed', () => {
    const input = {
      video: { width: { exact: 640 }, height: { min: 240, ideal: 480 }, frameRate: 30, facingMode: 'user', deviceId: 'cam', advanced: [{ aspectRatio: { min: 1.5 } }] },
      audio: { echoCancellation: false, deviceId: { exact: 'mic' } },
    };
    const copy = JSON.parse(JSON.stringify(input)) as typeof input;
    assert.deepEqual(requireConstraints(input), {
      video: {
        width: { min: 640, max: 640 },
        height: { min: 240 },
        deviceId: 'cam',
        require: ['width', 'height'],
        advanced: [{ aspectRatio: { min: 1.5 } }, { height: { min: 480, max: 480 } }, { frameRate: { min: 30, max: 30 } }, { facingMode: 'user' }],
      },
      audio: { echoCancellation: false, deviceId: 'mic', require: ['deviceId'] },
    });
    assert.deepEqual(input, copy);
  });

  it('returns booleans, legacy and already converted constraints, and non-objects as they are', () => {
    for (const c of [{ video: true, audio: true }, { video: { require: ['width'], width: { min: 1 } } }, { video: { mandatory: {} } }, { audio: { echoCancellation: true } }, {}, null, 5, undefined]) {
      assert.equal(requireConstraints(c), c);
    }
  });
});

describe('spec-constraints-to-require', () => {
  it('is not needed from Firefox 38 on, nor outside Gecko; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.firefox153, engines.firefox40PrefixedOnly, engines.chromium156, engines.chrome45CallbackOnly, engines.safari17PromiseOnly]);
  });

  it('in Firefox 33, mozGetUserMedia gets the require/advanced form', async () => {
    const win = fakeWindow(engines.firefox33CallbackOnly);
    const nav = win.navigator as unknown as Record<string, (c: unknown, ok: unknown, fail: unknown) => void>;
    const seen: unknown[] = [];
    const native = nav.mozGetUserMedia!;
    nav.mozGetUserMedia = (c, ok, fail) => (seen.push(c), native(c, ok, fail));
    assert.ok(installIfNeeded(shim, win));
    await new Promise((resolve, reject) => nav.mozGetUserMedia!({ video: { width: { exact: 320 } } }, resolve, reject));
    assert.deepEqual(seen.pop(), { video: { width: { min: 320, max: 320 }, require: ['width'] } });
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox33CallbackOnly));
});
