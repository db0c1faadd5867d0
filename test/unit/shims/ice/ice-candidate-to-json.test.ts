import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/ice/ice-candidate-to-json';
import { shim as fields } from '../../../../src/shims/ice/ice-candidate-fields';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertChromiumRangeEndsAt, assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

const HOST = 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ host ufrag inString';

describe('ice-candidate-to-json', () => {
  it('is not needed in Chromium from 110 or in other engines; leaves toJSON identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
    const win = fakeWindow(engines.chromium156);
    const toJSON = (win.RTCIceCandidate as typeof RTCIceCandidate).prototype.toJSON;
    installIfNeeded(shim, win);
    assert.equal((win.RTCIceCandidate as typeof RTCIceCandidate).prototype.toJSON, toJSON);
  });

  it('Chromium up to 109 (measured: 109 leaves it out, 110 has it)', () => assertChromiumRangeEndsAt(shim, 109));

  it('adds the usernameFragment the engine left out; keeps one the engine put in; shaped', () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(fields, win);
    assert.match(String(installIfNeeded(shim, win)), /Chromium 73/);
    const Candidate = win.RTCIceCandidate as typeof RTCIceCandidate;
    assert.equal(Candidate.prototype.toJSON.name, 'toJSON');
    const json = new Candidate({ candidate: HOST, sdpMid: '0', usernameFragment: 'given' }).toJSON();
    assert.deepEqual(json, { candidate: HOST, sdpMid: '0', sdpMLineIndex: null, usernameFragment: 'given' });
    assert.equal(JSON.parse(JSON.stringify(new Candidate({ candidate: HOST, sdpMid: '0' }))).usernameFragment, null);
    const modern = fakeWindow({ ...engines.chromium156, userAgent: engines.chromium73.userAgent });
    installIfNeeded(shim, modern);
    const own = new (modern.RTCIceCandidate as typeof RTCIceCandidate)({ candidate: HOST, sdpMid: '0', usernameFragment: 'own' });
    assert.equal(own.toJSON().usernameFragment, 'own');
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
