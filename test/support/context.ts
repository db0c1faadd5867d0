/** Helpers shared by the shim unit tests. */
import { detectBrowser } from '../../src/browser';
import type { Logger, Shim, ShimContext, ShimWindow } from '../../src/types';

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
  const proto = win.RTCPeerConnection?.prototype ?? win.webkitRTCPeerConnection?.prototype ?? win.mozRTCPeerConnection?.prototype;
  if (proto) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      out.set('proto.' + key, d && ('value' in d ? d.value : [d.get, d.set]));
    }
  }
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
