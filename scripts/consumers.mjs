#!/usr/bin/env node
// The package as consumers get it (issue 10): `npm pack`, the tarball installed into throwaway
// apps outside the repo, bundled by esbuild, rollup and webpack 5, and each bundle run in Chromium 156 and
// Firefox 153.
//
//   node scripts/consumers.mjs        (npm run test:consumers; expects a fresh build)
//
// Apps (sources in test/consumers/app/, one page each): `import 'rtcshim'` (auto), `import {
// createAdapter } from 'rtcshim/factory'` (factory: nothing patched until called) with each
// bundler, and `require('rtcshim')` from CommonJS (esbuild, iife). Every page makes a call between
// two RTCPeerConnections (AudioContext audio + a data channel message) and POSTs its checks to a
// small server on 127.0.0.1; a check not reported fails. Static checks: the factory bundle has no
// auto-install code and is smaller than the auto one.
//
// Offline: CI reaches the registry only during `npm ci`. The bundlers come from the repo's
// node_modules (devDependencies); each app gets `npm install <rtcshim.tgz> <sdp-transform.tgz>
// --offline`, the second tarball packed from the repo's node_modules/sdp-transform (npm's cache
// holds its tarball after `npm ci`, but not its registry metadata, so `--offline` cannot resolve
// the bare name).
//
// Writes .test-results/consumers.json ({passed, failed, skipped, tests}); exits non-zero on any
// failure. As root the server and the browsers run in a private network namespace (scripts/netns.mjs).
// RTCSHIM_CONSUMERS_KEEP=1 keeps the temp dir (its path is printed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumBinary, chromiumCallFlags, firefoxArgs, firefoxBinary, firefoxTestPrefs } from './browsers.cjs';
import { launch } from './bench/launch.mjs';
import { canUseNetns, runInNetns } from './netns.mjs';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
const resultsFile = path.join(root, '.test-results', 'consumers.json');
const appSources = path.join(root, 'test', 'consumers', 'app');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// Pages: bundler-entry; what each reports (a check not reported fails).
const ENTRIES = {
  auto: { file: 'auto.js', checks: ['patched on import', 'call: audio and data channel'] },
  factory: { file: 'factory.js', checks: ['not patched on import', 'createAdapter({ window }) patches', 'call: audio and data channel'] },
  cjs: { file: 'cjs.cjs', checks: ['patched on require', 'call: audio and data channel'] },
};
// Bundled only to compare sizes: each entry alone, no page code.
const SIZE_ENTRIES = { auto: 'size-auto.js', factory: 'size-factory.js' };
const BUNDLERS = { esbuild: ['auto', 'factory', 'cjs'], rollup: ['auto', 'factory'], webpack: ['auto', 'factory'] };
// src/index.ts's auto-install line, as both bundlers keep it (they do not minify here).
const AUTO_INSTALL_MARKER = /createAdapterWith\(registry, \{ window: pageWindow \}\)/;
// every page reports in about 2 s (measured); a page that dies on load never does
const PAGE_MS = 20_000;

const tests = [];
const record = (name, ok, error, detail) => {
  tests.push({ name, status: ok ? 'passed' : 'failed', ...(error ? { error } : {}), ...(detail ? { detail } : {}) });
  console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? `  ${detail}` : ''}${ok ? '' : `: ${error}`}`);
};

function sh(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr || r.error || '').toString().trim().split('\n').slice(-4).join(' | ')}`);
  return r.stdout.trim();
}

// ------------------------------------------------------------------------------------------------
// build: pack, install, bundle (outside the namespace)

// rollup leaves an import it cannot resolve as a global (a page that dies on load): fail the build
function onwarn(warning) {
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
}

async function bundle(bundler, appDir, file, outFile) {
  const input = path.join(appDir, file);
  if (bundler === 'esbuild') {
    const esbuild = await import('esbuild');
    await esbuild.build({ entryPoints: [input], bundle: true, platform: 'browser', format: 'iife', outfile: outFile, absWorkingDir: appDir, logLevel: 'silent' });
    await esbuild.stop();
  } else if (bundler === 'webpack') {
    const webpack = (await import('webpack')).default;
    // production: tree shaking and `sideEffects` as apps get them; unminified, for the marker check
    const config = {
      mode: 'production', context: appDir, entry: input, devtool: false, optimization: { minimize: false },
      output: { path: path.dirname(outFile), filename: path.basename(outFile), iife: true },
    };
    const stats = await new Promise((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s))));
    if (stats.hasErrors()) throw new Error(stats.toJson({ all: false, errors: true }).errors.map((e) => e.message).join(' '));
  } else {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const commonjs = (await import('@rollup/plugin-commonjs')).default;
    const build = await rollup({ input, plugins: [nodeResolve({ browser: true }), commonjs()], onwarn });
    await build.write({ file: outFile, format: 'iife' });
    await build.close();
  }
}

