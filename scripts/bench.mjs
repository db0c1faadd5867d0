#!/usr/bin/env node
// rtcshim benchmark: size, load+patch time and heap, cold, in one run, side by side for
//   native (no shim) | webrtc-adapter 9.x | rtcshim (dist/adapter.min.js) | the engine's floor script
//
//   npm run bench                       (= npm run build && node scripts/bench.mjs)
//   node scripts/bench.mjs [--iterations 30] [--warmup 3] [--browsers chromium,firefox]
//                          [--ours path/to/adapter.min.js] [--out .bench/results.json]
//                          [--settle-ms 40] [--no-netns] [--no-areas] [--diagnose]
//                          [--extra name=path ...] [--warm] [--no-srd] [--srd-calls 200]
//   Budgets (PASS/FAIL, scripts/bench/budgets.mjs): rtcshim / adapter.js <= 0.75 min+gzip,
//   <= 0.5 load+patch time in Chromium and in Firefox, <= 0.5 heap added in Chromium and in Firefox.
//   Printed, not judged: each engine's time and heap as a multiple of its floor script
//   (bench/floor/<engine><major>.js, the smallest plain script that makes the changes rtcshim makes
//   there); whether the floor script still makes exactly those changes; the bytes each API area
//   (src/shims/<area>/) adds to the min+gzip bundle (--no-areas skips its builds).
//   Printed, not judged: the SDP per-call costs (issue 9), skipped with --no-srd: setRemoteDescription
//   per call, native | webrtc-adapter | rtcshim, on the captured Chromium 156 and Firefox 153 offers,
//   as captured and without their final CRLF (rtcshim's rewrite path), --srd-calls calls per cell
//   (scripts/bench/srd.mjs); and the pure rewrites of src/sdp/ per call in Node, on an SDP without
//   and with their quirk (scripts/bench/sdp-rewrites.mjs).
//   --iterations: measured loads per column per browser; fewer is faster and noisier.
//   --diagnose adds columns without budgets: "touch" = a script that only reads
//   window.RTCPeerConnection.prototype, navigator.mediaDevices and navigator.userAgent (what any
//   shim that probes the engine pays); "adapterjs-parse" / "rtcshim-parse" = the bundle wrapped in
//   a function that is never called (parse/compile only, no execution, no patching).
//   --warm measures repeat visits instead of first visits: each column's script keeps one URL and
//   one source, served cacheable, so the engines' code caches (V8's, Firefox's bytecode cache) can
//   serve their compile; warm-up rounds default to 6 so the caches are filled before measuring.
//   The budgets are meant for the default (cold) mode.
//   --extra name=path (repeatable) adds the script at path as one more column without a budget,
//   measured exactly like the others: e.g. two builds of rtcshim side by side.
//   A bundle that sets window.__benchDiag (e.g. a hand-instrumented copy passed with --ours) has
//   that object recorded with each sample in the results file.
//
// Exit code: 0 all budgets pass, 1 a budget fails, 2 the bench itself could not run.
// It is a benchmark, not a test: it is never part of `npm test`.
//
// Load+patch is performance.now() right before and after a classic <script src> whose bytes are
// already in the renderer, on a fresh page per sample, each with a unique source (cold); the
// native column's median is subtracted (scripts/bench/run-browser.mjs, pages.mjs). Heap: Chromium's
// performance.memory after gc() (chromium.mjs); Firefox's performance.mozMemory zone.gcBytes after
// a major GC the page provokes (firefox.mjs). This file runs the steps; each is a module in
// scripts/bench/.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLUMN_TITLES, buildColumns } from './bench/columns.mjs';
import { areaBytes } from './bench/areas.mjs';
import { budgets } from './bench/budgets.mjs';
import { compareChanges } from './bench/floor-check.mjs';
import { floorRatios } from './bench/floor-ratios.mjs';
import { floorFor } from './bench/floors.mjs';
import { ENGINES } from './bench/engines.mjs';
import { die, parseArgs } from './bench/options.mjs';
import { ROOT, readJson } from './bench/paths.mjs';
import { report } from './bench/report.mjs';
import { runBrowser } from './bench/run-browser.mjs';
import { measureSizes } from './bench/size.mjs';
import { summarize } from './bench/stats.mjs';
import { rewriteCosts } from './bench/sdp-rewrites.mjs';
import { SRD_COLUMNS, runSrd } from './bench/srd.mjs';
import { reexecInLoopbackNetns } from './netns.mjs';

const labelOf = (name) => ENGINES[name].label;

