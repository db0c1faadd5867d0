import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/media-devices/get-user-media-errors';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, viaCallbacks } from '../../../support/context';

type LegacyGum = (c: unknown, ok: unknown, fail: unknown) => void;
const NOPE = { video: { deviceId: { exact: 'nope' } } };

describe('get-user-media-errors', () => {
  it('is not needed outside Gecko and Chrome < 64 (Chromium 73+, Safari, WebKitGTK fail with DOMException); leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('in Firefox, mozGetUserMedia and mediaDevices.getUserMedia fail with a TypeError or a DOMException keeping .constraint', async () => {
    const win = fakeWindow(engines.firefox153);
    const nav = win.navigator as unknown as { mozGetUserMedia: LegacyGum; mediaDevices: MediaDevices };
    const [, before] = await viaCallbacks((ok, fail) => nav.mozGetUserMedia({}, ok, fail));
    assert.ok(!(before instanceof TypeError), 'the fake models MediaStreamError');
    assert.ok(installIfNeeded(shim, win));
    const [outcome, typeError] = await viaCallbacks((ok, fail) => nav.mozGetUserMedia({}, ok, fail));
    assert.equal(outcome, 'failure');
    assert.ok(typeError instanceof TypeError);
    const [, overconstrained] = await viaCallbacks((ok, fail) => nav.mozGetUserMedia(NOPE, ok, fail));
    const rejected = await nav.mediaDevices.getUserMedia(NOPE as MediaStreamConstraints).then(() => assert.fail('resolved'), (e: unknown) => e);
    for (const error of [overconstrained, rejected]) {
      assert.ok(error instanceof DOMException);
      assert.equal(error.name, 'OverconstrainedError');
      assert.equal((error as unknown as { constraint: string }).constraint, 'deviceId');
    }
    await assert.rejects(nav.mediaDevices.getUserMedia({} as MediaStreamConstraints), TypeError);
    const [ok] = await viaCallbacks((s, f) => nav.mozGetUserMedia({ video: true }, s, f));
    assert.equal(ok, 'success');
  });

  it('in Firefox with adapter.js\'s navigator.getUserMedia (own, on the navigator object): installs, leaves it alone, maps the errors it passes on', async () => {
    const win = fakeWindow(engines.firefox153);
    // As in a real Firefox: the engine's calls on a prototype, adapter.js's on the navigator itself.
    const engineNav = win.navigator as unknown as Record<string, unknown>;
    const nav = Object.create({ mozGetUserMedia: engineNav.mozGetUserMedia }) as Record<string, unknown> & { mediaDevices: MediaDevices; getUserMedia: LegacyGum };
    nav.userAgent = engineNav.userAgent;
    nav.mediaDevices = engineNav.mediaDevices as MediaDevices;
    const script: LegacyGum = function getUserMedia(c, ok, fail) {
      nav.mediaDevices.getUserMedia(c as MediaStreamConstraints).then(ok as (s: MediaStream) => void, fail as (e: unknown) => void);
    };
    nav.getUserMedia = script;
    Object.assign(win, { navigator: nav });
    assert.ok(installIfNeeded(shim, win), 'installs (it threw "Navigator.prototype.getUserMedia is not a function")');
    assert.equal(nav.getUserMedia, script, 'the script\'s call is left as it was');
    const [outcome, error] = await viaCallbacks((ok, fail) => nav.getUserMedia(NOPE, ok, fail));
    assert.equal(outcome, 'failure');
    assert.ok(error instanceof DOMException && error.name === 'OverconstrainedError', 'mapped through mediaDevices.getUserMedia');
  });

  it('in Chrome 45, webkitGetUserMedia failures carry the spec names: PermissionDeniedError is NotAllowedError, ConstraintNotSatisfiedError an OverconstrainedError naming deviceId', async () => {
    const win = fakeWindow(engines.chrome45CallbackOnly);
    const nav = win.navigator as unknown as { webkitGetUserMedia: LegacyGum };
    const legacy = { video: { mandatory: { sourceId: 'denied' } } };
    const [, before] = await viaCallbacks((ok, fail) => nav.webkitGetUserMedia(legacy, ok, fail));
    assert.equal((before as Error).name, 'PermissionDeniedError', 'the fake models NavigatorUserMediaError');
    assert.ok(installIfNeeded(shim, win));
    const [outcome, denied] = await viaCallbacks((ok, fail) => nav.webkitGetUserMedia(legacy, ok, fail));
    assert.equal(outcome, 'failure');
    assert.ok(denied instanceof DOMException);
    assert.equal(denied.name, 'NotAllowedError');
    const [, overconstrained] = await viaCallbacks((ok, fail) => nav.webkitGetUserMedia({ video: { mandatory: { sourceId: 'nope' } } }, ok, fail));
    assert.ok(overconstrained instanceof DOMException);
    assert.equal(overconstrained.name, 'OverconstrainedError');
    assert.equal((overconstrained as unknown as { constraint: string }).constraint, 'deviceId');
    const [ok] = await viaCallbacks((s, f) => nav.webkitGetUserMedia({ video: true }, s, f));
    assert.equal(ok, 'success');
  });

  it('installed twice is the same as once', () => {
    assertIdempotent(shim, engines.firefox153);
    assertIdempotent(shim, engines.chrome45CallbackOnly);
  });
});
