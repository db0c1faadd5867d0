/**
 * The seed page calls `navigator.getUserMedia({video: true}, function (stream) {...})` with no
 * failure callback, as 2013 Chrome and Firefox allowed. Chromium's `navigator.getUserMedia` and
 * `webkitGetUserMedia` now declare the failure callback required (length 3) and throw a TypeError,
 * so that code stops at its first line. A shim never refuses a calling form that works natively in
 * some engine: the failure callback becomes optional, a failure without one is a console warning
 * (https://w3c.github.io/mediacapture-main/#navigatorusermedia-interface-extensions). Behaviour
 * test: the native function's `length` (3: the third argument is required), read through its
 * property descriptor so that no deprecated member is read at page load. Gecko never shipped
 * `navigator.getUserMedia` or `webkitGetUserMedia` (only `mozGetUserMedia`), so it is not asked:
 * looking the names up on Firefox's Navigator prototype costs ~0.1 ms of every page load.
 */
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim, ShimContext, ShimNavigator } from '../../types';
import { legacyCaptureCalls, patchableOwner } from '../../window';

const NAMES = ['getUserMedia', 'webkitGetUserMedia'];

/** The engine's own getUserMedia/webkitGetUserMedia that require the failure callback (length 3). */
const requiringFailure = (nav: ShimNavigator | undefined): string[] => legacyCaptureCalls(nav, NAMES, (fn) => fn.length >= 3);

function install(ctx: ShimContext, tag: string): void {
  const nav = ctx.window.navigator;
  const names = requiringFailure(nav);
  if (!nav) return;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    wrapMethod(patchableOwner(nav), name, tag, (native) => function (this: unknown, ...args: unknown[]): unknown {
      if (args[2] !== undefined || typeof args[1] !== 'function') return native.apply(this, args);
      const warn = (error: unknown): void => ctx.log.warn(name + ' failed and the legacy call passed no failure callback:', error);
      return native.call(this, args[0], args[1], warn);
    });
  }
}

export const shim: Shim = {
  name: 'get-user-media-failure-optional',
  area: 'media-devices',
  reason:
    'navigator.getUserMedia(constraints, success) without a failure callback, as the seed page calls it, must work ' +
    '(https://w3c.github.io/mediacapture-main/#navigatorusermedia-interface-extensions)',
  needed(ctx) {
    if (ctx.browser.engine === 'gecko') return false;
    const names = requiringFailure(ctx.window.navigator);
    return names.length ? names.join(', ') + ' require the failure callback' : false;
  },
  install(ctx) {
    install(ctx, this.name);
  },
};
