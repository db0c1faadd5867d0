import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/ice/add-ice-candidate-ufrag';
import { shim as addIceCandidateEnd } from '../../../../src/shims/peer-connection/add-ice-candidate-end';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, installWithLegacyCallbacks, viaCallbacks, gateMethod } from '../../../support/context';
import { engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';

const HOST = 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ host';

type Win = ReturnType<typeof fakeWindow>;

/** The ufrag of an SDP's first section, read with a regular expression. */
function ufragOf(sdp: string | undefined): string {
  const m = /^a=ice-ufrag:(\S+)/m.exec(sdp ?? '');
  assert.ok(m, 'the fake SDP has an a=ice-ufrag line');
  return m[1]!;
}

/** pc2 with pc1's offer as its remote description, and that offer's ufrag. */
async function withRemoteOffer(win: Win): Promise<{ pc: RTCPeerConnection; ufrag: string; offer: RTCSessionDescriptionInit }> {
  const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
  const offer = await new PC().createOffer();
  const pc = new PC();
  await pc.setRemoteDescription(offer);
  return { pc, ufrag: ufragOf(offer.sdp), offer };
}

const added = (pc: RTCPeerConnection): unknown[] => (pc as unknown as { addedCandidates: unknown[] }).addedCandidates;

function shimmed(engine: FakeEngine = engines.chromium156): Win {
  const win = fakeWindow(engine);
  assert.match(String(installIfNeeded(shim, win)), /Chromium resolves/);
  return win;
}

describe('add-ice-candidate-ufrag', () => {
  it('is not needed where the engine rejects a foreign ufrag (Firefox, Safari) or has no peer connection; leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.firefox153, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('the fakes model the engines: Chromium drops a foreign ufrag silently, Firefox rejects it', async () => {
    const chromium = await withRemoteOffer(fakeWindow(engines.chromium156));
    assert.equal(await chromium.pc.addIceCandidate({ candidate: HOST, sdpMid: '0', usernameFragment: 'foreign' }), undefined);
    assert.deepEqual(added(chromium.pc), []);
    const firefox = await withRemoteOffer(fakeWindow(engines.firefox153));
    await assert.rejects(firefox.pc.addIceCandidate({ candidate: HOST, sdpMid: '0', usernameFragment: 'foreign' }), { name: 'OperationError' });
  });

  for (const engine of [engines.chromium156, engines.chromium73]) {
    it('rejects a foreign usernameFragment with OperationError, by sdpMid and by sdpMLineIndex: ' + engine.userAgent.slice(-40), async () => {
      const { pc } = await withRemoteOffer(shimmed(engine));
      for (const target of [{ sdpMid: '0' }, { sdpMid: '1' }, { sdpMLineIndex: 0 }, { sdpMLineIndex: 1 }]) {
        await assert.rejects(
          pc.addIceCandidate({ candidate: HOST, ...target, usernameFragment: 'foreign' }),
          (e: unknown) => e instanceof DOMException && e.name === 'OperationError' && /foreign/.test(e.message),
          JSON.stringify(target),
        );
      }
      assert.deepEqual(added(pc), []);
    });
  }

  it('accepts the remote description\'s own ufrag, and a candidate without one', async () => {
    const { pc, ufrag } = await withRemoteOffer(shimmed());
    const withOwn = { candidate: HOST, sdpMid: '1', usernameFragment: ufrag };
    const byIndex = { candidate: HOST, sdpMLineIndex: 0, usernameFragment: ufrag };
    const without = { candidate: HOST, sdpMid: '0' };
    const nullUfrag = { candidate: HOST, sdpMid: '0', usernameFragment: null };
    const emptyUfrag = { candidate: HOST, sdpMid: '0', usernameFragment: '' };
    for (const c of [withOwn, byIndex, without, nullUfrag, emptyUfrag]) assert.equal(await pc.addIceCandidate(c), undefined, JSON.stringify(c));
    assert.deepEqual(added(pc), [withOwn, byIndex, without, nullUfrag, emptyUfrag]);
  });

  it('reads an RTCIceCandidate\'s usernameFragment as well as a dictionary\'s', async () => {
    const win = shimmed();
    const { pc, ufrag } = await withRemoteOffer(win);
    const Candidate = win.RTCIceCandidate as typeof RTCIceCandidate;
    await assert.rejects(pc.addIceCandidate(new Candidate({ candidate: HOST, sdpMid: '0', usernameFragment: 'foreign' })), { name: 'OperationError' });
    assert.equal(await pc.addIceCandidate(new Candidate({ candidate: HOST, sdpMid: '0', usernameFragment: ufrag })), undefined);
  });

  it('checks end-of-candidates too: the spec compares every usernameFragment that is given', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(addIceCandidateEnd, win);
    installIfNeeded(shim, win);
    const { pc, ufrag } = await withRemoteOffer(win);
    await assert.rejects(pc.addIceCandidate({ candidate: '', sdpMid: '0', usernameFragment: 'foreign' }), { name: 'OperationError' });
    assert.equal(await pc.addIceCandidate({ candidate: '', sdpMid: '0', usernameFragment: ufrag }), undefined);
  });

  it('compares with every applied remote description: the pending one and the current one (ICE restart)', async () => {
    const win = shimmed();
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const { pc, ufrag: pending } = await withRemoteOffer(win);
    const current = await new PC().createOffer();
    const old = ufragOf(current.sdp);
    assert.notEqual(old, pending);
    Object.defineProperty(pc, 'currentRemoteDescription', { value: current });
    assert.equal(await pc.addIceCandidate({ candidate: HOST, sdpMid: '0', usernameFragment: pending }), undefined);
    assert.equal(await pc.addIceCandidate({ candidate: HOST, sdpMid: '0', usernameFragment: old }), undefined);
    await assert.rejects(pc.addIceCandidate({ candidate: HOST, sdpMid: '0', usernameFragment: 'foreign' }), { name: 'OperationError' });
  });

  it('keeps the engine\'s earlier errors: TypeError without sdpMid and sdpMLineIndex', async () => {
    const { pc } = await withRemoteOffer(shimmed());
    await assert.rejects(pc.addIceCandidate({ candidate: HOST, usernameFragment: 'foreign' }), TypeError);
  });

  it('keeps the engine\'s earlier errors: InvalidStateError without a remote description and when closed', async () => {
    const win = shimmed();
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    await assert.rejects(new PC().addIceCandidate({ candidate: HOST, sdpMid: '0', usernameFragment: 'foreign' }), { name: 'InvalidStateError' });
    const { pc } = await withRemoteOffer(win);
    pc.close();
    await assert.rejects(pc.addIceCandidate({ candidate: HOST, sdpMid: '0', usernameFragment: 'foreign' }), { name: 'InvalidStateError' });
  });

  it('leaves a section the remote description does not have to the engine (its OperationError, not ours)', async () => {
    const { pc } = await withRemoteOffer(shimmed());
    await assert.rejects(
      pc.addIceCandidate({ candidate: HOST, sdpMid: '7', usernameFragment: 'foreign' }),
      (e: unknown) => e instanceof DOMException && e.name === 'OperationError' && /unknown mid/.test(e.message),
    );
    await assert.rejects(
      pc.addIceCandidate({ candidate: HOST, sdpMLineIndex: 5, usernameFragment: 'foreign' }),
      (e: unknown) => e instanceof DOMException && e.name === 'OperationError' && /no m-line/.test(e.message),
    );
  });

  it('a legacy call reaches the engine untouched without legacy-callbacks, and is checked under it', async () => {
    const bare = await withRemoteOffer(shimmed());
    const [outcome] = await viaCallbacks((ok, fail) => bare.pc.addIceCandidate({ candidate: HOST, sdpMid: '0', usernameFragment: 'foreign' }, ok, fail));
    assert.equal(outcome, 'success', 'the engine\'s own legacy overload, which drops it silently');

    const win = fakeWindow(engines.chromium156);
    installWithLegacyCallbacks(shim, win);
    const { pc } = await withRemoteOffer(win);
    const [legacyOutcome, error, returned] = await viaCallbacks((ok, fail) => pc.addIceCandidate({ candidate: HOST, sdpMid: '0', usernameFragment: 'foreign' }, ok, fail));
    assert.equal(legacyOutcome, 'failure');
    assert.equal((error as DOMException).name, 'OperationError');
    assert.equal(returned, undefined);
  });

  it('keeps addIceCandidate\'s name and length', () => {
    for (const engine of [engines.chromium156, engines.chromium73]) {
      const win = fakeWindow(engine);
      const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype;
      const native = proto.addIceCandidate;
      installIfNeeded(shim, win);
      assert.notEqual(proto.addIceCandidate, native);
      assert.deepEqual([proto.addIceCandidate.name, proto.addIceCandidate.length], [native.name, native.length]);
    }
  });

  it('installed twice is the same as once', () => {
    assertIdempotent(shim, engines.chromium156);
    assertIdempotent(shim, engines.chromium73);
  });
});

describe('add-ice-candidate-ufrag: the check runs after the engine took the call', () => {
  it('compares with the remote description the engine has once the call settled, not the one at the call', async () => {
    const win = fakeWindow(engines.chromium156);
    const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype;
    // An engine whose addIceCandidate waits on its operations chain: it settles when `open` runs.
    const open = gateMethod(proto, 'addIceCandidate');
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const a = new PC();
    const b = new PC();
    const first = await a.createOffer();
    await b.setRemoteDescription(first);
    // An ICE restart: the same offer with a new fragment.
    const newUfrag = 'restarted';
    const restart = { type: 'offer' as const, sdp: first.sdp!.replace(/a=ice-ufrag:\S+/g, 'a=ice-ufrag:' + newUfrag) };
    const added = b.addIceCandidate({ candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host', sdpMid: '0', usernameFragment: newUfrag });
    // The app's setRemoteDescription of the restart, queued before the candidate on a real chain.
    await b.setRemoteDescription(restart);
    open();
    assert.equal(await added, undefined);
  });
});
