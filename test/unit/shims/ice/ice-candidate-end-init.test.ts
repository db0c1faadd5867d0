import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/ice/ice-candidate-end-init';
import { shim as addIceCandidateEnd } from '../../../../src/shims/peer-connection/add-ice-candidate-end';
import type { ShimWindow } from '../../../../src/types';
import { assertIdempotent, assertNotNeededAndUntouched, contextFor, installIfNeeded } from '../../../support/context';
import { chromiumUserAgent, engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';

const HOST = 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ host';

/** RTCIceCandidate and each property descriptor of its prototype: what this shim may patch. */
function candidateSurface(win: ShimWindow): Map<string, unknown> {
  const out = new Map<string, unknown>([['window.RTCIceCandidate', win.RTCIceCandidate]]);
  const proto = win.RTCIceCandidate?.prototype;
  if (proto) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      if (d && 'value' in d) out.set('proto.' + key, d.value);
      else out.set('proto.' + key + ' get', d?.get).set('proto.' + key + ' set', d?.set);
    }
  }
  return out;
}

function assertSameCandidateSurface(before: Map<string, unknown>, after: Map<string, unknown>): void {
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
  assert.deepEqual(changed, []);
}

function shimmed(engine: FakeEngine = engines.chromium73) {
  const win = fakeWindow(engine);
  const found = installIfNeeded(shim, win);
  return { win, found, Candidate: win.RTCIceCandidate as typeof RTCIceCandidate };
}

