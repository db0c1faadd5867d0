/**
 * `updateIce(configuration)`, the legacy name of setConfiguration (the seed page's
 * RTCPeerConnection; https://www.w3.org/TR/2015/WD-webrtc-20150210/#widl-RTCPeerConnection-updateIce-void-RTCConfiguration-configuration).
 * No engine has it today. A configuration is handed to `setConfiguration` as given, so its errors
 * (InvalidStateError when closed, InvalidModificationError, SyntaxError for a bad URL, ...) are the
 * engine's own. Called without one (both arguments were optional), it changes nothing: the legacy
 * call asked the ICE agent to carry on with the configuration it has, and setConfiguration({})
 * would instead drop the ICE servers. Behaviour test: the method is missing.
 */
import { addMethod } from '../../patch/wrap-method';
import { specError } from '../../patch/legacy-callbacks';
import type { Shim } from '../../types';
import { prototypeLacking } from '../../window';

export const shim: Shim = {
  name: 'update-ice',
  area: 'ice',
  reason: 'legacy updateIce() (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-setconfiguration)',
  needed(ctx) {
    const proto = prototypeLacking(ctx.window, 'updateIce');
    return proto && typeof proto.setConfiguration === 'function' ? 'missing' : false;
  },
  install(ctx) {
    const proto = prototypeLacking(ctx.window, 'updateIce');
    if (proto) addMethod(proto, 'updateIce', this.name, function (this: unknown, configuration?: unknown): unknown {
      const pc = this as RTCPeerConnection;
      if (configuration != null) return pc.setConfiguration(configuration as RTCConfiguration);
      if (pc.signalingState === 'closed') throw specError(ctx.window, 'InvalidStateError', 'closed');
      return undefined;
    }, 0);
  },
};
