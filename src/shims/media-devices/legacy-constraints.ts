/**
 * Legacy `{mandatory: {minWidth, sourceId, googEchoCancellation, ...}, optional: [...]}`
 * constraints (Chrome's pre-2017 shape, which 2013–2017 capture code passes) are honoured by every
 * Chromium but silently ignored by Firefox and WebKit, which capture at their defaults: measured in
 * Firefox 153 and WebKitGTK 2.50, `{mandatory: {minWidth: 320, maxWidth: 320}}` gives 640 wide,
 * `sourceId: 'nope'` still captures, `echoCancellation: false` stays on. They become spec
 * constraints (https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints) there; keys
 * the engine does not support (getSupportedConstraints) are dropped with a one-time warning.
 * Behaviour test by engine range: the only probe is a capture, which is asynchronous and needs
 * permission.
 */
import { specConstraints } from '../../constraints/legacy';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { inEngines } from '../../browser';
import { patchableOwner } from '../../window';

export const shim: Shim = {
  name: 'legacy-constraints',
  area: 'media-devices',
  reason: 'legacy {mandatory, optional} constraints as spec ones (https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints)',
  engines: { gecko: [1, Infinity], webkit: [1, Infinity] },
  needed(ctx) {
    const nav = ctx.window.navigator;
    return nav && nav.mediaDevices && inEngines(ctx.browser, this.engines) ? 'ignores {mandatory}' : false;
  },
  install(ctx) {
    const nav = ctx.window.navigator!;
    const devices = nav.mediaDevices!;
    const convert = (constraints: unknown): unknown =>
      specConstraints(
        constraints,
        typeof devices.getSupportedConstraints === 'function' ? (devices.getSupportedConstraints() as Record<string, unknown>) : null,
        (key) => ctx.log.deprecated('constraint ' + key, 'dropped getUserMedia constraint ' + key),
      );
    const wrap = (owner: object, name: string): void =>
      wrapMethod(owner, name, this.name, (native) => function (this: unknown, constraints: unknown, ...rest: unknown[]): unknown {
        return native.call(this, convert(constraints), ...rest);
      });
    if (typeof devices.getUserMedia === 'function') wrap(patchableOwner(devices), 'getUserMedia');
    // Firefox's own legacy form; navigator.getUserMedia added by legacy-get-user-media goes through mediaDevices.
    if ('mozGetUserMedia' in nav) wrap(patchableOwner(nav), 'mozGetUserMedia');
  },
};
