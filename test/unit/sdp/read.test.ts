/**
 * src/sdp/read.ts on the SDP fixtures (test/fixtures/sdp): media types, directions, mids, msids
 * (Firefox's braces intact) and values that sdp-transform would coerce to numbers kept as the
 * original text.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse as rawParse, parseParams } from 'sdp-transform';
import { insertAfter, layout, removeLines, replaceLines, splitLines } from '../../../src/sdp/lines';
import { codecs, fmtpParams, mediaSections, parseSdp } from '../../../src/sdp/read';
import type { MediaSectionInfo } from '../../../src/sdp/read';
import { expectedFor, fixture, fixtures } from './fixtures';

const root = path.resolve(__dirname, '..', '..', '..');

/** The fields most tests compare, without the long payload lists. */
const summary = (s: MediaSectionInfo): [string, string | undefined, string, string | undefined] => [s.type, s.mid, s.direction, s.msid];

/** `[payload type, config]` of every `a=fmtp:` line, read from the raw text. */
const rawFmtp = (sdp: string): [number, string][] =>
  splitLines(sdp)
    .map((l) => /^a=fmtp:(\d+) (.*)$/.exec(l.text))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m): [number, string] => [Number(m[1]), m[2]]);

describe('read.ts boundaries', () => {
  it('is the only module in src/ that imports sdp-transform, and it imports parse alone (never write)', () => {
    const importers: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(rel);
        else if (entry.name.endsWith('.ts') && /from ['"]sdp-transform['"]|require\(['"]sdp-transform['"]\)/.test(fs.readFileSync(path.join(root, rel), 'utf8'))) importers.push(rel);
      }
    };
    walk('src');
    assert.deepEqual(importers, [path.join('src', 'sdp', 'read.ts')]);
    const source = fs.readFileSync(path.join(root, 'src', 'sdp', 'read.ts'), 'utf8');
    const valueImports = source.match(/^import \{[^}]*\} from 'sdp-transform';$/gm) || [];
    assert.deepEqual(valueImports, ["import { parse } from 'sdp-transform';"]);
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\bwrite\b/);
    assert.doesNotMatch(code, /\bparseParams\b/);
    assert.doesNotMatch(fs.readFileSync(path.join(root, 'src', 'sdp', 'lines.ts'), 'utf8'), /^import /m, 'lines.ts has no imports');
  });
});

