import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAdapter } from '../../../../src/factory';
import { shim } from '../../../../src/shims/media-devices/get-sources';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, contextFor, silentLogger } from '../../../support/context';

type GetSources = (callback: unknown) => void;

describe('get-sources', () => {
  it('is not needed where getSources exists or there is no enumerateDevices; leaves everything untouched', () => {
    assertNotNeededAndUntouched(shim, [engines.chrome45CallbackOnly, engines.firefox33CallbackOnly]);
    const win = fakeWindow(engines.chromium156);
    const own = (): void => {};
    Object.assign(win.MediaStreamTrack as object, { getSources: own });
    assert.equal(shim.needed(contextFor(win)), false);
    assert.equal((win.MediaStreamTrack as unknown as { getSources: unknown }).getSources, own);
  });

  it('calls back, later, with the input devices in the legacy shape, and warns once per call site', async () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    const warnings: string[] = [];
    const ctx = { ...contextFor(win), log: { ...silentLogger, deprecated: (key: string) => warnings.push(key) } };
    assert.equal(shim.needed(ctx), 'MediaStreamTrack.getSources is missing');
    shim.install(ctx);
    const getSources = (win.MediaStreamTrack as unknown as { getSources: GetSources }).getSources;
    assert.equal(getSources.length, 1);
    let sync = true;
    const sources = await new Promise((resolve) => {
      getSources((list: unknown) => resolve([sync, list]));
      sync = false;
    });
    assert.deepEqual(sources, [false, [
      { id: 'd0', label: 'audioinput 0', kind: 'audio', facing: '' },
      { id: 'd1', label: 'videoinput 1', kind: 'video', facing: '' },
    ]]);
    assert.deepEqual(warnings, ['getSources']);
    assert.throws(() => getSources(undefined), TypeError);
  });

  it('a failing enumerateDevices calls back with no sources', async () => {
    const win = fakeWindow(engines.firefox153);
    shim.install(contextFor(win));
    win.navigator!.mediaDevices!.enumerateDevices = () => Promise.reject(new DOMException('no', 'NotAllowedError'));
    const list = await new Promise((resolve) => (win.MediaStreamTrack as unknown as { getSources: GetSources }).getSources(resolve));
    assert.deepEqual(list, []);
  });

  it('never builds on the mediaDevices that media-devices-object builds on getSources (registry order)', async () => {
    const win = fakeWindow(engines.firefox33CallbackOnly);
    const adapter = createAdapter({ window: win });
    assert.ok(adapter.applied.some((s) => s.name === 'media-devices-object'));
    assert.equal((win.MediaStreamTrack as unknown as { getSources?: unknown }).getSources, undefined);
    assert.deepEqual(await win.navigator!.mediaDevices!.enumerateDevices!(), []);
  });

  it('installed twice is the same as once', () => {
    assertIdempotent(shim, engines.chromium156);
  });
});
