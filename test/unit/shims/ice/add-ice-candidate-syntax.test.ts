import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/ice/add-ice-candidate-syntax';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, installWithLegacyCallbacks, viaCallbacks } from '../../../support/context';
import { engines, fakeWindow } from '../../../support/fake-window';

type Win = ReturnType<typeof fakeWindow>;

/** What Chromium and Firefox gather, as relayed to addIceCandidate. */
const VALID = [
  'candidate:0 1 UDP 2122252543 d9c8c159-f502-4f32-bf8f-6659925fe15a.local 32898 typ host',
  'candidate:2 1 TCP 2105458943 d9c8c159-f502-4f32-bf8f-6659925fe15a.local 9 typ host tcptype active',
  'candidate:4 1 UDP 1686052863 203.0.113.7 49760 typ srflx raddr 192.168.1.5 rport 49760',
  'candidate:1985321126 1 udp 2113937151 3575a9a7-b7f1-40a2-98cc-ca2e0c514893.local 57257 typ host generation 0 network-cost 999',
  'candidate:3745019216 1 udp 41885439 198.51.100.9 59452 typ relay raddr 203.0.113.7 rport 51834 generation 0 ufrag EsAw network-id 1 network-cost 10',
  'a=candidate:1 2 udp 2122260222 2001:db8::1 9 typ host',
];

/** Strings that do not follow RFC 8839 section 5.1. */
const UNPARSABLE = [
  'garbage',
  'candidate:garbage',
  'candidate:1 1 udp 2122260223 127.0.0.1 notaport typ host',
  'candidate:1 1 udp 2122260223 127.0.0.1 9 host',
  'candidate:1 1 udp 2122260223 127.0.0.1 65536 typ host',
  'candidate:1 3 udp 2122260223 127.0.0.1 9 typ host',
];

async function withRemoteOffer(win: Win): Promise<RTCPeerConnection> {
  const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
  const offer = await new PC().createOffer();
  const pc = new PC();
  await pc.setRemoteDescription(offer);
  return pc;
}

const added = (pc: RTCPeerConnection): unknown[] => (pc as unknown as { addedCandidates: unknown[] }).addedCandidates;

function shimmed(): Win {
  const win = fakeWindow(engines.firefox153);
  assert.match(String(installIfNeeded(shim, win)), /Firefox resolves/);
  return win;
}

describe('add-ice-candidate-syntax', () => {
  it('is not needed where the engine rejects an unparsable candidate (Chromium, Safari); leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('the fakes model the engines: Firefox resolves and ignores it, Chromium rejects it', async () => {
    const firefox = await withRemoteOffer(fakeWindow(engines.firefox153));
    assert.equal(await firefox.addIceCandidate({ candidate: 'candidate:garbage', sdpMid: '0' }), undefined);
    assert.deepEqual(added(firefox), []);
    const chromium = await withRemoteOffer(fakeWindow(engines.chromium156));
    await assert.rejects(chromium.addIceCandidate({ candidate: 'candidate:garbage', sdpMid: '0' }), { name: 'OperationError' });
  });

  it('rejects each unparsable candidate string with OperationError (a DOMException), by sdpMid or sdpMLineIndex', async () => {
    const pc = await withRemoteOffer(shimmed());
    for (const candidate of UNPARSABLE) {
      for (const target of [{ sdpMid: '0' }, { sdpMLineIndex: 1 }]) {
        await assert.rejects(
          pc.addIceCandidate({ candidate, ...target }),
          (e: unknown) => e instanceof DOMException && e.name === 'OperationError',
          candidate + ' ' + JSON.stringify(target),
        );
      }
    }
    assert.deepEqual(added(pc), []);
  });

  it('passes every candidate Chromium and Firefox gather to the engine, which adds it', async () => {
    const pc = await withRemoteOffer(shimmed());
    const inits = VALID.map((candidate) => ({ candidate, sdpMid: '0' }));
    for (const init of inits) assert.equal(await pc.addIceCandidate(init), undefined, init.candidate);
    assert.deepEqual(added(pc), inits);
  });

  it('reads an RTCIceCandidate\'s candidate string as well as a dictionary\'s', async () => {
    const win = shimmed();
    const pc = await withRemoteOffer(win);
    const Candidate = win.RTCIceCandidate as typeof RTCIceCandidate;
    await assert.rejects(pc.addIceCandidate(new Candidate({ candidate: 'candidate:garbage', sdpMid: '0' })), { name: 'OperationError' });
    const real = new Candidate({ candidate: VALID[0], sdpMid: '0' });
    assert.equal(await pc.addIceCandidate(real), undefined);
    assert.deepEqual(added(pc), [real]);
  });

  it('leaves end-of-candidates to the engine: (), (null), {candidate: ""}', async () => {
    const pc = await withRemoteOffer(shimmed());
    assert.equal(await pc.addIceCandidate(), undefined);
    assert.equal(await pc.addIceCandidate(null as unknown as RTCIceCandidateInit), undefined);
    assert.equal(await pc.addIceCandidate({ candidate: '', sdpMid: '0' }), undefined);
  });

  it('keeps the engine\'s earlier errors: TypeError without sdpMid and sdpMLineIndex', async () => {
    const pc = await withRemoteOffer(shimmed());
    await assert.rejects(pc.addIceCandidate({ candidate: 'candidate:garbage' }), TypeError);
    await assert.rejects(pc.addIceCandidate({ candidate: 'candidate:garbage', sdpMid: null, sdpMLineIndex: null }), TypeError);
  });

  it('keeps the engine\'s earlier errors: InvalidStateError without a remote description and when closed', async () => {
    const win = shimmed();
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    await assert.rejects(new PC().addIceCandidate({ candidate: 'candidate:garbage', sdpMid: '0' }), { name: 'InvalidStateError' });
    const pc = await withRemoteOffer(win);
    pc.close();
    await assert.rejects(pc.addIceCandidate({ candidate: 'candidate:garbage', sdpMid: '0' }), { name: 'InvalidStateError' });
  });

  it('a legacy call reaches the engine untouched without legacy-callbacks, and is checked under it', async () => {
    const bare = await withRemoteOffer(shimmed());
    const [outcome] = await viaCallbacks((ok, fail) => bare.addIceCandidate({ candidate: 'candidate:garbage', sdpMid: '0' }, ok, fail));
    assert.equal(outcome, 'success', 'the engine\'s own legacy overload, which ignores it');

    const win = fakeWindow(engines.firefox153);
    installWithLegacyCallbacks(shim, win);
    const pc = await withRemoteOffer(win);
    const [legacyOutcome, error, returned] = await viaCallbacks((ok, fail) => pc.addIceCandidate({ candidate: 'candidate:garbage', sdpMid: '0' }, ok, fail));
    assert.equal(legacyOutcome, 'failure');
    assert.equal((error as DOMException).name, 'OperationError');
    assert.equal(returned, undefined);
  });

  it('keeps addIceCandidate\'s name and length', () => {
    const win = fakeWindow(engines.firefox153);
    const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype;
    const native = proto.addIceCandidate;
    installIfNeeded(shim, win);
    assert.notEqual(proto.addIceCandidate, native);
    assert.deepEqual([proto.addIceCandidate.name, proto.addIceCandidate.length], [native.name, native.length]);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
