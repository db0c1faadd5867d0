import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rfc8853Simulcast } from '../../../../src/sdp/simulcast';
import { shim } from '../../../../src/shims/sdp/simulcast-draft-syntax';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';
import { lineDiff } from '../../../support/sdp-diff';
import { fixture, fixtures } from '../../sdp/fixtures';

describe('sdp/simulcast rfc8853Simulcast', () => {
  it('rewrites the draft line of the fixture (paused ids marked ~), and only it', () => {
    const sdp = fixture('simulcast-draft-syntaxes.sdp').sdp;
    assert.deepEqual(lineDiff(sdp, rfc8853Simulcast(sdp)), {
      removed: ['a=simulcast: send rid=1,4;2;3 paused=4 recv rid=c\n'],
      added: ['a=simulcast:send 1,~4;2;3 recv c\n'],
    });
  });

  it('leaves RFC 8853 lines, unknown forms and SDP without the draft syntax as they are', () => {
    for (const { name, sdp } of fixtures()) if (name !== 'simulcast-draft-syntaxes.sdp') assert.equal(rfc8853Simulcast(sdp), sdp, name);
    for (const odd of ['a=simulcast: sideways rid=1\r\n', 'a=simulcast:send rid=\r\n', 'a=simulcast: send rid=1 recv\r\n']) {
      const sdp = 'v=0\r\n' + odd;
      assert.equal(rfc8853Simulcast(sdp).length > 0, true);
    }
    assert.equal(rfc8853Simulcast('v=0\r\na=simulcast: sideways rid=1\r\n'), 'v=0\r\na=simulcast: sideways rid=1\r\n');
    assert.equal(rfc8853Simulcast('a=simulcast:send rid=q;h;f'), 'a=simulcast:send q;h;f');
  });
});

describe('simulcast-draft-syntax', () => {
  it('is not needed outside Gecko; leaves those engines identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('in Firefox, an offer with the draft syntax that the engine rejects is applied in RFC 8853 syntax', async () => {
    const win = fakeWindow(engines.firefox153);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const offer = (await new PC().createOffer()).sdp! + 'a=simulcast: send rid=q;h;f\r\n';
    await assert.rejects(new PC().setRemoteDescription({ type: 'offer', sdp: offer }), { name: 'OperationError' });
    assert.ok(installIfNeeded(shim, win));
    const pc = new PC();
    await pc.setRemoteDescription({ type: 'offer', sdp: offer });
    assert.ok(pc.remoteDescription!.sdp.endsWith('a=simulcast:send q;h;f\r\n'));
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
