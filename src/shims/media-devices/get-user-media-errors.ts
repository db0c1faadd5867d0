/**
 * A failed capture rejects with a DOMException of the spec's name (OverconstrainedError with its
 * `constraint`) or a TypeError (https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia).
 * Firefox (153, measured) still fails with its legacy MediaStreamError instead: `mozGetUserMedia({})`
 * hands the failure callback a MediaStreamError named TypeError (not a TypeError), and an
 * impossible deviceId rejects both forms with a MediaStreamError, not a DOMException. Chrome
 * before 64 failed with a NavigatorUserMediaError of the pre-spec names (PermissionDeniedError,
 * ConstraintNotSatisfiedError with `constraintName`, ...; the renaming:
 * https://crbug.com/721412, https://groups.google.com/g/discuss-webrtc/c/DMPTKcXVUQ4). Behaviour
 * test by engine range: only a capture shows it (asynchronously), and neither error has an
 * interface object to look for.
 */
import { toSpecError } from '../../patch/legacy-callbacks';
import { wrapMethod } from '../../patch/wrap-method';
import { inEngines } from '../../browser';
import type { Shim } from '../../types';
import { legacyCaptureCalls, patchableOwner } from '../../window';

export const shim: Shim = {
  name: 'get-user-media-errors',
  area: 'media-devices',
  reason: 'capture errors are TypeError or DOMException (https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia)',
  engines: { gecko: [1, Infinity], blink: [1, 63] },
  needed(ctx) {
    return inEngines(ctx.browser, this.engines) && ctx.window.navigator ? 'pre-spec capture errors' : false;
  },
  install(ctx) {
    const win = ctx.window;
    const nav = win.navigator;
    const devices = nav && nav.mediaDevices;
    const spec = (error: unknown): unknown => toSpecError(win, error);
    if (devices && typeof devices.getUserMedia === 'function') {
      wrapMethod(patchableOwner(devices), 'getUserMedia', this.name, (native) => function (this: unknown, ...args: unknown[]): unknown {
        return (native.apply(this, args) as Promise<unknown>).then(undefined, (error: unknown) => Promise.reject(spec(error)));
      });
    }
    // The engine's own legacy calls (navigator.getUserMedia where native; rtcshim's own goes through mediaDevices).
    for (const name of legacyCaptureCalls(nav)) {
      wrapMethod(patchableOwner(nav!), name, this.name, (native) => function (this: unknown, ...args: unknown[]): unknown {
        const failure = args[2];
        if (typeof failure === 'function') args[2] = (error: unknown): unknown => failure(spec(error));
        return native.apply(this, args);
      });
    }
  },
};
