/**
 * `MediaStreamTrack.getSources(callback)` listed the capture devices in Chrome 30–65, and code of
 * that era picks a camera with it (`{id, label, kind: 'audio' | 'video', facing}`). No engine has
 * it now (Chromium 73–156, Firefox 153, WebKitGTK 2.50: measured), so such code throws a
 * TypeError before capturing. It answers from `navigator.mediaDevices.enumerateDevices()`
 * (https://w3c.github.io/mediacapture-main/#dom-mediadevices-enumeratedevices): the inputs, in the
 * legacy shape, `facing` '' (unknown, as Chrome reported for most cameras); a failure calls back
 * with no sources (the legacy call had no failure path). Warns once. Behaviour test: the static
 * method is missing and enumerateDevices exists.
 */
import { reportException } from '../../patch/legacy-callbacks';
import { addMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';

export const shim: Shim = {
  name: 'get-sources',
  area: 'media-devices',
  reason: 'legacy MediaStreamTrack.getSources(callback) must list the capture devices (https://w3c.github.io/mediacapture-main/#dom-mediadevices-enumeratedevices)',
  needed(ctx) {
    const { MediaStreamTrack: Track, navigator: nav } = ctx.window;
    const devices = nav && nav.mediaDevices;
    return typeof Track === 'function' && !('getSources' in Track) && devices && typeof devices.enumerateDevices === 'function'
      ? 'MediaStreamTrack.getSources is missing'
      : false;
  },
  install(ctx) {
    const { MediaStreamTrack: Track, navigator: nav } = ctx.window;
    const log = ctx.log;
    addMethod(Track!, 'getSources', this.name, (callback: unknown): void => {
      if (typeof callback !== 'function') throw new TypeError('getSources: callback required');
      log.deprecated('getSources', 'MediaStreamTrack.getSources is deprecated: use mediaDevices.enumerateDevices');
      nav!.mediaDevices!.enumerateDevices!().then(
        (list) => list.filter((d) => d.kind !== 'audiooutput').map((d) => ({ id: d.deviceId, label: d.label, kind: d.kind.slice(0, 5), facing: '' })),
        () => [],
      ).then((sources) => {
        try {
          (callback as (s: unknown) => void)(sources);
        } catch (error) {
          reportException(error);
        }
      });
    }, 1);
  },
};
