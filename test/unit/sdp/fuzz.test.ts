/**
 * Property-based test of every SDP rewrite in src/sdp/ on mutated fixtures (seeded, so a failure
 * is reproducible: the message names the seed and mutation): a rewrite never throws, always
 * returns a string, changes only its target lines (every other line keeps its bytes, terminator
 * included), and gives back the same string when it has nothing to do. The browsers' side of the
 * property (an engine still accepts what it accepted before) is test/e2e/sdp-rewrites.e2e.js.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutExtmapAllowMixed } from '../../../src/sdp/extmap-allow-mixed';
import { currentSctpSyntax, legacySctpSyntax } from '../../../src/sdp/sctp-syntax';
import { withFinalLineEnding } from '../../../src/sdp/final-line-ending';
import { rfc8853Simulcast } from '../../../src/sdp/simulcast';
import { withoutCollidingExtmaps } from '../../../src/sdp/extmap-bundle';
import { lineDiff } from '../../support/sdp-diff';
import { fixtures } from './fixtures';

interface Rewrite {
  name: string;
  run: (sdp: string) => string;
  /** Whether a removed or added line (with its terminator) is one the rewrite may change. */
  target: (line: string) => boolean;
}

const REWRITES: Rewrite[] = [
  { name: 'withoutExtmapAllowMixed', run: (s) => withoutExtmapAllowMixed(s), target: (l) => /^a=extmap-allow-mixed(\r?\n)?$/.test(l) },
  { name: 'currentSctpSyntax', run: currentSctpSyntax, target: (l) => /^(m=application |a=sctpmap:|a=sctp-port:)/.test(l) },
  { name: 'legacySctpSyntax', run: legacySctpSyntax, target: (l) => /^(m=application |a=sctpmap:|a=sctp-port:)/.test(l) },
  { name: 'withoutCollidingExtmaps', run: withoutCollidingExtmaps, target: (l) => /^a=extmap:/.test(l) },
  { name: 'rfc8853Simulcast', run: rfc8853Simulcast, target: (l) => /^a=simulcast:/.test(l) },
  // Its target is the last line's terminator (the allowed change below).
  { name: 'withFinalLineEnding', run: withFinalLineEnding, target: () => false },
];

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (sdp: string, rnd: () => number) => string;
const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)]!;
const lines = (sdp: string): string[] => sdp.match(/[^\n]*\n|[^\n]+$/g) ?? [];

const MUTATIONS: Record<string, Mutation> = {
  truncate: (s, r) => s.slice(0, Math.floor(r() * s.length)),
  dropLine: (s, r) => {
    const l = lines(s);
    l.splice(Math.floor(r() * l.length), 1);
    return l.join('');
  },
  duplicateMediaSection: (s) => {
    const at = s.indexOf('\nm=');
    return at < 0 ? s + s : s + s.slice(at + 1);
  },
  swapLines: (s, r) => {
    const l = lines(s);
    const i = Math.floor(r() * l.length);
    const j = Math.floor(r() * l.length);
    [l[i], l[j]] = [l[j]!, l[i]!];
    return l.join('');
  },
  binaryJunk: (s, r) => {
    const at = Math.floor(r() * s.length);
    let junk = '';
    for (let i = 0; i < 16; i++) junk += String.fromCharCode(Math.floor(r() * 0x110));
    return s.slice(0, at) + junk + s.slice(at);
  },
  lfOnly: (s) => s.replace(/\r\n/g, '\n'),
  mixedEndings: (s, r) => lines(s).map((l) => (r() < 0.5 ? l.replace(/\r?\n$/, '\n') : l)).join(''),
  noVersionLine: (s) => s.replace(/^v=0\r?\n/, ''),
  legacySctpLines: (s) => s + 'm=application 9 DTLS/SCTP 5000\r\na=sctpmap:5000 webrtc-datachannel 1024\r\n',
  brokenSctpLines: (s, r) => s + pick(['m=application 9 DTLS/SCTP x\r\n', 'm=application\r\na=sctpmap:\r\n', 'a=sctp-port:\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel'], r),
  draftSimulcast: (s, r) => s + pick(['a=simulcast: send rid=1,4;2;3 paused=4 recv rid=c\r\n', 'a=simulcast: send rid=\r\n', 'a=simulcast:send rid=q;h;f paused=', 'a=simulcast: recv rid=a;b send'], r),
  extmapLines: (s, r) => {
    const l = lines(s);
    l.splice(Math.floor(r() * l.length), 0, pick(['a=extmap-allow-mixed\r\n', 'a=extmap-allow-mixed', 'a=extmap-allow-mixed:x\r\n'], r));
    return l.join('');
  },
  empty: () => '',
};

function check(rewrite: Rewrite, input: string, label: string): void {
  let out: unknown;
  assert.doesNotThrow(() => {
    out = rewrite.run(input);
  }, label);
  assert.equal(typeof out, 'string', label);
  const output = out as string;
  if (output === input) return;
  const diff = lineDiff(input, output);
  // The one allowed change to an untargeted line (src/sdp/lines.ts): the output ends the way the
  // input ends, so a line that becomes last, or stops being last, trades its terminator.
  const text = (l: string): string => l.replace(/\r?\n$/, '');
  const unterminated = (l: string): boolean => !l.endsWith('\n');
  for (const r of diff.removed.slice()) {
    const a = diff.added.find((x) => text(x) === text(r) && (unterminated(x) || unterminated(r)));
    if (a !== undefined) {
      diff.removed.splice(diff.removed.indexOf(r), 1);
      diff.added.splice(diff.added.indexOf(a), 1);
    }
  }
  for (const line of diff.removed.concat(diff.added)) assert.ok(rewrite.target(line), label + ': changed an untargeted line ' + JSON.stringify(line));
  // Idempotent: a second run has nothing to do.
  assert.equal(rewrite.run(output), output, label + ': twice is once');
}

describe('SDP rewrites on mutated fixtures (property-based)', () => {
  const RUNS = 40;
  for (const rewrite of REWRITES) {
    it(rewrite.name + ': never throws, changes only its targets, is idempotent', () => {
      for (const { name, sdp } of fixtures()) {
        check(rewrite, sdp, name);
        for (const [mutationName, mutate] of Object.entries(MUTATIONS)) {
          for (let seed = 1; seed <= RUNS; seed++) {
            const rnd = prng(seed * 7919 + name.length);
            let input = mutate(sdp, rnd);
            // Mutations compose: a second one on half of the runs.
            if (rnd() < 0.5) input = pick(Object.values(MUTATIONS), rnd)(input, rnd);
            check(rewrite, input, name + ' ' + mutationName + ' seed ' + String(seed));
          }
        }
      }
    });
  }

  it('a megabyte of lines: no exception, a string back, the same lines', () => {
    const big = 'v=0\r\n' + 'a=x-filler:0123456789012345678901234567890123456789\r\n'.repeat(20000) + 'm=application 9 DTLS/SCTP 5000\na=sctpmap:5000 webrtc-datachannel 1024\na=extmap-allow-mixed';
    assert.ok(big.length > 1e6);
    for (const rewrite of REWRITES) {
      const out = rewrite.run(big);
      assert.equal(typeof out, 'string');
      assert.ok(Math.abs(lines(out).length - lines(big).length) <= 1, rewrite.name);
    }
  });
});