describe('mediaSections', () => {
  it('agrees with lines.ts and the fixture table on every fixture: count, types, mids', () => {
    for (const f of fixtures()) {
      const sections = mediaSections(f.sdp);
      const map = layout(f.sdp);
      assert.equal(sections.length, (f.sdp.match(/^m=/gm) || []).length, f.name);
      assert.deepEqual(sections.map((s) => s.index), map.media.map((s) => s.index), f.name);
      assert.deepEqual(sections.map((s) => s.type), map.media.map((s) => s.type), f.name);
      assert.deepEqual(sections.map((s) => s.mid), expectedFor(f.name).mids, f.name);
      for (const s of sections) {
        assert.ok(['sendrecv', 'sendonly', 'recvonly', 'inactive'].includes(s.direction), f.name);
        assert.equal(s.msid, s.msids[0], f.name);
        assert.equal('msid' in s, s.msids.length > 0, f.name + ': msid is absent, not undefined, when there is none');
        for (const p of s.payloads) assert.equal(typeof p, 'string', f.name);
      }
    }
  });

  it('chromium156-offer: audio, video, data with mids 0 1 2 and one stream', () => {
    const sections = mediaSections(fixture('chromium156-offer.sdp').sdp);
    const stream = 'a73a811d-b194-4508-8be4-0e4062a2be91';
    assert.deepEqual(sections.map(summary), [
      ['audio', '0', 'sendrecv', stream + ' 37e0008b-a5cf-45e3-999d-94aee948ae29'],
      ['video', '1', 'sendrecv', stream + ' 9bb7a2e3-cf69-4f74-9fd4-4f2a5159f66c'],
      ['application', '2', 'sendrecv', undefined],
    ]);
    assert.deepEqual(sections[0].payloads, ['111', '63', '9', '0', '8', '13', '110', '126']);
    assert.equal(sections[1].payloads.length, 23);
    assert.deepEqual(sections[2].payloads, ['webrtc-datachannel']);
    assert.deepEqual(sections.map((s) => [s.port, s.protocol]), [
      [9, 'UDP/TLS/RTP/SAVPF'],
      [9, 'UDP/TLS/RTP/SAVPF'],
      [9, 'UDP/DTLS/SCTP'],
    ]);
  });

  it('firefox153-offer keeps the {uuid} msids with their braces (what sdp-transform 3.0.0 breaks)', () => {
    const sdp = fixture('firefox153-offer.sdp').sdp;
    const stream = '{79c86b3d-1374-4dcc-81ae-194f9ec80202}';
    const sections = mediaSections(sdp);
    assert.deepEqual(sections.map(summary), [
      ['audio', '0', 'sendrecv', stream + ' {344a50db-44ab-44de-a647-6d513eb29b54}'],
      ['video', '1', 'sendrecv', stream + ' {3fa86223-e37c-42e6-812e-af02cecd51d6}'],
      ['application', '2', 'sendrecv', undefined],
    ]);
    const parsed = parseSdp(sdp);
    assert.equal(parsed.media[0].msid, stream + ' {344a50db-44ab-44de-a647-6d513eb29b54}');
    assert.equal(parsed.media[1].msid, stream + ' {3fa86223-e37c-42e6-812e-af02cecd51d6}');
    for (const name of ['firefox153-offer.sdp', 'firefox153-answer.sdp', 'firefox153-answer-to-chromium156.sdp', 'firefox153-offer-simulcast.sdp', 'firefox45-offer.sdp']) {
      const msids = mediaSections(fixture(name).sdp).filter((s) => s.msid !== undefined);
      assert.ok(msids.length > 0, name);
      for (const s of msids) {
        assert.match(String(s.msid), /^\{[0-9a-f-]{36}\} \{[0-9a-f-]{36}\}$/, name);
        assert.ok(fixture(name).sdp.includes('\r\na=msid:' + String(s.msid) + '\r\n'), name + ': exactly as written');
        assert.equal(parseSdp(fixture(name).sdp).media[s.index].msid, s.msid, name);
      }
    }
    assert.deepEqual(mediaSections(fixture('firefox153-offer-no-stream.sdp').sdp).map((s) => s.msid), [
      '- {cbee010a-f91b-48cd-b862-8351c794e4fc}',
      '- {6b47e551-0122-40c7-94ce-6bc844b75250}',
    ]);
  });

  it('directions: recvonly Firefox 60, sendonly/recvonly simulcast offers', () => {
    assert.deepEqual(mediaSections(fixture('firefox60-recvonly-offer.sdp').sdp).map(summary), [
      ['video', 'sdparta_0', 'recvonly', undefined],
      ['audio', 'sdparta_1', 'recvonly', undefined],
    ]);
    for (const name of ['chromium156-offer-simulcast.sdp', 'firefox153-offer-simulcast.sdp']) {
      const sections = mediaSections(fixture(name).sdp);
      assert.deepEqual(sections.map((s) => [s.type, s.mid, s.direction]), [
        ['video', '0', 'sendonly'],
        ['audio', '1', 'recvonly'],
      ], name);
      assert.equal(sections[1].msid, undefined, name);
    }
  });

  it('direction falls back to the session-level attribute, then to sendrecv', () => {
    const sdp = fixture('firefox153-offer.sdp').sdp;
    const noMediaDirection = removeLines(sdp, (l) => l === 'a=sendrecv', 0);
    const sessionRecvonly = replaceLines(noMediaDirection, (l) => l === 'a=sendrecv', () => 'a=recvonly', 'session');
    assert.deepEqual(mediaSections(sessionRecvonly).map((s) => s.direction), ['recvonly', 'sendrecv', 'sendrecv']);
    const none = removeLines(sdp, (l) => l === 'a=sendrecv');
    assert.deepEqual(mediaSections(none).map((s) => s.direction), ['sendrecv', 'sendrecv', 'sendrecv']);
    const inactive = replaceLines(sdp, (l) => l === 'a=sendrecv', () => 'a=inactive', { mid: '1' });
    assert.deepEqual(mediaSections(inactive).map((s) => s.direction), ['sendrecv', 'inactive', 'sendrecv']);
  });

  it('Plan B: mids audio/video, no a=msid', () => {
    for (const name of ['chrome-planb-offer-ssrc.sdp', 'chrome-planb-offer-two-streams.sdp']) {
      assert.deepEqual(mediaSections(fixture(name).sdp).map(summary), [
        ['audio', 'audio', 'sendrecv', undefined],
        ['video', 'video', 'sendrecv', undefined],
      ], name);
    }
  });

  it('keeps every a=msid of a section (sdp-transform keeps only the last)', () => {
    const sdp = fixture('jsep-msid-edge-cases.sdp').sdp;
    const sections = mediaSections(sdp);
    assert.deepEqual(sections[0].msids, ['- f83006c5-a0ff-4e0a-9ed9-d3e6747be7d9']);
    assert.deepEqual(sections[1].msids, [
      '61317484-2ed4-49d7-9eb7-1414322a7aae f30bdb4a-5db8-49b5-bcdc-e0c9a23172e0',
      '93e8b9bb-ad32-417e-9d2d-42c215f50713 f30bdb4a-5db8-49b5-bcdc-e0c9a23172e0',
    ]);
    assert.equal(sections[1].msid, sections[1].msids[0]);
    assert.equal(parseSdp(sdp).media[1].msid, sections[1].msids[1], 'the parse keeps the last one');
    assert.deepEqual(sections.map((s) => [s.port, s.mid]), [[56500, 'a1'], [0, 'v1']]);
  });

  it('gives formats that look like numbers as strings: DTLS/SCTP 5000, RTP/AVP 0', () => {
    const old = mediaSections(fixture('chrome-old-sdes-tcp-sctpmap.sdp').sdp);
    assert.deepEqual(old.map((s) => [s.type, s.mid, s.protocol]), [
      ['audio', 'audio', 'RTP/SAVPF'],
      ['video', 'video', 'RTP/SAVPF'],
      ['application', '33db2c4da91d73fd', 'DTLS/SCTP'],
    ]);
    assert.deepEqual(old[2].payloads, ['5000']);
    assert.equal(old[0].port, 1);
    const draft = mediaSections(fixture('simulcast-draft-syntaxes.sdp').sdp);
    assert.deepEqual(draft.map((s) => [s.type, s.mid, s.direction, s.payloads]), [
      ['audio', undefined, 'sendrecv', ['0']],
      ['video', undefined, 'sendrecv', ['97', '98', '99', '100']],
    ]);
  });
});

