/**
 * Replaces a method with a wrapper that keeps its `name` and `length`. Only ever called by a shim
 * whose behaviour test found the native method wrong, so where nothing is wrong the method stays
 * the native function object.
 */
import { PatchError } from './errors';
import { assertDefinable, describeTarget } from './define';
import { defineOwn } from './journal';
import { markOf, setMark, shaped } from './mark';

/** A method as the patch layer sees it: `this` and arguments are checked by the wrapper. */
export type Method = (this: unknown, ...args: unknown[]) => unknown;

export function wrapMethod(
  target: object,
  key: string,
  tag: string,
  build: (native: Method) => Method,
  /** The wrapper's `length` where the shim changes it (an argument made optional: the spec's 0). */
  length?: number,
): void {
  const current: unknown = Reflect.get(target, key);
  if (typeof current !== 'function') {
    throw new PatchError(describeTarget(target) + '.' + key + ' is not a function');
  }
  if (markOf(current)?.tag === tag) return;
  assertDefinable(target, key);
  const native = current as Method;
  const wrapper = shaped(native.name, length ?? native.length, build(native));
  setMark(wrapper, tag, native);
  const existing = findDescriptor(target, key);
  defineOwn(target, key, {
    value: wrapper,
    writable: true,
    enumerable: existing ? existing.enumerable : true,
    configurable: true,
  });
}

/** The descriptor `target[key]` resolves to: own, or the nearest inherited one. */
function findDescriptor(target: object, key: string): PropertyDescriptor | undefined {
  for (let obj: object | null = target; obj; obj = Object.getPrototypeOf(obj)) {
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    if (desc) return desc;
  }
  return undefined;
}

/** Adds a method the engine lacks (e.g. a legacy one). No-op when this shim already added it. */
export function addMethod(target: object, key: string, tag: string, method: Method, length: number): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  if (own && markOf(own.value)?.tag === tag) return;
  assertDefinable(target, key);
  const added = shaped(key, length, method);
  setMark(added, tag, own?.value);
  defineOwn(target, key, { value: added, writable: true, enumerable: true, configurable: true });
}
