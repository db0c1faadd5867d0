/**
 * 2013–2018 code plays a stream with `video.src = URL.createObjectURL(stream)`. The File API now
 * takes a Blob or MediaSource only (https://w3c.github.io/FileAPI/#dfn-createObjectURL; the
 * MediaStream overload was dropped for `srcObject`,
 * https://html.spec.whatwg.org/multipage/media.html#dom-media-srcobject), and every engine here
 * (Chromium 73–156, Firefox 153, WebKitGTK 2.50: measured) throws a TypeError, so such code stops
 * before playing anything. `createObjectURL(stream)` returns a URL remembered for that stream, and
 * assigning it to `element.src` (or `setAttribute('src', …)`) attaches the stream as `srcObject`;
 * `revokeObjectURL` forgets it. Every other argument goes to the native functions untouched.
 *
 * The URL is a real `blob:` URL the engine makes for an empty Blob and revokes at once: unique in
 * the page, of the form legacy code expects from this call (some test `src.indexOf('blob:')`),
 * and wherever it reaches the engine itself (the `src` attribute, which the element also gets so
 * that `element.src` reads it back; a `<source>`, a fetch) it fails as a revoked blob URL does,
 * never fetching a path from the server. `srcObject` takes precedence over the attribute
 * (https://html.spec.whatwg.org/multipage/media.html#concept-media-load-algorithm), so the
 * stream plays; assigning any other value later detaches the stream this shim attached.
 * Behaviour test: `createObjectURL` of an empty MediaStream throws.
 */
import { wrapMethod } from '../../patch/wrap-method';
import { wrapSetter } from '../../patch/wrap-getter';
import type { Shim, ShimWindow } from '../../types';

function parts(win: ShimWindow) {
  const { URL, Blob, MediaStream, HTMLMediaElement } = win;
  return URL && Blob && MediaStream && HTMLMediaElement && 'srcObject' in HTMLMediaElement.prototype
    ? { URL, Blob, MediaStream, Element: HTMLMediaElement }
    : undefined;
}

// Module-wide, not per install: windows may share an element prototype (happy-dom's do), and
// the `src` setter installed for one must attach the URLs every window's createObjectURL makes.
const streams = new Map<string, MediaStream>();
const attached = new WeakMap<HTMLMediaElement, MediaStream>();

// After the native write (which checks `this`): attaches a remembered URL's stream, or detaches
// the one attached before, which would otherwise keep precedence over the new `src`.
function attach(el: HTMLMediaElement, value: unknown): void {
  const stream = streams.get(value as string);
  const old = attached.get(el);
  if (old && el.srcObject === old) el.srcObject = null;
  attached.delete(el);
  if (!stream) return;
  el.srcObject = stream;
  attached.set(el, stream);
}

export const shim: Shim = {
  name: 'object-url-stream',
  area: 'media-element',
  reason: 'legacy video.src = URL.createObjectURL(stream) must play the stream (https://html.spec.whatwg.org/multipage/media.html#dom-media-srcobject)',
  needed(ctx) {
    const p = parts(ctx.window);
    if (!p) return false;
    try {
      p.URL.revokeObjectURL(p.URL.createObjectURL(new p.MediaStream() as unknown as Blob));
      return false;
    } catch {
      return 'URL.createObjectURL(MediaStream) throws';
    }
  },
  install(ctx) {
    const { URL, Blob, MediaStream, Element } = parts(ctx.window)!;
    const log = ctx.log;
    const revoke = URL.revokeObjectURL;
    wrapMethod(URL, 'createObjectURL', this.name, (native) => function (this: unknown, ...args: unknown[]): unknown {
      if (!(args[0] instanceof MediaStream)) return native.apply(this, args);
      log.deprecated('createObjectURL', 'URL.createObjectURL(stream) is deprecated: use srcObject');
      const url = native.call(URL, new Blob()) as string;
      revoke.call(URL, url);
      streams.set(url, args[0]);
      return url;
    });
    wrapMethod(URL, 'revokeObjectURL', this.name, (native) => function (this: unknown, ...args: unknown[]): unknown {
      streams.delete(args[0] as string);
      return native.apply(this, args);
    });
    wrapSetter(Element.prototype, 'src', this.name, (nativeSet) => function (this: unknown, value: unknown): void {
      nativeSet.call(this, value);
      attach(this as HTMLMediaElement, value);
    });
    wrapMethod(Element.prototype, 'setAttribute', this.name, (native) => function (this: unknown, ...args: unknown[]): unknown {
      const result = native.apply(this, args);
      if (this instanceof Element && String(args[0]).toLowerCase() === 'src') attach(this, args[1]);
      return result;
    });
  },
};
