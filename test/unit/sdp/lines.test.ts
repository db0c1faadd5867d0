/**
 * src/sdp/lines.ts on every SDP fixture (test/fixtures/sdp): byte-exact split/join, sections and
 * mids, and edits that change only their target lines and keep the input's line endings.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import {
  insertAfter,
  joinLines,
  layout,
  lineEnding,
  midOf,
  removeLines,
  replaceLines,
  splitLines,
} from '../../../src/sdp/lines';
import type { LinePredicate, Scope, SdpLine } from '../../../src/sdp/lines';
import { FIXTURE_DIR, expected, expectedFor, fixture, fixtures, referenceLines, sourcesChecksums } from './fixtures';

const lineList = (lines: readonly SdpLine[]): { text: string; eol: string }[] => lines.map((l) => ({ text: l.text, eol: l.eol }));

/** Count of lines in a raw string that match `re` (a /gm regex), found without lines.ts. */
const countRaw = (sdp: string, re: RegExp): number => (sdp.match(re) || []).length;

/**
 * Asserts `output` is `input` with exactly the lines that `target` accepts removed, every other
 * line equal in text and terminator (the input's last line excepted when it lost its place).
 */
function assertOnlyRemoved(input: string, output: string, target: LinePredicate): number {
  const before = referenceLines(input);
  const after = referenceLines(output);
  const kept = before.filter((l) => !target(l.text));
  assert.equal(after.length, kept.length, 'line count');
  const endsWithoutEol = before.length > 0 && before[before.length - 1].eol === '';
  kept.forEach((line, i) => {
    assert.equal(after[i].text, line.text, 'text of line ' + String(i));
    const expectedEol = i === kept.length - 1 && endsWithoutEol ? '' : line.eol || lineEnding(input);
    assert.equal(after[i].eol, expectedEol, 'terminator of line ' + String(i) + ' ' + JSON.stringify(line.text));
  });
  return before.length - kept.length;
}

describe('fixtures', () => {
  it('the fixture folder is present and every .sdp matches its SOURCES.md checksum', () => {
    assert.ok(fs.existsSync(FIXTURE_DIR), 'SDP fixtures not found at ' + FIXTURE_DIR + ' (test/fixtures/sdp)');
    const sums = sourcesChecksums();
    const names = fixtures().map((f) => f.name);
    assert.deepEqual([...sums.keys()].sort(), names, 'SOURCES.md lists exactly the .sdp files present');
    for (const f of fixtures()) {
      assert.equal(crypto.createHash('sha256').update(f.bytes).digest('hex'), sums.get(f.name), f.name + ' was altered (re-saved?)');
      assert.ok(Buffer.from(f.sdp, 'utf8').equals(f.bytes), f.name + ' decodes losslessly');
    }
  });

  it('the fixture table in fixtures.ts describes every fixture, and the set covers CRLF, LF and no final EOL', () => {
    assert.deepEqual(Object.keys(expected).sort(), fixtures().map((f) => f.name));
    const kinds = new Set(fixtures().map((f) => expectedFor(f.name).eol + (expectedFor(f.name).finalEol ? '' : ' no-final-eol')));
    assert.deepEqual([...kinds].sort(), ['\n', '\n no-final-eol', '\r\n', '\r\n no-final-eol']);
  });
});

describe('splitLines / joinLines', () => {
  it('split then join is byte-identical for every fixture', () => {
    for (const f of fixtures()) {
      const joined = joinLines(splitLines(f.sdp));
      assert.ok(Buffer.from(joined, 'utf8').equals(f.bytes), f.name);
    }
  });

  it('gives every fixture line its own terminator: the file style, and none on a last line without EOL', () => {
    for (const f of fixtures()) {
      const e = expectedFor(f.name);
      const lines = splitLines(f.sdp);
      assert.deepEqual(lineList(lines), referenceLines(f.sdp), f.name);
      assert.equal(lines.length, countRaw(f.sdp, /\n/g) + (e.finalEol ? 0 : 1), f.name + ' line count');
      lines.forEach((line, i) => {
        const last = i === lines.length - 1;
        assert.equal(line.eol, last && !e.finalEol ? '' : e.eol, f.name + ' line ' + String(i + 1));
        assert.doesNotMatch(line.text, /[\r\n]/, f.name + ' line ' + String(i + 1));
      });
    }
  });

  it('handles the edge cases: empty, no EOL at all, mixed endings, blank lines, a lone CR', () => {
    const cases: [string, { text: string; eol: string }[]][] = [
      ['', []],
      ['v=0', [{ text: 'v=0', eol: '' }]],
      ['v=0\r\n', [{ text: 'v=0', eol: '\r\n' }]],
      ['a=x\nb=y\r\nc=z', [{ text: 'a=x', eol: '\n' }, { text: 'b=y', eol: '\r\n' }, { text: 'c=z', eol: '' }]],
      ['\r\n\n', [{ text: '', eol: '\r\n' }, { text: '', eol: '\n' }]],
      ['a=x\rb=y\n', [{ text: 'a=x\rb=y', eol: '\n' }]],
      ['a=x\r', [{ text: 'a=x\r', eol: '' }]],
      ['\r\r\n', [{ text: '\r', eol: '\r\n' }]],
    ];
    for (const [sdp, lines] of cases) {
      assert.deepEqual(lineList(splitLines(sdp)), lines, JSON.stringify(sdp));
      assert.equal(joinLines(splitLines(sdp)), sdp, JSON.stringify(sdp));
    }
  });
});

