/**
 * `addIceCandidate()`, `addIceCandidate(null)` and `addIceCandidate({candidate: ''})` signal the
 * end of remote candidates (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-addicecandidate).
 * Chromium before 92 declares the argument required and throws a TypeError for the first two
 * (crbug.com/978582). Behaviour test: a spec engine's `addIceCandidate.length` is 0 because its
 * argument is optional; the old engines say 1. Once shimmed, the argument is optional and the
 * length is the spec's 0.
 */
import { rejectWith } from '../../patch/legacy-callbacks';
import { privateState } from '../../patch/private-state';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

function isEndOfCandidates(candidate: unknown): boolean {
  if (candidate === undefined || candidate === null) return true;
  if (typeof candidate !== 'object') return false;
  const text = (candidate as RTCIceCandidateInit).candidate;
  return text === undefined || text === '';
}

const ignore = (): void => undefined;

/** Per connection: the last setRemoteDescription, settled either way (it never rejects). */
const lastRemote = privateState<object, { settled: Promise<void> }>(() => ({ settled: Promise.resolve() }));

export const shim: Shim = {
  name: 'add-ice-candidate-end',
  area: 'peer-connection',
  reason:
    'addIceCandidate() / (null) / ({candidate: ""}) must mean end-of-candidates, not a TypeError ' +
    '(https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-addicecandidate, crbug.com/978582)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    return proto && proto.addIceCandidate.length > 0
      ? 'addIceCandidate.length is ' + String(proto.addIceCandidate.length) + ' (argument required)'
      : false;
  },
  install(ctx) {
    const win = ctx.window;
    // The engine cannot take the signal, so its operations chain does not order it: the app may
    // send it right after setRemoteDescription without waiting. So the last setRemoteDescription
    // in flight is remembered, and the signal is checked once it has settled, as the chain would.
    wrapSignalingMethod(ctx, 'setRemoteDescription', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const result = native.apply(this, args);
      if (typeof this === 'object' && this !== null) {
        lastRemote.get(this).settled = Promise.resolve(result).then(ignore, ignore);
      }
      return result;
    });
    // The argument is optional now: `length` becomes the spec's 0.
    wrapSignalingMethod(ctx, 'addIceCandidate', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      if (!isEndOfCandidates(args[0])) return native.apply(this, args);
      const pc = this as RTCPeerConnection;
      const check = (): Promise<undefined> => {
        if (pc.signalingState === 'closed') return rejectWith(win, 'InvalidStateError', 'The RTCPeerConnection is closed.');
        if (!pc.remoteDescription) return rejectWith(win, 'InvalidStateError', 'The remote description is null.');
        // These engines have no end-of-candidates signal to forward; the spec's effect on them is none.
        return Promise.resolve(undefined);
      };
      const queued = typeof pc === 'object' && pc !== null ? lastRemote.peek(pc) : undefined;
      return queued ? queued.settled.then(check) : check();
    }, 0);
  },
};
