import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasIceOption } from '../../../src/sdp/ice-options';

describe('hasIceOption', () => {
  it('finds an option at session or media level, among several, with either line ending', () => {
    assert.equal(hasIceOption('v=0\r\na=ice-options:trickle\r\nm=audio 9 RTP/AVP 0\r\n', 'trickle'), true);
    assert.equal(hasIceOption('v=0\nm=audio 9 RTP/AVP 0\na=ice-options:ice2 trickle\n', 'trickle'), true);
  });
  it('is false without the option, for a prefix of it, or outside an ice-options line', () => {
    assert.equal(hasIceOption('v=0\r\na=ice-options:ice2\r\n', 'trickle'), false);
    assert.equal(hasIceOption('v=0\r\na=ice-options:trickles\r\n', 'trickle'), false);
    assert.equal(hasIceOption('v=0\r\na=x-trickle\r\ns=trickle\r\n', 'trickle'), false);
    assert.equal(hasIceOption('', 'trickle'), false);
  });
});