describe('lineEnding', () => {
  it('is the style of each fixture, from the string and from its lines', () => {
    for (const f of fixtures()) {
      assert.equal(lineEnding(f.sdp), expectedFor(f.name).eol, f.name);
      assert.equal(lineEnding(splitLines(f.sdp)), expectedFor(f.name).eol, f.name);
    }
  });

  it('takes the first terminator of mixed input, and CRLF when there is none', () => {
    assert.equal(lineEnding('a=x\nb=y\r\n'), '\n');
    assert.equal(lineEnding('a=x\r\nb=y\n'), '\r\n');
    assert.equal(lineEnding('\nb=y\r\n'), '\n');
    assert.equal(lineEnding('v=0'), '\r\n');
    assert.equal(lineEnding(''), '\r\n');
    assert.equal(lineEnding(splitLines('a=x\nb=y\r\n')), '\n');
    assert.equal(lineEnding([]), '\r\n');
  });
});

describe('layout', () => {
  it('has one media section per m= line, contiguous from the first m= line to the end', () => {
    for (const f of fixtures()) {
      const lines = splitLines(f.sdp);
      const map = layout(f.sdp);
      const mCount = countRaw(f.sdp, /^m=/gm);
      assert.ok(mCount > 0, f.name);
      assert.equal(map.media.length, mCount, f.name);
      assert.equal(map.session.start, 0);
      assert.equal(map.session.end, lines.findIndex((l) => l.text.startsWith('m=')), f.name);
      let next = map.session.end;
      map.media.forEach((section, i) => {
        assert.equal(section.index, i);
        assert.equal(section.start, next, f.name + ' section ' + String(i) + ' start');
        assert.ok(lines[section.start].text.startsWith('m=' + section.type + ' '), f.name);
        for (let j = section.start + 1; j < section.end; j++) assert.ok(!lines[j].text.startsWith('m='), f.name);
        next = section.end;
      });
      assert.equal(next, lines.length, f.name + ' last section ends at the last line');
      assert.deepEqual(layout(lines), map, 'string and lines give the same layout');
    }
  });

  it('reads the mids every fixture contains', () => {
    for (const f of fixtures()) {
      assert.deepEqual(layout(f.sdp).media.map((s) => s.mid), expectedFor(f.name).mids, f.name);
    }
    assert.deepEqual(layout(fixture('chromium156-offer.sdp').sdp).media.map((s) => s.mid), ['0', '1', '2']);
    assert.deepEqual(layout(fixture('firefox45-offer.sdp').sdp).media.map((s) => s.mid), ['sdparta_0']);
    assert.deepEqual(layout(fixture('chrome-planb-offer-two-streams.sdp').sdp).media.map((s) => s.mid), ['audio', 'video']);
  });

  it('reads the media types in order', () => {
    const types = (name: string): string[] => layout(fixture(name).sdp).media.map((s) => s.type);
    assert.deepEqual(types('chromium156-offer.sdp'), ['audio', 'video', 'application']);
    assert.deepEqual(types('safari-unified-offer.sdp'), ['video', 'audio', 'application']);
    assert.deepEqual(types('firefox60-recvonly-offer.sdp'), ['video', 'audio']);
    assert.deepEqual(types('chromium156-offer-no-stream.sdp'), ['video', 'video']);
  });

  it('puts every line in the session part when there is no m= line', () => {
    const map = layout('v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=x-m=audio\r\n');
    assert.deepEqual(map.session, { start: 0, end: 5 });
    assert.deepEqual(map.media, []);
    assert.deepEqual(layout(''), { session: { start: 0, end: 0 }, media: [] });
  });

  it('starts a section only at a line beginning with "m="', () => {
    const map = layout('v=0\nmx=1\nm\n m=audio 9 X 0\nm=video 9 X 0\nma=1\n');
    assert.deepEqual(map.session, { start: 0, end: 4 });
    assert.deepEqual(map.media.map((s) => [s.start, s.end, s.type]), [[4, 6, 'video']]);
  });
});

