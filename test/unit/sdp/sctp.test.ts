import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maxMessageSize, sctpSection } from '../../../src/sdp/sctp';
import { fixture } from './fixtures';

describe('sdp/sctp', () => {
  it('reads a=max-message-size from the data channel section', () => {
    assert.deepEqual(sctpSection(fixture('chrome-datachannel-new-sctp.sdp').sdp), { maxMessageSize: 10000, streams: null });
    assert.deepEqual(sctpSection(fixture('chromium156-offer.sdp').sdp), { maxMessageSize: 262144, streams: null });
  });

  it('the legacy a=sctpmap syntax: 65536 and the stream count', () => {
    assert.deepEqual(sctpSection(fixture('chrome-old-sdes-tcp-sctpmap.sdp').sdp), { maxMessageSize: 65536, streams: 1024 });
  });

  it('null without an SCTP section, or with a rejected one', () => {
    const sdp = fixture('chrome-datachannel-new-sctp.sdp').sdp;
    assert.equal(sctpSection(sdp.replace('m=application 9 ', 'm=application 0 ')), null);
    assert.equal(sctpSection('v=0\r\ns=-\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n'), null);
    assert.equal(sctpSection('v=0\r\nm=application 9 UDP/BFCP *\r\n'), null);
    assert.equal(sctpSection(''), null);
  });

  it('a=max-message-size:0 is "any size"; the spec combines both sides', () => {
    const sdp = fixture('chrome-datachannel-new-sctp.sdp').sdp.replace('max-message-size:10000', 'max-message-size:0');
    assert.equal(sctpSection(sdp)?.maxMessageSize, 0);
    assert.equal(maxMessageSize(0, 0), Infinity);
    assert.equal(maxMessageSize(0, 262144), 262144);
    assert.equal(maxMessageSize(65536, 0), 65536);
    assert.equal(maxMessageSize(65536, 262144), 65536);
    assert.equal(maxMessageSize(1073741823, 262144), 262144);
  });
});
