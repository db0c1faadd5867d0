import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/ice/default-ice-servers';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, installIfNeeded } from '../../../support/context';

describe('default-ice-servers', () => {
  it('is not needed where the engine has it (static or on connections)', () => {
    for (const onCtor of [true, false]) {
      const win = fakeWindow(engines.chromium156);
      const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
      Object.defineProperty(onCtor ? PC : PC.prototype, 'defaultIceServers', { get: () => [], configurable: true });
      const before = Object.getOwnPropertyDescriptor(onCtor ? PC.prototype : PC, 'defaultIceServers');
      assert.equal(installIfNeeded(shim, win), false);
      assert.equal(Object.getOwnPropertyDescriptor(onCtor ? PC.prototype : PC, 'defaultIceServers'), before);
    }
  });

  it('answers a new empty array on the constructor and on connections', () => {
    const win = fakeWindow(engines.firefox153);
    assert.equal(installIfNeeded(shim, win), 'missing');
    const PC = win.RTCPeerConnection as unknown as { new (): RTCPeerConnection; prototype: object; defaultIceServers: RTCIceServer[] };
    const pc = new PC() as RTCPeerConnection & { defaultIceServers: RTCIceServer[] };
    assert.deepEqual(PC.defaultIceServers, []);
    assert.deepEqual(pc.defaultIceServers, []);
    (PC.defaultIceServers as RTCIceServer[]).push({ urls: 'turn:x' });
    assert.notEqual(PC.defaultIceServers, PC.defaultIceServers);
    assert.deepEqual(PC.defaultIceServers, [], 'an app that pushed onto its copy changed no other');
    assert.equal(Object.getOwnPropertyDescriptor(PC.prototype, 'defaultIceServers')?.set, undefined, 'read-only');
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
