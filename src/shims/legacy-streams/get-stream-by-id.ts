/**
 * `getStreamById(id)`: the local or remote stream with that id, else null
 * (https://www.w3.org/TR/2015/WD-webrtc-20150210/#widl-RTCPeerConnection-getStreamById-MediaStream-DOMString-streamId).
 * No engine of the rig has it; apps of 2013-2015 looked streams up by the id signalled to them.
 * Behaviour test: the member is absent where the connection lists its streams.
 */
import { lacks, type LegacyPC } from '../../streams/legacy';
import { addMethod } from '../../patch/wrap-method';
import type { Shim } from '../../types';
import { peerConnectionPrototype } from '../../window';

export const shim: Shim = {
  name: 'get-stream-by-id',
  area: 'legacy-streams',
  reason: 'legacy getStreamById (https://www.w3.org/TR/2015/WD-webrtc-20150210/)',
  needed: (ctx) => lacks(ctx, 'getLocalStreams', 'getStreamById'),
  install(ctx) {
    addMethod(peerConnectionPrototype(ctx.window)!, 'getStreamById', this.name, function (this: unknown, ...args: unknown[]) {
      if (!args.length) throw new TypeError('1 argument required');
      const id = String(args[0]);
      const pc = this as LegacyPC;
      return pc.getLocalStreams().concat(pc.getRemoteStreams()).find((s) => s.id === id) ?? null;
    }, 1);
  },
};
