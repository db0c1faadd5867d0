/**
 * The one way a shim wraps an RTCPeerConnection signaling method (createOffer, createAnswer,
 * setLocalDescription, setRemoteDescription, addIceCandidate). The shim writes the promise form
 * only: the `legacy-callbacks` shim, installed last, turns every legacy call into a promise-form
 * call before it reaches this layer. A legacy call that still arrives here (that shim disabled by
 * the app) goes to the engine's own overloads unchanged, so no shim breaks what the engine
 * already does with it.
 */
import type { ShimContext } from '../types';
import { peerConnectionPrototype } from '../window';
import { isLegacyCall, type OverloadKind } from './legacy-callbacks';
import { wrapMethod, type Method } from './wrap-method';

export type SignalingMethod = 'createOffer' | 'createAnswer' | 'setLocalDescription' | 'setRemoteDescription' | 'addIceCandidate';

export function overloadKind(key: SignalingMethod): OverloadKind {
  return key === 'createOffer' || key === 'createAnswer' ? 'create' : 'apply';
}

/**
 * Wraps `RTCPeerConnection.prototype[key]` with the promise form `build(native)` returns. No-op on
 * a window without peer connections. `length`: the wrapper's length where the shim changes it.
 */
export function wrapSignalingMethod(
  ctx: ShimContext,
  key: SignalingMethod,
  tag: string,
  build: (native: Method) => Method,
  length?: number,
): void {
  const proto = peerConnectionPrototype(ctx.window);
  if (!proto) return;
  const kind = overloadKind(key);
  wrapMethod(
    proto,
    key,
    tag,
    (native) => {
      const promiseForm = build(native);
      return function (this: unknown, ...args: unknown[]): unknown {
        return isLegacyCall(kind, args) ? native.apply(this, args) : promiseForm.apply(this, args);
      };
    },
    length,
  );
}
