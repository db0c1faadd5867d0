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

export const CONSTRUCTOR_NAMES: readonly ConstructorName[] = ['RTCPeerConnection', 'RTCSessionDescription', 'RTCIceCandidate', 'MediaStream'];

const ENGINES: readonly EngineName[] = ['blink', 'gecko', 'webkit'];

/** Every prefixed name `name` had in any engine. (Index loops: this runs at page load.) */
export function prefixedNames(name: ConstructorName): WindowGlobalName[] {
  const out: WindowGlobalName[] = [];
  for (let i = 0; i < ENGINES.length; i++) {
    const alias = PREFIXED_NAMES[name][ENGINES[i]!];
    if (alias) out.push(alias);
  }
  return out;
}

/** Defines a window global the way WebIDL defines interface objects. */
export function defineGlobal(win: ShimWindow, name: WindowGlobalName, value: unknown): void {
  defineValue(win, name, value);
}

/** Points `name` and every alias that pointed at `previous` to `next`. */
export function replaceGlobal(win: ShimWindow, name: ConstructorName, previous: unknown, next: unknown): void {
  defineGlobal(win, name, next);
  const aliases = prefixedNames(name);
  for (let i = 0; i < aliases.length; i++) {
    // `previous !== undefined`: a missing alias must not count as "pointing at" a missing constructor.
    if (previous !== undefined && win[aliases[i]!] === previous) defineGlobal(win, aliases[i]!, next);
  }
}