describe('midOf', () => {
  it('reads the first a=mid: in a range, up to whitespace, and nothing outside it', () => {
    const lines = splitLines('v=0\nm=audio 9 X 0\na=x-mid:no\na=mid:first \na=mid:second\nm=video 9 X 0\na=mid:v\n');
    assert.equal(midOf(lines, { start: 1, end: 5 }), 'first');
    assert.equal(midOf(lines, { start: 4, end: 5 }), 'second');
    assert.equal(midOf(lines, { start: 0, end: 3 }), undefined);
    assert.equal(midOf(lines, { start: 5, end: 99 }), 'v');
  });
});

describe('removeLines', () => {
  const isAllowMixed: LinePredicate = (l) => l === 'a=extmap-allow-mixed';

  it('removing every a=extmap-allow-mixed changes only those lines, in every fixture', () => {
    let total = 0;
    for (const f of fixtures()) {
      const out = removeLines(f.sdp, isAllowMixed);
      const removed = assertOnlyRemoved(f.sdp, out, isAllowMixed);
      assert.equal(removed, countRaw(f.sdp, /^a=extmap-allow-mixed\r?$/gm), f.name);
      assert.equal(countRaw(out, /extmap-allow-mixed/g), 0, f.name);
      if (!removed) assert.equal(out, f.sdp, f.name);
      total += removed;
    }
    assert.equal(total, 32, 'the fixtures hold 32 such lines');
    // The same, byte for byte, by plain string surgery: session level and every section.
    const ff = fixture('firefox153-answer-to-chromium156.sdp').sdp;
    assert.equal(removeLines(ff, isAllowMixed), ff.split('a=extmap-allow-mixed\r\n').join(''));
    assert.equal(ff.length - removeLines(ff, isAllowMixed).length, 4 * 'a=extmap-allow-mixed\r\n'.length);
  });

  it('removing other lines (a=ssrc:, a=candidate:, the m= lines) changes only those, CRLF and LF alike', () => {
    const targets: LinePredicate[] = [(l) => l.startsWith('a=ssrc:'), (l) => l.startsWith('a=candidate:'), (l) => l.startsWith('m=')];
    for (const target of targets) {
      for (const f of fixtures()) assertOnlyRemoved(f.sdp, removeLines(f.sdp, target), target);
    }
    const lf = fixture('chrome-planb-offer-ssrc.sdp').sdp;
    const out = removeLines(lf, (l) => l.startsWith('a=ssrc:'));
    assert.equal(countRaw(lf, /^a=ssrc:/gm), 16);
    assert.equal(out, lf.replace(/^a=ssrc:[^\n]*\n/gm, ''));
    assert.doesNotMatch(out, /\r/);
  });

  it('works on one part: the session, a section by index, a section by mid', () => {
    const sdp = fixture('firefox153-answer-to-chromium156.sdp').sdp;
    const where = (out: string): (string | number)[] => {
      const map = layout(out);
      const lines = splitLines(out);
      const at: (string | number)[] = [];
      if (lines.slice(map.session.start, map.session.end).some((l) => isAllowMixed(l.text))) at.push('session');
      for (const s of map.media) if (lines.slice(s.start, s.end).some((l) => isAllowMixed(l.text))) at.push(s.index);
      return at;
    };
    assert.deepEqual(where(sdp), ['session', 0, 1, 2]);
    const scoped: [Scope, (string | number)[]][] = [
      ['session', [0, 1, 2]],
      [0, ['session', 1, 2]],
      [2, ['session', 0, 1]],
      [{ mid: '1' }, ['session', 0, 2]],
      ['all', []],
    ];
    for (const [scope, left] of scoped) {
      const out = removeLines(sdp, isAllowMixed, scope);
      assert.deepEqual(where(out), left, JSON.stringify(scope));
      assert.equal(splitLines(sdp).length - splitLines(out).length, 4 - left.length);
    }
  });

  it('keeps "no final EOL": removing the last line leaves the new last line without one', () => {
    for (const name of ['chrome-datachannel-new-sctp.sdp', 'safari-unified-offer.sdp', 'chrome-planb-offer-two-streams.sdp']) {
      const sdp = fixture(name).sdp;
      const lines = splitLines(sdp);
      const lastText = lines[lines.length - 1].text;
      const out = removeLines(sdp, (l) => l === lastText);
      const outLines = splitLines(out);
      assert.equal(outLines.length, lines.length - 1, name);
      assert.equal(outLines[outLines.length - 1].text, lines[lines.length - 2].text, name);
      assert.equal(outLines[outLines.length - 1].eol, '', name);
      assert.equal(out, sdp.slice(0, sdp.length - lastText.length - lines[lines.length - 2].eol.length), name);
    }
  });

  it('returns the input unchanged when nothing matches, and can empty an SDP', () => {
    const sdp = fixture('chromium156-offer.sdp').sdp;
    assert.equal(removeLines(sdp, () => false), sdp);
    assert.equal(removeLines(sdp, () => true), '');
  });
});

