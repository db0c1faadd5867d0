import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/prefixed-aliases';
import { shim as unprefixed } from '../../../../src/shims/peer-connection/unprefixed-constructors';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, assertSameSurface, installIfNeeded, surface } from '../../../support/context';
import { assertAllOrNothing } from '../../../support/locked-window';

describe('prefixed-aliases', () => {
  it('is not needed in Chromium, which still has webkitRTCPeerConnection and webkitMediaStream', () => {
    const win = fakeWindow(engines.chromium156);
    const before = surface(win);
    assert.equal(installIfNeeded(shim, win), false);
    assertSameSurface(before, surface(win));
  });

  it('gives Firefox its moz* names back, pointing at the same constructors', () => {
    const win = fakeWindow(engines.firefox153);
    assert.match(String(installIfNeeded(shim, win)), /mozRTCPeerConnection/);
    assert.equal(win.mozRTCPeerConnection, win.RTCPeerConnection);
    assert.equal(win.mozRTCSessionDescription, win.RTCSessionDescription);
    assert.equal(win.mozRTCIceCandidate, win.RTCIceCandidate);
  });

  it('never gives one engine family the other family\'s prefixes (legacy sniffing would misfire)', () => {
    const firefox = fakeWindow(engines.firefox153);
    installIfNeeded(shim, firefox);
    assert.equal(firefox.webkitRTCPeerConnection, undefined);
    const chromium = fakeWindow(engines.chromium156);
    installIfNeeded(shim, chromium);
    assert.equal(chromium.mozRTCPeerConnection, undefined);
  });

  it('is not needed on Safari or a window without WebRTC (no prefixed family to restore)', () => {
    assertNotNeededAndUntouched(shim, [engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('after unprefixed-constructors in a prefixed-only engine, nothing is left to alias', () => {
    const win = fakeWindow(engines.firefox40PrefixedOnly);
    installIfNeeded(unprefixed, win);
    assert.equal(installIfNeeded(shim, win), false);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));

  it('a member locked part-way leaves every member as it was', () => assertAllOrNothing(shim, engines.firefox153));
});
