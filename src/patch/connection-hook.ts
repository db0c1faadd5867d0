/**
 * Runs a shim's `init(pc)` once for each connection, before its first setLocalDescription or
 * setRemoteDescription, without replacing the RTCPeerConnection constructor (which would change
 * `instanceof`, subclassing and `RTCPeerConnection.name` for every app). A connection can fire
 * nothing a shim needs to observe before one of those calls: remote tracks, data channels and
 * ICE/connection state changes all follow a description. One wrapper per method serves every shim
 * that hooks connections (tagged `connection-hook`); each shim's init is registered once, and an
 * install that is rolled back takes its init (and a wrapper it made) away again.
 */
import type { ShimContext } from '../types';
import { peerConnectionPrototype } from '../window';
import { recordUndo } from './journal';
import { privateState } from './private-state';
import { wrapSignalingMethod } from './signaling-method';

export type ConnectionInit = (pc: RTCPeerConnection) => void;

interface Hook {
  readonly tag: string;
  readonly init: ConnectionInit;
}

/** The hooks of each patched prototype, in registration order. */
const hooksOf = new WeakMap<object, Hook[]>();
/** How many of its prototype's hooks have run for each connection. */
const ran = privateState<RTCPeerConnection, { count: number }>(() => ({ count: 0 }));

function runHooks(hooks: readonly Hook[], pc: RTCPeerConnection): void {
  const done = ran.get(pc);
  while (done.count < hooks.length) hooks[done.count++]!.init(pc);
}

/** Registers `init` for every connection of the window (once per tag). */
export function hookConnections(ctx: ShimContext, tag: string, init: ConnectionInit): void {
  const proto = peerConnectionPrototype(ctx.window);
  if (!proto) return;
  let hooks = hooksOf.get(proto);
  if (!hooks) {
    const list: Hook[] = (hooks = []);
    hooksOf.set(proto, list);
    recordUndo(() => hooksOf.delete(proto));
    const Ctor = proto.constructor;
    for (const key of ['setLocalDescription', 'setRemoteDescription'] as const) {
      wrapSignalingMethod(ctx, key, 'connection-hook', (native) => function (this: unknown, ...args: unknown[]) {
        if (this instanceof Ctor) runHooks(list, this as RTCPeerConnection);
        return native.apply(this, args);
      });
    }
  }
  if (hooks.some((h) => h.tag === tag)) return;
  const hook: Hook = { tag, init };
  const list = hooks;
  list.push(hook);
  recordUndo(() => {
    const at = list.indexOf(hook);
    if (at >= 0) list.splice(at, 1);
  });
}
