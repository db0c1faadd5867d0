/**
 * Wraps the getter of an accessor (an IDL attribute) while keeping the native getter for every
 * case the shim does not handle: the replacement gets the native getter to call. The setter, the
 * enumerability and the name stay as they were. No-op when this shim already wrapped it.
 */
import { PatchError } from './errors';
import { assertDefinable, describeTarget } from './define';
import { defineOwn } from './journal';
import { markOf, setMark } from './mark';

export type Getter = (this: unknown) => unknown;

export function wrapGetter(target: object, key: string, tag: string, build: (nativeGet: Getter) => Getter): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  if (!own || typeof own.get !== 'function') {
    throw new PatchError(describeTarget(target) + '.' + key + ' is not an accessor');
  }
  if (markOf(own.get)?.tag === tag) return;
  assertDefinable(target, key);
  const nativeGet = own.get as Getter;
  const get = build(nativeGet);
  Object.defineProperty(get, 'name', { value: nativeGet.name, configurable: true });
  setMark(get, tag, nativeGet);
  defineOwn(target, key, { get, set: own.set, enumerable: own.enumerable, configurable: true });
}
