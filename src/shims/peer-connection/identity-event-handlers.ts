/**
 * The identity event handlers of the seed page's RTCPeerConnection (`onidentityresult`,
 * `onidpassertionerror`, `onidpvalidationerror`, `onpeeridentity`; the legacy identity events,
 * https://www.w3.org/TR/2015/WD-webrtc-20150210/#event-summary). No engine has them today: the
 * identity spec dropped these events for promise rejections and `peerIdentity`
 * (https://w3c.github.io/webrtc-identity/). The handler attributes work as any handler does for an
 * event dispatched on the connection; no engine fires these events, and rtcshim fires none either
 * (README, "Identity"). Behaviour test: which handlers are missing.
 */
import { defineEventHandler } from '../../patch/event-handler';
import type { Shim, ShimWindow } from '../../types';
import { missingMembers, peerConnectionPrototype } from '../../window';

const TYPES = ['identityresult', 'idpassertionerror', 'idpvalidationerror', 'peeridentity'];

const missing = (win: ShimWindow): string[] => missingMembers(peerConnectionPrototype(win), TYPES, 'on');

export const shim: Shim = {
  name: 'identity-event-handlers',
  area: 'peer-connection',
  reason: 'legacy identity event handlers (https://www.w3.org/TR/2015/WD-webrtc-20150210/#event-summary)',
  needed(ctx) {
    const gaps = missing(ctx.window);
    return gaps.length ? 'no on' + gaps.join(', on') : false;
  },
  install(ctx) {
    const gaps = missing(ctx.window);
    const proto = peerConnectionPrototype(ctx.window);
    for (let i = 0; proto && i < gaps.length; i++) defineEventHandler(proto, gaps[i]!, this.name);
  },
};
