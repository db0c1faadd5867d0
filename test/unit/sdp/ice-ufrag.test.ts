/**
 * src/sdp/ice-ufrag.ts: the ufrags of the media section a candidate names, by sdpMid first, then by
 * sdpMLineIndex, falling back to the session-level ufrag; null when the candidate names no section.
 * Expected values are copied by hand from the fixture files.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allIceUfrags, iceUfragsFor } from '../../../src/sdp/ice-ufrag';
import { fixture } from './fixtures';

/** Session ufrag S; section 0 (mid a) inherits it, section 1 (mid v) has two of its own, section 2 (mid d) one. */
const HAND = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=ice-ufrag:S3ss',
  'a=ice-pwd:sessionpasswordsessionpw',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'a=mid:a',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'a=mid:v',
  'a=ice-ufrag:V1v1',
  'a=ice-ufrag:V2v2',
  'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
  'a=ice-ufrag:D4d4 ',
  'a=mid:d',
  '',
];
const withLf = HAND.join('\n');
const withCrlf = HAND.join('\r\n');

describe('iceUfragsFor on real SDP', () => {
  it('chromium156-offer.sdp: every section by mid and by index has R5cU', () => {
    const sdp = fixture('chromium156-offer.sdp').sdp;
    for (const mid of ['0', '1', '2']) assert.deepEqual(iceUfragsFor(sdp, { sdpMid: mid }), ['R5cU'], 'mid ' + mid);
    for (const index of [0, 1, 2]) assert.deepEqual(iceUfragsFor(sdp, { sdpMLineIndex: index }), ['R5cU'], 'index ' + String(index));
  });

  it('firefox153-offer.sdp: 2d38eab5 by mid and by index; a fourth section does not exist', () => {
    const sdp = fixture('firefox153-offer.sdp').sdp;
    assert.deepEqual(iceUfragsFor(sdp, { sdpMid: '2' }), ['2d38eab5']);
    assert.deepEqual(iceUfragsFor(sdp, { sdpMLineIndex: 0 }), ['2d38eab5']);
    assert.equal(iceUfragsFor(sdp, { sdpMid: '3' }), null);
    assert.equal(iceUfragsFor(sdp, { sdpMLineIndex: 3 }), null);
  });

  it('chrome-old-sdes-tcp-sctpmap.sdp: each section its own ufrag (the data section differs)', () => {
    const sdp = fixture('chrome-old-sdes-tcp-sctpmap.sdp').sdp;
    assert.deepEqual(iceUfragsFor(sdp, { sdpMid: 'audio' }), ['lat6xwB1/flm+VwG']);
    assert.deepEqual(iceUfragsFor(sdp, { sdpMid: '33db2c4da91d73fd' }), ['pDUB98Lc+2dc5+JF']);
    assert.deepEqual(iceUfragsFor(sdp, { sdpMLineIndex: 1 }), ['lat6xwB1/flm+VwG']);
    assert.deepEqual(iceUfragsFor(sdp, { sdpMLineIndex: 2 }), ['pDUB98Lc+2dc5+JF']);
  });

  it('jsep-msid-edge-cases.sdp (LF): a1 and v1 have different ufrags; mid wins over index', () => {
    const sdp = fixture('jsep-msid-edge-cases.sdp').sdp;
    assert.deepEqual(iceUfragsFor(sdp, { sdpMid: 'a1' }), ['ETEn1v9DoTMB9J4r']);
    assert.deepEqual(iceUfragsFor(sdp, { sdpMid: 'v1' }), ['BGKkWnG5GmiUpdIV']);
    assert.deepEqual(iceUfragsFor(sdp, { sdpMid: 'v1', sdpMLineIndex: 0 }), ['BGKkWnG5GmiUpdIV']);
    assert.deepEqual(iceUfragsFor(sdp, { sdpMid: null, sdpMLineIndex: 1 }), ['BGKkWnG5GmiUpdIV']);
  });

  it('simulcast-draft-syntaxes.sdp: sections without a=mid are found by index only, and have no ufrag', () => {
    const sdp = fixture('simulcast-draft-syntaxes.sdp').sdp;
    assert.deepEqual(iceUfragsFor(sdp, { sdpMLineIndex: 1 }), null, "no ufrag anywhere: nothing to compare with");
    assert.equal(iceUfragsFor(sdp, { sdpMid: '0' }), null);
  });
});

