import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/legacy-callbacks';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, viaCallbacks } from '../../../support/context';

type Loose = (...args: unknown[]) => Promise<unknown>;

describe('legacy-callbacks', () => {
  it('is not needed where the engine has the callback overloads; leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.chromium73]);
  });

  it('adds the legacy overloads to promise-only Safari, with spec semantics', async () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    assert.ok(installIfNeeded(shim, win));
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const pc1 = new PC();
    const pc2 = new PC();
    const [o1, offer, r1] = await viaCallbacks((ok, fail) => pc1.createOffer(ok, fail));
    assert.deepEqual([o1, (offer as RTCSessionDescriptionInit).type, r1], ['success', 'offer', undefined]);
    const [o2, v2, r2] = await viaCallbacks((ok, fail) => pc1.setLocalDescription(offer as RTCSessionDescriptionInit, ok, fail));
    assert.deepEqual([o2, v2, r2], ['success', undefined, undefined]);
    await viaCallbacks((ok, fail) => pc2.setRemoteDescription(offer as RTCSessionDescriptionInit, ok, fail));
    const [, answer] = await viaCallbacks((ok, fail) => pc2.createAnswer(ok, fail));
    assert.equal((answer as RTCSessionDescriptionInit).type, 'answer');
    assert.equal(pc2.signalingState, 'have-remote-offer');
  });

  it('still offers the promise forms unchanged', async () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const offer = await pc.createOffer({ offerToReceiveAudio: true });
    assert.equal(offer.type, 'offer');
  });

  it('errors reach the failure callback as DOMExceptions with spec names; the promise resolves undefined', async () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const [outcome, error, returned] = await viaCallbacks((ok, fail) => pc.setRemoteDescription({ type: 'answer', sdp: 'v=0\r\n' }, ok, fail));
    assert.equal(outcome, 'failure');
    assert.ok(error instanceof DOMException);
    assert.equal((error as DOMException).name, 'InvalidStateError');
    assert.equal(returned, undefined);
  });

  it('a missing or non-function callback is a TypeError and calls nothing', async () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    let called = false;
    const mark = (): void => {
      called = true;
    };
    await assert.rejects((pc.createOffer as unknown as Loose).call(pc, 5, mark), TypeError);
    await assert.rejects((pc.createOffer as unknown as Loose).call(pc, mark, 5), TypeError);
    await assert.rejects((pc.setLocalDescription as unknown as Loose).call(pc, { type: 'offer', sdp: 'v=0\r\n' }, mark), TypeError);
    assert.equal(called, false);
    assert.equal(pc.signalingState, 'stable');
  });

  it('an exception in the success callback is reported, not passed to the failure callback', async () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const reported: unknown[] = [];
    const realSetTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void) => {
      try {
        fn();
      } catch (e) {
        reported.push(e);
      }
      return 0;
    }) as unknown as typeof setTimeout;
    let failed = false;
    try {
      const boom = new Error('app bug');
      const result = await (pc.createOffer as unknown as Loose).call(pc, () => {
        throw boom;
      }, () => {
        failed = true;
      });
      assert.equal(result, undefined);
      assert.deepEqual(reported, [boom]);
      assert.equal(failed, false);
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.safari17PromiseOnly));
});