describe('insertAfter', () => {
  const NEW = 'a=x-rtcshim-test';

  it('inserts after every match with the input terminator style and leaves other lines alone, in every fixture', () => {
    for (const f of fixtures()) {
      const e = expectedFor(f.name);
      const out = insertAfter(f.sdp, (l) => l.startsWith('m='), [NEW, NEW + '-2']);
      const mCount = countRaw(f.sdp, /^m=/gm);
      // Every other line is as it was: taking the new lines out again leaves the input, byte for byte.
      assert.equal(assertOnlyRemoved(out, f.sdp, (l) => l.startsWith(NEW)), 2 * mCount, f.name);
      assert.equal(removeLines(out, (l) => l.startsWith(NEW)), f.sdp, f.name);
      const outLines = referenceLines(out);
      assert.equal(outLines.length, referenceLines(f.sdp).length + 2 * mCount, f.name);
      outLines.forEach((line, i) => {
        if (line.text.startsWith('m=')) {
          assert.deepEqual(outLines.slice(i + 1, i + 3), [{ text: NEW, eol: e.eol }, { text: NEW + '-2', eol: e.eol }], f.name);
        }
      });
    }
  });

  it('after the last line: the new line is last, keeping the input with or without a final EOL', () => {
    for (const f of fixtures()) {
      const e = expectedFor(f.name);
      const lines = splitLines(f.sdp);
      const lastText = lines[lines.length - 1].text;
      // Scoped to the last section: jsep-msid-edge-cases ends with a line that also ends section 0.
      const lastSection = layout(lines).media.length - 1;
      const out = insertAfter(f.sdp, (l) => l === lastText, [NEW], lastSection);
      const body = f.sdp.slice(0, f.sdp.length - lines[lines.length - 1].eol.length);
      assert.equal(out, body + e.eol + NEW + (e.finalEol ? e.eol : ''), f.name);
    }
  });

  it('gives new lines the first terminator of mixed input; untouched lines keep theirs', () => {
    assert.equal(insertAfter('a=x\r\nb=y\nc=z\n', (l) => l === 'c=z', ['d=w']), 'a=x\r\nb=y\nc=z\nd=w\r\n');
    assert.equal(insertAfter('a=x\nb=y\r\n', (l) => l === 'a=x', ['n=1']), 'a=x\nn=1\nb=y\r\n');
    assert.equal(insertAfter('v=0', () => true, ['n=1']), 'v=0\r\nn=1');
  });

  it('works on one part, by mid and by index', () => {
    const sdp = fixture('chromium156-offer.sdp').sdp;
    const isMid: LinePredicate = (l) => l.startsWith('a=mid:');
    const sectionsWithNew = (out: string): number[] => {
      const lines = splitLines(out);
      return layout(lines).media.filter((s) => lines.slice(s.start, s.end).some((l) => l.text === NEW)).map((s) => s.index);
    };
    assert.deepEqual(sectionsWithNew(insertAfter(sdp, isMid, [NEW], { mid: '1' })), [1]);
    assert.deepEqual(sectionsWithNew(insertAfter(sdp, isMid, [NEW], 2)), [2]);
    assert.deepEqual(sectionsWithNew(insertAfter(sdp, isMid, [NEW])), [0, 1, 2]);
    assert.equal(insertAfter(sdp, isMid, [NEW], 'session'), sdp, 'no a=mid in the session part');
    const session = insertAfter(sdp, (l) => l.startsWith('a=msid-semantic:'), [NEW], 'session');
    assert.ok(session.includes('a=msid-semantic: WMS a73a811d-b194-4508-8be4-0e4062a2be91\r\n' + NEW + '\r\nm=audio '));
  });
});

