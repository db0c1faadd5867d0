/** Helpers shared by the shim unit tests. */
import assert from 'node:assert/strict';
import { detectBrowser } from '../../src/browser';
import { shim as legacyCallbacks } from '../../src/shims/peer-connection/legacy-callbacks';
import type { Logger, Shim, ShimContext, ShimWindow } from '../../src/types';
import { chromiumUserAgent, engines, fakeWindow, type FakeEngine } from './fake-window';

export const silentLogger: Logger = { log() {}, warn() {}, deprecated() {} };

export function contextFor(win: ShimWindow): ShimContext {
  return { window: win, browser: detectBrowser(win), log: silentLogger };
}

const GLOBALS = [
  'RTCPeerConnection', 'webkitRTCPeerConnection', 'mozRTCPeerConnection', 'RTCSessionDescription',
  'mozRTCSessionDescription', 'RTCIceCandidate', 'mozRTCIceCandidate', 'MediaStream', 'webkitMediaStream',
] as const;

/**
 * Every value a shim could touch: the globals, each property descriptor on the peer connection
 * prototype, and the navigator's members. Two equal snapshots mean nothing was patched.
 */
export function surface(win: ShimWindow): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const name of GLOBALS) out.set('window.' + name, win[name]);
  const protos: Array<[string, object | undefined]> = [
    ['proto.', win.RTCPeerConnection?.prototype ?? win.webkitRTCPeerConnection?.prototype ?? win.mozRTCPeerConnection?.prototype],
    ['RTCDataChannel.prototype.', win.RTCDataChannel?.prototype],
    ['RTCDataChannelEvent.prototype.', win.RTCDataChannelEvent?.prototype],
    ['HTMLMediaElement.prototype.', win.HTMLMediaElement?.prototype],
    ['MediaStream.prototype.', win.MediaStream?.prototype],
  ];
  for (const [prefix, proto] of protos) {
    if (!proto) continue;
    for (const key of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      if (d && !('value' in d)) {
        out.set(prefix + key + '.get', d.get);
        out.set(prefix + key + '.set', d.set);
      } else out.set(prefix + key, d && d.value);
    }
  }
  for (const key of ['createObjectURL', 'revokeObjectURL'] as const) out.set('URL.' + key, win.URL?.[key]);
  out.set('MediaStreamTrack.getSources', (win.MediaStreamTrack as { getSources?: unknown } | undefined)?.getSources);
  const nav = win.navigator as Record<string, unknown> | undefined;
  if (nav) for (const key of Object.keys(nav)) out.set('navigator.' + key, nav[key]);
  return out;
}

/** Runs the shim's install the way the factory does, if its behaviour test asks for it. */
export function installIfNeeded(shim: Shim, win: ShimWindow): string | false {
  const ctx = contextFor(win);
  const found = shim.needed(ctx);
  if (found !== false) shim.install(ctx);
  return found;
}

/**
 * Installs `shim` if needed, then `legacy-callbacks` on top, as the registry orders them: legacy
 * calls reach the other signaling shims as promise-form calls only through that outer layer.
 */
export function installWithLegacyCallbacks(shim: Shim, win: ShimWindow): string | false {
  const found = installIfNeeded(shim, win);
  installIfNeeded(legacyCallbacks, win);
  return found;
}

export function assertSameSurface(before: Map<string, unknown>, after: Map<string, unknown>): void {
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
  if (changed.length > 0) throw new Error('surface changed: ' + changed.join(', '));
}

/** Resolves with what a legacy-callback call delivered: ['success', value] or ['failure', error]. */
export function viaCallbacks(start: (ok: (v?: unknown) => void, fail: (e: unknown) => void) => unknown): Promise<[string, unknown, unknown]> {
  return new Promise((resolve) => {
    const returned: unknown = start(
      (v) => Promise.resolve(returned).then((r) => resolve(['success', v, r])),
      (e) => Promise.resolve(returned).then((r) => resolve(['failure', e, r])),
    );
  });
}

/** "Not needed ⇒ native left identical": in each engine the behaviour test says no and nothing changes. */
export function assertNotNeededAndUntouched(shim: Shim, engineList: readonly FakeEngine[]): void {
  for (const engine of engineList) {
    const win = fakeWindow(engine);
    const before = surface(win);
    assert.equal(installIfNeeded(shim, win), false, engine.userAgent);
    assertSameSurface(before, surface(win));
  }
}

/**
 * "Installed twice ⇒ same as once": after a needed install, a second install (forced, past the
 * behaviour test) changes nothing. `prepare` runs the shims this one depends on first.
 */
export function assertIdempotent(shim: Shim, engine: FakeEngine, prepare: (win: ShimWindow) => void = () => {}): void {
  const win = fakeWindow(engine);
  prepare(win);
  assert.notEqual(installIfNeeded(shim, win), false, 'the engine needs ' + shim.name);
  const once = surface(win);
  shim.install(contextFor(win));
  assertSameSurface(once, surface(win));
}

/**
 * For a shim that falls back to a Chromium version range: needed in `lastNeeded`, not in the next
 * major. The window is today's Chromium with another version in its UA: only the range differs.
 */
export function assertChromiumRangeEndsAt(shim: Shim, measuredLastNeeded: number): void {
  // The range is data on the shim; the test names the measured boundary so a change to it shows.
  const lastNeeded = shim.engines?.blink?.[1];
  assert.equal(lastNeeded, measuredLastNeeded, shim.name + ': engines.blink ends at the measured version');
  if (lastNeeded === undefined) return;
  const at = (major: number): ShimWindow => fakeWindow({ ...engines.chromium156, userAgent: chromiumUserAgent(major) });
  const inRange = shim.needed(contextFor(at(lastNeeded)));
  assert.equal(typeof inRange, 'string', `${shim.name} is needed in Chromium ${lastNeeded}`);
  assert.match(String(inRange), new RegExp(`Chromium ${lastNeeded}\\b`));
  assert.equal(shim.needed(contextFor(at(lastNeeded + 1))), false, `${shim.name} is not needed in Chromium ${lastNeeded + 1}`);
}

/**
 * Makes `proto[key]` (an engine method of a fake window, before any shim is installed) wait until
 * the returned `open()` runs: a model of an engine whose calls settle later, on its operations
 * chain, so a test can change the connection in between.
 */
export function gateMethod(proto: object, key: string): () => void {
  let open = (): void => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const engine = (proto as Record<string, unknown>)[key] as (...args: unknown[]) => unknown;
  (proto as Record<string, unknown>)[key] = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
    await gate;
    return engine.apply(this, args);
  };
  return open;
}
