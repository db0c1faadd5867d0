/**
 * Apps of 2013–2016 pass createOffer/createAnswer the pre-spec constraints object
 * `{mandatory: {OfferToReceiveAudio: true}, optional: [{VoiceActivityDetection: false}]}` (the
 * seed page's era; Chrome and Firefox read it then). Every engine in the rig now ignores it
 * (measured in Chromium 73, 92, 123, 156 and Firefox 153: the offer has no recvonly section;
 * test/e2e/offer-options.e2e.js), so such an app offers nothing to receive. This shim turns it
 * into the spec's RTCOfferOptions (https://w3c.github.io/webrtc-pc/#dictionary-rtcofferoptions-members,
 * https://w3c.github.io/webrtc-pc/#legacy-configuration-extensions) on a copy; spec members the
 * caller also passed win. No engine reads the old shape any more and the result shows only after
 * an async call, so the behaviour test is: the engine has createOffer.
 */
import { wrapSignalingMethod } from '../../patch/signaling-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

const SPEC_NAMES: Readonly<Record<string, string>> = {
  offertoreceiveaudio: 'offerToReceiveAudio',
  offertoreceivevideo: 'offerToReceiveVideo',
  icerestart: 'iceRestart',
  voiceactivitydetection: 'voiceActivityDetection',
};

/** The spec options a legacy constraints object stands for, or `options` itself when it is not one. */
export function fromLegacyConstraints(options: unknown): unknown {
  if (typeof options !== 'object' || options === null) return options;
  const { mandatory, optional, ...rest } = options as { mandatory?: unknown; optional?: unknown };
  if (mandatory === undefined && optional === undefined) return options;
  const out: Record<string, unknown> = {};
  // Optional entries first, so mandatory ones override them; then the spec members themselves.
  const sets = [...(Array.isArray(optional) ? optional : []), mandatory];
  for (const set of sets) {
    if (typeof set !== 'object' || set === null) continue;
    for (const key of Object.keys(set)) {
      const name = SPEC_NAMES[key.toLowerCase()];
      if (name) out[name] = Boolean((set as Record<string, unknown>)[key]);
    }
  }
  return { ...out, ...rest };
}

export const shim: Shim = {
  name: 'offer-constraints',
  area: 'peer-connection',
  reason:
    'pre-spec {mandatory, optional} offer constraints (OfferToReceiveAudio…) must act as RTCOfferOptions; engines now ignore them ' +
    '(https://w3c.github.io/webrtc-pc/#legacy-configuration-extensions)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) ? 'createOffer ignores {mandatory: {OfferToReceiveAudio}} constraints' : false;
  },
  install(ctx) {
    for (const key of ['createOffer', 'createAnswer'] as const) {
      wrapSignalingMethod(ctx, key, this.name, (native) => function (this: unknown, ...args: unknown[]) {
        return args.length ? native.call(this, fromLegacyConstraints(args[0]), ...args.slice(1)) : native.apply(this, args);
      });
    }
  },
};
