/**
 * addIceCandidate with a `usernameFragment` that no applied remote description has for the
 * candidate's media section must reject with OperationError
 * (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-addicecandidate: "If
 * candidate.usernameFragment is not null, and is not equal to any username fragment present in the
 * corresponding media description of an applied remote description, return a promise rejected
 * with a newly created OperationError"). Firefox does; every Chromium measured (73, 92, 123, 156,
 * `scripts/chromium-probe.mjs` foreignUfrag) resolves and drops the candidate silently, so an app
 * never learns that it relayed a candidate of an old ICE generation or of another call. Only a
 * call on a live connection shows it, hence the engine family as the behaviour test. The check
 * runs after the engine's own steps, which keep the spec's earlier errors (TypeError,
 * InvalidStateError, an unknown section's OperationError) and its order.
 */
import { rejectWith } from '../../patch/legacy-callbacks';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import { iceUfragsFor } from '../../sdp/ice-ufrag';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

/** Every ufrag the applied remote descriptions give the candidate's section; null if none names it. */
function remoteUfrags(pc: RTCPeerConnection, target: RTCIceCandidateInit): string[] | null {
  const descriptions = [pc.remoteDescription, 'currentRemoteDescription' in pc ? pc.currentRemoteDescription : null];
  let found: string[] | null = null;
  for (let i = 0; i < descriptions.length; i++) {
    const sdp = descriptions[i]?.sdp;
    const ufrags = typeof sdp === 'string' ? iceUfragsFor(sdp, target) : null;
    if (ufrags) found = found ? found.concat(ufrags) : ufrags;
  }
  return found;
}

/** The candidate's `usernameFragment` and section, read when the app calls; null without a fragment. */
function ufragTarget(candidate: unknown): { ufrag: string; target: RTCIceCandidateInit } | null {
  if (typeof candidate !== 'object' || candidate === null) return null;
  const init = candidate as RTCIceCandidateInit;
  const ufrag = init.usernameFragment;
  // '' is what some engines put on end-of-candidates: no fragment to compare.
  if (typeof ufrag !== 'string' || ufrag === '') return null;
  return { ufrag, target: { sdpMid: init.sdpMid, sdpMLineIndex: init.sdpMLineIndex } };
}

export const shim: Shim = {
  name: 'add-ice-candidate-ufrag',
  area: 'ice',
  reason:
    'addIceCandidate must reject a usernameFragment that no remote description has with OperationError, not drop it silently ' +
    '(https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-addicecandidate)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && ctx.browser.engine === 'blink'
      ? 'Chromium resolves addIceCandidate for a usernameFragment of no remote description'
      : false;
  },
  install(ctx) {
    const win = ctx.window;
    // Checked once the engine has taken the candidate, so on the operations chain: a
    // setRemoteDescription the app called just before (an ICE restart's new fragment, trickled at
    // once) is applied by then. Chromium drops a foreign candidate itself, so nothing was added.
    wrapSignalingMethod(ctx, 'addIceCandidate', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const checked = ufragTarget(args[0]);
      const result = native.apply(this, args);
      if (!checked) return result;
      const pc = this as RTCPeerConnection;
      return Promise.resolve(result).then((value) => {
        const known = remoteUfrags(pc, checked.target);
        if (known && known.indexOf(checked.ufrag) < 0) {
          return rejectWith(win, 'OperationError', 'The usernameFragment "' + checked.ufrag + '" matches no remote description.');
        }
        return value;
      });
    });
  },
};
