/**
 * `navigator.mediaDevices` (https://w3c.github.io/mediacapture-main/#mediadevices) where an engine
 * has only the legacy callback capture call: Chrome before 47 (`webkitGetUserMedia`), Firefox
 * before 36 (`mozGetUserMedia`). Spec code calls `mediaDevices.getUserMedia()`; here it is a
 * promise over the engine's own legacy call, with spec error names; `enumerateDevices()` lists
 * `MediaStreamTrack.getSources()` (Chrome's legacy list) as MediaDeviceInfo-shaped objects, or
 * nothing where there is none; `getSupportedConstraints()` names what those engines took;
 * `ondevicechange` is there and stays null, since those engines never fired the event.
 * Behaviour test: no mediaDevices, and a legacy capture call to build on.
 */
import { defineAccessor } from '../../patch/define';
import { toSpecError } from '../../patch/legacy-callbacks';
import type { LegacyGetUserMedia, Shim, ShimNavigator } from '../../types';
import { patchableOwner } from '../../window';

interface LegacySource {
  id: string;
  label: string;
  kind: string;
}

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
    const Track = win.MediaStreamTrack as unknown as { getSources?: (done: (sources: LegacySource[]) => void) => void } | undefined;
    const devices = {
      getUserMedia(constraints?: MediaStreamConstraints): Promise<MediaStream> {
        if (typeof constraints !== 'object' || constraints === null || (!constraints.audio && !constraints.video)) {
          return Promise.reject(new TypeError('getUserMedia: audio or video must be requested'));
        }
        return new Promise((resolve, reject) => {
          legacy.call(nav as Navigator, constraints, resolve, (error) => reject(toSpecError(win, error)));
        });
      },
      enumerateDevices(): Promise<MediaDeviceInfo[]> {
        const getSources = Track && Track.getSources;
        if (typeof getSources !== 'function') return Promise.resolve([]);
        return new Promise((resolve) => {
          getSources.call(Track, (sources) => {
            resolve(sources.map((s) => ({ deviceId: s.id, groupId: '', kind: s.kind === 'audio' ? 'audioinput' : 'videoinput', label: s.label }) as MediaDeviceInfo));
          });
        });
      },
      getSupportedConstraints(): MediaTrackSupportedConstraints {
        return { width: true, height: true, frameRate: true, facingMode: true, deviceId: true, echoCancellation: true };
      },
      ondevicechange: null,
    };
    defineAccessor(patchableOwner(nav), 'mediaDevices', this.name, { get: () => devices });
  },
};
