/**
 * RTCIceCandidate's toJSON() must carry usernameFragment
 * (https://w3c.github.io/webrtc-pc/#dom-rtcicecandidate-tojson): an app that relays
 * `JSON.stringify(candidate)` otherwise drops the fragment the other side's addIceCandidate checks.
 * Chromium up to 109 leaves it out (`scripts/chromium-probe.mjs` candidateJsonUfrag: false in 92,
 * 103, 106 and 109, true in 110, 111, 112 and 123; Chromium 73 has no usernameFragment at all and
 * gets it from ice-candidate-fields). Behaviour test: the engine range, since seeing it costs a
 * candidate's construction at every page load in every engine.
 */
import { inEngines } from '../../browser';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';

export const shim: Shim = {
  name: 'ice-candidate-to-json',
  area: 'ice',
  engines: { blink: [1, 109] },
  reason: 'toJSON() has usernameFragment (https://w3c.github.io/webrtc-pc/#dom-rtcicecandidate-tojson)',
  needed(ctx) {
    // The range first: reading RTCIceCandidate instantiates the interface object.
    if (!inEngines(ctx.browser, this.engines)) return false;
    const Candidate = ctx.window.RTCIceCandidate;
    return Candidate && typeof Candidate.prototype.toJSON === 'function'
      ? 'no usernameFragment in Chromium ' + String(ctx.browser.version)
      : false;
  },
  install(ctx) {
    const Candidate = ctx.window.RTCIceCandidate;
    if (!Candidate) return;
    wrapMethod(Candidate.prototype, 'toJSON', this.name, (native) => function (this: unknown, ...args: unknown[]) {
      const json = native.apply(this, args) as Record<string, unknown>;
      return json && typeof json === 'object' && !('usernameFragment' in json)
        ? { ...json, usernameFragment: (this as RTCIceCandidate).usernameFragment }
        : json;
    });
  },
};
