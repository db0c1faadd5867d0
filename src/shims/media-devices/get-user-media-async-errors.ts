/**
 * The legacy `navigator.getUserMedia(constraints, success, failure)` reports a failed request,
 * `{}` or constraints without audio and video included, to the failure callback: its steps run
 * `mediaDevices.getUserMedia`, which rejects with a TypeError
 * (https://w3c.github.io/mediacapture-main/#navigatorusermedia-interface-extensions). Chromium
 * (73 to 156, measured) throws that TypeError synchronously out of `getUserMedia` and
 * `webkitGetUserMedia` instead, so legacy code that handles errors in its failure callback never
 * sees it and stops. The failure callback gets it asynchronously; callbacks that are not
 * functions still throw (WebIDL). Behaviour test: the native function throws for `{}` (no device
 * is asked, no prompt). Gecko is not asked (it never shipped these names; `mozGetUserMedia`
 * fails asynchronously, measured in Firefox 153).
 */
import { reportException } from '../../patch/legacy-callbacks';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim, ShimNavigator } from '../../types';
import { legacyCaptureCalls, patchableOwner } from '../../window';

const NAMES = ['getUserMedia', 'webkitGetUserMedia'];
const noop = (): void => {};

/** The names whose native function throws synchronously for constraints without audio and video. */
function throwing(nav: ShimNavigator | undefined): string[] {
  return legacyCaptureCalls(nav, NAMES, (fn) => {
    try {
      fn.call(nav, {}, noop, noop);
      return false;
    } catch {
      return true;
    }
  });
}

export const shim: Shim = {
  name: 'get-user-media-async-errors',
  area: 'media-devices',
  reason: 'getUserMedia({}, ok, fail) calls fail, never throws (https://w3c.github.io/mediacapture-main/#navigatorusermedia-interface-extensions)',
  needed(ctx) {
    if (ctx.browser.engine === 'gecko') return false;
    const names = throwing(ctx.window.navigator);
    return names.length ? names.join(', ') + ' throw' : false;
  },
  install(ctx) {
    const nav = ctx.window.navigator;
    for (const name of throwing(nav)) {
      wrapMethod(patchableOwner(nav!), name, this.name, (native) => function (this: unknown, ...args: unknown[]): unknown {
        try {
          return native.apply(this, args);
        } catch (error) {
          const [, success, failure] = args;
          if (typeof success !== 'function' || typeof failure !== 'function') throw error;
          Promise.resolve().then(() => (failure as (e: unknown) => void)(error)).catch(reportException);
        }
      });
    }
  },
};
