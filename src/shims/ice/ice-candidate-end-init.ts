/**
 * `new RTCIceCandidate({candidate: '', sdpMid})` is the end-of-candidates signal apps relay and
 * pass to addIceCandidate (https://w3c.github.io/webrtc-pc/#dom-rtcicecandidate-constructor: the
 * candidate string may be empty). Chromium 73 throws TypeMismatchError from the constructor
 * (measured; 78 and later construct it, `scripts/chromium-probe.mjs` emptyCandidateInit), so an
 * app's `new RTCIceCandidate(message)` on the last relayed candidate breaks its signaling.
 * Behaviour test: constructing one, only in Chromium before 78 (the probe costs a construction,
 * which every other engine would pay at page load for nothing).
 * The engine cannot hold an empty candidate, so the instance is constructed with a placeholder
 * and remembered in a private WeakSet; `candidate` and `toJSON()` report '' for it, and
 * addIceCandidate (add-ice-candidate-end, needed in the same engines) treats it as
 * end-of-candidates.
 */
import { inEngines } from '../../browser';
import { privateState } from '../../patch/private-state';
import { wrapConstructor } from '../../patch/wrap-constructor';
import { wrapGetter } from '../../patch/wrap-getter';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';

/** A well-formed candidate no ICE agent can use (port 9, the discard port of RFC 6544). */
const PLACEHOLDER = 'candidate:0 1 udp 1 0.0.0.0 9 typ host';

/** Instances the app made with `candidate: ''`. */
const endOfCandidates = privateState<object, { empty: boolean }>(() => ({ empty: false }));

function isEmptyCandidateInit(init: unknown): boolean {
  return typeof init === 'object' && init !== null && (init as RTCIceCandidateInit).candidate === '';
}

/** A copy of the app's dictionary (never edited) with the placeholder as its candidate. */
function withPlaceholder(init: RTCIceCandidateInit): RTCIceCandidateInit {
  return { candidate: PLACEHOLDER, sdpMid: init.sdpMid, sdpMLineIndex: init.sdpMLineIndex, usernameFragment: init.usernameFragment };
}

export const shim: Shim = {
  name: 'ice-candidate-end-init',
  area: 'ice',
  engines: { blink: [1, 77] },
  reason:
    "new RTCIceCandidate({candidate: ''}) must construct the end-of-candidates signal, not throw " +
    '(https://w3c.github.io/webrtc-pc/#dom-rtcicecandidate-constructor)',
  needed(ctx) {
    // The range first: reading RTCIceCandidate instantiates the interface object.
    if (!inEngines(ctx.browser, this.engines)) return false;
    const Candidate = ctx.window.RTCIceCandidate;
    if (typeof Candidate !== 'function') return false;
    try {
      new Candidate({ candidate: '', sdpMid: '0' });
      return false;
    } catch (error) {
      return "new RTCIceCandidate({candidate: ''}) throws " + String((error as { name?: unknown }).name);
    }
  },
  install(ctx) {
    const Candidate = ctx.window.RTCIceCandidate;
    if (typeof Candidate !== 'function') return;
    const proto = Candidate.prototype as object;
    wrapGetter(proto, 'candidate', this.name, (nativeGet) => function (this: unknown) {
      const state = typeof this === 'object' && this !== null ? endOfCandidates.peek(this) : undefined;
      return state && state.empty ? '' : nativeGet.call(this);
    });
    if (typeof (proto as { toJSON?: unknown }).toJSON === 'function') {
      wrapMethod(proto, 'toJSON', this.name, (native) => function (this: unknown, ...args: unknown[]) {
        const json = native.apply(this, args);
        const state = typeof this === 'object' && this !== null ? endOfCandidates.peek(this) : undefined;
        return state && state.empty && typeof json === 'object' && json !== null ? { ...json, candidate: '' } : json;
      });
    }
    wrapConstructor(
      ctx.window,
      'RTCIceCandidate',
      this.name,
      (args) => (isEmptyCandidateInit(args[0]) ? [withPlaceholder(args[0] as RTCIceCandidateInit)] : args.slice()),
      (instance, args) => {
        if (isEmptyCandidateInit(args[0])) endOfCandidates.get(instance).empty = true;
      },
    );
  },
};