async function main() {
  const self = fileURLToPath(import.meta.url);
  const opts = parseArgs(process.argv.slice(2), { engines: Object.keys(ENGINES), columns: Object.keys(COLUMN_TITLES), helpFile: self });
  // As root, the browsers must not reach the network (BROWSERS.md). The bench server has to live
  // in the same namespace as the browsers, so the whole process re-executes itself inside
  // `unshare -n` with only loopback up.
  if (opts.netns) {
    reexecInLoopbackNetns(self, (why) =>
      die(`${why}; as root the browsers must not run in the host network. If this machine is not shared and you accept that, pass --no-netns.`));
  }

  if (!fs.existsSync(opts.ours)) die(`${opts.ours} not found: run \`npm run build\` first (or pass --ours)`);
  const adapterPkg = readJson(path.join(ROOT, 'node_modules/webrtc-adapter/package.json'));
  const terserPkg = readJson(path.join(ROOT, 'node_modules/terser/package.json'));
  const adapterSrc = fs.readFileSync(path.join(ROOT, 'node_modules/webrtc-adapter/out/adapter.js'), 'utf8');
  const oursMin = fs.readFileSync(opts.ours);

  const t0 = Date.now();
  const loadavgStart = os.loadavg()[0];
  const { size, adapterMin, minifyMs, minifiedWith } = await measureSizes(adapterSrc, oursMin);
  const oursFull = path.join(path.dirname(opts.ours), 'adapter.js');
  if (fs.existsSync(oursFull)) size.rtcshim.raw = fs.statSync(oursFull).size;

  // before the browsers: the builds are CPU-heavy, and nothing is being timed yet
  if (opts.areas) process.stderr.write('bench: bytes per API area (one build per area)...\n');
  const areas = opts.areas ? await areaBytes() : null;
  if (opts.srd) process.stderr.write('bench: SDP rewrites per call, in Node...\n');
  const rewrites = opts.srd ? await rewriteCosts() : null;

  const browsers = [];
  const srd = opts.srd ? { calls: opts.srdCalls, columns: SRD_COLUMNS, browsers: [] } : null;
  const raw = [];
  const allCols = [];
  for (const name of opts.browsers) {
    const engine = ENGINES[name];
    const version = engine.version();
    const floor = floorFor(name, version);
    const bundles = buildColumns({ adapterMin, oursMin, floor, diagnose: opts.diagnose, extra: opts.extra }, die);
    const cols = Object.keys(bundles);
    for (const c of cols) if (!allCols.includes(c)) allCols.push(c);
    process.stderr.write(`bench: ${engine.label} ${version ?? '?'}: ${(opts.warmup + opts.iterations) * cols.length} page loads...\n`);
    let r;
    try {
      r = await runBrowser(engine, bundles, opts);
    } catch (e) {
      // one retry: a browser that fails to start once should not sink the whole run
      process.stderr.write(`bench: ${e.message}\nbench: retrying ${name} once\n`);
      try {
        r = await runBrowser(engine, bundles, opts);
      } catch (e2) {
        die(e2.message);
      }
    }
    raw.push(...r.samples);
    browsers.push({ ...summarize(engine, r.samples, cols, version), floor, floorCheck: compareChanges(r.checks), wallMs: r.wallMs });
    if (srd) {
      process.stderr.write(`bench: ${engine.label}: setRemoteDescription, ${opts.srdCalls} calls x ${SRD_COLUMNS.length} columns x 4 cases...\n`);
      let s;
      try {
        s = await runSrd(engine, bundles, { calls: opts.srdCalls });
      } catch (e) {
        s = { error: e.message };
      }
      srd.browsers.push({ browser: name, version, ...s });
    }
  }

  const ourRel = path.relative(ROOT, opts.ours);
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadavgStart,
    loadavgEnd: os.loadavg()[0],
    columns: allCols,
    iterations: opts.iterations,
    warmup: opts.warmup,
    settleMs: opts.settleMs,
    warm: opts.warm,
    ours: ourRel.startsWith('..') ? opts.ours : ourRel,
    oursSha256: createHash('sha256').update(oursMin).digest('hex'),
    oursNote: ourRel === path.join('dist', 'adapter.min.js') ? '' : '(NOT the build output)',
    adapterVersion: adapterPkg.version,
    terserVersion: terserPkg.version,
    minifiedWith,
    minifyMs,
    totalMs: Date.now() - t0,
  };
  const res = { meta, size, areas, srd, rewrites, browsers, floors: floorRatios(browsers), budgets: budgets(size, browsers, labelOf) };
  console.log(report(res, labelOf));

  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify({ ...res, samples: raw }, null, 2) + '\n');
  console.log(`\nresults: ${path.relative(process.cwd(), opts.out) || opts.out}  (bench ${(meta.totalMs / 1000).toFixed(1)} s)`);
  process.exit(res.budgets.some((b) => b.status === 'FAIL') ? 1 : 0);
}

main().catch((e) => die(e.stack || String(e)));
