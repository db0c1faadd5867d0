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
//   The issue's budgets are meant for the default (cold) mode.
//   --extra name=path (repeatable) adds the script at path as one more informational column (no
//   budget), measured exactly like the others: e.g. two builds of rtcshim side by side.
//   A bundle that sets window.__benchDiag (e.g. a hand-instrumented copy passed with --ours) has
//   that object recorded with each sample in the results file.
//
// Exit code: 0 all budgets pass, 1 a budget fails, 2 the bench itself could not run.
// It is a benchmark, not a test: it is never part of `npm test`.
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

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { minify } from 'terser';
import { chromiumBenchFlags, chromiumBinary, firefoxArgs, firefoxBenchPrefs, firefoxBinary } from './browsers.cjs';
import { reexecInLoopbackNetns } from './netns.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require_ = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));

// ---------------------------------------------------------------------------------------------
// options

function parseArgs(argv) {
  const o = {
    iterations: 30,
    warmup: 3,
    browsers: ['chromium', 'firefox'],
    ours: path.join(ROOT, 'dist/adapter.min.js'),
    out: path.join(ROOT, '.bench/results.json'),
    settleMs: 40,
    netns: true,
    diagnose: false,
    extra: [],
    warm: false,
  };
  let warmupGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) die(`missing value for ${a}`);
      return v;
    };
    if (a === '--iterations') o.iterations = posInt(val(), a);
    else if (a === '--warmup') {
      o.warmup = nonNegInt(val(), a);
      warmupGiven = true;
    } else if (a === '--warm') o.warm = true;
    else if (a === '--browsers') o.browsers = val().split(',').filter(Boolean);
    else if (a === '--ours') o.ours = path.resolve(val());
    else if (a === '--out') o.out = path.resolve(val());
    else if (a === '--settle-ms') o.settleMs = nonNegInt(val(), a);
    else if (a === '--no-netns') o.netns = false;
    else if (a === '--diagnose') o.diagnose = true;
    else if (a === '--extra') {
      const m = val().match(/^([a-z][\w-]*)=(.+)$/i);
      if (!m || COLUMN_TITLES[m[1]]) die('--extra takes name=path, with a name not already a column');
      o.extra.push({ name: m[1], file: path.resolve(m[2]) });
    }
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 19).join('\n'));
      process.exit(0);
    } else die(`unknown argument ${a}`);
  }
  if (o.warm && !warmupGiven) o.warmup = 6;
  for (const b of o.browsers) if (!BROWSERS[b]) die(`unknown browser ${b} (have: ${Object.keys(BROWSERS).join(', ')})`);
  return o;
}
function posInt(v, name) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) die(`${name} must be a positive integer`);
  return n;
}
function nonNegInt(v, name) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) die(`${name} must be a non-negative integer`);
  return n;
}
function die(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// network namespace: as root, browsers must not reach the network (BROWSERS.md). The bench server
// has to live in the same namespace as the browsers, so the whole process re-executes itself
// inside `unshare -n` with only loopback up (scripts/netns.mjs).

// ---------------------------------------------------------------------------------------------
// size

// adapter.js is minified with the very terser plugin instance (hence the same terser and the same
// options) that rollup.config.mjs attaches to the dist/adapter.min.js output, called the way rollup
// calls it for that output (same format, no source map). Only if that cannot be found (config
// missing or reshaped) does the bench fall back to plain terser with compress + mangle, and says so.
const OURS_MIN_OUTPUT = 'dist/adapter.min.js';
const TERSER_FALLBACK = { compress: true, mangle: true };
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

async function buildMinifier() {
  const cfgPath = ['rollup.config.mjs', 'rollup.config.js'].map((f) => path.join(ROOT, f)).find((f) => fs.existsSync(f));
  let why = 'no rollup.config.mjs';
  if (cfgPath) {
    try {
      let cfg = (await import(pathToFileURL(cfgPath).href)).default;
      if (typeof cfg === 'function') cfg = await cfg({});
      for (const c of [cfg].flat()) {
        for (const out of [c.output].flat().filter(Boolean)) {
          if (path.resolve(ROOT, out.file || '') !== path.join(ROOT, OURS_MIN_OUTPUT)) continue;
          const plugin = [...[out.plugins].flat(), ...[c.plugins].flat()].find((p) => p && p.name === 'terser');
          if (!plugin) {
            why = `no terser plugin on the ${OURS_MIN_OUTPUT} output`;
            continue;
          }
          const src = fs.readFileSync(cfgPath, 'utf8').match(/terser\(([^)]*)\)/);
          return {
            how: `the terser plugin of ${path.basename(cfgPath)} (${OURS_MIN_OUTPUT} output${src ? `: terser(${src[1].trim()})` : ''})`,
            minify: async (code) => {
              const r = await plugin.renderChunk(code, { fileName: 'adapter.min.js' }, { ...out, format: out.format || 'umd', sourcemap: false });
              return typeof r === 'string' ? r : r.code;
            },
          };
        }
      }
      if (why === 'no rollup.config.mjs') why = `no ${OURS_MIN_OUTPUT} output in ${path.basename(cfgPath)}`;
    } catch (e) {
      why = `cannot load ${path.basename(cfgPath)}: ${e.message}`;
    }
  }
  return {
    how: `FALLBACK plain terser ${JSON.stringify(TERSER_FALLBACK)} (${why})`,
    minify: async (code) => (await minify(code, TERSER_FALLBACK)).code,
  };
}

