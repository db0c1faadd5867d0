/**
 * The identity members (https://w3c.github.io/webrtc-identity/#rtcpeerconnection-interface-extensions)
 * in an engine with no identity provider support (Chromium), failing the way the spec fails when
 * no IdP can be used, never pretending one was:
 * - `peerIdentity`: one promise per connection that stays pending, since no peer identity can be
 *   validated here (Firefox's promise also stays pending until one is, even after close());
 * - `idpLoginUrl` and `idpErrorInfo`: null (no IdP ever asked for a login or sent error info);
 * - `setIdentityProvider(provider, options)`: records that a provider was set, as the spec's
 *   method does (it does not contact the IdP); TypeError without a provider, InvalidStateError
 *   when closed;
 * - `getIdentityAssertion()`: rejects with InvalidStateError when closed or no provider was set
 *   (what Firefox does), else with the spec's error for an IdP that cannot be loaded: an RTCError
 *   (name OperationError) with errorDetail 'idp-load-failure' (a DOMException OperationError where
 *   the engine has no RTCError).
 * Behaviour test: the engine has no getIdentityAssertion.
 */
import { defineAccessor } from '../../patch/define';
import { rejectWith, specError } from '../../patch/legacy-callbacks';
import { privateState } from '../../patch/private-state';
import { addMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { prototypeLacking } from '../../window';

const identity = privateState<object, { peer?: Promise<never>; idp?: boolean }>(() => ({}));

export const shim: Shim = {
  name: 'identity-members',
  area: 'peer-connection',
  reason: 'no IdP: identity members fail as the spec says (https://w3c.github.io/webrtc-identity/)',
  needed(ctx) {
    return prototypeLacking(ctx.window, 'getIdentityAssertion') ? 'no IdP support' : false;
  },
  install(ctx) {
    const proto = prototypeLacking(ctx.window, 'getIdentityAssertion');
    if (!proto) return;
    const win = ctx.window;
    const tag = this.name;
    const none = { get: (): null => null };
    const closed = (pc: unknown): boolean => (pc as RTCPeerConnection).signalingState === 'closed';
    defineAccessor<object, Promise<never>>(proto, 'peerIdentity', tag, {
      get() {
        const state = identity.get(this);
        return state.peer || (state.peer = new Promise<never>(() => {}));
      },
    });
    if (!('idpLoginUrl' in proto)) defineAccessor(proto, 'idpLoginUrl', tag, none);
    if (!('idpErrorInfo' in proto)) defineAccessor(proto, 'idpErrorInfo', tag, none);
    addMethod(proto, 'setIdentityProvider', tag, function (this: unknown, ...args: unknown[]): void {
      if (!args.length) throw new TypeError('1 argument required');
      if (closed(this)) throw specError(win, 'InvalidStateError', 'closed');
      identity.get(this as object).idp = true;
    }, 1);
    addMethod(proto, 'getIdentityAssertion', tag, function (this: unknown): Promise<never> {
      const RTCErrorCtor = win.RTCError;
      return closed(this) || !identity.get(this as object).idp
        ? rejectWith(win, 'InvalidStateError', 'no IdP set')
        : Promise.reject(RTCErrorCtor
          ? new RTCErrorCtor({ errorDetail: 'idp-load-failure' as RTCErrorDetailType }, 'no IdP support')
          : specError(win, 'OperationError', 'no IdP support'));
    }, 0);
  },
};
