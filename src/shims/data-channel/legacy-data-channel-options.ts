/**
 * createDataChannel with the options of 2013-2018 apps (https://w3c.github.io/webrtc-pc/#dom-rtcdatachannelinit):
 * - `maxRetransmitTime`, the old name of `maxPacketLifeTime` (Chromium's name up to 73; measured:
 *   Chromium 92-156 and Firefox 153 ignore it and make a reliable channel), and the other way round
 *   where the engine has only the old name (Chromium 73 ignores `maxPacketLifeTime`). Which name an
 *   engine reads shows in its RTCDataChannel attributes, renamed with the dictionary member.
 * - `reliable: false`: the unreliable channel Chrome's RTP data channels (Chrome 25-30) made and
 *   apps asked for this way: unordered with no retransmission (`ordered: false, maxRetransmits: 0`)
 *   unless the app gave `ordered`, `maxRetransmits` or a lifetime itself. Every engine measured
 *   (Chromium 73-156, Firefox 153) ignores it and makes a reliable channel.
 * The caller's object is never changed: the engine gets a copy. Behaviour test: the engine has
 * data channels (`reliable: false` is ignored by every engine measured; seeing it needs a connection).
 */
import { wrapMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

type Init = Record<string, unknown>;

export const shim: Shim = {
  name: 'legacy-data-channel-options',
  area: 'data-channel',
  reason: 'createDataChannel must honour the legacy maxRetransmitTime and reliable: false (https://w3c.github.io/webrtc-pc/#dom-rtcdatachannelinit)',
  needed(ctx) {
    return ctx.window.RTCDataChannel && peerConnectionPrototype(ctx.window) ? 'createDataChannel ignores reliable: false' : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    const channel = ctx.window.RTCDataChannel?.prototype;
    if (!proto || !channel) return;
    // The member the engine's dictionary lacks, and the one it reads in its place.
    const [from, to] = 'maxPacketLifeTime' in channel ? ['maxRetransmitTime', 'maxPacketLifeTime'] : ['maxPacketLifeTime', 'maxRetransmitTime'];
    wrapMethod(proto, 'createDataChannel', this.name, (native) =>
      function (this: unknown, ...args: unknown[]): unknown {
        const init = args[1];
        if (typeof init === 'object' && init !== null) {
          const o = init as Init;
          let copy: Init | undefined;
          if (o[from] !== undefined && o[to] === undefined) (copy = { ...o })[to] = o[from];
          const lifetime = (copy ?? o)[to];
          if (o.reliable === false && lifetime === undefined && o.maxRetransmits === undefined) {
            copy = { ...(copy ?? o), maxRetransmits: 0 };
            if (o.ordered === undefined) copy.ordered = false;
          }
          if (copy) args = [args[0], copy, ...args.slice(2)];
        }
        return native.apply(this, args);
      },
    );
  },
};