async function measureSizes(adapterSrc, oursMin) {
  const t = Date.now();
  const minifier = await buildMinifier();
  const adapterMin = await minifier.minify(adapterSrc);
  return {
    minifyMs: Date.now() - t,
    minifiedWith: minifier.how,
    adapterMin,
    size: {
      native: { raw: 0, min: 0, minGzip: 0 },
      adapterjs: { raw: Buffer.byteLength(adapterSrc), min: Buffer.byteLength(adapterMin), minGzip: gz(adapterMin) },
      rtcshim: { raw: null, min: oursMin.length, minGzip: gz(oursMin) },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// browsers

const BROWSERS = {
  chromium: {
    label: 'Chromium',
    // the real binary, as karma starts it: Debian's /usr/bin/chromium wrapper adds flags of its own
    bin: chromiumBinary(),
    start(url, profile) {
      return [this.bin, [...chromiumBenchFlags(), `--user-data-dir=${profile}`, url]];
    },
  },
  firefox: {
    label: 'Firefox',
    bin: firefoxBinary(),
    start(url, profile) {
      return [this.bin, firefoxArgs(profile, url, firefoxBenchPrefs())];
    },
  },
};

function launch(name, url) {
  const b = BROWSERS[name];
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `rtcshim-bench-${name}-`));
  const [cmd, args] = b.start(url, profile);
  // own process group so that we can stop exactly the browser we started and its children
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  return {
    child,
    stderr: () => stderr,
    exited: () => exited,
    async stop() {
      // only the process group of the browser we spawned
      const signalGroup = (sig) => {
        try {
          process.kill(-child.pid, sig);
        } catch {
          // ESRCH: the group is already gone
        }
      };
      const waitExit = async (ms) => {
        const t = Date.now();
        while (!exited && Date.now() - t < ms) await sleep(50);
      };
      if (!exited) {
        signalGroup('SIGTERM');
        await waitExit(3000);
      }
      if (!exited) {
        signalGroup('SIGKILL');
        await waitExit(2000);
      }
      // children of the group may outlive the leader for a moment
      signalGroup('SIGKILL');
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// pages

const TOUCH_SRC =
  'var __touch = [window.RTCPeerConnection && window.RTCPeerConnection.prototype, ' +
  'navigator.mediaDevices, navigator.userAgent];';

// Where a column's script is loaded from: a unique URL per load (cold), or one URL per column (warm).
const scriptUrl = (col, token, warm) => (warm ? `/lib/${col}.js?warm` : `/lib/${col}.js?t=${token}`);

function pageHead(col, token, warm) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>rtcshim bench ${col}</title>
<link rel="preload" as="script" href="${scriptUrl(col, token, warm)}">
<script>
// full GC now, while the bundle is being fetched: its follow-up work (sweeping) is over by t0
if (typeof gc === 'function') gc();
</script>
</head><body>
`;
}

// Everything between __t0 and __t1 is the classic script; nothing else runs on the main thread
// (the page has no other resources, no timers, no listeners).
function pageTail(col, token, warm) {
  const src = scriptUrl(col, token, warm);
  return `<script>
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
var __gc = typeof gc === 'function' ? gc : null;
var __mem = !!performance.memory; // a snapshot object: read performance.memory afresh each time
var __h0 = __mem ? performance.memory.usedJSHeapSize : null;
var __t0 = performance.now();
</script>
<script src="${src}" onload="window.__tl = performance.now()"></script>
<script>
var __t1 = performance.now();
if (__gc) __gc();
var __h1 = __mem ? performance.memory.usedJSHeapSize : null;
(function () {
  var url = new URL('${src}', location.href).href;
  var rt = performance.getEntriesByName(url)[0];
  var a = window.adapter;
  // timer granularity: smallest non-zero step of performance.now()
  var g = Infinity, p = performance.now();
  for (var i = 0; i < 2000 && g > 0.0005; i++) { var q = performance.now(); if (q > p) { g = Math.min(g, q - p); p = q; } }
  var r = {
    col: ${JSON.stringify(col)}, token: ${JSON.stringify(token)},
    ms: __t1 - __t0, msScript: window.__tl != null ? window.__tl - __t0 : null, h0: __h0, h1: __h1,
    preloaded: rt ? rt.responseEnd > 0 && rt.responseEnd <= __t0 : null,
    fetchEndBeforeT0Ms: rt ? __t0 - rt.responseEnd : null,
    errors: window.__errors,
    adapter: a ? { browser: a.browserDetails && a.browserDetails.browser, version: a.browserDetails && a.browserDetails.version,
      applied: Array.isArray(a.applied) ? a.applied.length : null } : null,
    isolated: self.crossOriginIsolated === true, timerStepMs: g,
    diag: window.__benchDiag || null, // optional: whatever an instrumented bundle leaves here
    hasGc: !!__gc, hasMemory: !!__mem, hasMeasureMemory: typeof performance.measureUserAgentSpecificMemory === 'function',
    ua: navigator.userAgent
  };
  fetch('/result', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(r) })
    .then(function (res) { return res.json(); })
    .then(function (j) { if (j.next) location.replace(j.next); });
})();
</script>
</body></html>
`;
}

// ---------------------------------------------------------------------------------------------
// one browser run: a server that serves pages + bundles from memory and collects samples

function permutations(items) {
  if (items.length <= 1) return [items.slice()];
  const out = [];
  items.forEach((item, i) => {
    const rest = items.slice(0, i).concat(items.slice(i + 1));
    for (const tail of permutations(rest)) out.push([item, ...tail]);
  });
  return out;
}

async function runBrowser(name, bundles, opts) {
  const rounds = opts.warmup + opts.iterations;
  const cols = Object.keys(bundles);
  // Every round loads each column once, cycling through all orders of the columns: a plain
  // rotation keeps the cyclic order (one column always loads right after the same other one),
  // which measurably biases heap readings (~3.7 KiB) toward whichever column follows adapter.js.
  const orders = permutations(cols);
  const schedule = [];
  for (let r = 0; r < rounds; r++) {
    const order = orders[r % orders.length];
    for (let k = 0; k < order.length; k++) {
      schedule.push({ round: r, col: order[k], warmup: r < opts.warmup });
    }
  }
  let next = 0;
  const samples = [];
  const pending = new Map(); // token -> resolve() when its bundle has been written
  let done;
  const finished = new Promise((r) => (done = r));
  const common = {
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-resource-policy': 'same-origin',
  };

  const server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://127.0.0.1');
    let m;
    if (req.method === 'GET' && (m = u.pathname.match(/^\/page\/(\d+)$/))) {
      const i = Number(m[1]);
      const s = schedule[i];
      if (!s) return void res.writeHead(404).end();
      const token = `${name}-${i}-${Math.random().toString(36).slice(2, 10)}`;
      s.token = token;
      const bundleWritten = new Promise((r) => pending.set(token, r));
      res.writeHead(200, { ...common, 'content-type': 'text/html; charset=utf-8' });
      res.write(pageHead(s.col, token, opts.warm));
      // the rest of the page only once the bundle is in the renderer (warm: it may come from the
      // HTTP cache without a request, so wait a fixed time instead)
      const wait = opts.warm ? sleep(300).then(() => 'ok') : Promise.race([bundleWritten.then(() => 'ok'), sleep(5000).then(() => 'timeout')]);
      wait.then(async (how) => {
        if (how === 'timeout') s.noPreload = true;
        await sleep(opts.settleMs);
        res.end(pageTail(s.col, token, opts.warm));
      });
      return;
    }
    if (req.method === 'GET' && (m = u.pathname.match(/^\/lib\/([\w-]+)\.js$/)) && bundles[m[1]] !== undefined) {
      const token = u.searchParams.get('t') || '';
      // cold: unique source per load, so no compile cache of any kind can hit; warm: one cacheable source
      const body = opts.warm ? bundles[m[1]] : Buffer.concat([bundles[m[1]], Buffer.from(`\n//# bench=${token}\n`)]);
      const caching = opts.warm ? { 'cache-control': 'public, max-age=86400' } : {};
      res.writeHead(200, { ...common, ...caching, 'content-type': 'text/javascript; charset=utf-8', 'content-length': body.length });
      res.end(body, () => {
        const r = pending.get(token);
        if (r) {
          pending.delete(token);
          r();
        }
      });
      return;
    }
    if (req.method === 'POST' && u.pathname === '/result') {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        let r;
        try {
          r = JSON.parse(body);
        } catch {
          return void res.writeHead(400).end();
        }
        const s = schedule.find((x) => x.token === r.token);
        if (s && !s.result) {
          s.result = r;
          samples.push({ browser: name, round: s.round, warmup: s.warmup, ...r });
          next = schedule.indexOf(s) + 1;
        }
        const more = next < schedule.length;
        res.writeHead(200, { ...common, 'content-type': 'application/json' });
        res.end(JSON.stringify(more ? { next: `/page/${next}` } : {}));
        if (!more) done('done');
      });
      return;
    }
    if (u.pathname === '/favicon.ico') return void res.writeHead(204, common).end();
    res.writeHead(404, common).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const t = Date.now();
  const b = launch(name, `http://127.0.0.1:${port}/page/0`);
  const exitedEarly = new Promise((r) => b.child.on('exit', (code) => r(`exited (code ${code})`)));
  const spawnError = new Promise((r) => b.child.on('error', (e) => r(`failed to start: ${e.message}`)));
  // generous: startup plus one second per page (a page takes 0.15-0.3 s on a busy 2-core machine)
  const timeout = sleep(30_000 + schedule.length * 1000).then(() => 'timeout');
  const how = await Promise.race([finished, exitedEarly, spawnError, timeout]);
  await b.stop();
  server.closeAllConnections?.();
  await new Promise((r) => server.close(r));
  if (how !== 'done') {
    throw new Error(
      `${BROWSERS[name].label}: ${how} after ${samples.length}/${schedule.length} pages` +
        (b.stderr() ? `\n--- browser stderr (tail) ---\n${b.stderr().trim().split('\n').slice(-15).join('\n')}` : ''),
    );
  }
  return { samples, wallMs: Date.now() - t };
}

