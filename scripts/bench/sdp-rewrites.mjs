// Printed, not judged: the cost per call of the pure SDP rewrites of src/sdp/ that the SDP shims
// register on the description hook (src/shims/sdp/; a shim added there belongs in cases() too), in Node, on the captured Chromium 156 offer
// (test/fixtures/sdp/chromium156-offer.sdp, 6.5 kB, 3 media sections): once on an SDP without the
// quirk (what nearly every call gets: the rewrite returns its input after a string scan) and once
// on the same SDP with it (the rewrite splits and rewrites lines). The sources are loaded with tsx,
// as the unit tests load them: the code is the same, only the bundle's minification differs.
//
// Method: one call per function per pass, passes repeated until each case has run `calls` times
// in batches of `batch`; each batch is timed with process.hrtime.bigint() and the median of the
// per-call times of the batches is printed. Each result's length is summed so no call is dead code.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths.mjs';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'sdp');

async function load(rel, name) {
  const { tsImport } = await import('tsx/esm/api');
  const mod = await tsImport(pathToFileURL(path.join(ROOT, rel)).href, import.meta.url);
  const fn = mod[name] ?? mod.default?.[name];
  if (typeof fn !== 'function') throw new Error(`${rel} exports no function ${name}`);
  return fn;
}

/** The rewrites with an SDP without and one with the quirk each rewrites. */
async function cases() {
  const sdp = fs.readFileSync(path.join(FIXTURES, 'chromium156-offer.sdp'), 'latin1');
  const withFinalLineEnding = await load('src/sdp/final-line-ending.ts', 'withFinalLineEnding');
  const rfc8853Simulcast = await load('src/sdp/simulcast.ts', 'rfc8853Simulcast');
  const withoutExtmapAllowMixed = await load('src/sdp/extmap-allow-mixed.ts', 'withoutExtmapAllowMixed');
  const legacySctpSyntax = await load('src/sdp/sctp-syntax.ts', 'legacySctpSyntax');
  const withoutCollidingExtmaps = await load('src/sdp/extmap-bundle.ts', 'withoutCollidingExtmaps');
  // the draft simulcast line a pre-RFC 8853 sender writes, in the video section
  const draftSimulcast = sdp.replace(/(\r\nm=application )/, '\r\na=simulcast: send rid=q;h;f$1');
  return [
    { name: 'withFinalLineEnding', shim: 'final-line-ending', fn: withFinalLineEnding,
      without: sdp, with: sdp.replace(/\r\n$/, ''), quirk: 'no final CRLF' },
    { name: 'rfc8853Simulcast', shim: 'simulcast-draft-syntax', fn: rfc8853Simulcast,
      without: sdp, with: draftSimulcast, quirk: 'a=simulcast: send rid=q;h;f' },
    { name: 'withoutExtmapAllowMixed', shim: 'extmap-allow-mixed', fn: withoutExtmapAllowMixed,
      without: sdp.replace('a=extmap-allow-mixed\r\n', ''), with: sdp, quirk: 'a=extmap-allow-mixed' },
    { name: 'legacySctpSyntax', shim: 'sctp-legacy-syntax', fn: legacySctpSyntax,
      without: legacySctpSyntax(sdp), with: sdp, quirk: 'UDP/DTLS/SCTP webrtc-datachannel' },
    // Firefox 60's numbering: the video section gives id 1 (audio's ssrc-audio-level) another meaning
    { name: 'withoutCollidingExtmaps', shim: 'extmap-bundle-collision', fn: withoutCollidingExtmaps,
      without: sdp, with: sdp.replace('a=extmap:14 urn:ietf:params:rtp-hdrext:toffset', 'a=extmap:1 urn:ietf:params:rtp-hdrext:toffset'),
      quirk: 'a=extmap id with two meanings in BUNDLE' },
  ];
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** { sdpBytes, calls, rows: [{ name, shim, quirk, withoutNs, withNs, changed }] } or { error } */
export async function rewriteCosts({ calls = 20000, batch = 100 } = {}) {
  let list;
  try {
    list = await cases();
  } catch (e) {
    return { error: e.message };
  }
  for (const c of list) {
    // each case must be what it says: the SDP without the quirk comes back as it is, the other not
    if (c.fn(c.without) !== c.without || c.fn(c.with) === c.with) return { error: `${c.name}: the fixture cases are wrong` };
  }
  const times = new Map(list.flatMap((c) => [[`${c.name}/without`, []], [`${c.name}/with`, []]]));
  let sink = 0;
  const warmup = 2;
  for (let pass = 0; pass < warmup + calls / batch; pass++) {
    for (const c of list) {
      for (const variant of ['without', 'with']) {
        const input = c[variant];
        const t0 = process.hrtime.bigint();
        for (let i = 0; i < batch; i++) sink += c.fn(input).length;
        const ns = Number(process.hrtime.bigint() - t0) / batch;
        if (pass >= warmup) times.get(`${c.name}/${variant}`).push(ns);
      }
    }
  }
  if (!sink) return { error: 'no work done' };
  return {
    sdpBytes: list[0].without.length,
    calls,
    rows: list.map((c) => ({
      name: c.name,
      shim: c.shim,
      quirk: c.quirk,
      withoutNs: median(times.get(`${c.name}/without`)),
      withNs: median(times.get(`${c.name}/with`)),
    })),
  };
}
