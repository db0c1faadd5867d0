import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/get-configuration-ice-servers';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertChromiumRangeEndsAt, assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';
import { assertAllOrNothing } from '../../../support/locked-window';

const twoUrls = (): RTCConfiguration => Object.freeze({
  iceServers: [{ urls: ['stun:127.0.0.1:3478', 'turn:127.0.0.1:3478'], username: 'u', credential: 'c' }],
});

describe('get-configuration-ice-servers', () => {
  it('the measured range: needed through Chromium 109, not from 110 (both measured)', () => {
    assertChromiumRangeEndsAt(shim, 109);
  });

  it('is not needed where getConfiguration keeps servers whole; leaves the engine identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('returns each server as configured in old Chromium', () => {
    const win = fakeWindow(engines.chromium73);
    const Native = win.RTCPeerConnection as typeof RTCPeerConnection;
    assert.equal(new Native(twoUrls()).getConfiguration().iceServers?.length, 2, 'the fake models the old engine');
    assert.ok(installIfNeeded(shim, win));
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const pc = new PC(twoUrls());
    assert.deepEqual(pc.getConfiguration().iceServers, [
      { urls: ['stun:127.0.0.1:3478', 'turn:127.0.0.1:3478'], username: 'u', credential: 'c' },
    ]);
    assert.ok(pc instanceof Native);
    assert.equal(win.webkitRTCPeerConnection, PC);
  });

  it('follows setConfiguration, and hands out copies the app cannot use to change the record', () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)(twoUrls());
    (pc.getConfiguration().iceServers?.[0]?.urls as string[]).push('stun:evil');
    assert.equal((pc.getConfiguration().iceServers?.[0]?.urls as string[]).length, 2);
    pc.setConfiguration({ iceServers: [{ urls: 'stun:127.0.0.2' }] });
    assert.deepEqual(pc.getConfiguration().iceServers, [{ urls: ['stun:127.0.0.2'] }]);
  });

  it('leaves the rest of the configuration as the engine reports it', () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const config = new (win.RTCPeerConnection as typeof RTCPeerConnection)().getConfiguration();
    assert.deepEqual(config, { bundlePolicy: 'balanced', rtcpMuxPolicy: 'require', iceTransportPolicy: 'all', iceServers: [] });
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));

  it('a member locked part-way leaves every member as it was', () => assertAllOrNothing(shim, engines.chromium73));
});
