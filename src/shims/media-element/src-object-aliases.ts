/**
 * Legacy code attaches a stream with `video.mozSrcObject = stream` (Firefox before 58) or
 * `video.webkitSrcObject = stream`; today's engines have only `srcObject`
 * (https://html.spec.whatwg.org/multipage/media.html#dom-media-srcobject), so the assignment makes
 * an ordinary property and nothing plays. Both names become accessors of `srcObject` in every
 * engine that lacks them: unlike a prefixed constructor, no engine-sniffing code is known to branch
 * on them. The first use warns once. Behaviour test: the element has `srcObject` and lacks a name.
 */
import { defineAccessor } from '../../patch/define';
import type { Shim, ShimWindow } from '../../types';
import { missingMembers } from '../../window';

const NAMES = ['mozSrcObject', 'webkitSrcObject'];

function mediaElementPrototype(win: ShimWindow): HTMLMediaElement | null {
  const Element = win.HTMLMediaElement;
  return typeof Element === 'function' && 'srcObject' in Element.prototype ? Element.prototype : null;
}

export const shim: Shim = {
  name: 'src-object-aliases',
  area: 'media-element',
  reason: 'legacy mozSrcObject/webkitSrcObject must attach the stream as srcObject (https://html.spec.whatwg.org/multipage/media.html#dom-media-srcobject)',
  needed(ctx) {
    const gaps = missingMembers(mediaElementPrototype(ctx.window), NAMES);
    return gaps.length ? 'no ' + gaps.join(', ') : false;
  },
  install(ctx) {
    const proto = mediaElementPrototype(ctx.window);
    const log = ctx.log;
    for (const name of missingMembers(proto, NAMES)) {
      defineAccessor<HTMLMediaElement, MediaProvider | null>(proto!, name, this.name, {
        get() {
          return this.srcObject;
        },
        set(value) {
          log.deprecated(name, name + ' is deprecated: use srcObject');
          this.srcObject = value;
        },
      });
    }
  },
};
