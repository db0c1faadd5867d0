/**
 * Engines that shipped WebRTC before the spec names were final had only prefixed constructors
 * (Chrome < 56: `webkitRTCPeerConnection`; Firefox < 44: `mozRTCPeerConnection`,
 * `mozRTCSessionDescription`, `mozRTCIceCandidate`; Chrome < 52: `webkitMediaStream`).
 */
import { defineGlobal, prefixedNames, type ConstructorName } from '../../patch/globals';
import type { Shim, ShimWindow, WindowGlobalName } from '../../types';

const NAMES: readonly ConstructorName[] = ['RTCPeerConnection', 'RTCSessionDescription', 'RTCIceCandidate', 'MediaStream'];

function missing(win: ShimWindow): Array<[ConstructorName, WindowGlobalName]> {
  const found: Array<[ConstructorName, WindowGlobalName]> = [];
  for (const name of NAMES) {
    if (typeof win[name] === 'function') continue;
    const prefixed = prefixedNames(name).find((p) => typeof win[p] === 'function');
    if (prefixed) found.push([name, prefixed]);
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
    return gaps.length > 0 ? 'only prefixed: ' + gaps.map(([, p]) => p).join(', ') : false;
  },
  install(ctx) {
    for (const [name, prefixed] of missing(ctx.window)) defineGlobal(ctx.window, name, ctx.window[prefixed]);
  },
};
