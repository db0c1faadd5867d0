import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/closed-connection-events';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertChromiumRangeEndsAt, assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

describe('closed-connection-events', () => {
  it('is not needed in Chromium 156, Firefox or Safari; leaves the prototype identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('the Blink range ends at the measured version', () => assertChromiumRangeEndsAt(shim, 87));

  it('state-change events reach handlers and listeners while open, none once closed', () => {
    const win = fakeWindow(engines.chromium73);
    assert.equal(installIfNeeded(shim, win), 'Chromium 73 fires state changes after close()');
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const seen: string[] = [];
    pc.onsignalingstatechange = () => seen.push('handler');
    pc.addEventListener('signalingstatechange', () => seen.push('listener'));
    pc.addEventListener('iceconnectionstatechange', { handleEvent: () => seen.push('object') });
    pc.dispatchEvent(new Event('signalingstatechange'));
    pc.dispatchEvent(new Event('iceconnectionstatechange'));
    assert.deepEqual(seen, ['handler', 'listener', 'object']);
    pc.close();
    pc.dispatchEvent(new Event('signalingstatechange'));
    pc.dispatchEvent(new Event('iceconnectionstatechange'));
    pc.dispatchEvent(new Event('icegatheringstatechange'));
    assert.deepEqual(seen, ['handler', 'listener', 'object']);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
