import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/media-devices/media-devices-object';
import { engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

function patched(engine: FakeEngine = engines.chrome45CallbackOnly) {
  const win = fakeWindow(engine);
  assert.equal(installIfNeeded(shim, win), 'navigator.mediaDevices is missing');
  return { win, devices: (win.navigator as Navigator).mediaDevices };
}

describe('media-devices-object', () => {
  it('is not needed where navigator.mediaDevices exists, or without a legacy call to build on', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
    assert.equal(installIfNeeded(shim, fakeWindow({ ...engines.chrome45CallbackOnly, getUserMedia: 'none' })), false);
  });

  for (const [name, engine] of [['Chrome 45 (webkitGetUserMedia)', engines.chrome45CallbackOnly], ['Firefox 33 (mozGetUserMedia)', engines.firefox33CallbackOnly]] as const) {
    it(name + ': mediaDevices.getUserMedia resolves with the legacy call\'s stream', async () => {
      const { devices } = patched(engine);
      const stream = await devices.getUserMedia({ audio: true, video: true });
      assert.deepEqual(stream.getTracks().map((t) => t.kind), ['audio', 'video']);
    });
  }

  it('getUserMedia rejects (never throws) with TypeError without audio or video', async () => {
    const { devices } = patched();
    for (const constraints of [undefined, {}, { audio: false, video: false }]) {
      await assert.rejects(devices.getUserMedia(constraints as MediaStreamConstraints), TypeError);
    }
  });

  it('a failure of the legacy call rejects with a DOMException', async () => {
    const win = fakeWindow(engines.firefox33CallbackOnly);
    const nav = win.navigator as unknown as Record<string, unknown>;
    nav.mozGetUserMedia = (_c: unknown, _ok: unknown, fail: (e: unknown) => void): void => fail({ name: 'NotFoundError', message: 'no camera' });
    installIfNeeded(shim, win);
    await assert.rejects((win.navigator as Navigator).mediaDevices.getUserMedia({ video: true }), { name: 'NotFoundError' });
  });

  it('a pre-spec error name of the legacy call (Chrome\'s PermissionDeniedError) rejects with the spec name', async () => {
    const win = fakeWindow(engines.chrome45CallbackOnly);
    const nav = win.navigator as unknown as Record<string, unknown>;
    nav.webkitGetUserMedia = (_c: unknown, _ok: unknown, fail: (e: unknown) => void): void => fail({ name: 'PermissionDeniedError', message: '' });
    installIfNeeded(shim, win);
    await assert.rejects((win.navigator as Navigator).mediaDevices.getUserMedia({ video: true }), { name: 'NotAllowedError' });
  });

  it('enumerateDevices lists MediaStreamTrack.getSources as MediaDeviceInfo, or nothing without it', async () => {
    const { devices } = patched();
    assert.deepEqual(await devices.enumerateDevices(), []);
    const win = fakeWindow(engines.chrome45CallbackOnly);
    (win.MediaStreamTrack as unknown as Record<string, unknown>).getSources = (done: (s: unknown[]) => void): void =>
      done([{ id: 'cam', label: 'Camera', kind: 'video', facing: '' }, { id: 'mic', label: '', kind: 'audio', facing: '' }]);
    installIfNeeded(shim, win);
    assert.deepEqual(await (win.navigator as Navigator).mediaDevices.enumerateDevices(), [
      { deviceId: 'cam', groupId: '', kind: 'videoinput', label: 'Camera' },
      { deviceId: 'mic', groupId: '', kind: 'audioinput', label: '' },
    ]);
  });

  it('getSupportedConstraints names what the legacy engines take; ondevicechange is null; the object is the same each read', () => {
    const { win, devices } = patched();
    assert.equal(devices.getSupportedConstraints().deviceId, true);
    assert.equal(devices.ondevicechange, null);
    assert.equal((win.navigator as Navigator).mediaDevices, devices);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chrome45CallbackOnly));
});
