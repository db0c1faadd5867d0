/**
 * Engines that shipped WebRTC before the spec names were final had only prefixed constructors
 * (Chrome < 56: `webkitRTCPeerConnection`; Firefox < 44: `mozRTCPeerConnection`,
 * `mozRTCSessionDescription`, `mozRTCIceCandidate`; Chrome < 52: `webkitMediaStream`).
 */
import { CONSTRUCTOR_NAMES, defineGlobal, prefixedNames, type ConstructorName } from '../../patch/globals';
import type { Shim, ShimWindow, WindowGlobalName } from '../../types';

interface Gap {
  name: ConstructorName;
  prefixed: WindowGlobalName;
}

// Index loops, no iterator protocol: this runs at every page load (see factory.ts).
function missing(win: ShimWindow): Gap[] {
  const found: Gap[] = [];
  for (let i = 0; i < CONSTRUCTOR_NAMES.length; i++) {
    const name = CONSTRUCTOR_NAMES[i]!;
    // `in`, not a read: reading an interface object instantiates it, a cost at every page load.
    // A name present but set to undefined (a privacy extension disabling WebRTC) stays so.
    if (name in win) continue;
    const candidates = prefixedNames(name);
    for (let j = 0; j < candidates.length; j++) {
      if (typeof win[candidates[j]!] === 'function') {
        found.push({ name, prefixed: candidates[j]! });
        break;
      }
    }
  }
  return found;
}

export const shim: Shim = {
  name: 'unprefixed-constructors',
  area: 'peer-connection',
  reason:
    'spec code calls RTCPeerConnection/RTCSessionDescription/RTCIceCandidate/MediaStream; old engines had only moz*/webkit* names ' +
    '(https://w3c.github.io/webrtc-pc/#rtcpeerconnection-interface)',
  needed(ctx) {
    const gaps = missing(ctx.window);
    let found = '';
    for (let i = 0; i < gaps.length; i++) found += (i ? ', ' : 'only prefixed: ') + gaps[i]!.prefixed;
    return found || false;
  },
  install(ctx) {
    const gaps = missing(ctx.window);
    for (let i = 0; i < gaps.length; i++) defineGlobal(ctx.window, gaps[i]!.name, ctx.window[gaps[i]!.prefixed]);
  },
};
