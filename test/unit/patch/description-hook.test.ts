import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addSdpFallback, addSdpRewrite, runRewrites, type SdpRewrite } from '../../../src/patch/description-hook';
import { record, rollback, type Change } from '../../../src/patch/journal';
import { assertSameSurface, contextFor, surface } from '../../support/context';
import { engines, fakeWindow } from '../../support/fake-window';

const OFFER = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=quirk\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n';
// Module-level rewrites, as SDP shims register them (a second install finds the same function).
const dropQuirk: SdpRewrite = (sdp) => (sdp.indexOf('a=quirk\r\n') < 0 ? sdp : sdp.replace('a=quirk\r\n', ''));
const addMark: SdpRewrite = (sdp) => sdp + 'a=mark\r\n';
const dropRejected: SdpRewrite = (sdp) => sdp.split('a=reject-me\r\n').join('');
const throwing: SdpRewrite = () => {
  throw new Error('hostile');
};

function setup() {
  const win = fakeWindow(engines.chromium156);
  const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
  const seen: unknown[] = [];
  const native = PC.prototype.setRemoteDescription as (this: RTCPeerConnection, d?: RTCSessionDescriptionInit) => Promise<void>;
  // An engine that rejects `a=reject-me` lines, as some reject a quirk they do not know.
  PC.prototype.setRemoteDescription = function (this: RTCPeerConnection, d?: RTCSessionDescriptionInit) {
    seen.push(d);
    if (d && typeof d.sdp === 'string' && d.sdp.includes('a=reject-me')) return Promise.reject(new DOMException('parse error ' + String(seen.length), 'OperationError'));
    return native.call(this, d);
  };
  return { win, PC, seen, ctx: contextFor(win) };
}

