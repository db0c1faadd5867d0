/**
 * RTCIceCandidate's fields parsed from its candidate string: foundation, component, priority,
 * address, protocol, port, type, tcpType, relatedAddress, relatedPort, usernameFragment
 * (https://w3c.github.io/webrtc-pc/#rtcicecandidate-interface), each null when the string does not
 * carry it (or does not parse). Chromium 73 has none of them (measured: only candidate, sdpMid,
 * sdpMLineIndex). Getters on the prototype, so candidates the engine makes (`icecandidate` events)
 * have them too. They read `this.candidate` through the prototype, so an end-of-candidates object
 * of ice-candidate-end-init reads '' and has every field null.
 * usernameFragment is the constructor's `usernameFragment` where one was given (the spec's slot),
 * else the candidate's `ufrag`: where the engine lacks it, the constructor is wrapped to remember
 * the dictionary's value, and toJSON() gets it too. Behaviour test: which getters are missing.
 */
import { defineAccessor } from '../../patch/define';
import { privateState } from '../../patch/private-state';
import { wrapConstructor } from '../../patch/wrap-constructor';
import { wrapMethod } from '../../patch/wrap-method';
import { parseCandidate, type ParsedCandidate } from '../../sdp/candidate';
import type { Shim, ShimWindow } from '../../types';

const FIELDS = ['foundation', 'component', 'priority', 'address', 'protocol', 'port', 'type', 'tcpType', 'relatedAddress', 'relatedPort', 'usernameFragment'] as const;

/** The usernameFragment an app's dictionary gave, per candidate it constructed. */
const given = privateState<object, { ufrag?: unknown }>(() => ({}));

/** The last string parsed: each field getter reads the same candidate. */
let last: [string, ParsedCandidate | null] = ['', null];
function parsed(candidate: unknown): ParsedCandidate | null {
  if (typeof candidate !== 'string') return null;
  if (last[0] !== candidate) last = [candidate, parseCandidate(candidate)];
  return last[1];
}

function missing(win: ShimWindow): string[] {
  const Candidate = win.RTCIceCandidate;
  const out: string[] = [];
  if (typeof Candidate === 'function') for (let i = 0; i < FIELDS.length; i++) if (!(FIELDS[i]! in Candidate.prototype)) out.push(FIELDS[i]!);
  return out;
}

export const shim: Shim = {
  name: 'ice-candidate-fields',
  area: 'ice',
  reason: 'RTCIceCandidate exposes the fields of its candidate string (https://w3c.github.io/webrtc-pc/#rtcicecandidate-interface)',
  needed(ctx) {
    const gaps = missing(ctx.window);
    return gaps.length ? 'RTCIceCandidate lacks ' + gaps.join(', ') : false;
  },
  install(ctx) {
    const gaps = missing(ctx.window);
    const Candidate = ctx.window.RTCIceCandidate;
    if (!gaps.length || !Candidate) return;
    const proto = Candidate.prototype as object;
    for (let i = 0; i < gaps.length; i++) {
      const key = gaps[i] as keyof ParsedCandidate;
      defineAccessor<RTCIceCandidate, unknown>(proto, key, this.name, {
        get() {
          const fields = parsed(this.candidate);
          if (key === 'usernameFragment') {
            const ufrag = given.peek(this)?.ufrag;
            if (ufrag != null) return String(ufrag);
          }
          return fields ? fields[key] : null;
        },
      });
    }
    if (gaps.indexOf('usernameFragment') < 0) return;
    if (typeof (proto as { toJSON?: unknown }).toJSON === 'function') {
      wrapMethod(proto, 'toJSON', this.name, (native) => function (this: unknown, ...args: unknown[]) {
        const json = native.apply(this, args) as Record<string, unknown>;
        return json && typeof json === 'object' && !('usernameFragment' in json)
          ? { ...json, usernameFragment: (this as RTCIceCandidate).usernameFragment }
          : json;
      });
    }
    wrapConstructor(ctx.window, 'RTCIceCandidate', this.name, null, (instance, args) => {
      const init = args[0] as RTCIceCandidateInit | null | undefined;
      if (init && init.usernameFragment != null) given.get(instance).ufrag = init.usernameFragment;
    });
  },
};