describe('replaceLines', () => {
  it('replaces only the target line, which keeps its terminator', () => {
    for (const f of fixtures()) {
      const target: LinePredicate = (l) => l.startsWith('t=');
      const out = replaceLines(f.sdp, target, (l) => l + ' x');
      const before = referenceLines(f.sdp);
      const after = referenceLines(out);
      assert.equal(after.length, before.length, f.name);
      before.forEach((line, i) => {
        assert.deepEqual(after[i], target(line.text) ? { text: line.text + ' x', eol: line.eol } : line, f.name + ' line ' + String(i));
      });
      assert.equal(countRaw(f.sdp, /^t=/gm), 1, f.name);
    }
  });

  it('a replaced line keeps its own terminator in mixed input', () => {
    assert.equal(replaceLines('a=x\nb=y\r\nc=z', (l) => l === 'b=y', () => 'b=1'), 'a=x\nb=1\r\nc=z');
    assert.equal(replaceLines('a=x\r\nb=y\nc=z\n', (l) => l === 'b=y', () => 'b=1'), 'a=x\r\nb=1\nc=z\n');
    assert.equal(replaceLines('a=x\r\nb=y', (l) => l === 'b=y', () => 'b=1'), 'a=x\r\nb=1');
  });

  it('rewrites Firefox msids in place without touching the braces elsewhere', () => {
    const sdp = fixture('firefox153-offer.sdp').sdp;
    const out = replaceLines(sdp, (l) => l.startsWith('a=msid:'), (l) => l.replace(/[{}]/g, ''));
    assert.equal(countRaw(out, /^a=msid:[0-9a-f-]+ [0-9a-f-]+\r$/gm), 2);
    assert.equal(countRaw(out, /\{/g), countRaw(sdp, /\{/g) - 4);
    assert.equal(out.length, sdp.length - 8);
  });

  it('an array replaces one line with several (new ones take the style) or with none', () => {
    const sdp = fixture('jsep-msid-edge-cases.sdp').sdp;
    const two = replaceLines(sdp, (l) => l === 'a=bundle-only', () => ['a=x-one', 'a=x-two']);
    assert.equal(two, sdp.replace('a=bundle-only\n', 'a=x-one\na=x-two\n'));
    assert.equal(replaceLines(sdp, (l) => l === 'a=bundle-only', () => []), sdp.replace('a=bundle-only\n', ''));
    const crlf = 'a=x\r\nb=y';
    assert.equal(replaceLines(crlf, (l) => l === 'b=y', () => ['b=1', 'b=2']), 'a=x\r\nb=1\r\nb=2');
    assert.equal(replaceLines(crlf, (l) => l === 'a=x', () => ['a=1', 'a=2']), 'a=1\r\na=2\r\nb=y');
  });

  it('passes each line without its terminator to the predicate and the replacer', () => {
    const seen: string[] = [];
    const predicate: LinePredicate = (l) => {
      seen.push(l);
      return l === 'c=z';
    };
    const replacer = (l: string): string => {
      seen.push('replace ' + l);
      return l + '!';
    };
    assert.equal(replaceLines('a=x\r\nb=y\nc=z', predicate, replacer), 'a=x\r\nb=y\nc=z!');
    assert.deepEqual(seen, ['a=x', 'b=y', 'c=z', 'replace c=z']);
  });
});

describe('edit errors', () => {
  const sdp = 'v=0\r\nm=audio 9 X 0\r\na=mid:a\r\n';

  it('throws RangeError for a section that does not exist', () => {
    assert.throws(() => removeLines(sdp, () => true, 1), RangeError);
    assert.throws(() => removeLines(sdp, () => true, -1), RangeError);
    assert.throws(() => insertAfter(sdp, () => true, ['a=x'], { mid: 'b' }), RangeError);
    assert.throws(() => replaceLines(sdp, () => true, (l) => l, { mid: '0' }), RangeError);
    assert.equal(removeLines(sdp, (l) => l.startsWith('a=mid'), { mid: 'a' }), 'v=0\r\nm=audio 9 X 0\r\n');
  });

  it('throws TypeError for new text containing CR or LF', () => {
    assert.throws(() => insertAfter(sdp, () => true, ['a=x\r\na=y']), TypeError);
    assert.throws(() => insertAfter(sdp, () => false, ['a=x\n']), TypeError, 'checked even when nothing matches');
    assert.throws(() => replaceLines(sdp, (l) => l === 'v=0', () => 'v=0\r'), TypeError);
    assert.throws(() => replaceLines(sdp, (l) => l === 'v=0', () => ['v=0', 'a\nb']), TypeError);
  });
});
