import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/ice/ice-candidate-fields';
import { shim as endInit } from '../../../../src/shims/ice/ice-candidate-end-init';
import { shim as toJson } from '../../../../src/shims/ice/ice-candidate-to-json';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

const SRFLX = 'candidate:842163049 1 udp 1677729535 203.0.113.7 46154 typ srflx raddr 10.0.0.2 rport 46154 generation 0 ufrag EsAw network-cost 999';
const TCP = 'candidate:3 2 TCP 1518280447 10.0.0.2 9 typ host tcptype active';

function chromium73(): { win: ReturnType<typeof fakeWindow>; Candidate: typeof RTCIceCandidate } {
  const win = fakeWindow(engines.chromium73);
  installIfNeeded(endInit, win);
  assert.match(String(installIfNeeded(shim, win)), /^no foundation, .*usernameFragment/);
  installIfNeeded(toJson, win);
  return { win, Candidate: win.RTCIceCandidate as typeof RTCIceCandidate };
}

describe('ice-candidate-fields', () => {
  it('is not needed where RTCIceCandidate has every field; leaves it identical', () => {
    for (const engine of [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]) {
      const win = fakeWindow(engine);
      const Candidate = win.RTCIceCandidate as typeof RTCIceCandidate;
      const before = Object.getOwnPropertyDescriptors(Candidate.prototype);
      assert.equal(installIfNeeded(shim, win), false);
      assert.deepEqual(Object.getOwnPropertyDescriptors(Candidate.prototype), before);
      assert.equal(win.RTCIceCandidate, Candidate);
    }
    assertNotNeededAndUntouched(shim, [engines.webkitGtkNoPeerConnection]);
  });

  it('parses the candidate string into the spec fields', () => {
    const { Candidate } = chromium73();
    const c = new Candidate({ candidate: SRFLX, sdpMid: '0' });
    assert.deepEqual(
      [c.foundation, c.component, c.priority, c.address, c.protocol, c.port, c.type, c.tcpType, c.relatedAddress, c.relatedPort, c.usernameFragment],
      ['842163049', 'rtp', 1677729535, '203.0.113.7', 'udp', 46154, 'srflx', null, '10.0.0.2', 46154, null],
    );
    const tcp = new Candidate({ candidate: TCP, sdpMid: '0' });
    assert.deepEqual([tcp.component, tcp.protocol, tcp.tcpType, tcp.relatedAddress, tcp.usernameFragment], ['rtcp', 'tcp', 'active', null, null]);
    assert.equal(c.foundation, '842163049', 'the last parse is reused, not stale');
  });

  it('every field is null for end-of-candidates and for a string that does not parse', () => {
    const { Candidate } = chromium73();
    for (const init of [{ candidate: '', sdpMid: '0' }, { candidate: 'candidate:garbage', sdpMid: '0' }]) {
      const c = new Candidate(init);
      assert.equal(c.candidate, init.candidate);
      assert.deepEqual([c.foundation, c.port, c.type, c.usernameFragment], [null, null, null, null]);
    }
  });

  it("usernameFragment is the dictionary's where given (in toJSON too, with ice-candidate-to-json); the app's dictionary is left as it was", () => {
    const { win, Candidate } = chromium73();
    const init = { candidate: SRFLX, sdpMid: '0', usernameFragment: 'given' };
    const c = new Candidate(init);
    assert.ok(c instanceof (win.RTCIceCandidate as typeof RTCIceCandidate));
    assert.equal(c.usernameFragment, 'given');
    assert.deepEqual(c.toJSON(), { candidate: SRFLX, sdpMid: '0', sdpMLineIndex: null, usernameFragment: 'given' });
    assert.equal(new Candidate({ candidate: SRFLX, sdpMid: '0' }).toJSON().usernameFragment, null, 'constructed: the dictionary, not the string');
    assert.deepEqual(new Candidate({ candidate: '', sdpMid: '0' }).toJSON(), { candidate: '', sdpMid: '0', sdpMLineIndex: null, usernameFragment: null });
    assert.deepEqual(init, { candidate: SRFLX, sdpMid: '0', usernameFragment: 'given' });
  });

  it("a candidate the engine made (not through the constructor) takes the string's ufrag", () => {
    const { win } = chromium73();
    const Native = (win.RTCIceCandidate as unknown as { [k: symbol]: { original: typeof RTCIceCandidate } })[Symbol.for('rtcshim.patch')]!.original;
    const made = Reflect.construct(Native, [{ candidate: SRFLX, sdpMid: '0' }]) as RTCIceCandidate;
    assert.equal(made.usernameFragment, 'EsAw');
    assert.equal(made.toJSON().usernameFragment, 'EsAw');
  });

  it('defines only the fields an engine lacks, and leaves the constructor where usernameFragment exists', () => {
    const win = fakeWindow(engines.firefox40PrefixedOnly);
    const Candidate = win.mozRTCIceCandidate as typeof RTCIceCandidate;
    const own = Object.getOwnPropertyDescriptor(Candidate.prototype, 'usernameFragment');
    win.RTCIceCandidate = Candidate;
    assert.match(String(installIfNeeded(shim, win)), /^no foundation, .*relatedPort$/);
    assert.equal(Object.getOwnPropertyDescriptor(Candidate.prototype, 'usernameFragment')?.get, own?.get);
    assert.equal(win.RTCIceCandidate, Candidate);
    assert.equal(new Candidate({ candidate: SRFLX, sdpMid: '0' }).port, 46154);
  });

  it('installed twice is the same as once', () => {
    const { win, Candidate } = chromium73();
    const before = Object.getOwnPropertyDescriptors(Candidate.prototype);
    shim.install({ window: win, browser: { browser: 'chrome', version: 73, engine: 'blink' }, log: { log() {}, warn() {}, deprecated() {} } });
    assert.deepEqual(Object.getOwnPropertyDescriptors(Candidate.prototype), before);
    assert.equal(win.RTCIceCandidate, Candidate);
    assertIdempotent(shim, engines.chromium73);
  });
});
