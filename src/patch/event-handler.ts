/**
 * An `on<type>` event handler property on an EventTarget interface, as the DOM defines one
 * (https://html.spec.whatwg.org/#event-handler-attributes): the handler runs from a listener slot
 * taken when it is first set, keeps that slot when it is replaced, and gives it up when set to
 * null (setting it again takes a new slot, after the listeners added meanwhile). A value that is
 * not an object reads back as null. Used where an engine lacks the property (`onaddstream` in an
 * engine that never fires `addstream`) and by wrapEvent. Per-target state lives in a private
 * WeakMap; the listener is added with the target's own addEventListener.
 */
import { defineAccessor } from './define';
import { privateState } from './private-state';

interface HandlerSlot {
  handler: unknown;
  listener: EventListener;
}

const handlerSlots = privateState<EventTarget, Map<string, HandlerSlot>>(() => new Map());

/** Defines `proto['on' + type]`, tagged `tag` (a second definition with the tag is a no-op). */
export function defineEventHandler(proto: object, type: string, tag: string): void {
  defineAccessor<EventTarget, unknown>(proto, 'on' + type, tag, {
    get(): unknown {
      return handlerSlots.get(this).get(type)?.handler ?? null;
    },
    set(value: unknown): void {
      const slots = handlerSlots.get(this);
      const slot = slots.get(type);
      const handler = typeof value === 'function' || (typeof value === 'object' && value !== null) ? value : null;
      if (handler === null) {
        if (slot) {
          slots.delete(type);
          this.removeEventListener(type, slot.listener);
        }
        return;
      }
      if (slot) {
        slot.handler = handler;
        return;
      }
      const created: HandlerSlot = {
        handler,
        // Called by the DOM with `this` = the target, which is what a handler sees. A handler that
        // returns false cancels the event, as the DOM's event handler processing says.
        listener(this: EventTarget, event: Event): void {
          const current = created.handler;
          if (typeof current !== 'function') return;
          if (current.call(this, event) === false && event.cancelable) event.preventDefault();
        },
      };
      slots.set(type, created);
      this.addEventListener(type, created.listener);
    },
  });
}
