import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/get-configuration-url';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

describe('get-configuration-url', () => {
  it('is not needed in engines that do not echo url; leaves getConfiguration identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.safari17PromiseOnly]);
  });

  it('drops the legacy url member Firefox echoes, keeping urls', () => {
    const win = fakeWindow(engines.firefox153);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const legacy = { iceServers: [{ url: 'stun:127.0.0.1' } as unknown as RTCIceServer] };
    assert.equal('url' in (new PC(legacy).getConfiguration().iceServers ?? [])[0]!, true, 'the fake models Firefox');
    assert.ok(installIfNeeded(shim, win));
    const servers = new PC(legacy).getConfiguration().iceServers ?? [];
    assert.deepEqual(servers, [{ urls: 'stun:127.0.0.1' }]);
    assert.deepEqual(legacy, { iceServers: [{ url: 'stun:127.0.0.1' }] });
  });

  it('returns the native result itself when there is nothing to drop', () => {
    const win = fakeWindow(engines.firefox153);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)({ iceServers: [{ urls: 'stun:x' }] });
    assert.deepEqual(pc.getConfiguration().iceServers, [{ urls: 'stun:x' }]);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
