/**
 * Senders of the draft simulcast syntax (`a=simulcast: send rid=q;h;f`, servers and SFUs written
 * before RFC 8853) are rejected by Firefox 153, `OperationError` "Rid can contain only
 * alphanumeric characters (according to RFC 8852)" (docs/sdp-quirks.md); every Chromium measured
 * accepts both syntaxes. When Firefox rejects a description with such a line, it is applied again
 * with the line in RFC 8853's syntax (https://www.rfc-editor.org/rfc/rfc8853#section-5.1); a
 * description Firefox accepts is never rewritten. Behaviour test: Gecko (the rejection only shows
 * in an asynchronous setRemoteDescription; the rewrite itself waits for it).
 */
import { addSdpFallback } from '../../patch/description-hook';
import { rfc8853Simulcast } from '../../sdp/simulcast';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'simulcast-draft-syntax',
  area: 'sdp',
  reason: 'Firefox rejects the draft a=simulcast syntax; RFC 8853 syntax is what it reads (https://www.rfc-editor.org/rfc/rfc8853#section-5.1)',
  needed(ctx) {
    return peerConnectionPrototype(ctx.window) && ctx.browser.engine === 'gecko' ? 'Firefox rejects a=simulcast: send rid=...' : false;
  },
  install(ctx) {
    addSdpFallback(ctx, 'setRemoteDescription', rfc8853Simulcast);
  },
};