async function build(tmp) {
  const site = path.join(tmp, 'site');
  fs.mkdirSync(site, { recursive: true });
  const pages = [];
  let tarballs;
  try {
    const rtcshim = sh(npm, ['pack', root, '--ignore-scripts', '--silent', '--pack-destination', tmp], tmp).split('\n').pop();
    const sdp = sh(npm, ['pack', path.join(root, 'node_modules', 'sdp-transform'), '--ignore-scripts', '--silent', '--pack-destination', tmp], tmp).split('\n').pop();
    tarballs = [path.join(tmp, rtcshim), path.join(tmp, sdp)];
    record('npm pack', true, null, `${rtcshim} ${fs.statSync(tarballs[0]).size} B`);
  } catch (err) {
    record('npm pack', false, err.message);
    return pages;
  }
  for (const [bundler, entries] of Object.entries(BUNDLERS)) {
    const appDir = path.join(tmp, `app-${bundler}`);
    fs.mkdirSync(appDir);
    fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: `consumer-${bundler}`, private: true }) + '\n');
    for (const f of fs.readdirSync(appSources)) fs.copyFileSync(path.join(appSources, f), path.join(appDir, f));
    try {
      sh(npm, ['install', ...tarballs, '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--silent'], appDir);
      record(`${bundler}: npm install of the tarball (offline)`, true);
    } catch (err) {
      record(`${bundler}: npm install of the tarball (offline)`, false, err.message);
      continue;
    }
    const sizes = {};
    for (const entry of entries) {
      const name = `${bundler}-${entry}`;
      const out = path.join(site, name, 'bundle.js');
      fs.mkdirSync(path.dirname(out));
      try {
        await bundle(bundler, appDir, ENTRIES[entry].file, out);
        fs.writeFileSync(path.join(site, name, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="bundle.js"></script>\n');
        pages.push(name);
        record(`${name}: bundles`, true, null, `${fs.statSync(out).size} B`);
      } catch (err) {
        record(`${name}: bundles`, false, String(err.message).split('\n').slice(0, 3).join(' '));
      }
    }
    try {
      for (const [entry, file] of Object.entries(SIZE_ENTRIES)) {
        const out = path.join(tmp, `size-${bundler}-${entry}.js`);
        await bundle(bundler, appDir, file, out);
        sizes[entry] = fs.readFileSync(out, 'utf8');
      }
    } catch (err) {
      record(`${bundler}: size reference bundles`, false, String(err.message).split('\n')[0]);
    }
    if (sizes.auto && sizes.factory) {
      const inAuto = AUTO_INSTALL_MARKER.test(sizes.auto);
      const inFactory = AUTO_INSTALL_MARKER.test(sizes.factory);
      record(`${bundler}: factory bundle has no auto-install code`, inAuto && !inFactory,
        !inAuto ? 'the auto bundle lacks the marker too: AUTO_INSTALL_MARKER is stale' : 'src/index.ts auto-install code in the factory bundle');
      const a = sizes.auto.length;
      const f = sizes.factory.length;
      record(`${bundler}: factory bundle smaller than the auto one`, f < a, `factory ${f} B >= auto ${a} B`, `factory ${f} B, auto ${a} B (-${a - f} B)`);
    }
  }
  return pages;
}

// ------------------------------------------------------------------------------------------------
// browsers (inside the namespace)

const ENGINES = {
  chromium: { name: 'chromium', bin: chromiumBinary(), launchArgs: (url, profile) => [...chromiumCallFlags(), `--user-data-dir=${profile}`, url] },
  firefox: { name: 'firefox', bin: firefoxBinary(), launchArgs: (url, profile) => firefoxArgs(profile, url, firefoxTestPrefs()) },
};