// ---------------------------------------------------------------------------------------------
// statistics

function quantile(xs, q) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

function summarize(name, samples, cols, version) {
  const out = { browser: name, version, columns: {} };
  const measured = samples.filter((s) => !s.warmup);
  out.userAgent = measured[0]?.ua || '';
  for (const col of cols) {
    const xs = measured.filter((s) => s.col === col);
    const ms = xs.map((s) => s.ms);
    const msScript = xs.every((s) => s.msScript != null) && xs.length ? xs.map((s) => s.msScript) : null;
    const heap = xs.every((s) => s.h0 != null && s.h1 != null) && xs.length ? xs.map((s) => s.h1 - s.h0) : null;
    out.columns[col] = {
      n: xs.length,
      msMedian: quantile(ms, 0.5),
      msP90: quantile(ms, 0.9),
      msMin: quantile(ms, 0),
      msMax: quantile(ms, 1),
      msScriptMedian: msScript ? quantile(msScript, 0.5) : null,
      heapDeltaMedian: heap ? quantile(heap, 0.5) : null,
      heapDeltaP90: heap ? quantile(heap, 0.9) : null,
      notPreloaded: xs.filter((s) => s.preloaded === false).length,
      unknownPreload: xs.filter((s) => s.preloaded == null).length,
      errors: [...new Set(xs.flatMap((s) => s.errors || []))],
      adapter: xs[0]?.adapter ?? null,
    };
  }
  const nat = out.columns.native;
  for (const col of cols) {
    const c = out.columns[col];
    c.msAdded = c.msMedian - nat.msMedian;
    c.msScriptAdded = c.msScriptMedian != null && nat.msScriptMedian != null ? c.msScriptMedian - nat.msScriptMedian : null;
    c.heapAdded = c.heapDeltaMedian != null && nat.heapDeltaMedian != null ? c.heapDeltaMedian - nat.heapDeltaMedian : null;
  }
  out.crossOriginIsolated = measured.every((s) => s.isolated);
  out.timerStepMs = quantile(
    measured.map((s) => s.timerStepMs).filter((x) => Number.isFinite(x)),
    0.5,
  );
  const s0 = measured[0] || {};
  out.heapMeasure = measured.every((s) => s.hasGc && s.hasMemory)
    ? 'performance.memory.usedJSHeapSize after gc()'
    : `none page-visible (performance.memory: ${s0.hasMemory ? 'yes' : 'no'}, ` +
      `measureUserAgentSpecificMemory: ${s0.hasMeasureMemory ? 'yes' : 'no'}, gc(): ${s0.hasGc ? 'yes' : 'no'})`;
  return out;
}

