/**
 * Read-only helpers for finding the WebRTC interfaces on a window. Reading only: writes go
 * through src/patch/.
 */
import type { ShimNavigator, ShimWindow } from './types';

type PeerConnectionClass = typeof RTCPeerConnection;

/**
 * The window's peer-connection class below any app subclass, or null on a window without peer
 * connections. An app may put its own `class AppPC extends RTCPeerConnection` in
 * `window.RTCPeerConnection` before rtcshim loads; shims must patch the class it extends (which
 * every subclass inherits, also one made after load), never the app's own class: its prototype
 * has no accessors to wrap (the engine's are inherited), and an override that calls `super`
 * would skip the shims. Walks up while the parent constructor's prototype is the one the child's
 * inherits from and is a peer connection's (has `createOffer`); an engine's interface object
 * inherits from EventTarget, so the walk stops at the engine's class. rtcshim's own constructor
 * wrapper (src/patch/wrap-constructor.ts) shares its prototype with the class it wraps: the walk
 * goes through it to that class, and on below an app's class that it wraps (Chromium 73, Safari).
 */
export function peerConnectionConstructor(win: ShimWindow): PeerConnectionClass | null {
  let ctor: unknown = win.RTCPeerConnection;
  if (typeof ctor !== 'function' || typeof ctor.prototype !== 'object' || ctor.prototype === null) return null;
  for (;;) {
    const parent: unknown = Object.getPrototypeOf(ctor);
    if (typeof parent !== 'function') break;
    const proto: unknown = parent.prototype;
    if (typeof proto !== 'object' || proto === null || !('createOffer' in proto)) break;
    const own: unknown = (ctor as PeerConnectionClass).prototype;
    // rtcshim's constructor wrapper shares its prototype with the class it wraps (which may be
    // an app's subclass, in engines where a shim wraps the constructor): look through it.
    if (own !== proto && Object.getPrototypeOf(own) !== proto) break;
    ctor = parent;
  }
  return ctor as PeerConnectionClass;
}

/**
 * A brand check for methods and accessors shims add: `value` inherits from `proto`, the engine's
 * prototype the shim installed on. Unlike `instanceof window.RTCPeerConnection`, it looks nothing
 * up per call (these run on the app's hot path) and is unaffected by what the page puts in the
 * global later.
 */
export function inheritsFrom<T extends object>(value: unknown, proto: T): value is T {
  return Object.prototype.isPrototypeOf.call(proto, value as object);
}

/** The prototype of `peerConnectionConstructor(win)`, or null on a window without peer connections. */
export function peerConnectionPrototype(win: ShimWindow): RTCPeerConnection | null {
  const ctor = peerConnectionConstructor(win);
  return ctor ? ctor.prototype : null;
}

/**
 * True for a function the engine made (its source text is `[native code]`), false for one a
 * script defined. Called once per behaviour test that needs it, never on a hot path. (A bound
 * function or a Proxy of one also reads as the engine's: neither is how a polyfill defines a
 * method on a prototype.)
 */
export function isEngineFunction(fn: unknown): boolean {
  if (typeof fn !== 'function') return false;
  try {
    return /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(fn));
  } catch {
    return false;
  }
}

/** `Object.prototype` must never be patched: fake or exotic objects may inherit from it directly. */
export function patchableOwner(obj: object): object {
  const proto: unknown = Object.getPrototypeOf(obj);
  return typeof proto === 'object' && proto !== null && proto !== Object.prototype ? proto : obj;
}

/** `RTCPeerConnection.prototype` when it lacks `key` (a member a shim adds), else null. */
export function prototypeLacking(win: ShimWindow, key: string): RTCPeerConnection | null {
  const proto = peerConnectionPrototype(win);
  return proto && !(key in proto) ? proto : null;
}

/** The names of `names` that `target` lacks (`prefix + name` looked up with `in`); none without a target. */
export function missingMembers(target: object | null | undefined, names: readonly string[], prefix = ''): string[] {
  return target ? names.filter((name) => !(prefix + name in target)) : [];
}

/**
 * The engine's own legacy capture calls on `nav` (of `getUserMedia`, `webkitGetUserMedia`,
 * `mozGetUserMedia`), found through property descriptors, not reads: Chromium counts reads of its
 * deprecated getUserMedia. Only where the engine defines them, `Navigator.prototype` (the
 * navigator itself where it inherits from `Object.prototype`, as fakes do), which is where the
 * shims wrap them: a call a page script set on the navigator object itself (adapter.js 9 sets
 * `navigator.getUserMedia` in Firefox) is not the engine's, and wrapping it on the prototype
 * would throw.
 */
export function legacyCaptureCalls(
  nav: ShimNavigator | undefined,
  names: readonly string[] = ['getUserMedia', 'webkitGetUserMedia', 'mozGetUserMedia'],
  /** Keeps only the calls whose function passes. */
  test: (fn: (...args: unknown[]) => unknown) => boolean = () => true,
): string[] {
  if (!nav) return [];
  const owner = patchableOwner(nav);
  return names.filter((name) => {
    const desc = Object.getOwnPropertyDescriptor(owner, name);
    return desc !== undefined && typeof desc.value === 'function' && test(desc.value as (...args: unknown[]) => unknown);
  });
}