describe('iceUfragsFor on hand-written SDP, LF and CRLF', () => {
  for (const [eol, sdp] of [['LF', withLf], ['CRLF', withCrlf]] as const) {
    it(eol + ': by sdpMid, a section own ufrags (all of them, trimmed)', () => {
      assert.deepEqual(iceUfragsFor(sdp, { sdpMid: 'v' }), ['V1v1', 'V2v2']);
      assert.deepEqual(iceUfragsFor(sdp, { sdpMid: 'd' }), ['D4d4']);
    });

    it(eol + ': by sdpMLineIndex', () => {
      assert.deepEqual(iceUfragsFor(sdp, { sdpMLineIndex: 1 }), ['V1v1', 'V2v2']);
      assert.deepEqual(iceUfragsFor(sdp, { sdpMLineIndex: 2 }), ['D4d4']);
    });

    it(eol + ': a section without its own ufrag gets the session-level one; one with its own does not', () => {
      assert.deepEqual(iceUfragsFor(sdp, { sdpMid: 'a' }), ['S3ss']);
      assert.deepEqual(iceUfragsFor(sdp, { sdpMLineIndex: 0 }), ['S3ss']);
      assert.ok(!iceUfragsFor(sdp, { sdpMid: 'v' })?.includes('S3ss'));
    });

    it(eol + ': sdpMid is preferred over sdpMLineIndex, even when they disagree', () => {
      assert.deepEqual(iceUfragsFor(sdp, { sdpMid: 'd', sdpMLineIndex: 1 }), ['D4d4']);
      assert.deepEqual(iceUfragsFor(sdp, { sdpMid: 'a', sdpMLineIndex: 2 }), ['S3ss']);
      // The spec reads sdpMLineIndex only when sdpMid is null: an unknown mid is not rescued by the index.
      assert.equal(iceUfragsFor(sdp, { sdpMid: 'nope', sdpMLineIndex: 1 }), null);
    });

    it(eol + ': an unknown mid, an index out of range, or neither given is null', () => {
      assert.equal(iceUfragsFor(sdp, { sdpMid: 'x' }), null);
      assert.equal(iceUfragsFor(sdp, { sdpMid: '' }), null);
      assert.equal(iceUfragsFor(sdp, { sdpMLineIndex: 3 }), null);
      assert.equal(iceUfragsFor(sdp, { sdpMLineIndex: -1 }), null);
      assert.equal(iceUfragsFor(sdp, {}), null);
      assert.equal(iceUfragsFor(sdp, { sdpMid: null, sdpMLineIndex: null }), null);
    });
  }

  it('LF and CRLF give the same answers', () => {
    for (const target of [{ sdpMid: 'a' }, { sdpMid: 'v' }, { sdpMLineIndex: 2 }, { sdpMid: 'x' }]) {
      assert.deepEqual(iceUfragsFor(withLf, target), iceUfragsFor(withCrlf, target));
    }
  });

  it('an SDP without media sections names none; a section without any ufrag gives null (nothing to compare with)', () => {
    assert.equal(iceUfragsFor('v=0\r\ns=-\r\na=ice-ufrag:S3ss\r\n', { sdpMLineIndex: 0 }), null);
    assert.deepEqual(iceUfragsFor('v=0\r\ns=-\r\nm=audio 9 RTP/AVP 0\r\na=mid:0\r\n', { sdpMid: '0' }), null);
  });
});

describe('allIceUfrags', () => {
  it('lists every ufrag, session level and per section, in order; none for an SDP without any', () => {
    assert.deepEqual(allIceUfrags('v=0\r\na=ice-ufrag:S\r\nm=audio 9 RTP/AVP 0\r\na=ice-ufrag:A\r\nm=video 9 RTP/AVP 96\na=ice-ufrag:V \r\n'), ['S', 'A', 'V']);
    assert.deepEqual(allIceUfrags(''), []);
    assert.deepEqual(allIceUfrags('garbage\u0000\r\n'), []);
  });
});
