import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/media-devices/legacy-constraint-unknown-names';
import { chromiumUserAgent, engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, contextFor, viaCallbacks } from '../../../support/context';

type LegacyGum = (c: unknown, ok: unknown, fail: unknown) => void;
const UNKNOWN = { video: { mandatory: { minWidth: 320, fooBar: 1, facingMode: 'user' }, optional: [{ googNoiseReduction: true }] } };

describe('legacy-constraint-unknown-names', () => {
  it('is not needed from Chromium 106 on, nor in Firefox or WebKit; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, { ...engines.chromium156, userAgent: chromiumUserAgent(106) }, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('in Chromium 73, a request failing on an unknown mandatory name is made again in the spec shape, dropping it once with a warning', async () => {
    const win = fakeWindow(engines.chromium73);
    const nav = win.navigator as unknown as { getUserMedia: LegacyGum; webkitGetUserMedia: LegacyGum; mediaDevices: MediaDevices };
    const seen: unknown[] = [];
    const native = nav.mediaDevices.getUserMedia.bind(nav.mediaDevices);
    nav.mediaDevices.getUserMedia = (c?: MediaStreamConstraints) => (seen.push(c), native(c));
    await assert.rejects(nav.mediaDevices.getUserMedia(UNKNOWN as MediaStreamConstraints), { name: 'OverconstrainedError', constraint: 'fooBar' } as object);
    const warned: string[] = [];
    const ctx = { ...contextFor(win), log: { log() {}, warn() {}, deprecated: (key: string) => void warned.push(key) } };
    assert.ok(shim.needed(ctx));
    shim.install(ctx);
    const copy = JSON.stringify(UNKNOWN);
    seen.length = 0;
    const stream = await nav.mediaDevices.getUserMedia(UNKNOWN as MediaStreamConstraints);
    assert.equal(stream.getVideoTracks().length, 1);
    assert.equal(seen[0], UNKNOWN, 'the app\'s constraints first, as they are');
    assert.deepEqual(seen[1], { video: { width: { min: 320 }, facingMode: 'user' } });
    for (const name of ['getUserMedia', 'webkitGetUserMedia'] as const) {
      const [outcome] = await viaCallbacks((ok, fail) => nav[name](UNKNOWN, ok, fail));
      assert.equal(outcome, 'success', name);
    }
    assert.equal(JSON.stringify(UNKNOWN), copy, 'the caller\'s constraints are unchanged');
    assert.deepEqual([...new Set(warned)], ['constraint fooBar', 'constraint googNoiseReduction']);
  });

  it('other failures reach the app unchanged, the legacy failure callback only after the call returned', async () => {
    const win = fakeWindow(engines.chromium73);
    const nav = win.navigator as unknown as { webkitGetUserMedia: LegacyGum; mediaDevices: MediaDevices };
    shim.install(contextFor(win));
    await assert.rejects(nav.mediaDevices.getUserMedia({ video: { mandatory: { sourceId: 'nope' } } } as MediaStreamConstraints), { name: 'OverconstrainedError', constraint: 'deviceId' } as object);
    // An unknown name whose spec-shaped retry still fails: reported once, asynchronously.
    let returned = false;
    const errors: unknown[] = [];
    await new Promise<void>((resolve) => {
      nav.webkitGetUserMedia({ video: { mandatory: { fooBar: 1, sourceId: 'nope' } } }, () => assert.fail('succeeded'), (e: unknown) => {
        assert.ok(returned, 'after the call returned');
        errors.push(e);
        resolve();
      });
      returned = true;
    });
    assert.equal(errors.length, 1);
    assert.equal((errors[0] as { constraint: string }).constraint, 'deviceId');
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