// ---------------------------------------------------------------------------------------------
// report

const fmtInt = (n) => (n == null ? 'n/a' : Math.round(n).toLocaleString('en-US'));
const fmtMs = (n) => (n == null ? 'n/a' : `${n.toFixed(Math.abs(n) < 10 ? 2 : 1)} ms`);
const fmtKB = (n) => (n == null ? 'n/a' : `${(n / 1024).toFixed(1)} KiB`);
const COLUMN_TITLES = { native: 'native (no shim)', adapterjs: 'webrtc-adapter', rtcshim: 'rtcshim', touch: 'touch (diag)', 'adapterjs-parse': 'adapter parse (diag)', 'rtcshim-parse': 'rtcshim parse (diag)' };

function budgets(size, browsers) {
  const list = [];
  const add = (name, ours, theirs, factor, fmt, note) => {
    if (ours == null || theirs == null) {
      list.push({ name, status: 'SKIP', ours, theirs, factor, limit: null, ratio: null, note });
      return;
    }
    const limit = theirs * factor;
    const ok = theirs > 0 && ours <= limit;
    list.push({
      name,
      status: ok ? 'PASS' : 'FAIL',
      ours,
      theirs,
      factor,
      limit,
      ratio: theirs > 0 ? ours / theirs : null,
      text: `${fmt(ours)} <= ${factor} x ${fmt(theirs)} = ${fmt(limit)}`,
      note,
    });
  };
  add('size min+gzip', size.rtcshim.minGzip, size.adapterjs.minGzip, 0.5, (n) => `${fmtInt(n)} B`);
  for (const b of browsers) {
    add(`load+patch ${BROWSERS[b.browser].label}`, b.columns.rtcshim.msAdded, b.columns.adapterjs.msAdded, 0.2, fmtMs,
      'medians, native median subtracted');
  }
  for (const b of browsers) {
    add(`heap added ${BROWSERS[b.browser].label}`, b.columns.rtcshim.heapAdded, b.columns.adapterjs.heapAdded, 0.25, fmtKB,
      b.columns.rtcshim.heapAdded == null ? `no measure: ${b.heapMeasure}` : 'medians, native median subtracted');
  }
  return list;
}

