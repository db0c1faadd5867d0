import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hookConnections } from '../../../src/patch/connection-hook';
import { installAtomically } from '../../../src/patch/journal';
import { markOf } from '../../../src/patch/mark';
import { engines, fakeWindow } from '../../support/fake-window';
import { contextFor } from '../../support/context';

function setup() {
  const win = fakeWindow(engines.chromium156);
  const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
  return { win, PC, proto: PC.prototype, ctx: contextFor(win) };
}

describe('hookConnections', () => {
  it('runs each init once per connection, before its first setLocalDescription or setRemoteDescription', async () => {
    const { PC, ctx } = setup();
    const seen: string[] = [];
    hookConnections(ctx, 'a', (pc) => seen.push('a:' + pc.signalingState));
    hookConnections(ctx, 'b', () => seen.push('b'));
    const pc = new PC();
    const other = new PC();
    assert.deepEqual(seen, [], 'not at construction');
    await pc.setLocalDescription(await pc.createOffer());
    assert.deepEqual(seen, ['a:stable', 'b'], 'before the call, in registration order');
    await pc.setLocalDescription(await pc.createOffer());
    await other.setRemoteDescription(pc.localDescription!);
    assert.deepEqual(seen, ['a:stable', 'b', 'a:stable', 'b']);
  });

  it('one wrapper per method serves every hook; a tag registers once', async () => {
    const { PC, proto, ctx } = setup();
    let runs = 0;
    hookConnections(ctx, 'a', () => runs++);
    const wrapper = proto.setRemoteDescription;
    assert.equal(markOf(wrapper)?.tag, 'connection-hook');
    hookConnections(ctx, 'a', () => runs++);
    hookConnections(ctx, 'b', () => {});
    assert.equal(proto.setRemoteDescription, wrapper);
    assert.equal(proto.setRemoteDescription.name, 'setRemoteDescription');
    const pc = new PC();
    await pc.setLocalDescription(await pc.createOffer());
    assert.equal(runs, 1);
  });

  it('a foreign `this` runs no hook and gets the engine\'s own error', async () => {
    const { proto, ctx } = setup();
    let runs = 0;
    hookConnections(ctx, 'a', () => runs++);
    await assert.rejects(() => Promise.resolve().then(() => (proto.setLocalDescription as (d: RTCSessionDescriptionInit) => Promise<void>).call({}, { type: 'offer', sdp: 'v=0\r\n' })));
    assert.equal(runs, 0);
  });

  it('an install that fails after hooking takes its hook and the wrappers away', () => {
    const { proto, ctx } = setup();
    const native = proto.setLocalDescription;
    const failure = installAtomically(() => {
      hookConnections(ctx, 'a', () => {});
      throw new Error('later member refused');
    });
    assert.ok(failure);
    assert.equal(proto.setLocalDescription, native);
    let runs = 0;
    hookConnections(ctx, 'a', () => runs++);
    assert.equal(markOf(proto.setLocalDescription)?.tag, 'connection-hook', 'hooking again wraps again');
  });

  it('does nothing on a window without peer connections', () => {
    const win = fakeWindow(engines.webkitGtkNoPeerConnection);
    assert.doesNotThrow(() => hookConnections(contextFor(win), 'a', () => {}));
  });
});