function serve(site, onReport) {
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/report') {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        try {
          onReport(JSON.parse(body));
        } catch {
          // a malformed report is a missing one
        }
        res.end('ok');
      });
      return;
    }
    const url = new URL(req.url, 'http://x');
    const file = path.join(site, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(site) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function runPages(tmp, pages) {
  const site = path.join(tmp, 'site');
  // one page per engine holds every app in an iframe, each its own window
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><meta charset="utf-8">\n' +
    pages.map((p) => `<iframe src="/${p}/index.html"></iframe>`).join('\n') + '\n');
  let current = null;
  const server = await serve(site, (msg) => current && current(msg));
  const live = new Set();
  process.on('exit', () => {
    for (const b of live) {
      try {
        process.kill(-b.child.pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
  });
  try {
    for (const engine of Object.values(ENGINES)) {
      const reported = new Map(pages.map((p) => [p, { checks: new Map(), done: false }]));
      const started = Date.now();
      let browser = null;
      const stopped = await new Promise((resolve) => {
        const finish = (why) => {
          clearTimeout(timer);
          clearInterval(poll);
          resolve(why);
        };
        const timer = setTimeout(() => finish(`timed out after ${PAGE_MS / 1000} s`), PAGE_MS);
        const poll = setInterval(() => {
          if (browser && browser.exited()) finish(`the browser exited: ${browser.stderr().trim().split('\n').slice(-3).join(' | ')}`);
        }, 500);
        current = (msg) => {
          const page = reported.get(msg.app);
          if (!page) return;
          if (msg.done) {
            page.done = true;
            page.userAgent = msg.userAgent;
          } else page.checks.set(msg.name, msg);
          if ([...reported.values()].every((p) => p.done)) finish(null);
        };
        browser = launch(engine, `http://127.0.0.1:${server.address().port}/index.html`, 'rtcshim-consumers');
        live.add(browser);
      }).finally(() => { current = null; });
      await browser.stop();
      live.delete(browser);
      const ua = [...reported.values()].map((p) => p.userAgent).find(Boolean) || '';
      const version = (/(?:Firefox|Chrome)\/[\d.]+/.exec(ua) || ['unknown version'])[0];
      console.log(`\n${engine.name} (${version}, ${((Date.now() - started) / 1000).toFixed(1)} s)${stopped ? ` — ${stopped}` : ''}`);
      for (const page of pages) {
        for (const name of ENTRIES[page.split('-')[1]].checks) {
          const r = reported.get(page).checks.get(name);
          record(`${engine.name} › ${page} › ${name}`, Boolean(r && r.ok), r ? r.error : `not reported (${stopped || 'the page finished without it'})`);
        }
      }
    }
  } finally {
    for (const b of live) await b.stop();
    server.closeAllConnections();
    server.close();
  }
}

// ------------------------------------------------------------------------------------------------

function writeResults(extra = {}) {
  const count = (status) => tests.filter((t) => t.status === status).length;
  const summary = { layer: 'consumers', passed: count('passed'), failed: count('failed'), skipped: 0, ...extra, tests };
  if (!tests.length) summary.failed = 1;
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2) + '\n');
  return summary;
}

async function main() {
  // inside the namespace: run the pages built outside, add their tests to the build's
  if (process.env.RTCSHIM_IN_NETNS === '1') {
    const tmp = process.argv[2];
    const state = JSON.parse(fs.readFileSync(path.join(tmp, 'state.json'), 'utf8'));
    tests.push(...state.tests);
    await runPages(tmp, state.pages);
    writeResults();
    return 0;
  }
  const started = Date.now();
  fs.rmSync(resultsFile, { force: true });
  if (!fs.existsSync(path.join(root, 'dist', 'rtcshim.mjs'))) {
    console.error('consumers.mjs: dist/ is missing; run `npm run build` first');
    writeResults({ error: 'dist missing' });
    return 1;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rtcshim-consumers-'));
  try {
    console.log(`consumers: apps in ${tmp}`);
    const pages = await build(tmp);
    if (pages.length && canUseNetns()) {
      fs.writeFileSync(path.join(tmp, 'state.json'), JSON.stringify({ tests, pages }));
      const code = await runInNetns(self, [tmp]);
      if (!fs.existsSync(resultsFile)) {
        record('browser run', false, `the run inside the namespace exited ${code} without results`);
        writeResults();
      }
    } else {
      if (pages.length) await runPages(tmp, pages);
      writeResults();
    }
  } finally {
    if (process.env.RTCSHIM_CONSUMERS_KEEP !== '1') fs.rmSync(tmp, { recursive: true, force: true });
  }
  const summary = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  summary.seconds = (Date.now() - started) / 1000;
  fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2) + '\n');
  console.log(`\nconsumers: ${summary.passed} ok, ${summary.failed} failing in ${summary.seconds.toFixed(1)} s`);
  return summary.failed ? 1 : 0;
}

process.exitCode = await main();