function table(rows) {
  const n = Math.max(...rows.map((r) => r.length));
  const w = [];
  for (let i = 0; i < n; i++) w[i] = Math.max(...rows.map((r) => (r[i] == null ? 0 : String(r[i]).length)));
  return rows
    .map((r) =>
      r.length === 1
        ? r[0]
        : r.map((c, i) => (i === 0 ? String(c).padEnd(w[0]) : String(c ?? '').padStart(w[i]))).join('   ').trimEnd(),
    )
    .join('\n');
}

function report(res) {
  const { size, browsers, budgets: bud, meta } = res;
  const cols = meta.columns;
  const lines = [];
  lines.push(
    `rtcshim bench  ${meta.date}  node ${meta.node}  ${meta.cpus} CPUs  load average ${meta.loadavgStart.toFixed(1)} -> ${meta.loadavgEnd.toFixed(1)}`,
  );
  lines.push(`  rtcshim        = ${meta.ours}  sha256 ${meta.oursSha256.slice(0, 12)}${meta.oursNote ? `  ${meta.oursNote}` : ''}`);
  lines.push(`  webrtc-adapter = ${meta.adapterVersion}, out/adapter.js minified by ${meta.minifiedWith}, terser ${meta.terserVersion}; the browsers load this minified file`);
  lines.push(`  load+patch     = performance.now() around a preloaded classic <script src>, ${meta.warm ? 'WARM (one cacheable source per column: repeat visits, code caches may serve the compile)' : 'cold (unique source per load)'}, ${meta.iterations} loads per column per browser after ${meta.warmup} warm-up rounds, columns interleaved`);
  lines.push('');
  const head = ['', ...cols.map((c) => (c === 'adapterjs' ? `webrtc-adapter ${meta.adapterVersion}` : COLUMN_TITLES[c] || (c.startsWith('floor-') ? `${c} (diag)` : `${c} (extra)`)))];
  const rows = [head];
  const dash = (c, v) => (c === 'native' ? '-' : v);
  rows.push(['size']);
  rows.push(['  min+gzip -9 (bytes)', ...cols.map((c) => (size[c] ? fmtInt(size[c].minGzip) : ''))]);
  rows.push(['  min (bytes)', ...cols.map((c) => (size[c] ? fmtInt(size[c].min) : ''))]);
  for (const b of browsers) {
    rows.push([`${BROWSERS[b.browser].label} ${b.version ?? ''}`.trim()]);
    rows.push(['  load+patch median', ...cols.map((c) => fmtMs(b.columns[c].msMedian))]);
    rows.push(['  load+patch p90', ...cols.map((c) => fmtMs(b.columns[c].msP90))]);
    rows.push(['  load+patch added (median - native)', ...cols.map((c) => dash(c, fmtMs(b.columns[c].msAdded)))]);
    rows.push(['  script alone added (to its load event)', ...cols.map((c) => dash(c, fmtMs(b.columns[c].msScriptAdded)))]);
    if (b.columns.native.heapDeltaMedian != null) {
      rows.push(['  heap delta median (after gc)', ...cols.map((c) => fmtKB(b.columns[c].heapDeltaMedian))]);
      rows.push(['  heap added (median - native)', ...cols.map((c) => dash(c, fmtKB(b.columns[c].heapAdded)))]);
    } else {
      rows.push(['  heap added', ...cols.map(() => 'n/a')]);
    }
  }
  lines.push(table(rows));
  lines.push('');
  for (const b of browsers) {
    const notes = [];
    notes.push(`crossOriginIsolated ${b.crossOriginIsolated}`);
    notes.push(`performance.now() step ${b.timerStepMs != null ? (b.timerStepMs * 1000).toFixed(0) + ' us' : 'n/a'}`);
    const np = cols.reduce((n, c) => n + b.columns[c].notPreloaded, 0);
    notes.push(np ? `WARNING: ${np} samples had the bundle arrive after t0` : 'bundle in renderer before t0 in every sample');
    notes.push(`${(b.wallMs / 1000).toFixed(1)} s`);
    lines.push(`${BROWSERS[b.browser].label}: ${notes.join('; ')}`);
    lines.push(`  heap: ${b.heapMeasure}`);
    for (const c of cols) {
      const col = b.columns[c];
      if (col.errors.length) lines.push(`  ${c}: page errors: ${col.errors.join(' | ')}`);
      if ((c === 'adapterjs' || c === 'rtcshim') && !col.adapter) lines.push(`  ${c}: WARNING: window.adapter missing after load`);
    }
  }
  if (meta.loadavgStart > meta.cpus || meta.loadavgEnd > meta.cpus) {
    lines.push(`WARNING: the machine was busy (load average above ${meta.cpus}); timings are noisy, rerun on an idle machine`);
  }
  lines.push('');
  lines.push('budgets');
  const nw = Math.max(...bud.map((x) => x.name.length));
  for (const x of bud) {
    lines.push(
      `  ${x.status}  ${x.name.padEnd(nw)}  ` +
        (x.status === 'SKIP' ? `(${x.note})` : `${x.text}  (ratio ${x.ratio == null ? 'n/a' : x.ratio.toFixed(2)}${x.note ? `; ${x.note}` : ''})`),
    );
  }
  // With --diagnose: what the smallest plain patch for each engine costs, as the same ratio. A
  // budget below the floor's ratio cannot be met by any shim that patches at load (docs/bench.md).
  const floors = cols.filter((c) => c.startsWith('floor-'));
  if (floors.length) {
    lines.push('');
    lines.push('floors (the smallest plain patch, in the ratio the budgets use)');
    for (const b of browsers) {
      const theirs = b.columns.adapterjs;
      for (const c of floors) {
        const f = b.columns[c];
        const heap = f.heapAdded != null && theirs.heapAdded ? `, heap ${fmtKB(f.heapAdded)} = ${(f.heapAdded / theirs.heapAdded).toFixed(2)} x` : '';
        lines.push(`  ${BROWSERS[b.browser].label.padEnd(8)} ${c.padEnd(18)} load+patch ${fmtMs(f.msAdded)} = ${(f.msAdded / theirs.msAdded).toFixed(2)} x adapter.js${heap}`);
      }
    }
  }
  return lines.join('\n');
}