describe('ice-candidate-end-init', () => {
  it('is not needed where {candidate: ""} constructs; leaves RTCIceCandidate and the rest identical', () => {
    const constructs: FakeEngine = { ...engines.chromium73, rejectsEmptyCandidateInit: false };
    const list = [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly, constructs];
    assertNotNeededAndUntouched(shim, list);
    for (const engine of list) {
      const win = fakeWindow(engine);
      const before = candidateSurface(win);
      installIfNeeded(shim, win);
      assertSameCandidateSurface(before, candidateSurface(win));
    }
  });

  it('is needed in Chromium 77 that throws, not in Chromium 78 nor in another engine, even if they threw', () => {
    assert.deepEqual(shim.engines, { blink: [1, 77] }, 'the measured range: 73 throws, 78 constructs');
    const at = (userAgent: string): ShimWindow => fakeWindow({ ...engines.chromium73, userAgent });
    assert.match(String(shim.needed(contextFor(at(chromiumUserAgent(77))))), /TypeMismatchError/);
    assert.equal(shim.needed(contextFor(at(chromiumUserAgent(78)))), false);
    assert.equal(shim.needed(contextFor(fakeWindow({ ...engines.firefox153, rejectsEmptyCandidateInit: true }))), false);
  });

  it('constructs nothing to decide outside Chromium up to 77 (the probe costs a construction)', () => {
    for (const engine of [engines.chromium156, engines.firefox153]) {
      const win = fakeWindow(engine);
      let constructed = 0;
      const Native = win.RTCIceCandidate as typeof RTCIceCandidate;
      win.RTCIceCandidate = new Proxy(Native, {
        construct(target, args, newTarget) {
          constructed++;
          return Reflect.construct(target, args, newTarget) as object;
        },
      });
      assert.equal(shim.needed(contextFor(win)), false);
      assert.equal(constructed, 0, engine.userAgent);
    }
  });

  it('the fake models Chromium 73: the constructor throws TypeMismatchError, and the shim says so', () => {
    const win = fakeWindow(engines.chromium73);
    const Native = win.RTCIceCandidate as typeof RTCIceCandidate;
    assert.throws(() => new Native({ candidate: '', sdpMid: '0' }), (e: unknown) => e instanceof DOMException && e.name === 'TypeMismatchError');
    assert.match(String(installIfNeeded(shim, win)), /TypeMismatchError/);
  });

  it('new RTCIceCandidate({candidate: ""}) constructs the end-of-candidates signal', () => {
    const { Candidate } = shimmed();
    const end = new Candidate({ candidate: '', sdpMid: '1', sdpMLineIndex: 1, usernameFragment: 'ufragX' });
    assert.ok(end instanceof Candidate);
    assert.equal(end.constructor, Candidate);
    assert.equal(end.candidate, '');
    assert.equal(end.sdpMid, '1');
    assert.equal(end.sdpMLineIndex, 1);
    // Chromium 73 has no usernameFragment (measured); ice-candidate-fields adds it.
    assert.equal(end.usernameFragment, undefined);
    assert.deepEqual(end.toJSON(), { candidate: '', sdpMid: '1', sdpMLineIndex: 1 });
    assert.equal(JSON.parse(JSON.stringify(end)).candidate, '');
  });

  it('only sdpMid given: the others stay null, as in the native object', () => {
    const { Candidate } = shimmed();
    const end = new Candidate({ candidate: '', sdpMid: '0' });
    assert.deepEqual(end.toJSON(), { candidate: '', sdpMid: '0', sdpMLineIndex: null });
  });

  it('never edits the app\'s init object (a frozen one works, and it is unchanged)', () => {
    const { Candidate } = shimmed();
    const init = Object.freeze({ candidate: '', sdpMid: '0', sdpMLineIndex: 0 });
    const end = new Candidate(init);
    assert.equal(end.candidate, '');
    assert.deepEqual(init, { candidate: '', sdpMid: '0', sdpMLineIndex: 0 });
    const loose: RTCIceCandidateInit = { candidate: '', sdpMid: '0' };
    new Candidate(loose);
    assert.deepEqual(loose, { candidate: '', sdpMid: '0' });
  });

  it('real candidates are unchanged: the same candidate, fields and toJSON as without the shim', () => {
    const plain = fakeWindow(engines.chromium73);
    const NativeCandidate = plain.RTCIceCandidate as typeof RTCIceCandidate;
    const { Candidate } = shimmed();
    const init = { candidate: HOST, sdpMid: '0', sdpMLineIndex: 0, usernameFragment: 'ufragX' };
    const real = new Candidate(init);
    assert.equal(real.candidate, HOST);
    assert.deepEqual(real.toJSON(), new NativeCandidate(init).toJSON());
    assert.deepEqual(real.toJSON(), { candidate: HOST, sdpMid: '0', sdpMLineIndex: 0 });
  });

  it('keeps the spec\'s errors: no sdpMid and no sdpMLineIndex is a TypeError; without new, a TypeError', () => {
    const { Candidate } = shimmed();
    assert.throws(() => new Candidate({ candidate: '' }), TypeError);
    assert.throws(() => new Candidate({ candidate: HOST }), TypeError);
    assert.throws(() => (Candidate as unknown as (init: RTCIceCandidateInit) => unknown)({ candidate: '', sdpMid: '0' }), TypeError);
  });

  it('keeps the native getters for what it does not handle: Illegal invocation on a non-candidate', () => {
    const { Candidate } = shimmed();
    const get = Object.getOwnPropertyDescriptor(Candidate.prototype, 'candidate')?.get;
    assert.equal(typeof get, 'function');
    assert.throws(() => get?.call({}), TypeError);
    assert.throws(() => (Candidate.prototype.toJSON as () => unknown).call({}), TypeError);
  });

  it('keeps the attribute an enumerable accessor without a setter, and toJSON enumerable', () => {
    const before = Object.getOwnPropertyDescriptor((fakeWindow(engines.chromium73).RTCIceCandidate as typeof RTCIceCandidate).prototype, 'candidate');
    const { Candidate } = shimmed();
    const after = Object.getOwnPropertyDescriptor(Candidate.prototype, 'candidate');
    assert.equal(after?.enumerable, before?.enumerable);
    assert.equal(after?.set, undefined);
    assert.equal(after?.get?.name, before?.get?.name);
    assert.equal(Object.getOwnPropertyDescriptor(Candidate.prototype, 'toJSON')?.enumerable, true);
  });

  it('with add-ice-candidate-end (registry order), addIceCandidate takes the instance as end-of-candidates', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(addIceCandidateEnd, win);
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const Candidate = win.RTCIceCandidate as typeof RTCIceCandidate;
    const pc1 = new PC();
    const pc2 = new PC();
    await pc2.setRemoteDescription(await pc1.createOffer());
    assert.equal(await pc2.addIceCandidate(new Candidate({ candidate: '', sdpMid: '0' })), undefined);
    assert.deepEqual((pc2 as unknown as { addedCandidates: unknown[] }).addedCandidates, [], 'the placeholder never reaches the engine');
    const real = new Candidate({ candidate: HOST, sdpMid: '0' });
    assert.equal(await pc2.addIceCandidate(real), undefined);
    assert.deepEqual((pc2 as unknown as { addedCandidates: unknown[] }).addedCandidates, [real]);
  });

  it('installed twice is the same as once (RTCIceCandidate and its prototype included)', () => {
    assertIdempotent(shim, engines.chromium73);
    const { win } = shimmed();
    const once = candidateSurface(win);
    shim.install(contextFor(win));
    assertSameCandidateSurface(once, candidateSurface(win));
    const Candidate = win.RTCIceCandidate as typeof RTCIceCandidate;
    assert.equal(new Candidate({ candidate: '', sdpMid: '0' }).toJSON().candidate, '');
  });
});
