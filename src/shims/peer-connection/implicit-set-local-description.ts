/**
 * `setLocalDescription()` with no description (or one without sdp) creates the offer or answer
 * itself (https://w3c.github.io/webrtc-pc/#dom-peerconnection-setlocaldescription, the "perfect
 * negotiation" pattern). Chromium 73 and 78 declare the argument required and throw a TypeError.
 * Behaviour test: the spec argument is optional, so a spec engine's
 * `setLocalDescription.length` is 0; the old engines say 1.
 * Chromium that takes no argument still parses `setLocalDescription({type: 'offer'})` (no sdp) as
 * an empty SDP and rejects with OperationError ("Expect line: v="). Measured: 92, 103–149 reject;
 * 152 and 156 create the offer. No build of 150 or 151 was available to measure, so the range ends
 * at 151 (`scripts/chromium-probe.mjs`). That is only visible after an async call on a live
 * connection, hence the version range.
 * Where the engine has the argument-less form, that form and a `{type}` naming the description it
 * would create go to it unchanged: only the engine's own implicit step is atomic on the operations
 * chain (a remote offer cannot land between creating and setting). Creating the description here
 * is for the rest: engines without the form, `pranswer`, and a type the state does not imply
 * (which the engine then rejects as the spec says).
 */
import { inEngines } from '../../browser';
import { wrapSignalingMethod } from '../../patch/signaling-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

/** The states in which JSEP's implicit description is an offer (an array: no Set built at page load). */
const OFFER_STATES: readonly string[] = ['stable', 'have-local-offer', 'have-remote-pranswer'];

function isImplicit(description: unknown): description is Partial<RTCSessionDescriptionInit> | null | undefined {
  if (description === undefined || description === null) return true;
  if (typeof description !== 'object') return false;
  const { type, sdp } = description as Partial<RTCSessionDescriptionInit>;
  return type !== 'rollback' && (sdp === undefined || sdp === '');
}

export const shim: Shim = {
  name: 'implicit-set-local-description',
  area: 'peer-connection',
  engines: { blink: [1, 151] },
  reason:
    'setLocalDescription() without a description must create one itself ' +
    '(https://w3c.github.io/webrtc-pc/#dom-peerconnection-setlocaldescription)',
  needed(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return false;
    if (proto.setLocalDescription.length > 0) {
      return 'setLocalDescription.length is ' + String(proto.setLocalDescription.length) + ' (argument required)';
    }
    return inEngines(ctx.browser, this.engines)
      ? 'Chromium ' + String(ctx.browser.version) + ' parses setLocalDescription({type}) without sdp as empty SDP'
      : false;
  },
  install(ctx) {
    const proto = peerConnectionPrototype(ctx.window);
    if (!proto) return;
    // The description is optional now: `length` becomes the spec's 0 (Chromium 73/78 say 1).
    wrapSignalingMethod(ctx, 'setLocalDescription', this.name, (native) => {
      const engineHasImplicitForm = native.length === 0;
      return function (this: unknown, ...args: unknown[]) {
        const description = args[0];
        if (!isImplicit(description)) return native.apply(this, args);
        const pc = this as RTCPeerConnection;
        const requested = description ? description.type : undefined;
        const implied = OFFER_STATES.indexOf(pc.signalingState) >= 0 ? 'offer' : 'answer';
        if (engineHasImplicitForm && (!requested || requested === implied)) return native.call(pc);
        const offer = requested ? requested === 'offer' : implied === 'offer';
        // Through the prototype so the other shims' versions (e.g. description-init-result) run.
        const create: (this: RTCPeerConnection) => Promise<RTCSessionDescriptionInit> = offer
          ? proto.createOffer
          : proto.createAnswer;
        return create.call(pc).then((init: RTCSessionDescriptionInit) =>
          native.call(pc, { type: requested === 'pranswer' ? 'pranswer' : init.type, sdp: init.sdp }),
        );
      };
    }, 0);
  },
};
