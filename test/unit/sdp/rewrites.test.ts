import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutExtmapAllowMixed } from '../../../src/sdp/extmap-allow-mixed';
import { currentSctpSyntax, legacySctpSyntax } from '../../../src/sdp/sctp-syntax';
import { lineDiff } from '../../support/sdp-diff';
import { fixture } from './fixtures';

describe('sdp/extmap-allow-mixed withoutExtmapAllowMixed', () => {
  it('removes exactly the a=extmap-allow-mixed lines (of the scope), nothing else', () => {
    const sdp = fixture('firefox153-answer-to-chromium156.sdp').sdp;
    const all = lineDiff(sdp, withoutExtmapAllowMixed(sdp));
    assert.deepEqual(all.added, []);
    assert.ok(all.removed.length >= 2);
    assert.ok(all.removed.every((l) => l === 'a=extmap-allow-mixed\r\n'));
    const session = lineDiff(sdp, withoutExtmapAllowMixed(sdp, 'session'));
    assert.deepEqual(session, { removed: ['a=extmap-allow-mixed\r\n'], added: [] });
    const safari = fixture('safari-unified-offer.sdp').sdp;
    assert.equal(withoutExtmapAllowMixed(safari), safari, 'none there: the same string');
  });
});

describe('sdp/sctp-syntax', () => {
  it('legacy → current: the m= line and a=sctpmap only, line endings kept', () => {
    for (const name of ['chrome-old-sdes-tcp-sctpmap.sdp', 'safari-unified-offer.sdp']) {
      const sdp = fixture(name).sdp;
      const out = currentSctpSyntax(sdp);
      const diff = lineDiff(sdp, out);
      const text = (lines: string[]): string[] => lines.map((l) => l.replace(/\r?\n$/, ''));
      assert.deepEqual(text(diff.removed), ['m=application 9 DTLS/SCTP 5000', 'a=sctpmap:5000 webrtc-datachannel 1024'], name);
      assert.deepEqual(text(diff.added), ['m=application 9 UDP/DTLS/SCTP webrtc-datachannel', 'a=sctp-port:5000'], name);
      // each changed line keeps its own terminator (the fixture's last line has none)
      assert.deepEqual(diff.added.map((l) => /\r?\n$/.exec(l)?.[0] ?? ''), diff.removed.map((l) => /\r?\n$/.exec(l)?.[0] ?? ''), name);
      assert.equal(legacySctpSyntax(out), sdp, name + ': back again');
    }
  });

  it('current → legacy: the m= line and a=sctp-port only; round trip gives the input', () => {
    for (const name of ['chromium156-offer.sdp', 'firefox153-offer.sdp', 'chrome-datachannel-new-sctp.sdp']) {
      const sdp = fixture(name).sdp;
      const out = legacySctpSyntax(sdp);
      const diff = lineDiff(sdp, out);
      assert.equal(diff.removed.length, 2, name);
      assert.match(diff.removed[0]!, /^m=application 9 UDP\/DTLS\/SCTP webrtc-datachannel\r?\n?$/);
      assert.match(diff.added.join(''), /m=application 9 DTLS\/SCTP 5000\r?\n?a=sctpmap:5000 webrtc-datachannel 1024/);
      assert.equal(currentSctpSyntax(out), sdp, name + ': back again');
    }
  });

  it('a section without a=sctp-port gets the default port named; SDP without the form is the same string', () => {
    const noPort = 'v=0\r\ns=-\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=mid:0';
    assert.equal(legacySctpSyntax(noPort), 'v=0\r\ns=-\r\nm=application 9 DTLS/SCTP 5000\r\nc=IN IP4 0.0.0.0\r\na=sctpmap:5000 webrtc-datachannel 1024\r\na=mid:0');
    const end = 'v=0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel';
    assert.equal(legacySctpSyntax(end), 'v=0\r\nm=application 9 DTLS/SCTP 5000\r\na=sctpmap:5000 webrtc-datachannel 1024');
    const audio = fixture('firefox45-offer.sdp').sdp;
    assert.equal(currentSctpSyntax(audio), audio);
    assert.equal(legacySctpSyntax(audio), audio);
  });
});
