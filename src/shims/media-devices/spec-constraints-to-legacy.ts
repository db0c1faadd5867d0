/**
 * Spec constraints (`{video: {width: {min: 640}, deviceId: {exact: id}}}`,
 * https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints) mean nothing to Chrome
 * before 53: its capture call took only the legacy `{mandatory, optional}` shape and captured at
 * its defaults otherwise ("an incompatible constraints parameter", the unprefixing intent,
 * https://groups.google.com/a/chromium.org/g/blink-dev/c/E4LA0P0YYPQ). There they become legacy
 * constraints (`src/constraints/to-legacy.ts`); names the legacy shape lacks are dropped with a
 * one-time warning. Behaviour test by engine range: the only probe is a capture.
 */
import { legacyConstraints } from '../../constraints/to-legacy';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { inEngines } from '../../browser';
import { legacyCaptureCalls, patchableOwner } from '../../window';

export const shim: Shim = {
  name: 'spec-constraints-to-legacy',
  area: 'media-devices',
  reason: 'spec constraints as legacy {mandatory, optional} ones, the only shape Chrome < 53 knew (https://crbug.com/607439)',
  engines: { blink: [1, 52] },
  needed(ctx) {
    return inEngines(ctx.browser, this.engines) && ctx.window.navigator ? 'knows only {mandatory, optional}' : false;
  },
  install(ctx) {
    const nav = ctx.window.navigator!;
    const convert = (constraints: unknown): unknown =>
      legacyConstraints(constraints, (key) => ctx.log.deprecated('constraint ' + key, 'dropped getUserMedia constraint ' + key));
    const wrap = (owner: object, name: string): void =>
      wrapMethod(owner, name, this.name, (native) => function (this: unknown, constraints: unknown, ...rest: unknown[]): unknown {
        return native.call(this, convert(constraints), ...rest);
      });
    for (const name of legacyCaptureCalls(nav)) wrap(patchableOwner(nav), name);
    const devices = nav.mediaDevices;
    if (devices && typeof devices.getUserMedia === 'function') wrap(patchableOwner(devices), 'getUserMedia');
  },
};