describe('parseSdp', () => {
  it('returns as strings the values sdp-transform coerces to numbers (mid, foundation, label, payloads)', () => {
    // The premise: sdp-transform 2.15 itself turns these into numbers.
    const ff = fixture('firefox153-offer.sdp').sdp;
    const raw = rawParse(ff);
    assert.equal(raw.media[0].mid as unknown, 0);
    assert.equal((raw.media[0].candidates || [])[0].foundation as unknown, 0);
    const parsed = parseSdp(ff);
    assert.deepEqual(parsed.media.map((m) => m.mid), ['0', '1', '2']);
    assert.deepEqual((parsed.media[0].candidates || []).map((c) => c.foundation).slice(0, 4), ['0', '1', '2', '3']);
    const old = parseSdp(fixture('chrome-old-sdes-tcp-sctpmap.sdp').sdp);
    assert.equal(old.media[0].label, '1');
    assert.equal(old.media[2].payloads, '5000');
    assert.equal(parseSdp(fixture('simulcast-draft-syntaxes.sdp').sdp).media[0].payloads, '0');
    assert.deepEqual((parseSdp(fixture('simulcast-draft-syntaxes.sdp').sdp).media[1].rids || []).map((r) => r.id), ['1', '2', '3', '4', 'c']);
  });

  it('on every fixture: mids match lines.ts, and every fmtp config is the original text', () => {
    let configs = 0;
    for (const f of fixtures()) {
      const parsed = parseSdp(f.sdp);
      assert.deepEqual(parsed.media.map((m) => m.mid), layout(f.sdp).media.map((s) => s.mid), f.name);
      const fromParse = parsed.media.reduce<[number, string][]>((all, m) => all.concat(m.fmtp.map((x): [number, string] => [x.payload, x.config])), []);
      assert.deepEqual(fromParse, rawFmtp(f.sdp), f.name);
      for (const [, config] of fromParse) assert.equal(typeof config, 'string', f.name);
      for (const m of parsed.media) {
        for (const c of m.candidates || []) assert.equal(typeof c.foundation, 'string', f.name);
        if (m.payloads !== undefined) assert.equal(typeof m.payloads, 'string', f.name);
      }
      configs += fromParse.length;
    }
    assert.ok(configs > 100, 'the fixtures hold many fmtp lines (' + String(configs) + ')');
  });

  it('keeps an fmtp config that reads as a number as the original string', () => {
    const sdp = replaceLines(fixture('firefox60-recvonly-offer.sdp').sdp, (l) => l === 'a=fmtp:101 0-15', () => 'a=fmtp:101 15');
    assert.equal(rawParse(sdp).media[1].fmtp[1].config as unknown, 15, 'sdp-transform gives a number');
    const fmtp = parseSdp(sdp).media[1].fmtp;
    assert.deepEqual(fmtp.map((x) => x.config), ['maxplaybackrate=48000;stereo=1;useinbandfec=1', '15']);
    const leadingZero = replaceLines(sdp, (l) => l === 'a=fmtp:101 15', () => 'a=fmtp:101 015');
    assert.equal(parseSdp(leadingZero).media[1].fmtp[1].config, '015');
  });

  it('gives a fresh object each call', () => {
    const sdp = fixture('chromium156-offer.sdp').sdp;
    const a = parseSdp(sdp);
    a.media[0].mid = 'changed';
    assert.equal(parseSdp(sdp).media[0].mid, '0');
    assert.notEqual(parseSdp(sdp), parseSdp(sdp));
  });
});

