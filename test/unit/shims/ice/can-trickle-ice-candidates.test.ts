import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/ice/can-trickle-ice-candidates';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

const offer = (options: string): RTCSessionDescriptionInit => ({
  type: 'offer',
  sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n' + options,
});

describe('can-trickle-ice-candidates', () => {
  it('is not needed where the engine has the attribute; leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('is null before a remote description, then whether it has a=ice-options:trickle', async () => {
    const win = fakeWindow(engines.chromium73);
    assert.equal(installIfNeeded(shim, win), 'missing');
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const yes = new PC();
    assert.equal(yes.canTrickleIceCandidates, null);
    await yes.setLocalDescription(await yes.createOffer());
    assert.equal(yes.canTrickleIceCandidates, null, 'a local description is not a remote one');
    const no = new PC();
    await no.setRemoteDescription(offer('a=ice-options:ice2\r\n'));
    assert.equal(no.canTrickleIceCandidates, false);
    const other = new PC();
    await other.setRemoteDescription(offer('a=ice-options:ice2 trickle\r\n'));
    assert.equal(other.canTrickleIceCandidates, true);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
