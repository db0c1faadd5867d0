/**
 * RTCIceCandidate's fields parsed from its candidate string: foundation, component, priority,
 * address, protocol, port, type, tcpType, relatedAddress, relatedPort, usernameFragment
 * (https://w3c.github.io/webrtc-pc/#rtcicecandidate-interface), each null when the string does not
 * carry it (or does not parse). Chromium 73 has none of them (measured: only candidate, sdpMid,
 * sdpMLineIndex). Getters on the prototype, so candidates the engine makes (`icecandidate` events)
 * have them too. They read `this.candidate` through the prototype, so an end-of-candidates object
 * of ice-candidate-end-init reads '' and has every field null.
 * usernameFragment, where the engine lacks it: for a candidate the app constructed, the
 * dictionary's `usernameFragment` or null (the spec's slot; Chromium 156 and Firefox 153 ignore a
 * `ufrag` in the string there, measured), so the constructor is wrapped to remember it; for one
 * the engine made (an `icecandidate` event), the string's `ufrag` (ice-candidate-to-json puts it
 * in toJSON()).
 * Behaviour test: which getters are missing.
 */
import { defineAccessor } from '../../patch/define';
import { privateState } from '../../patch/private-state';
import { wrapConstructor } from '../../patch/wrap-constructor';
import { parseCandidate, type ParsedCandidate } from '../../sdp/candidate';
import type { Shim, ShimWindow } from '../../types';
import { missingMembers } from '../../window';

const FIELDS = ['foundation', 'component', 'priority', 'address', 'protocol', 'port', 'type', 'tcpType', 'relatedAddress', 'relatedPort', 'usernameFragment'] as const;

/** The usernameFragment an app's dictionary gave (or null), per candidate it constructed. */
const given = privateState<object, { ufrag: string | null }>(() => ({ ufrag: null }));

/** The last string parsed: each field getter reads the same candidate. */
let last: [string, ParsedCandidate | null] = ['', null];
function parsed(candidate: unknown): ParsedCandidate | null {
  if (typeof candidate !== 'string') return null;
  if (last[0] !== candidate) last = [candidate, parseCandidate(candidate)];
  return last[1];
}

function missing(win: ShimWindow): string[] {
  const Candidate = win.RTCIceCandidate;
  return missingMembers(typeof Candidate === 'function' ? Candidate.prototype : null, FIELDS);
}

export const shim: Shim = {
  name: 'ice-candidate-fields',
  area: 'ice',
  reason: 'RTCIceCandidate fields (https://w3c.github.io/webrtc-pc/#rtcicecandidate-interface)',
  needed(ctx) {
    const gaps = missing(ctx.window);
    return gaps.length ? 'no ' + gaps.join(', ') : false;
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
          const made = key === 'usernameFragment' && given.peek(this);
          return made ? made.ufrag : fields ? fields[key] : null;
        },
      });
    }
    if (gaps.indexOf('usernameFragment') < 0) return;
    wrapConstructor(ctx.window, 'RTCIceCandidate', this.name, null, (instance, args) => {
      const init = args[0] as RTCIceCandidateInit | null | undefined;
      const ufrag = init ? init.usernameFragment : null;
      given.get(instance).ufrag = ufrag == null ? null : String(ufrag);
    });
  },
};
