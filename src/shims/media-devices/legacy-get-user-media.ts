/**
 * `navigator.getUserMedia(constraints, success, failure)` is the legacy capture call the seed's
 * samples use (https://w3c.github.io/mediacapture-main/#navigatorusermedia-interface-extensions).
 * Firefox keeps only `mozGetUserMedia` and WebKit has none; both have
 * `navigator.mediaDevices.getUserMedia`, which this builds on. The failure callback is optional,
 * as the seed page's calls need (a failure without one is a console warning); one given but not
 * callable is a TypeError.
 */
import { reportException, toSpecError } from '../../patch/legacy-callbacks';
import { addMethod } from '../../patch/wrap-method';
import type { Shim, ShimNavigator } from '../../types';
import { patchableOwner } from '../../window';

function mediaDevicesOf(nav: ShimNavigator | undefined): Partial<MediaDevices> | undefined {
  return nav && nav.mediaDevices && typeof nav.mediaDevices.getUserMedia === 'function' ? nav.mediaDevices : undefined;
}

export const shim: Shim = {
  name: 'legacy-get-user-media',
  area: 'media-devices',
  reason:
    'legacy code calls navigator.getUserMedia(constraints, success, failure), missing in Firefox and WebKit ' +
    '(https://w3c.github.io/mediacapture-main/#navigatorusermedia-interface-extensions)',
  needed(ctx) {
    const nav = ctx.window.navigator;
    // `in`, not a read: Chromium counts reads of its deprecated getUserMedia, a cost at page load.
    return nav && !('getUserMedia' in nav) && mediaDevicesOf(nav)
      ? 'navigator.getUserMedia is missing'
      : false;
  },
  install(ctx) {
    const nav = ctx.window.navigator;
    if (!nav) return;
    const win = ctx.window;
    const getUserMedia = function (this: unknown, ...args: unknown[]): void {
      const [constraints, success, failure] = args;
      if (typeof success !== 'function' || (failure !== undefined && typeof failure !== 'function')) {
        throw new TypeError("Failed to execute 'getUserMedia' on 'Navigator': the callbacks must be functions.");
      }
      const devices = mediaDevicesOf(nav);
      if (!devices || !devices.getUserMedia) return;
      devices.getUserMedia(constraints as MediaStreamConstraints).then(
        (stream) => {
          try {
            (success as (s: MediaStream) => void)(stream);
          } catch (error) {
            reportException(error);
          }
        },
        (error: unknown) => {
          if (failure === undefined) {
            ctx.log.warn('getUserMedia failed and the legacy call passed no failure callback:', toSpecError(win, error));
            return;
          }
          try {
            (failure as (e: unknown) => void)(toSpecError(win, error));
          } catch (thrown) {
            reportException(thrown);
          }
        },
      );
    };
    addMethod(patchableOwner(nav), 'getUserMedia', this.name, getUserMedia, 3);
  },
};
