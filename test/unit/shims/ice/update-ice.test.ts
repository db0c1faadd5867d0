import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/ice/update-ice';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, installIfNeeded } from '../../../support/context';

type LegacyPC = RTCPeerConnection & { updateIce(configuration?: RTCConfiguration): void };

describe('update-ice', () => {
  it('is not needed where updateIce exists or there is no peer connection', () => {
    const win = fakeWindow(engines.chromium156);
    const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype as unknown as Record<string, unknown>;
    const own = function updateIce(): void {};
    proto.updateIce = own;
    assert.equal(installIfNeeded(shim, win), false);
    assert.equal(proto.updateIce, own);
    assert.equal(installIfNeeded(shim, fakeWindow(engines.webkitGtkNoPeerConnection)), false);
  });

  it('is setConfiguration under its legacy name, shaped (name, length 0)', () => {
    const win = fakeWindow(engines.firefox153);
    assert.equal(installIfNeeded(shim, win), 'missing');
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const update = (PC.prototype as LegacyPC).updateIce;
    assert.equal(update.name, 'updateIce');
    assert.equal(update.length, 0);
    const pc = new PC({ iceServers: [{ urls: 'stun:a' }] }) as LegacyPC;
    const config = { iceServers: [{ urls: 'stun:b' }] };
    assert.equal(pc.updateIce(config), undefined);
    assert.deepEqual(pc.getConfiguration().iceServers, [{ urls: 'stun:b' }]);
    assert.deepEqual(config, { iceServers: [{ urls: 'stun:b' }] });
  });

  it('without a configuration keeps the current one; passes setConfiguration errors on; InvalidStateError when closed', () => {
    const win = fakeWindow(engines.chromium156);
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const pc = new PC({ iceServers: [{ urls: 'stun:a' }] }) as LegacyPC;
    assert.equal(pc.updateIce(), undefined);
    assert.deepEqual(pc.getConfiguration().iceServers, [{ urls: 'stun:a' }]);
    const failing = new Error('from setConfiguration');
    pc.setConfiguration = () => {
      throw failing;
    };
    assert.throws(() => pc.updateIce({}), (e) => e === failing);
    pc.close();
    assert.throws(() => pc.updateIce(), { name: 'InvalidStateError' });
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
