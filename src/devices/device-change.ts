/**
 * The event side of the `navigator.mediaDevices` that media-devices-object builds for engines
 * with only a legacy capture call: `addEventListener('devicechange', …)` and the `devicechange`
 * event (https://w3c.github.io/mediacapture-main/#event-mediadevices-devicechange). Those engines
 * never fired it; where they have a device list (Chrome 30–46's `MediaStreamTrack.getSources`),
 * the list is read every POLL_MS while anything listens (a listener or the `ondevicechange`
 * handler), and the event fires when its set of device ids and kinds changes. With no listener
 * there is no timer. Without a list (Firefox before 36) there is nothing to watch and no event.
 *
 * The target is a real EventTarget where the window can construct one (Chrome 64+, Firefox 59+);
 * the engines that lack mediaDevices predate that, and get a minimal target for this one event.
 * Either way the `devicechange` listeners are counted here, which the polling needs.
 */
import { makeEvent } from '../patch/fire-event';
import { reportException } from '../patch/legacy-callbacks';
import type { ShimWindow } from '../types';

export type GetSources = (done: (sources: Array<{ id: string; label: string; kind: string }>) => void) => void;

/**
 * Between two reads of the device list while someone listens. The spec leaves the timing to the
 * engine; 1.5 s shows a plugged-in camera within a couple of seconds, while one getSources call
 * per interval (only while listened to) costs next to nothing.
 */
export const POLL_MS = 1500;

type Listener = EventListenerOrEventListenerObject;
type Options = boolean | AddEventListenerOptions | undefined;
interface Entry {
  l: Listener;
  c: boolean;
  once: boolean;
}

export function deviceTarget(win: ShimWindow, getSources: GetSources | undefined): EventTarget {
  let target: EventTarget;
  try {
    target = new win.EventTarget!();
  } catch {
    target = {} as EventTarget;
  }
  // The native methods (undefined on the minimal target), before the own ones below shadow them.
  const { addEventListener: add, removeEventListener: remove } = target;
  const entries: Entry[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  let last: string | undefined;
  const norm = (o: Options): AddEventListenerOptions => (typeof o === 'object' && o ? o : { capture: !!o });
  /** Forgets entry `at` (none for -1), then starts or stops the polling to match. */
  const drop = (at: number): void => {
    if (at >= 0) entries.splice(at, 1);
    if (!getSources) return;
    if (entries.length && !timer) {
      last = undefined;
      timer = setInterval(poll, POLL_MS);
      poll();
    } else if (!entries.length && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
  const find = (l: unknown, o: Options): number => entries.findIndex((e) => e.l === l && e.c === !!norm(o).capture);
  const poll = (): void =>
    getSources!((sources) => {
      if (!timer) return;
      const key = sources.map((s) => s.kind + ' ' + s.id).sort().join();
      if (last !== undefined && key !== last) {
        target.dispatchEvent(makeEvent(win, 'devicechange', {}));
        // A native `once` listener is gone now: stop counting it.
        for (const e of entries.slice()) if (e.once) drop(entries.indexOf(e));
      }
      last = key;
    });
  target.addEventListener = (type: string, l: Listener | null, o?: Options): void => {
    // A listener that is not an object is the native's TypeError (the minimal target never calls it).
    if (add) add.call(target, type, l, o);
    const { capture, once, signal } = norm(o);
    if (type !== 'devicechange' || !l || find(l, o) >= 0 || (signal && signal.aborted)) return;
    const e: Entry = { l, c: !!capture, once: !!once };
    entries.push(e);
    if (signal) signal.addEventListener('abort', () => drop(entries.indexOf(e)));
    drop(-1);
  };
  target.removeEventListener = (type: string, l: Listener | null, o?: Options): void => {
    if (remove) remove.call(target, type, l, o);
    if (type === 'devicechange') drop(find(l, o));
  };
  if (!add) {
    // The minimal target's dispatch: devicechange listeners in order, `this` the target, each
    // exception reported and the rest still called, as the DOM does.
    target.dispatchEvent = (event: Event): boolean => {
      if (event.type === 'devicechange') {
        for (const e of entries.slice()) {
          if (entries.indexOf(e) < 0) continue;
          if (e.once) drop(entries.indexOf(e));
          try {
            if (typeof e.l === 'function') e.l.call(target, event);
            else if (typeof e.l.handleEvent === 'function') e.l.handleEvent(event);
          } catch (error) {
            reportException(error);
          }
        }
      }
      return !event.defaultPrevented;
    };
  }
  return target;
}
