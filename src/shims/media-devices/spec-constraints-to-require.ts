/**
 * Spec constraints with `exact` and `ideal` (https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints)
 * mean nothing to Firefox before 38, which read the 2014 draft's form: ranges binding only for the
 * names in `require`, wanted values in `advanced` sets (src/constraints/to-require.ts). There they
 * are converted to that form, so `{width: {exact: 640}}` is binding and `{width: {ideal: 1280}}`
 * preferred, as in today's engines. Behaviour test by engine range (a capture is the only probe).
 */
import { inEngines } from '../../browser';
import { requireConstraints } from '../../constraints/to-require';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { legacyCaptureCalls, patchableOwner } from '../../window';

export const shim: Shim = {
  name: 'spec-constraints-to-require',
  area: 'media-devices',
  reason: 'spec constraints (exact, ideal) in the require/advanced form Firefox < 38 read (https://w3c.github.io/mediacapture-main/archives/20140817/getusermedia.html)',
  engines: { gecko: [1, 37] },
  needed(ctx) {
    return inEngines(ctx.browser, this.engines) && ctx.window.navigator ? 'reads only require/advanced constraints' : false;
  },
  install(ctx) {
    const nav = ctx.window.navigator!;
    const wrap = (owner: object, name: string): void =>
      wrapMethod(owner, name, this.name, (native) => function (this: unknown, constraints: unknown, ...rest: unknown[]): unknown {
        return native.call(this, requireConstraints(constraints), ...rest);
      });
    for (const name of legacyCaptureCalls(nav)) wrap(patchableOwner(nav), name);
    const devices = nav.mediaDevices;
    if (devices && typeof devices.getUserMedia === 'function') wrap(patchableOwner(devices), 'getUserMedia');
  },
};