describe('description hook (addSdpRewrite)', () => {
  it('runRewrites: in order, skipping a rewrite that throws or returns no string', () => {
    assert.equal(runRewrites([dropQuirk, throwing, () => 5 as unknown as string, addMark], OFFER, 'offer'), OFFER.replace('a=quirk\r\n', '') + 'a=mark\r\n');
    assert.equal(runRewrites([], OFFER, 'offer'), OFFER);
  });

  it('setRemoteDescription: the engine gets a rewritten copy; the app\'s object is never changed; nothing to do passes the same object', async () => {
    const { PC, seen, ctx } = setup();
    addSdpRewrite(ctx, 'setRemoteDescription', dropQuirk);
    const pc = new PC();
    const offer = { type: 'offer' as const, sdp: OFFER };
    await pc.setRemoteDescription(offer);
    assert.deepEqual(seen.pop(), { type: 'offer', sdp: OFFER.replace('a=quirk\r\n', '') });
    assert.equal(offer.sdp, OFFER);
    const clean = { type: 'offer' as const, sdp: OFFER.replace('a=quirk\r\n', '') };
    await new PC().setRemoteDescription(clean);
    assert.equal(seen.pop(), clean, 'no copy when no rewrite applies');
    for (const odd of [undefined, null, 5, {}, { type: 'offer' }, { type: 'offer', sdp: 7 }]) {
      // whatever the engine makes of it, never an error of ours
      await new PC().setRemoteDescription(odd as RTCSessionDescriptionInit).catch(() => {});
      assert.equal(seen.pop(), odd);
    }
  });

  it('every registered rewrite runs through one wrapper, in registration order; registering twice is once', async () => {
    const { PC, seen, ctx } = setup();
    addSdpRewrite(ctx, 'setRemoteDescription', dropQuirk);
    const wrapper = PC.prototype.setRemoteDescription;
    addSdpRewrite(ctx, 'setRemoteDescription', addMark);
    addSdpRewrite(ctx, 'setRemoteDescription', dropQuirk);
    assert.equal(PC.prototype.setRemoteDescription, wrapper, 'one wrapper');
    await new PC().setRemoteDescription({ type: 'offer', sdp: OFFER });
    assert.equal((seen.pop() as RTCSessionDescriptionInit).sdp, OFFER.replace('a=quirk\r\n', '') + 'a=mark\r\n');
  });

  it('createOffer: the app receives the rewritten description', async () => {
    const { PC, ctx } = setup();
    addSdpRewrite(ctx, 'createOffer', addMark);
    const offer = await new PC().createOffer();
    assert.ok(offer.sdp!.endsWith('a=mark\r\n'));
  });

  it('read back: remoteDescription is rewritten, the same object while the engine\'s is the same', async () => {
    const { PC, ctx } = setup();
    addSdpRewrite(ctx, 'remoteDescription', addMark);
    const pc = new PC();
    assert.equal(pc.remoteDescription, null);
    await pc.setRemoteDescription({ type: 'offer', sdp: OFFER });
    const read = pc.remoteDescription!;
    assert.equal(read.sdp, OFFER + 'a=mark\r\n');
    assert.equal(read.type, 'offer');
    assert.equal(pc.remoteDescription, read);
  });

  it('a failed install undoes its registration and wrapper: the next one installs them again', async () => {
    const { PC, seen, ctx } = setup();
    const before = surface(ctx.window);
    const changes: Change[] = [];
    record(changes, () => addSdpRewrite(ctx, 'setRemoteDescription', addMark));
    rollback(changes);
    assertSameSurface(before, surface(ctx.window));
    addSdpRewrite(ctx, 'setRemoteDescription', dropQuirk);
    await new PC().setRemoteDescription({ type: 'offer', sdp: OFFER });
    assert.equal((seen.pop() as RTCSessionDescriptionInit).sdp, OFFER.replace('a=quirk\r\n', ''));
  });

  it('a fallback runs only after the engine rejected the description; a second rejection is the first error', async () => {
    const { PC, seen, ctx } = setup();
    addSdpRewrite(ctx, 'setRemoteDescription', dropQuirk);
    addSdpFallback(ctx, 'setRemoteDescription', dropRejected);
    await new PC().setRemoteDescription({ type: 'offer', sdp: OFFER });
    assert.equal(seen.length, 1, 'accepted at once: no second try');
    seen.length = 0;
    const quirky = { type: 'offer' as const, sdp: OFFER + 'a=reject-me\r\n' };
    await new PC().setRemoteDescription(quirky);
    assert.deepEqual(seen.map((d) => (d as RTCSessionDescriptionInit).sdp), [OFFER.replace('a=quirk\r\n', '') + 'a=reject-me\r\n', OFFER.replace('a=quirk\r\n', '')]);
    assert.equal(quirky.sdp, OFFER + 'a=reject-me\r\n');
    seen.length = 0;
    // The fallback cannot help (its output is rejected too): the app gets the engine's first error.
    const stubborn = OFFER + 'a=reject-me\r\na=reject-me-too\r\n';
    await assert.rejects(new PC().setRemoteDescription({ type: 'offer', sdp: stubborn }), { name: 'OperationError', message: 'parse error 1' });
    assert.equal(seen.length, 2);
    // Nothing for the fallback to do: one try, the engine's error.
    seen.length = 0;
    addSdpFallback(ctx, 'setRemoteDescription', dropRejected);
    await assert.rejects(new PC().setRemoteDescription({ type: 'offer', sdp: 'a=reject-me-first-line' }), { name: 'OperationError' });
    assert.equal(seen.length, 1, 'the fallback changes nothing: no second try');
  });

  it('a description whose members throw when read reaches the engine as it is: its error, not ours', async () => {
    const { PC, seen, ctx } = setup();
    addSdpRewrite(ctx, 'setRemoteDescription', dropQuirk);
    const hostile = {
      type: 'offer',
      get sdp(): string {
        throw new RangeError('hostile getter');
      },
    };
    let returned: unknown;
    assert.doesNotThrow(() => {
      returned = new PC().setRemoteDescription(hostile as unknown as RTCSessionDescriptionInit);
    });
    await (returned as Promise<void>).catch(() => {});
    assert.equal(seen.pop(), hostile);
  });
});
