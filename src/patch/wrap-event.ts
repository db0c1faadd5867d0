/**
 * Lets a shim rewrite (or drop) one event type on an EventTarget interface, for both ways apps
 * listen: the `on<type>` handler property and `addEventListener`. The two stay paired the way the
 * DOM pairs them (https://html.spec.whatwg.org/#event-handler-attributes): a handler keeps its
 * listener slot when replaced, `removeEventListener` finds a listener added through the wrapper,
 * listener objects are called through `handleEvent` (looked up at dispatch, as the DOM does), and
 * `once` / `signal` listeners can be added again after they fired or were aborted. adapter.js's
 * version loses `handleEvent` objects and `once`.
 */
import { defineEventHandler } from './event-handler';
import { recordUndo } from './journal';
import { markOf } from './mark';
import { privateState } from './private-state';
import { wrapMethod, type Method } from './wrap-method';

export type EventTransform = (event: Event, target: EventTarget) => Event | null;

type Listener = EventListenerOrEventListenerObject;

interface Registration {
  type: string;
  listener: Listener;
  capture: boolean;
  wrapped: EventListener;
}

const TAG = 'wrap-event';
/** Transforms per prototype and event type. */
const transformsByPrototype = new WeakMap<object, Map<string, EventTransform>>();
const registrations = privateState<EventTarget, Registration[]>(() => []);

function captureOf(options: unknown): boolean {
  if (typeof options === 'boolean') return options;
  return typeof options === 'object' && options !== null && Boolean((options as AddEventListenerOptions).capture);
}

function transformFor(target: EventTarget, type: string): EventTransform | undefined {
  for (let proto: object | null = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const found = transformsByPrototype.get(proto)?.get(type);
    if (found) return found;
  }
  return undefined;
}

function invoke(target: EventTarget, listener: Listener, event: Event): void {
  if (typeof listener === 'function') {
    listener.call(target, event);
    return;
  }
  const handleEvent: unknown = listener.handleEvent;
  if (typeof handleEvent === 'function') handleEvent.call(listener, event);
}

function forget(target: EventTarget, entry: Registration): void {
  const list = registrations.get(target);
  const index = list.indexOf(entry);
  if (index >= 0) list.splice(index, 1);
}

function findRegistration(target: EventTarget, type: string, listener: unknown, capture: boolean): Registration | undefined {
  return registrations.get(target).find((r) => r.type === type && r.listener === listener && r.capture === capture);
}

function installListenerWrappers(proto: object): void {
  wrapMethod(proto, 'addEventListener', TAG, (nativeAdd: Method): Method =>
    function (this: unknown, ...args: unknown[]): unknown {
      const [type, listener, options] = args;
      const target = this as EventTarget;
      const transform = typeof type === 'string' ? transformFor(target, type) : undefined;
      if (!transform || listener === null || (typeof listener !== 'function' && typeof listener !== 'object')) {
        return nativeAdd.apply(this, args);
      }
      const capture = captureOf(options);
      if (findRegistration(target, type as string, listener, capture)) return undefined;
      const once = typeof options === 'object' && options !== null && Boolean((options as AddEventListenerOptions).once);
      const entry: Registration = {
        type: type as string,
        listener: listener as Listener,
        capture,
        wrapped: (event: Event): void => {
          const rewritten = transform(event, target);
          if (!rewritten) return;
          // `once` is honoured here, not by the native: a dropped event must not use the listener up.
          if (once) target.removeEventListener(entry.type, entry.listener, capture);
          invoke(target, entry.listener, rewritten);
        },
      };
      const signal = typeof options === 'object' && options !== null ? (options as AddEventListenerOptions).signal : undefined;
      if (signal) {
        if (signal.aborted) return undefined;
        signal.addEventListener('abort', () => forget(target, entry), { once: true });
      }
      registrations.get(target).push(entry);
      const nativeOptions = once ? { capture, passive: (options as AddEventListenerOptions).passive, signal } : options;
      return nativeAdd.call(this, type, entry.wrapped, nativeOptions);
    },
  );
  wrapMethod(proto, 'removeEventListener', TAG, (nativeRemove: Method): Method =>
    function (this: unknown, ...args: unknown[]): unknown {
      const [type, listener, options] = args;
      const target = this as EventTarget;
      const entry = typeof type === 'string' ? findRegistration(target, type, listener, captureOf(options)) : undefined;
      if (!entry) return nativeRemove.apply(this, args);
      forget(target, entry);
      return nativeRemove.call(this, type, entry.wrapped, options);
    },
  );
}

/**
 * Rewrites events of `type` dispatched on instances of `proto` before any app listener sees them.
 * `transform` returns the event to deliver (the same or a new one) or null to drop it.
 */
export function wrapEvent(proto: object, type: string, transform: EventTransform): void {
  let byType = transformsByPrototype.get(proto);
  if (!byType) {
    byType = new Map();
    transformsByPrototype.set(proto, byType);
  }
  if (byType.has(type)) return;
  installListenerWrappers(proto);
  defineEventHandler(proto, type, TAG + ':' + type);
  byType.set(type, transform);
  // If the shim's install fails later, its wrappers are undone; so must this entry be, or a
  // later wrapEvent of the type would find it and install nothing.
  const types = byType;
  recordUndo(() => {
    types.delete(type);
  });
}

/** True when `value` is a listener wrapper of ours (for tests and diagnostics). */
export function isEventWrapper(value: unknown): boolean {
  return markOf(value)?.tag === TAG;
}

