import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/legacy-callbacks';
import type { Logger } from '../../../../src/types';
import { engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, contextFor, installIfNeeded, viaCallbacks } from '../../../support/context';

type Loose = (...args: unknown[]) => Promise<unknown>;

/** The engines with a peer connection, each with its own legacy-overload behaviour. */
const WITH_PEER_CONNECTION: ReadonlyArray<[string, FakeEngine]> = [
  ['Chromium 156', engines.chromium156],
  ['Firefox 153', engines.firefox153],
  ['Chromium 73', engines.chromium73],
  ['Safari 17 (promise only)', engines.safari17PromiseOnly],
];

function shimmed(engine: FakeEngine): { PC: typeof RTCPeerConnection; warnings: unknown[][] } {
  const win = fakeWindow(engine);
  const warnings: unknown[][] = [];
  const log: Logger = { log() {}, warn: (...args: unknown[]) => void warnings.push(args), deprecated() {} };
  const ctx = { ...contextFor(win), log };
  assert.notEqual(shim.needed(ctx), false);
  shim.install(ctx);
  return { PC: win.RTCPeerConnection as typeof RTCPeerConnection, warnings };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('legacy-callbacks', () => {
  it('is not needed without a peer connection; leaves the window identical', () => {
    assertNotNeededAndUntouched(shim, [engines.webkitGtkNoPeerConnection]);
  });

  it('is needed in every engine with a peer connection, and says what it found', () => {
    for (const [label, engine] of WITH_PEER_CONNECTION) {
      const found = installIfNeeded(shim, fakeWindow(engine));
      assert.equal(typeof found, 'string', label);
    }
    assert.match(String(shim.needed(contextFor(fakeWindow(engines.safari17PromiseOnly)))), /WebKit/);
  });

  for (const [label, engine] of WITH_PEER_CONNECTION) {
    describe(label, () => {
      it('runs a whole call in the legacy forms, with and without failure callbacks', async () => {
        const { PC } = shimmed(engine);
        const pc1 = new PC();
        const pc2 = new PC();
        const [o1, offer, r1] = await viaCallbacks((ok, fail) => pc1.createOffer(ok, fail));
        assert.deepEqual([o1, (offer as RTCSessionDescriptionInit).type, r1], ['success', 'offer', undefined]);
        // The seed page's forms: a success callback alone.
        const [o2, v2] = await viaCallbacks((ok) => (pc1.setLocalDescription as unknown as Loose).call(pc1, offer, ok));
        assert.deepEqual([o2, v2, pc1.signalingState], ['success', undefined, 'have-local-offer']);
        await viaCallbacks((ok) => (pc2.setRemoteDescription as unknown as Loose).call(pc2, offer, ok));
        const [o3, answer] = await viaCallbacks((ok) => (pc2.createAnswer as unknown as Loose).call(pc2, ok));
        assert.deepEqual([o3, (answer as RTCSessionDescriptionInit).type], ['success', 'answer']);
        await viaCallbacks((ok) => pc2.setLocalDescription(answer as RTCSessionDescriptionInit, ok, undefined as never));
        assert.equal(pc2.signalingState, 'stable');
      });

      it('createOffer(success) alone calls success; the options go to the engine', async () => {
        const { PC } = shimmed(engine);
        const pc = new PC();
        const [outcome, offer, returned] = await viaCallbacks((ok) => (pc.createOffer as unknown as Loose).call(pc, ok));
        assert.deepEqual([outcome, (offer as RTCSessionDescriptionInit).type, returned], ['success', 'offer', undefined]);
      });

      it('without a failure callback a failure is one console warning and nothing else', async () => {
        const { PC, warnings } = shimmed(engine);
        const pc = new PC();
        let called = false;
        const result = await (pc.createAnswer as unknown as Loose).call(pc, () => {
          called = true;
        });
        assert.equal(result, undefined);
        await settle();
        assert.equal(called, false);
        assert.equal(warnings.length, 1);
        assert.match(String(warnings[0]?.[0]), /createAnswer/);
        assert.equal((warnings[0]?.[1] as DOMException).name, 'InvalidStateError');
      });

      it('an explicitly wrong callback, or options first, is a TypeError and calls nothing', async () => {
        const { PC } = shimmed(engine);
        const pc = new PC();
        let called = false;
        const mark = (): void => {
          called = true;
        };
        const offer = { type: 'offer', sdp: 'v=0\r\n' };
        await assert.rejects((pc.createOffer as unknown as Loose).call(pc, 5, mark), TypeError);
        await assert.rejects((pc.createOffer as unknown as Loose).call(pc, mark, 5), TypeError);
        await assert.rejects((pc.createOffer as unknown as Loose).call(pc, mark, null), TypeError);
        await assert.rejects((pc.createOffer as unknown as Loose).call(pc, {}, mark, mark), TypeError);
        await assert.rejects((pc.setLocalDescription as unknown as Loose).call(pc, offer, mark, 'x'), TypeError);
        await assert.rejects((pc.setLocalDescription as unknown as Loose).call(pc, offer, null, mark), TypeError);
        await assert.rejects((pc.addIceCandidate as unknown as Loose).call(pc, null, mark, {}), TypeError);
        await settle();
        assert.equal(called, false);
        assert.equal(pc.signalingState, 'stable');
      });

      it('callbacks run after the call has returned', async () => {
        const { PC } = shimmed(engine);
        const pc = new PC();
        const order: string[] = [];
        const returned = (pc.createAnswer as unknown as Loose).call(pc, () => order.push('success'), () => order.push('failure'));
        order.push('returned');
        await returned;
        await settle();
        assert.deepEqual(order, ['returned', 'failure']);
      });

      it('errors reach the failure callback as DOMExceptions with spec names', async () => {
        const { PC } = shimmed(engine);
        const pc = new PC();
        const [outcome, error, returned] = await viaCallbacks((ok, fail) => pc.setRemoteDescription({ type: 'answer', sdp: 'v=0\r\n' }, ok, fail));
        assert.equal(outcome, 'failure');
        assert.ok(error instanceof DOMException);
        assert.equal((error as DOMException).name, 'InvalidStateError');
        assert.equal(returned, undefined);
      });

      it('keeps the promise forms, their results and each method\'s name and length', async () => {
        const win = fakeWindow(engine);
        const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype;
        const before = ['createOffer', 'setLocalDescription', 'addIceCandidate'].map((k) => {
          const fn = proto[k as keyof RTCPeerConnection] as unknown as Loose;
          return [fn.name, fn.length];
        });
        installIfNeeded(shim, win);
        const after = ['createOffer', 'setLocalDescription', 'addIceCandidate'].map((k) => {
          const fn = proto[k as keyof RTCPeerConnection] as unknown as Loose;
          return [fn.name, fn.length];
        });
        assert.deepEqual(after, before);
        const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
        const offer = await pc.createOffer({ offerToReceiveAudio: true });
        assert.equal(offer.type, 'offer');
        await assert.rejects(pc.createAnswer(), { name: 'InvalidStateError' });
      });
    });
  }

  it('an exception in the success callback is reported, not passed to the failure callback', async () => {
    const { PC } = shimmed(engines.safari17PromiseOnly);
    const pc = new PC();
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
      await Promise.resolve();
      assert.deepEqual(reported, [boom]);
      assert.equal(failed, false);
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
  });

  it('installed twice is the same as once', () => {
    assertIdempotent(shim, engines.safari17PromiseOnly);
    assertIdempotent(shim, engines.chromium156);
  });
});