function browserVersion(name) {
  const r = spawnSync(BROWSERS[name].bin, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const m = (r.stdout || '').match(/(\d+\.[\d.]+\w*)/);
  return m ? m[1] : null;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.netns) {
    reexecInLoopbackNetns(fileURLToPath(import.meta.url), (why) =>
      die(`${why}; as root the browsers must not run in the host network. If this machine is not shared and you accept that, pass --no-netns.`));
  }

  if (!fs.existsSync(opts.ours)) die(`${opts.ours} not found: run \`npm run build\` first (or pass --ours)`);
  const adapterPkg = require_(path.join(ROOT, 'node_modules/webrtc-adapter/package.json'));
  const terserPkg = require_(path.join(ROOT, 'node_modules/terser/package.json'));
  const adapterSrc = fs.readFileSync(path.join(ROOT, 'node_modules/webrtc-adapter/out/adapter.js'), 'utf8');
  const oursMin = fs.readFileSync(opts.ours);

  const t0 = Date.now();
  const loadavgStart = os.loadavg()[0];
  const { size, adapterMin, minifyMs, minifiedWith } = await measureSizes(adapterSrc, oursMin);
  const oursFull = path.join(path.dirname(opts.ours), 'adapter.js');
  if (fs.existsSync(oursFull)) size.rtcshim.raw = fs.statSync(oursFull).size;

  const bundles = { native: Buffer.alloc(0), adapterjs: Buffer.from(adapterMin), rtcshim: oursMin };
  if (opts.diagnose) {
    bundles.touch = Buffer.from(TOUCH_SRC);
    bundles['adapterjs-parse'] = Buffer.from(`function __bench_never_called(){${adapterMin}}`);
    bundles['rtcshim-parse'] = Buffer.concat([Buffer.from('function __bench_never_called(){'), oursMin, Buffer.from('}')]);
    const floorDir = path.join(ROOT, 'bench', 'floor');
    for (const f of fs.existsSync(floorDir) ? fs.readdirSync(floorDir).filter((x) => x.endsWith('.js')).sort() : []) {
      bundles[`floor-${path.basename(f, '.js')}`] = fs.readFileSync(path.join(floorDir, f));
    }
  }
  for (const x of opts.extra) {
    if (bundles[x.name]) die(`--extra ${x.name}: already a column`);
    bundles[x.name] = fs.readFileSync(x.file);
  }
  const cols = Object.keys(bundles);
  const browsers = [];
  const raw = [];
  for (const name of opts.browsers) {
    const version = browserVersion(name);
    process.stderr.write(`bench: ${BROWSERS[name].label} ${version ?? '?'}: ${(opts.warmup + opts.iterations) * cols.length} page loads...\n`);
    let r;
    try {
      r = await runBrowser(name, bundles, opts);
    } catch (e) {
      // one retry: a browser that fails to start once should not sink the whole run
      process.stderr.write(`bench: ${e.message}\nbench: retrying ${name} once\n`);
      try {
        r = await runBrowser(name, bundles, opts);
      } catch (e2) {
        die(e2.message);
      }
    }
    raw.push(...r.samples);
    browsers.push({ ...summarize(name, r.samples, cols, version), wallMs: r.wallMs });
  }

  const ourRel = path.relative(ROOT, opts.ours);
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadavgStart,
    loadavgEnd: os.loadavg()[0],
    columns: cols,
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
  const res = { meta, size, browsers, budgets: budgets(size, browsers) };
  console.log(report(res));

  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify({ ...res, samples: raw }, null, 2) + '\n');
  console.log(`\nresults: ${path.relative(process.cwd(), opts.out) || opts.out}  (bench ${(meta.totalMs / 1000).toFixed(1)} s)`);
  process.exit(res.budgets.some((b) => b.status === 'FAIL') ? 1 : 0);
}

main().catch((e) => die(e.stack || String(e)));
