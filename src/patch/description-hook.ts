/**
 * The one place SDP shims rewrite session descriptions: per RTCPeerConnection prototype, one
 * wrapper per point, running the rewrites the shims registered there in registration (= registry)
 * order, like `wrapEvent`'s transform map. No wrapper per shim. The points:
 *
 * - `setRemoteDescription` / `setLocalDescription`: the description the app passes, before the
 *   engine reads it (what this engine rejects, rewritten for it);
 * - `createOffer` / `createAnswer`: the description the engine made, before the app sends it
 *   (what the far engine would reject);
 * - `localDescription` / `remoteDescription` (and their `current`/`pending` twins): what the app
 *   reads back; the native getter stays, its description is rewritten (so a description that had
 *   to be rewritten for the engine reads back as the app set it).
 *
 * A rewrite is `(sdp, type) => sdp`: pure (src/sdp/), returning the same string when it has
 * nothing to do, which must cost a string scan, not a parse. At the two `set` points a rewrite can
 * also be a fallback (`addSdpFallback`): it runs only after the engine rejected the description,
 * which is then applied once more, rewritten; if that fails too the app gets the engine's first
 * error. So an SDP quirk is rewritten only where the engine really rejects it, never on a guess
 * from the user agent, and an engine that accepts it pays nothing. The app's objects are never changed:
 * a rewritten description is a new RTCSessionDescriptionInit `{type, sdp}` (or, read back, a new
 * RTCSessionDescription, the same one for as long as the engine's is the same). A rewrite that
 * throws is skipped (the SDP goes on as it was): hostile SDP gets the engine's own error, never one
 * of ours.
 */
import type { ShimContext, ShimWindow } from '../types';
import { peerConnectionPrototype } from '../window';
import { recordUndo } from './journal';
import { wrapSignalingMethod } from './signaling-method';
import { wrapGetter } from './wrap-getter';

export type SdpRewrite = (sdp: string, type: string) => string;
export type SdpPoint =
  | 'createOffer'
  | 'createAnswer'
  | 'setLocalDescription'
  | 'setRemoteDescription'
  | 'localDescription'
  | 'remoteDescription'
  | 'currentLocalDescription'
  | 'currentRemoteDescription'
  | 'pendingLocalDescription'
  | 'pendingRemoteDescription';

const TAG = 'sdp-rewrites';
interface PointRewrites {
  always: SdpRewrite[];
  fallback: SdpRewrite[];
}
const rewritesByPrototype = new WeakMap<object, Map<SdpPoint, PointRewrites>>();
/** Read-back descriptions: the engine's object → the rewritten one handed to the app. */
const readBack = new WeakMap<object, object>();

/** `sdp` through `rewrites` in order; a rewrite that throws or returns a non-string is skipped. */
export function runRewrites(rewrites: readonly SdpRewrite[], sdp: string, type: string): string {
  let out = sdp;
  for (const rewrite of rewrites) {
    try {
      const next = rewrite(out, type);
      if (typeof next === 'string') out = next;
    } catch {
      // the SDP goes on unrewritten: the engine's own error, if any, reaches the app
    }
  }
  return out;
}

function rewritten(description: unknown, rewrites: readonly SdpRewrite[]): unknown {
  if (typeof description !== 'object' || description === null || !rewrites.length) return description;
  try {
    const { type, sdp } = description as { type?: unknown; sdp?: unknown };
    if (typeof sdp !== 'string' || !sdp) return description;
    const out = runRewrites(rewrites, sdp, typeof type === 'string' ? type : '');
    return out === sdp ? description : { type, sdp: out };
  } catch {
    // A description whose members throw when read: the engine reads it too, and rejects with that.
    return description;
  }
}

function readBackDescription(win: ShimWindow, description: unknown, rewrites: readonly SdpRewrite[]): unknown {
  if (typeof description !== 'object' || description === null) return description;
  const known = readBack.get(description);
  if (known) return known;
  const init = rewritten(description, rewrites);
  if (init === description) return description;
  const Description = win.RTCSessionDescription;
  const out = typeof Description === 'function' ? new Description(init as RTCSessionDescriptionInit) : Object.freeze(init as object);
  readBack.set(description, out);
  return out;
}

function install(ctx: ShimContext, proto: object, point: SdpPoint, rewrites: PointRewrites): void {
  const { always, fallback } = rewrites;
  if (point === 'setLocalDescription' || point === 'setRemoteDescription') {
    wrapSignalingMethod(ctx, point, TAG, (native) => function (this: unknown, description?: unknown, ...rest: unknown[]) {
      const first = rewritten(description, always);
      // A promise either way (WebIDL turns a promise operation's exception into a rejection).
      const apply = (d: unknown): Promise<unknown> => new Promise((resolve) => resolve(native.call(this, d, ...rest)));
      return apply(first).catch((error: unknown) => {
        const second = fallback.length ? rewritten(first, fallback) : first;
        if (second === first) throw error;
        return apply(second).catch(() => {
          throw error;
        });
      });
    });
  } else if (point === 'createOffer' || point === 'createAnswer') {
    wrapSignalingMethod(ctx, point, TAG, (native) => function (this: unknown, ...args: unknown[]) {
      return Promise.resolve(native.apply(this, args)).then((description) => rewritten(description, always));
    });
  } else if (Object.getOwnPropertyDescriptor(proto, point)) {
    wrapGetter(proto, point, TAG, (nativeGet) => function (this: unknown) {
      return readBackDescription(ctx.window, nativeGet.call(this), always);
    });
  }
}

function register(ctx: ShimContext, point: SdpPoint, kind: keyof PointRewrites, rewrite: SdpRewrite): void {
  const proto = peerConnectionPrototype(ctx.window);
  if (!proto) return;
  let points = rewritesByPrototype.get(proto);
  if (!points) rewritesByPrototype.set(proto, (points = new Map()));
  let rewrites = points.get(point);
  if (!rewrites) {
    rewrites = { always: [], fallback: [] };
    install(ctx, proto, point, rewrites);
    points.set(point, rewrites);
    const byPoint = points;
    recordUndo(() => {
      byPoint.delete(point);
    });
  }
  const list = rewrites[kind];
  if (list.includes(rewrite)) return;
  list.push(rewrite);
  recordUndo(() => {
    const at = list.indexOf(rewrite);
    if (at >= 0) list.splice(at, 1);
  });
}

/**
 * Registers `rewrite` at `point` of the window's RTCPeerConnection; the first registration at a
 * point installs its wrapper. No-op on a window without peer connections. Undone with the
 * registering shim's install.
 */
export function addSdpRewrite(ctx: ShimContext, point: SdpPoint, rewrite: SdpRewrite): void {
  register(ctx, point, 'always', rewrite);
}

/**
 * Registers `rewrite` as a fallback at `point`: applied only when the engine rejected the
 * description (rewritten by the point's other rewrites), for one more try. Undone with the
 * registering shim's install.
 */
export function addSdpFallback(ctx: ShimContext, point: 'setLocalDescription' | 'setRemoteDescription', rewrite: SdpRewrite): void {
  register(ctx, point, 'fallback', rewrite);
}
