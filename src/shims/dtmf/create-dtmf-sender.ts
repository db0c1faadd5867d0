/**
 * `createDTMFSender(track)`, the legacy way to get a DTMF sender
 * (https://www.w3.org/TR/2015/WD-webrtc-20150210/#widl-RTCPeerConnection-createDTMFSender-RTCDTMFSender-MediaStreamTrack-track),
 * answered with the RTCDTMFSender of the sender that carries the track (`sender.dtmf`,
 * https://w3c.github.io/webrtc-pc/#dom-rtcrtpsender-dtmf). Firefox has no such method. The errors
 * are Chromium's (measured in 73 to 156): TypeError for a value that is not a MediaStreamTrack,
 * InvalidStateError when closed, SyntaxError for a track no sender carries or one that is not
 * audio (the 2015 draft's "InvalidParameter" is no exception name). Behaviour test: the method is
 * missing and senders have `dtmf`.
 */
import { specError } from '../../patch/legacy-callbacks';
import { addMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { prototypeLacking } from '../../window';

export const shim: Shim = {
  name: 'create-dtmf-sender',
  area: 'dtmf',
  reason: 'legacy createDTMFSender(track) (https://w3c.github.io/webrtc-pc/#dom-rtcrtpsender-dtmf)',
  needed(ctx) {
    const proto = prototypeLacking(ctx.window, 'createDTMFSender');
    const Sender = ctx.window.RTCRtpSender;
    return proto && 'getSenders' in proto && Sender && 'dtmf' in Sender.prototype ? 'missing' : false;
  },
  install(ctx) {
    const proto = prototypeLacking(ctx.window, 'createDTMFSender');
    const win = ctx.window;
    if (proto) addMethod(proto, 'createDTMFSender', this.name, function (this: unknown, track: unknown): RTCDTMFSender | null {
      const Track = win.MediaStreamTrack;
      if (!Track || !(track instanceof Track)) throw new TypeError('not a MediaStreamTrack');
      const pc = this as RTCPeerConnection;
      if (pc.signalingState === 'closed') throw specError(win, 'InvalidStateError', 'closed');
      const senders = pc.getSenders();
      for (let i = 0; i < senders.length; i++) {
        if (senders[i]!.track === track && track.kind === 'audio') return senders[i]!.dtmf;
      }
      throw specError(win, 'SyntaxError', 'no audio sender');
    }, 1);
  },
};
