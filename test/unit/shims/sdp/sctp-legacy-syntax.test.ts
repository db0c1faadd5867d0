import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/sdp/sctp-legacy-syntax';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';
import { fixture } from '../../sdp/fixtures';

const OFFER = fixture('firefox153-offer.sdp').sdp;

describe('sctp-legacy-syntax', () => {
  it('is not needed from Firefox 53 on, nor in Chromium or Safari; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.firefox153, engines.chromium156, engines.chromium73, engines.safari17PromiseOnly]);
  });

  it('in Firefox 40, an offer in the current syntax that the engine rejects is applied in the legacy one', async () => {
    const win = fakeWindow(engines.firefox40PrefixedOnly);
    // As unprefixed-constructors leaves it (installed first in every engine).
    win.RTCPeerConnection = win.mozRTCPeerConnection;
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    await assert.rejects(new PC().setRemoteDescription({ type: 'offer', sdp: OFFER }), { name: 'OperationError' });
    assert.ok(installIfNeeded(shim, win));
    const pc = new PC();
    await pc.setRemoteDescription({ type: 'offer', sdp: OFFER });
    const sdp = pc.remoteDescription!.sdp;
    assert.match(sdp, /^m=application 9 DTLS\/SCTP 5000\r$/m);
    assert.match(sdp, /^a=sctpmap:5000 webrtc-datachannel 1024\r$/m);
  });

  it('installed twice is the same as once', () =>
    assertIdempotent(shim, engines.firefox40PrefixedOnly, (win) => {
      win.RTCPeerConnection = win.mozRTCPeerConnection;
    }));
});
