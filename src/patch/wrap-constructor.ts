/**
 * Replaces a WebRTC constructor with one that rewrites its arguments, without breaking what apps
 * do with constructors: `instanceof` (the wrapper shares the native prototype object), subclassing
 * (`class X extends RTCPeerConnection` constructs through `new.target`), statics such as
 * `generateCertificate` (inherited from the native constructor), `name`/`length`, and
 * `pc.constructor === RTCPeerConnection`. adapter.js's Safari wrapper breaks the first two.
 */
import { PatchError } from './errors';
import { assertDefinable, defineValue } from './define';
import { prefixedNames, replaceGlobal, type ConstructorName } from './globals';
import { copyShape, markOf, setMark } from './mark';
import type { ShimWindow } from '../types';

type Constructable = new (...args: unknown[]) => object;

export function wrapConstructor(
  win: ShimWindow,
  name: ConstructorName,
  tag: string,
  /** Rewrites the arguments; null passes them through as given. */
  mapArgs: ((args: readonly unknown[]) => unknown[]) | null,
  /** Runs on each new instance with the arguments the app passed (e.g. to remember them). */
  created?: (instance: object, args: readonly unknown[]) => void,
): void {
  const current: unknown = win[name];
  if (typeof current !== 'function') throw new PatchError('window.' + name + ' is not a constructor');
  if (markOf(current)?.tag === tag) return;
  const Native = current as Constructable;
  const prototype: unknown = Native.prototype;
  if (typeof prototype !== 'object' || prototype === null) {
    throw new PatchError('window.' + name + ' has no prototype');
  }
  // Check every write first, so a locked window or prototype leaves nothing half-patched.
  assertDefinable(prototype, 'constructor');
  for (const key of [name, ...prefixedNames(name)]) {
    if (key === name || win[key] === Native) assertDefinable(win, key);
  }
  const Wrapped = function (this: unknown, ...args: unknown[]): object {
    if (!new.target) {
      throw new TypeError("Failed to construct '" + name + "': Please use the 'new' operator.");
    }
    const instance = Reflect.construct(Native, mapArgs ? mapArgs(args) : args, new.target);
    if (created) created(instance, args);
    return instance;
  };
  Object.setPrototypeOf(Wrapped, Native);
  Object.defineProperty(Wrapped, 'prototype', { value: prototype, writable: false });
  copyShape(Wrapped, Native.name, Native.length);
  setMark(Wrapped, tag, Native);
  defineValue(prototype, 'constructor', Wrapped);
  replaceGlobal(win, name, Native, Wrapped);
}
