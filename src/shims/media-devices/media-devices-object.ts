/**
 * `navigator.mediaDevices` (https://w3c.github.io/mediacapture-main/#mediadevices) where an engine
 * has only the legacy callback capture call: Chrome before 47 (`webkitGetUserMedia`), Firefox
 * before 36 (`mozGetUserMedia`). Spec code calls `mediaDevices.getUserMedia()`; here it is a
 * promise over the engine's own legacy call, with spec error names; `enumerateDevices()` lists
 * `MediaStreamTrack.getSources()` (Chrome's legacy list) as MediaDeviceInfo-shaped objects, or
 * nothing where there is none; `getSupportedConstraints()` names what those engines took. The
 * object is an event target with `ondevicechange`; `devicechange` fires where there is a device
 * list to watch (src/devices/device-change.ts).
 * Behaviour test: no mediaDevices, and a legacy capture call to build on.
 */
import { deviceTarget, type GetSources } from '../../devices/device-change';
import { defineAccessor } from '../../patch/define';
import { defineEventHandler } from '../../patch/event-handler';
import { toSpecError } from '../../patch/legacy-callbacks';
import type { LegacyGetUserMedia, Shim, ShimNavigator } from '../../types';
import { patchableOwner } from '../../window';

function legacyCall(nav: ShimNavigator | undefined): LegacyGetUserMedia | undefined {
  if (!nav || 'mediaDevices' in nav) return undefined;
  return nav.getUserMedia ?? nav.webkitGetUserMedia ?? nav.mozGetUserMedia;
}

export const shim: Shim = {
  name: 'media-devices-object',
  area: 'media-devices',
  reason: 'spec code calls navigator.mediaDevices.getUserMedia(), missing before Chrome 47 and Firefox 36 (https://w3c.github.io/mediacapture-main/#mediadevices)',
  needed(ctx) {
    return legacyCall(ctx.window.navigator) ? 'navigator.mediaDevices is missing' : false;
  },
  install(ctx) {
    const nav = ctx.window.navigator!;
    const win = ctx.window;
    const legacy = legacyCall(nav)!;
    const Track = win.MediaStreamTrack as unknown as { getSources?: GetSources } | undefined;
    const getSources = Track && typeof Track.getSources === 'function' ? Track.getSources.bind(Track) : undefined;
    const devices = deviceTarget(win, getSources) as EventTarget & Partial<MediaDevices>;
    devices.getUserMedia = (constraints?: MediaStreamConstraints): Promise<MediaStream> => {
      if (typeof constraints !== 'object' || constraints === null || (!constraints.audio && !constraints.video)) {
        return Promise.reject(new TypeError('getUserMedia: audio or video must be requested'));
      }
      return new Promise((resolve, reject) => {
        legacy.call(nav as Navigator, constraints, resolve, (error) => reject(toSpecError(win, error)));
      });
    };
    devices.enumerateDevices = (): Promise<MediaDeviceInfo[]> =>
      new Promise((resolve) => {
        if (!getSources) return resolve([]);
        getSources((sources) => {
          resolve(sources.map((s) => ({ deviceId: s.id, groupId: '', kind: s.kind === 'audio' ? 'audioinput' : 'videoinput', label: s.label }) as MediaDeviceInfo));
        });
      });
    devices.getSupportedConstraints = (): MediaTrackSupportedConstraints => ({ width: true, height: true, frameRate: true, facingMode: true, deviceId: true, echoCancellation: true });
    defineEventHandler(devices, 'devicechange', this.name);
    defineAccessor(patchableOwner(nav), 'mediaDevices', this.name, { get: () => devices });
  },
};
