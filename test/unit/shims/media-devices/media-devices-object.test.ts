import assert from 'node:assert/strict';
import { afterEach, describe, it, mock } from 'node:test';
import { POLL_MS } from '../../../../src/devices/device-change';
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
    const { devices } = patched({ ...engines.chrome45CallbackOnly, getSources: false });
    assert.deepEqual(await devices.enumerateDevices(), []);
    assert.deepEqual(await patched(engines.firefox33CallbackOnly).devices.enumerateDevices(), []);
    const win = fakeWindow(engines.chrome45CallbackOnly);
    (win.MediaStreamTrack as unknown as Record<string, unknown>).getSources = (done: (s: unknown[]) => void): void =>
      done([{ id: 'cam', label: 'Camera', kind: 'video', facing: '' }, { id: 'mic', label: '', kind: 'audio', facing: '' }]);
    installIfNeeded(shim, win);
    assert.deepEqual(await (win.navigator as Navigator).mediaDevices.enumerateDevices(), [
      { deviceId: 'cam', groupId: '', kind: 'videoinput', label: 'Camera' },
      { deviceId: 'mic', groupId: '', kind: 'audioinput', label: '' },
    ]);
  });

  it('getSupportedConstraints names what the legacy engines take; the object is the same each read', () => {
    const { win, devices } = patched();
    assert.equal(devices.getSupportedConstraints().deviceId, true);
    assert.equal((win.navigator as Navigator).mediaDevices, devices);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chrome45CallbackOnly));
});

