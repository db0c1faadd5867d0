import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/unprefixed-constructors';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';
import { assertAllOrNothing } from '../../../support/locked-window';

describe('unprefixed-constructors', () => {
  it('is not needed where the unprefixed names exist; leaves everything identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('defines the spec names from moz* in prefixed-only Firefox', () => {
    const win = fakeWindow(engines.firefox40PrefixedOnly);
    assert.equal(win.RTCPeerConnection, undefined);
    assert.match(String(installIfNeeded(shim, win)), /mozRTCPeerConnection/);
    assert.equal(win.RTCPeerConnection, win.mozRTCPeerConnection);
    assert.equal(win.RTCSessionDescription, win.mozRTCSessionDescription);
    assert.equal(win.RTCIceCandidate, win.mozRTCIceCandidate);
    const pc = new (win.RTCPeerConnection as unknown as typeof RTCPeerConnection)();
    assert.ok(pc instanceof (win.mozRTCPeerConnection as typeof RTCPeerConnection));
  });

  it('defines RTCPeerConnection and MediaStream from webkit* in prefixed-only Chrome', () => {
    const win = fakeWindow(engines.chrome45CallbackOnly);
    installIfNeeded(shim, win);
    assert.equal(win.RTCPeerConnection, win.webkitRTCPeerConnection);
    assert.equal(win.MediaStream, win.webkitMediaStream);
  });

  it('the globals it defines are writable, configurable and not enumerable, like WebIDL interface objects', () => {
    const win = fakeWindow(engines.firefox40PrefixedOnly);
    installIfNeeded(shim, win);
    const d = Object.getOwnPropertyDescriptor(win, 'RTCPeerConnection');
    assert.deepEqual([d?.writable, d?.configurable, d?.enumerable], [true, true, false]);
  });

  it('installed twice is the same as once; once installed, no longer needed', () => {
    assertIdempotent(shim, engines.firefox40PrefixedOnly);
    const win = fakeWindow(engines.firefox40PrefixedOnly);
    installIfNeeded(shim, win);
    assert.equal(installIfNeeded(shim, win), false);
  });

  it('does nothing on a window without WebRTC', () => {
    const win = fakeWindow(engines.webkitGtkNoPeerConnection);
    assert.equal(installIfNeeded(shim, win), false);
    assert.equal(win.RTCPeerConnection, undefined);
  });

  it('a member locked part-way leaves every member as it was', () => assertAllOrNothing(shim, engines.firefox40PrefixedOnly));
});
