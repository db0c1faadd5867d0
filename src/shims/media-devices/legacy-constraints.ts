/**
 * Legacy `{mandatory: {minWidth, sourceId, googEchoCancellation, ...}, optional: [...]}`
 * constraints (Chrome's pre-2017 shape, which 2013–2017 capture code passes) are honoured by every
 * Chromium but silently ignored by Firefox and WebKit, which capture at their defaults: measured in
 * Firefox 153 and WebKitGTK 2.50, `{mandatory: {minWidth: 320, maxWidth: 320}}` gives 640 wide,
 * `sourceId: 'nope'` still captures, `echoCancellation: false` stays on. They become spec
 * constraints (https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints) there; keys
 * the engine does not support (getSupportedConstraints) are dropped with a one-time warning.
 * Chromium honours the legacy shape, but from 132 on ignores its `goog` names
 * (`googEchoCancellation: false` leaves echo cancellation on; measured: 131 honours it, 132, 138
 * and 156 do not; https://chromestatus.com/feature/5097536380207104), so there too they become
 * spec constraints, where `googEchoCancellation` is `echoCancellation`. Behaviour test by engine
 * range: the only probe is a capture, which is asynchronous and needs permission
 * (`legacyGoogEcho` in scripts/chromium-probe.mjs).
 */
import { specConstraints } from '../../constraints/legacy';
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { inEngines } from '../../browser';
import { legacyCaptureCalls, patchableOwner } from '../../window';

export const shim: Shim = {
  name: 'legacy-constraints',
  area: 'media-devices',
  reason: 'legacy {mandatory, optional} constraints as spec ones (https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints)',
  engines: { gecko: [1, Infinity], webkit: [1, Infinity], blink: [132, Infinity] },
  needed(ctx) {
    const nav = ctx.window.navigator;
    return nav && nav.mediaDevices && inEngines(ctx.browser, this.engines) ? 'ignores legacy constraints' : false;
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
    // The engine's own legacy forms; navigator.getUserMedia added by legacy-get-user-media goes through mediaDevices.
    for (const name of legacyCaptureCalls(nav)) wrap(patchableOwner(nav), name);
  },
};