describe('codecs', () => {
  it('takes the first a=fmtp of a payload type, and lists rtpmaps missing from the m= line last', () => {
    const sdp = fixture('chromium156-offer.sdp').sdp;
    const twice = insertAfter(sdp, (l) => l === 'a=fmtp:111 minptime=10;useinbandfec=1', ['a=fmtp:111 second'], 0);
    assert.equal(codecs(parseSdp(twice).media[0])[0].fmtp, 'minptime=10;useinbandfec=1');
    const notListed = replaceLines(sdp, (l) => l.startsWith('m=audio '), () => 'm=audio 9 UDP/TLS/RTP/SAVPF 0 111', 0);
    const list = codecs(parseSdp(notListed).media[0]).map((c) => c.payload);
    assert.deepEqual(list.slice(0, 2), [0, 111]);
    assert.deepEqual(list.slice(2).sort((a, b) => a - b), [8, 9, 13, 63, 110, 126]);
  });

  it('lists rtpmap payload types in m= line order with the original fmtp config', () => {
    const video = parseSdp(fixture('chromium156-offer.sdp').sdp).media[1];
    const list = codecs(video);
    assert.deepEqual(list.map((c) => String(c.payload)), (video.payloads || '').split(' '));
    assert.deepEqual(list.find((c) => c.payload === 102), {
      payload: 102,
      name: 'H264',
      clockRate: 90000,
      channels: undefined,
      fmtp: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f',
    });
    assert.equal(list.find((c) => c.payload === 96)?.fmtp, undefined);
    const audio = codecs(parseSdp(fixture('firefox153-offer.sdp').sdp).media[0]);
    assert.deepEqual(audio.map((c) => [c.payload, c.name, c.clockRate, c.channels, c.fmtp]), [
      [109, 'opus', 48000, 2, 'maxplaybackrate=48000;stereo=1;useinbandfec=1'],
      [9, 'G722', 8000, 1, undefined],
      [0, 'PCMU', 8000, undefined, undefined],
      [8, 'PCMA', 8000, undefined, undefined],
      [101, 'telephone-event', 8000, undefined, '0-15'],
    ]);
  });

  it('follows the m= line order where Firefox writes fmtp and rtpmap in another order, on every fixture', () => {
    for (const f of fixtures()) {
      for (const m of parseSdp(f.sdp).media) {
        const order = (m.payloads || '').split(' ');
        const mapped = codecs(m).map((c) => String(c.payload));
        assert.deepEqual(mapped, order.filter((p) => mapped.includes(p)), f.name + ' ' + String(m.mid));
        assert.equal(mapped.length, m.rtp.length, f.name);
      }
    }
    // Preference is the m= line order, whatever order the rtpmap lines come in.
    const ff = fixture('firefox45-offer.sdp').sdp;
    const moved = insertAfter(removeLines(ff, (l) => l === 'a=rtpmap:120 VP8/90000'), (l) => l === 'a=rtpmap:97 H264/90000', ['a=rtpmap:120 VP8/90000']);
    assert.deepEqual(parseSdp(moved).media[0].rtp.map((r) => r.payload), [126, 97, 120], 'the rtpmap lines moved');
    assert.deepEqual(codecs(parseSdp(moved).media[0]).map((c) => c.payload), [120, 126, 97]);
    const ff45 = codecs(parseSdp(fixture('firefox45-offer.sdp').sdp).media[0]);
    assert.deepEqual(ff45.map((c) => [c.payload, c.fmtp]), [
      [120, 'max-fs=12288;max-fr=60'],
      [126, 'profile-level-id=42e01f;level-asymmetry-allowed=1;packetization-mode=1'],
      [97, 'profile-level-id=42e01f;level-asymmetry-allowed=1'],
    ]);
  });
});

