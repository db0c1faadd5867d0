import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutCollidingExtmaps } from '../../../../src/sdp/extmap-bundle';
import { shim } from '../../../../src/shims/sdp/extmap-bundle-collision';
import { chromiumUserAgent, engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';
import { lineDiff } from '../../../support/sdp-diff';
import { fixture, fixtures } from '../../sdp/fixtures';

describe('sdp/extmap-bundle withoutCollidingExtmaps', () => {
  it('removes the later bundled section\'s colliding a=extmap lines of Firefox 60\'s offer, and only them', () => {
    const sdp = fixture('firefox60-recvonly-offer.sdp').sdp;
    assert.deepEqual(lineDiff(sdp, withoutCollidingExtmaps(sdp)), {
      removed: ['a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level\n', 'a=extmap:2/recvonly urn:ietf:params:rtp-hdrext:csrc-audio-level\n'],
      added: [],
    });
  });

  it('leaves every other fixture as it is (no collision), and sections outside the BUNDLE group', () => {
    for (const { name, sdp } of fixtures()) if (name !== 'firefox60-recvonly-offer.sdp') assert.equal(withoutCollidingExtmaps(sdp), sdp, name);
    const unbundled = fixture('firefox60-recvonly-offer.sdp').sdp.replace('a=group:BUNDLE sdparta_0 sdparta_1', 'a=group:BUNDLE sdparta_0');
    assert.equal(withoutCollidingExtmaps(unbundled), unbundled);
  });
});

describe('extmap-bundle-collision', () => {
  it('is not needed in Chromium up to 92 (accepts it), Firefox, WebKit; leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium73, { ...engines.chromium73, userAgent: chromiumUserAgent(92) }, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('in Chromium 156, an offer the engine rejects for colliding ids is applied without the later meanings', async () => {
    const win = fakeWindow(engines.chromium156);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const native = PC.prototype.setRemoteDescription as (this: RTCPeerConnection, d?: RTCSessionDescriptionInit) => Promise<void>;
    // As Chromium 123+ (measured): a BUNDLE group whose sections give an id two meanings is refused.
    (PC.prototype as unknown as Record<string, unknown>).setRemoteDescription = function (this: RTCPeerConnection, d?: RTCSessionDescriptionInit) {
      if (d && /a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level/.test(d.sdp ?? '')) return Promise.reject(new DOMException('A BUNDLE group contains a codec collision for header extension id=1.', 'InvalidAccessError'));
      return native.call(this, d);
    };
    const offer = { type: 'offer' as const, sdp: 'v=0\r\n' + fixture('firefox60-recvonly-offer.sdp').sdp.slice(4).replace(/\n/g, '\r\n') };
    assert.ok(installIfNeeded(shim, win));
    const pc = new PC();
    await pc.setRemoteDescription(offer);
    assert.ok(!pc.remoteDescription!.sdp.includes('ssrc-audio-level'));
    assert.ok(pc.remoteDescription!.sdp.includes('abs-send-time'));
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
