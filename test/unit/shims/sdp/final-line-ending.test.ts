import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withFinalLineEnding } from '../../../../src/sdp/final-line-ending';
import { shim } from '../../../../src/shims/sdp/final-line-ending';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';
import { lineDiff } from '../../../support/sdp-diff';
import { expectedFor, fixtures } from '../../sdp/fixtures';

describe('sdp/final-line-ending withFinalLineEnding', () => {
  it('adds the missing last line ending in the SDP\'s style, nothing else; the same string otherwise', () => {
    for (const { name, sdp } of fixtures()) {
      const out = withFinalLineEnding(sdp);
      const e = expectedFor(name);
      if (e.finalEol) {
        assert.equal(out, sdp, name);
        continue;
      }
      assert.equal(out, sdp + e.eol, name);
      const diff = lineDiff(sdp, out);
      assert.equal(diff.removed.length, 1);
      assert.deepEqual(diff.added, [diff.removed[0] + e.eol]);
    }
    assert.equal(withFinalLineEnding(''), '');
    assert.equal(withFinalLineEnding('v=0'), 'v=0\r\n');
  });
});

describe('final-line-ending', () => {
  it('is not needed without RTCPeerConnection (WebKitGTK); leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.webkitGtkNoPeerConnection]);
  });

  it('the engine reads the SDP with its last line ended; the app\'s description is not changed', async () => {
    for (const engine of [engines.chromium156, engines.firefox153, engines.chromium73, engines.safari17PromiseOnly]) {
      const win = fakeWindow(engine);
      const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
      const seen: string[] = [];
      for (const key of ['setRemoteDescription', 'setLocalDescription'] as const) {
        const native = PC.prototype[key] as (this: RTCPeerConnection, d?: RTCSessionDescriptionInit) => Promise<void>;
        (PC.prototype as unknown as Record<string, unknown>)[key] = function (this: RTCPeerConnection, d?: RTCSessionDescriptionInit) {
          seen.push(d!.sdp!);
          return native.call(this, d);
        };
      }
      assert.ok(installIfNeeded(shim, win), engine.userAgent);
      const a = new PC();
      const offer = await a.createOffer();
      const unended = { type: 'offer' as const, sdp: offer.sdp!.replace(/\r\n$/, '') };
      await new PC().setRemoteDescription(unended);
      await a.setLocalDescription(unended);
      assert.deepEqual(seen, [offer.sdp, offer.sdp], engine.userAgent);
      assert.ok(!unended.sdp.endsWith('\n'));
    }
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