describe('media-devices-object: devicechange', () => {
  /** Settles the fake getSources (it calls back a microtask later, as Chrome called back later). */
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 4; i++) await Promise.resolve();
  };

  /** A patched Chrome 45-like window whose getSources calls are counted; timers mocked. */
  function watched(engine: FakeEngine = engines.chrome45CallbackOnly) {
    mock.timers.enable({ apis: ['setInterval', 'setTimeout'] });
    const win = fakeWindow(engine);
    const Track = win.MediaStreamTrack as unknown as { getSources: (done: unknown) => void };
    const reads = { count: 0 };
    const native = Track.getSources;
    Track.getSources = (done: unknown): void => {
      reads.count++;
      native(done);
    };
    installIfNeeded(shim, win);
    const devices = (win.navigator as Navigator).mediaDevices;
    const sources = win.fakeSources as Array<{ id: string; label: string; kind: string; facing: string }>;
    /** Lets POLL_MS pass and the read it starts call back. */
    const poll = async (): Promise<void> => {
      mock.timers.tick(POLL_MS);
      await flush();
    };
    return { win, devices, sources, reads, poll };
  }

  afterEach(() => mock.timers.reset());

  for (const [name, engine] of [
    ['Chrome 45 (EventTarget not constructible: the minimal target)', engines.chrome45CallbackOnly],
    ['a constructible EventTarget (the native one)', { ...engines.chrome45CallbackOnly, eventTargetNotConstructible: false }],
  ] as const) {
    it(name + ': a listener gets devicechange when a device comes or goes, not otherwise', async () => {
      const { win, devices, sources, poll } = watched(engine);
      if (!engine.eventTargetNotConstructible) {
        assert.ok(devices instanceof (win.EventTarget as typeof EventTarget));
        assert.throws(() => devices.addEventListener('devicechange', 'not a listener' as unknown as EventListener), TypeError);
      }
      const seen: Array<[unknown, string, boolean]> = [];
      const listener = function (this: unknown, e: Event): void {
        seen.push([this, e.type, e instanceof (win.Event as typeof Event)]);
      };
      devices.addEventListener('devicechange', listener);
      devices.addEventListener('devicechange', listener);
      await flush();
      await poll();
      assert.deepEqual(seen, [], 'no change, no event');
      sources.push({ id: 'cam2', label: '', kind: 'video', facing: '' });
      await poll();
      assert.deepEqual(seen, [[devices, 'devicechange', true]], 'plugged in: one event (a listener added twice is called once)');
      sources.reverse();
      await poll();
      assert.equal(seen.length, 1, 'the same devices in another order are no change');
      sources.splice(0, 1);
      await poll();
      assert.equal(seen.length, 2, 'unplugged: another event');
      sources[0]!.kind = 'audio';
      await poll();
      assert.equal(seen.length, 3, 'a device of another kind is a change');
    });

    it(name + ': handleEvent objects, once, a signal, capture as part of the identity', async () => {
      const { devices, sources, reads, poll } = watched(engine);
      const calls: string[] = [];
      const object = { handleEvent: (): number => calls.push('object') };
      const once = (): number => calls.push('once');
      const captured = (): number => calls.push('captured');
      const aborted = new AbortController();
      devices.addEventListener('devicechange', object);
      devices.addEventListener('devicechange', once, { once: true });
      devices.addEventListener('devicechange', captured, true);
      devices.addEventListener('devicechange', () => calls.push('signal'), { signal: aborted.signal });
      devices.removeEventListener('devicechange', captured);
      await flush();
      sources.pop();
      await poll();
      assert.deepEqual(calls, ['object', 'once', 'captured', 'signal'], 'removing without capture leaves the capture listener');
      aborted.abort();
      devices.removeEventListener('devicechange', captured, { capture: true });
      sources.pop();
      await poll();
      assert.deepEqual(calls.slice(4), ['object'], 'once, aborted and removed listeners are gone');
      devices.removeEventListener('devicechange', object);
      const before = reads.count;
      await poll();
      await poll();
      assert.equal(reads.count, before, 'no listener left: no more reads');
    });
  }

  it('ondevicechange: null at first, a function runs on the event, setting replaces, a non-object reads back null', async () => {
    const { devices, sources, poll } = watched();
    assert.equal(devices.ondevicechange, null);
    const calls: Array<[string, unknown]> = [];
    const first = function (this: unknown): void {
      calls.push(['first', this]);
    };
    const second = function (this: unknown): void {
      calls.push(['second', this]);
    };
    devices.ondevicechange = first;
    assert.equal(devices.ondevicechange, first);
    devices.ondevicechange = second;
    assert.equal(devices.ondevicechange, second);
    await flush();
    sources.pop();
    await poll();
    assert.deepEqual(calls, [['second', devices]]);
    (devices as { ondevicechange: unknown }).ondevicechange = 'alert(1)';
    assert.equal(devices.ondevicechange, null);
    sources.pop();
    await poll();
    assert.equal(calls.length, 1);
  });

  it('polls only while someone listens: not at install, and no more once the handler and listeners are gone', async () => {
    const { devices, reads, poll } = watched();
    await poll();
    assert.equal(reads.count, 0, 'nothing listens: no timer, no read');
    const listener = (): void => {};
    devices.ondevicechange = listener;
    devices.addEventListener('devicechange', listener);
    devices.addEventListener('other', listener);
    await flush();
    await poll();
    assert.equal(reads.count, 2, 'one read at the start, one per interval (one timer for the handler and the listener)');
    devices.ondevicechange = null;
    await poll();
    assert.equal(reads.count, 3, 'the listener still listens');
    devices.removeEventListener('devicechange', listener);
    await poll();
    await poll();
    assert.equal(reads.count, 3, 'none left: the timer is gone');
    devices.addEventListener('devicechange', listener);
    await flush();
    assert.equal(reads.count, 4, 'a new listener starts again');
  });

  it('a listener that throws is reported as uncaught, and the next one still runs (minimal target)', async () => {
    const { devices, sources, poll } = watched();
    const calls: string[] = [];
    devices.addEventListener('devicechange', () => {
      throw new Error('app bug');
    });
    devices.addEventListener('devicechange', () => calls.push('next'));
    await flush();
    sources.pop();
    await poll();
    assert.deepEqual(calls, ['next']);
    assert.throws(() => mock.timers.tick(0), /app bug/);
  });

  it('Firefox 33 (no device list): listeners and the handler are taken, and nothing polls', async () => {
    const { devices } = patched(engines.firefox33CallbackOnly);
    const setInterval = mock.method(globalThis, 'setInterval');
    try {
      devices.addEventListener('devicechange', () => {});
      devices.ondevicechange = (): void => {};
      assert.equal(typeof devices.ondevicechange, 'function');
      assert.equal(devices.dispatchEvent(new Event('devicechange')), true);
      assert.equal(setInterval.mock.callCount(), 0);
    } finally {
      setInterval.mock.restore();
    }
  });
});
