import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/sdp/extmap-allow-mixed';
import { chromiumUserAgent, engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';
import { fixture } from '../../sdp/fixtures';

const OFFER = fixture('chromium156-offer.sdp').sdp;
const safari12 = { ...engines.safari17PromiseOnly, userAgent: engines.safari17PromiseOnly.userAgent.replace('Version/17.0', 'Version/12.1'), rejectsExtmapAllowMixed: true };

describe('extmap-allow-mixed', () => {
  it('is not needed in Chromium 71 and later nor in Firefox (they accept it, measured 73 to 156, Firefox 153); leaves them identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.firefox153, engines.webkitGtkNoPeerConnection]);
  });

  it('where the engine rejects a description with it, the description is applied without it; the app\'s object is unchanged', async () => {
    for (const engine of [safari12, { ...engines.chromium73, userAgent: chromiumUserAgent(70), rejectsExtmapAllowMixed: true }]) {
      const win = fakeWindow(engine);
      const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
      const offer = { type: 'offer' as const, sdp: OFFER };
      await assert.rejects(new PC().setRemoteDescription(offer), { name: 'OperationError' });
      assert.ok(installIfNeeded(shim, win), engine.userAgent);
      const pc = new PC();
      await pc.setRemoteDescription(offer);
      assert.equal(pc.remoteDescription!.sdp, OFFER.replace('a=extmap-allow-mixed\r\n', ''));
      assert.equal(offer.sdp, OFFER);
    }
  });

  it('an engine that accepts it keeps it: nothing is removed on a guess (Safari 17)', async () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    assert.ok(installIfNeeded(shim, win));
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    await pc.setRemoteDescription({ type: 'offer', sdp: OFFER });
    assert.equal(pc.remoteDescription!.sdp, OFFER);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.safari17PromiseOnly));
});
