/**
 * A legacy `{mandatory: {...}}` set with a name Chromium does not know (`fooBar`, `googFooBar`,
 * and `facingMode`, a spec name the legacy shape lacks) fails the whole request in Chromium up to
 * 103 with an OverconstrainedError naming it ("Unknown name of constraint detected"), and calls
 * the legacy failure callback before the call returns (measured in 73, 92 and 103; 106 to 156
 * ignore the name). Legacy code written for other engines then gets no stream. The request is
 * made again with the constraints in the spec shape (`src/constraints/legacy.ts`), where unknown
 * names are dropped with a one-time warning and `facingMode` is kept; a request Chromium accepts
 * is never touched, and a failure callback always runs after the call has returned
 * (https://w3c.github.io/mediacapture-main/#navigatorusermedia-interface-extensions). Behaviour
 * test by engine range (probe `legacyUnknownName`; 104 and 105 were not measured, and are
 * included: the retry acts only on that rejection).
 */
import { specConstraints } from '../../constraints/legacy';
import { reportException } from '../../patch/legacy-callbacks';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { inEngines } from '../../browser';
import { legacyCaptureCalls, patchableOwner } from '../../window';

type Bag = Record<string, unknown>;

export const shim: Shim = {
  name: 'legacy-constraint-unknown-names',
  area: 'media-devices',
  reason: 'an unknown legacy constraint name is dropped, never a failed capture (https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints)',
  engines: { blink: [1, 105] },
  needed(ctx) {
    return inEngines(ctx.browser, this.engines) && ctx.window.navigator && ctx.window.navigator.mediaDevices ? 'rejects unknown {mandatory} names' : false;
  },
  install(ctx) {
    const nav = ctx.window.navigator!;
    const devices = nav.mediaDevices!;
    // The spec-shaped retry for `constraints` when `error` is Chromium's rejection of a name in their
    // {mandatory} set; undefined otherwise.
    const retry = (constraints: unknown, error: unknown): unknown => {
      const name = error !== null && typeof error === 'object' && (error as Bag).name === 'OverconstrainedError' ? (error as Bag).constraint : undefined;
      const c = constraints as Bag | null;
      const named = typeof name === 'string' && c !== null && typeof c === 'object' &&
        ['audio', 'video'].some((kind) => {
          const mandatory = c[kind] !== null && typeof c[kind] === 'object' ? (c[kind] as Bag).mandatory : undefined;
          return mandatory !== null && typeof mandatory === 'object' && Object.prototype.hasOwnProperty.call(mandatory, name);
        });
      if (!named) return undefined;
      const supported = typeof devices.getSupportedConstraints === 'function' ? (devices.getSupportedConstraints() as Bag) : null;
      return specConstraints(c, supported, (key) => ctx.log.deprecated('constraint ' + key, 'dropped getUserMedia constraint ' + key));
    };
    if (typeof devices.getUserMedia === 'function') {
      wrapMethod(patchableOwner(devices), 'getUserMedia', this.name, (native) => function (this: unknown, constraints: unknown, ...rest: unknown[]): unknown {
        return (native.call(this, constraints, ...rest) as Promise<unknown>).catch((error: unknown) => {
          const again = retry(constraints, error);
          if (again === undefined) throw error;
          return native.call(this, again, ...rest);
        });
      });
    }
    for (const name of legacyCaptureCalls(nav)) {
      wrapMethod(patchableOwner(nav), name, this.name, (native) => function (this: unknown, constraints: unknown, success: unknown, failure: unknown, ...rest: unknown[]): unknown {
        if (typeof success !== 'function' || typeof failure !== 'function') return native.call(this, constraints, success, failure, ...rest);
        let returned = false;
        const fail = (error: unknown): void => {
          if (returned) (failure as (e: unknown) => void)(error);
          else Promise.resolve(error).then(failure as (e: unknown) => void).catch(reportException);
        };
        const result = native.call(this, constraints, success, (error: unknown) => {
          const again = retry(constraints, error);
          if (again === undefined) fail(error);
          else native.call(this, again, success, fail, ...rest);
        }, ...rest);
        returned = true;
        return result;
      });
    }
  },
};
