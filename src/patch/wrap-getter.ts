/**
 * Wraps the getter (or the setter) of an accessor (an IDL attribute) while keeping the native one
 * for every case the shim does not handle: the replacement gets the native function to call. The
 * other half, the enumerability and the name stay as they were. No-op when this shim already
 * wrapped it.
 */
import { PatchError } from './errors';
import { assertDefinable, describeTarget } from './define';
import { defineOwn } from './journal';
import { markOf, setMark } from './mark';

export type Getter = (this: unknown) => unknown;
export type Setter = (this: unknown, value: unknown) => void;

export function wrapGetter(target: object, key: string, tag: string, build: (nativeGet: Getter) => Getter): void {
  wrapPart(target, key, tag, 'get', build);
}

export function wrapSetter(target: object, key: string, tag: string, build: (nativeSet: Setter) => Setter): void {
  wrapPart(target, key, tag, 'set', build);
}

function wrapPart<F extends Getter | Setter>(target: object, key: string, tag: string, part: 'get' | 'set', build: (native: F) => F): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  const native = own && (own[part] as F | undefined);
  if (typeof native !== 'function') {
    throw new PatchError(describeTarget(target) + '.' + key + ' is not an accessor');
  }
  if (markOf(native)?.tag === tag) return;
  assertDefinable(target, key);
  const fn = build(native);
  Object.defineProperty(fn, 'name', { value: native.name, configurable: true });
  setMark(fn, tag, native);
  defineOwn(target, key, { get: own!.get, set: own!.set, enumerable: own!.enumerable, configurable: true, [part]: fn });
}
