/**
 * The only way rtcshim writes a property on a prototype, a global or a navigator. Each writer
 * checks first and throws a PatchError (which the factory reports) instead of letting a frozen or
 * non-configurable target throw a TypeError from the middle of an install. Every write goes
 * through the journal's `defineOwn`, so a shim whose install fails part-way is undone whole.
 */
import { PatchError } from './errors';
import { defineOwn } from './journal';
import { markOf, setMark } from './mark';

export function describeTarget(target: object): string {
  const ctor = (target as { constructor?: { name?: string } }).constructor;
  const name = ctor && typeof ctor.name === 'string' && ctor.name ? ctor.name : 'object';
  return Object.prototype.hasOwnProperty.call(target, 'constructor') ? name + '.prototype' : name;
}

/** Throws unless `target[key]` can be (re)defined as an own property. */
export function assertDefinable(target: object, key: PropertyKey): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  if (own ? !own.configurable : !Object.isExtensible(target)) {
    throw new PatchError(
      describeTarget(target) + '.' + String(key) + ' cannot be redefined (frozen or non-configurable)',
    );
  }
}

/**
 * Defines `target[key] = value` the way WebIDL defines interface members and globals: writable,
 * configurable, not enumerable. No-op when the value is already there.
 */
export function defineValue(target: object, key: PropertyKey, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  if (own && 'value' in own && own.value === value) return;
  assertDefinable(target, key);
  defineOwn(target, key, { value, writable: true, enumerable: false, configurable: true });
}

export interface AccessorPair<This, V> {
  get(this: This): V;
  set?(this: This, value: V): void;
}

/**
 * Defines an accessor (e.g. a missing read-only attribute) tagged with the installing shim, so a
 * second install of the same shim is a no-op.
 */
export function defineAccessor<This, V>(target: object, key: PropertyKey, tag: string, pair: AccessorPair<This, V>): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  if (own && markOf(own.get)?.tag === tag) return;
  assertDefinable(target, key);
  const get = function (this: This): V {
    return pair.get.call(this);
  };
  copyAccessorName(get, 'get', key);
  setMark(get, tag, own?.get);
  let set: ((this: This, value: V) => void) | undefined;
  if (pair.set) {
    const write = pair.set;
    set = function (this: This, value: V): void {
      write.call(this, value);
    };
    copyAccessorName(set, 'set', key);
  }
  defineOwn(target, key, { get, set, enumerable: true, configurable: true });
}

function copyAccessorName(fn: object, kind: 'get' | 'set', key: PropertyKey): void {
  Object.defineProperty(fn, 'name', { value: kind + ' ' + String(key), configurable: true });
}
