#!/usr/bin/env node
// rtcshim benchmark: size, load+patch time and heap, side by side for
//   native (no shim) | webrtc-adapter 9.x | rtcshim (dist/adapter.min.js)
//
//   npm run bench                       (= npm run build && node scripts/bench.mjs)
//   node scripts/bench.mjs [--iterations 30] [--warmup 3] [--browsers chromium,firefox]
//                          [--ours path/to/adapter.min.js] [--out .bench/results.json]
//                          [--settle-ms 40] [--no-netns] [--diagnose] [--extra name=path ...] [--warm]
//   --diagnose adds informational columns (no budgets): "touch" = a script that only reads
//   window.RTCPeerConnection.prototype, navigator.mediaDevices and navigator.userAgent (the floor
//   any shim that probes the engine pays); "adapterjs-parse" / "rtcshim-parse" = the bundle
//   wrapped in a function that is never called (parse/compile only, no execution, no patching);
//   "floor-<engine>" = each script in bench/floor/ (the smallest plain script that makes the
//   changes rtcshim makes in that engine: a lower bound for any shim that patches at load).
//   --warm measures repeat visits instead of first visits: each column's script keeps one URL and
//   one source, served cacheable, so the engines' code caches (V8's, Firefox's bytecode cache) can
//   serve their compile; warm-up rounds default to 6 so the caches are filled before measuring.
//   The budgets are meant for the default (cold) mode.
//   --extra name=path (repeatable) adds the script at path as one more informational column (no
//   budget), measured exactly like the others: e.g. two builds of rtcshim side by side.
//   A bundle that sets window.__benchDiag (e.g. a hand-instrumented copy passed with --ours) has
//   that object recorded with each sample in the results file.
//
// Exit code: 0 all budgets pass, 1 a budget fails, 2 the bench itself could not run.
// It is a benchmark, not a test: it is never part of `npm test`. This file runs the steps; each
// step is a module in scripts/bench/ (run-browser.mjs, pages.mjs, stats.mjs, budgets.mjs, ...).
//
// How the load+patch time is measured (one fresh page load per sample):
//   - every page and bundle is served from memory by a server on 127.0.0.1, `no-store`, with
//     COOP/COEP so the page is cross-origin isolated (finer performance.now());
//   - the server streams the page in two chunks: the first holds <link rel=preload> of the bundle;
//     the second (inline t0, classic <script src>, inline t1) is sent only once the bundle response
//     has been written plus --settle-ms, so the script's bytes are already in the renderer: t1 - t0
//     is parse + compile + execute + patch, without the fetch (each sample checks this with
//     Resource Timing and records `preloaded`);
//   - each load appends a unique comment to the bundle, so no in-memory or on-disk code cache can
//     serve a previous compile: every sample is a first-visit ("cold") load;
//   - columns are interleaved, each round in another of all their orders; warm-up rounds are dropped.
//   The budget is judged on t1 - t0 (what the page waits for). Informational row "script alone":
//   t0 to the script element's load event, fired synchronously right after the script ran; the
//   rest of t1 - t0 is the parser resuming (it may yield to queued tasks after a long script).
// Heap: Chromium only, performance.memory.usedJSHeapSize (--enable-precise-memory-info) read right
// before t0 (a gc() ran in the first chunk, --js-flags=--expose-gc) and right after t1 + gc();
// "added" = median delta of the column minus median delta of the native (empty script) column.
// The native column is "empty" apart from the per-load comment.

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

  const browsers = [];
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
  const res = { meta, size, areas, browsers, floors: floorRatios(browsers), budgets: budgets(size, browsers, labelOf) };
  console.log(report(res, labelOf));

  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify({ ...res, samples: raw }, null, 2) + '\n');
  console.log(`\nresults: ${path.relative(process.cwd(), opts.out) || opts.out}  (bench ${(meta.totalMs / 1000).toFixed(1)} s)`);
  process.exit(res.budgets.some((b) => b.status === 'FAIL') ? 1 : 0);
}

main().catch((e) => die(e.stack || String(e)));
