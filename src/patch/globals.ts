/**
 * Window globals: the prefixed names each engine family used for the WebRTC constructors, and
 * the writer that keeps a constructor and all its aliases pointing at one function.
 */
import { defineValue } from './define';
import type { EngineName, ShimWindow, WindowGlobalName } from '../types';

export type ConstructorName = 'RTCPeerConnection' | 'RTCSessionDescription' | 'RTCIceCandidate' | 'MediaStream';

/** Prefixed aliases by engine family, as the engines shipped them. */
export const PREFIXED_NAMES: Readonly<Record<ConstructorName, Partial<Record<EngineName, WindowGlobalName>>>> = {
  RTCPeerConnection: { blink: 'webkitRTCPeerConnection', gecko: 'mozRTCPeerConnection' },
  RTCSessionDescription: { gecko: 'mozRTCSessionDescription' },
  RTCIceCandidate: { gecko: 'mozRTCIceCandidate' },
  MediaStream: { blink: 'webkitMediaStream' },
};

export function prefixedNames(name: ConstructorName): WindowGlobalName[] {
  return Object.values(PREFIXED_NAMES[name]).filter((n): n is WindowGlobalName => typeof n === 'string');
}

/** Defines a window global the way WebIDL defines interface objects. */
export function defineGlobal(win: ShimWindow, name: WindowGlobalName, value: unknown): void {
  defineValue(win, name, value);
}

/** Points `name` and every alias that pointed at `previous` to `next`. */
export function replaceGlobal(win: ShimWindow, name: ConstructorName, previous: unknown, next: unknown): void {
  for (const key of [name, ...prefixedNames(name)]) {
    // `previous !== undefined`: a missing alias must not count as "pointing at" a missing constructor.
    if (key === name || (previous !== undefined && win[key] === previous)) defineGlobal(win, key, next);
  }
}
