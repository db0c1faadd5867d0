// scripts/sdp-table.mjs: docs/sdp-quirks.md's tables from what test/e2e/sdp-acceptance.e2e.js logs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error -- a plain .mjs script without typings
import { enginesFrom, renderTables, replaceTables, shortError } from '../../scripts/sdp-table.mjs';

describe('sdp-table', () => {
  const ok = { srd: 'ok', answer: 'ok', answerApp: 'DTLS/SCTP 5000', tracks: [{ kind: 'audio', streams: ['s1'] }], maxMessageSize: 65536 };
  const parseError = "OperationError: Failed to execute 'setRemoteDescription' on 'RTCPeerConnection': Failed to parse SessionDescription. a=x Invalid SDP line.";
  function engine(name: string, rtcshim: object) {
    return { engine: name, ua: 'UA', ms: 1, captured: null, results: { 'x-offer': { type: 'offer', sdpStreams: ['s1'], native: ok, rtcshim } } };
  }
  // karma prints console.log strings in single quotes; the test escapes single quotes in the JSON
  const log = [
    "[chromium] LOG: 'RTCSHIM_SDP " + JSON.stringify(engine('Chromium 156', ok)) + "'",
    "[firefox] LOG: 'RTCSHIM_SDP " + JSON.stringify(engine('Firefox 153', { srd: parseError })) + "'",
    'unrelated line',
  ].join('\n');

  it('reads each engine\'s logged object from karma\'s output', () => {
    const engines = enginesFrom(log);
    assert.deepEqual(Object.keys(engines), ['Chromium 156', 'Firefox 153']);
    assert.equal(engines['Firefox 153'].results['x-offer'].rtcshim.srd, parseError);
  });

  it('shortens errors: the binding prefix goes, Firefox SIPCC warnings go, the error stays', () => {
    assert.equal(shortError(parseError), 'OperationError: parse: a=x Invalid SDP line.');
    const sipcc = 'OperationError: SIPCC Failed to parse SDP: SDP Parse Error on line 3:  Warning: Unrecognized attribute (rtcp-xr) \n' +
      'SDP Parse Error on line 9: Rid can contain only alphanumeric characters\n';
    assert.equal(shortError(sipcc), 'OperationError: SIPCC: on line 9: Rid can contain only alphanumeric characters');
  });

  it('renders native and rtcshim in one cell, with an arrow only where they differ', () => {
    const tables = renderTables(enginesFrom(log));
    assert.match(tables, /\| x-offer \| ✓ \| ✓ → with rtcshim: ✗ OperationError: parse: a=x Invalid SDP line\. \|/);
    assert.match(tables, /\| x-offer \| 1 track: audio; streams `s1` \(= SDP\) \|/);
    assert.match(tables, /\| x-offer \| answer `DTLS\/SCTP 5000`; maxMessageSize 65536 \|/);
  });

  it('replaces only what is between the markers', () => {
    const doc = 'intro\n<!-- sdp:start -->\nold\n<!-- sdp:end -->\nafter\n';
    assert.equal(replaceTables(doc, 'new'), 'intro\n<!-- sdp:start -->\nnew\n<!-- sdp:end -->\nafter\n');
    assert.throws(() => replaceTables('no markers', 'new'));
  });
});
