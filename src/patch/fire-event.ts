/**
 * Dispatches an event that rtcshim makes itself, for an event the engine never fires (the legacy
 * `addstream`/`removestream` with `.stream`, https://w3c.github.io/webrtc-pc/archives/20171002/webrtc.html#mediastreamevent).
 * The event is a real `Event` of the target's window, so every way an app listens works as for a
 * native one: the `on<type>` handler, `addEventListener` with a function or a `handleEvent`
 * object, `once`, `signal`, `stopImmediatePropagation`. Its extra members are read-only own
 * properties of the event object, which rtcshim made (never of an app's object).
 */
import type { ShimWindow } from '../types';

/** Makes the event (type plus read-only `members`) without dispatching it. */
export function makeEvent(win: ShimWindow, type: string, members: Readonly<Record<string, unknown>>): Event {
  const EventCtor = win.Event;
  if (typeof EventCtor !== 'function') throw new TypeError('this window has no Event constructor');
  const event = new EventCtor(type);
  const keys = Object.keys(members);
  for (let i = 0; i < keys.length; i++) {
    Object.defineProperty(event, keys[i]!, { value: members[keys[i]!], enumerable: true, configurable: true, writable: false });
  }
  return event;
}

/** Makes the event and dispatches it on `target`; returns what dispatchEvent returns. */
export function fireEvent(win: ShimWindow, target: EventTarget, type: string, members: Readonly<Record<string, unknown>>): boolean {
  return target.dispatchEvent(makeEvent(win, type, members));
}