describe('fmtpParams', () => {
  it('keeps every value the original string, where parseParams makes some numbers', () => {
    const config = 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=640032';
    assert.equal(parseParams(config)['profile-level-id'], 640032, 'the premise: sdp-transform coerces');
    assert.deepEqual([...fmtpParams(config)], [
      ['level-asymmetry-allowed', '1'],
      ['packetization-mode', '1'],
      ['profile-level-id', '640032'],
    ]);
    assert.equal(fmtpParams('profile-level-id=42e01f').get('profile-level-id'), '42e01f');
    assert.equal(fmtpParams('x=007').get('x'), '007');
  });

  it('reads the fixtures\' separators: "; " (Plan B, simulcast draft), a bare value (telephone-event), apt', () => {
    assert.deepEqual([...fmtpParams('minptime=10; useinbandfec=1')], [['minptime', '10'], ['useinbandfec', '1']]);
    assert.deepEqual([...fmtpParams('profile-level-id=42c01f; max-fs=3600; max-mbps=108000')].map(([k]) => k), ['profile-level-id', 'max-fs', 'max-mbps']);
    assert.deepEqual([...fmtpParams('0-15')], [['0-15', '']]);
    assert.deepEqual([...fmtpParams('111/111')], [['111/111', '']]);
    assert.deepEqual([...fmtpParams('apt=96')], [['apt', '96']]);
    assert.deepEqual([...fmtpParams('a=1;a=2;;b=x=y')], [['a', '1'], ['b', 'x=y']]);
    assert.equal(fmtpParams('').size, 0);
    assert.deepEqual([...fmtpParams(' 0-15 ; x = 1 ')], [['0-15', ''], ['x', '1']]);
  });

  it('reads every fmtp config of every fixture without losing a parameter', () => {
    for (const f of fixtures()) {
      for (const [pt, config] of rawFmtp(f.sdp)) {
        const params = fmtpParams(config);
        const names = config.split(';').map((p) => p.trim().split('=')[0]).filter((n) => n !== '');
        assert.deepEqual([...params.keys()], names, f.name + ' ' + String(pt));
        for (const [name, value] of params) assert.ok(config.includes(value === '' ? name : name + '=' + value), f.name);
      }
    }
  });
});
