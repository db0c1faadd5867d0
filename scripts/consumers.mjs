#!/usr/bin/env node
// The package as consumers get it (issue 10): `npm pack`, the tarball installed into throwaway
// apps outside the repo; bundles, SSR builds and script-tag pages, each page run in Chromium 156
// and Firefox 153.
//
//   node scripts/consumers.mjs        (npm run test:consumers; expects a fresh build)
//
// Pages come in groups, one module each in scripts/consumers/ (GROUPS below). A group's
// `build(ctx)` writes its pages into ctx.site/<page>/ (index.html there), records its static checks
// (ctx.record) and returns its pages as { name, checks, headers? }: the checks each page must POST
// to /report (a check not reported fails), and HTTP headers for every file under /<page>/ (a CSP).
// Every page of a run is an iframe of one top page per engine; the server is on 127.0.0.1.
//   bundlers: `import 'rtcshim'` (auto), `import { createAdapter } from 'rtcshim/factory'`
//     (factory: nothing patched until called) with each bundler, and `require('rtcshim')` from
//     CommonJS (esbuild, iife); each page makes a call between two RTCPeerConnections (AudioContext
//     audio + a data channel message). Static checks: the factory bundle has no auto-install code
//     and is smaller than the auto one.
//   legacy-apps: the call code of 2013-2015 samples (apprtc with Google's 2013 adapter.js helper,
//     webrtc/samples pc1, a 2013 RTP-data-channel demo), written again, after a plain
//     <script src="/_pkg/adapter.js">; RTCSHIM_LEGACY_BARE=1 leaves the tag out (expected to fail).
//   script-tags: the installed dist/adapter.js and adapter.min.js by plain <script src>: alone, twice,
//     and after adapter.js's own bundle (/_vendor/adapter.js, from the devDependency).
//   hostile (scripts/consumers/hostile.mjs): the installed script bundles on hostile pages (a strict
//     CSP header, objects frozen before load, the app's RTCPeerConnection subclass, iframes, workers).
// RTCSHIM_GROUPS=hostile (a comma list) runs only those groups.
// Shared with the pages: /_common/ serves test/consumers/common/ (harness.js, an ES module) and
// /_pkg/ the installed tarball's dist/ (ctx.installed(): an app with only rtcshim installed).
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
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const GROUPS = (process.env.RTCSHIM_GROUPS || 'bundlers,vite,ssr,script-tags,hostile,legacy-apps').split(',');
// All pages of an engine run at once: they finish in 10-20 s on a quiet machine (measured), but on
// a busy one the same build took over 30 s (22:15 UTC, 2026-12-02, load average 7). The deadline
// only matters for a page that never reports (it died on load), so it is generous.
const PAGE_MS = 90_000;

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

const consumersDir = path.join(root, 'test', 'consumers');

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyDir(path.join(from, entry.name), path.join(to, entry.name));
    else fs.copyFileSync(path.join(from, entry.name), path.join(to, entry.name));
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
  const apps = new Map();
  const ctx = {
    root, tmp, site, record, sh, npm,
    /**
     * A throwaway app `tmp/<name>` with the tarball installed (offline) and test/consumers/<dir>
     * copied in for each of `dirs`; null (recorded as a failure) when the install fails.
     */
    app(name, dirs = []) {
      if (apps.has(name)) return apps.get(name);
      const appDir = path.join(tmp, name);
      fs.mkdirSync(appDir);
      fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true }) + '\n');
      for (const dir of dirs) copyDir(path.join(consumersDir, dir), path.join(appDir, dir));
      let result = appDir;
      try {
        sh(npm, ['install', ...tarballs, '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--silent'], appDir);
        record(`${name}: npm install of the tarball (offline)`, true);
      } catch (err) {
        record(`${name}: npm install of the tarball (offline)`, false, err.message);
        result = null;
      }
      apps.set(name, result);
      return result;
    },
  };
  // /_common/: the pages' harness; /_pkg/: the installed package's dist/, for script-tag pages
  copyDir(path.join(consumersDir, 'common'), path.join(site, '_common'));
  const installed = ctx.app('app-script-tag');
  if (installed) copyDir(path.join(installed, 'node_modules', 'rtcshim', 'dist'), path.join(site, '_pkg'));
  for (const group of GROUPS) {
    try {
      const mod = await import(`./consumers/${group}.mjs`);
      pages.push(...await mod.build(ctx));
    } catch (err) {
      record(`${group}: builds`, false, String((err && err.stack) || err).split('\n').slice(0, 3).join(' '));
    }
  }
  return pages;
}

// ------------------------------------------------------------------------------------------------
// browsers (inside the namespace)

const ENGINES = {
  // a window that shows every page's frame: Chromium may hold back a muted autoplaying video out
  // of view (the legacy pages' own pictures; measured with the default 780x437 viewport)
  chromium: { name: 'chromium', bin: chromiumBinary(), launchArgs: (url, profile) => [...chromiumCallFlags(), '--window-size=1600,1200', `--user-data-dir=${profile}`, url] },
  // autoplay with sound allowed, as a user's camera grant allows it (the prefs skip that grant)
  firefox: { name: 'firefox', bin: firefoxBinary(), launchArgs: (url, profile) => firefoxArgs(profile, url, { ...firefoxTestPrefs(), 'media.autoplay.default': 0 }) },
};

function serve(site, pages, onReport) {
  const headersOf = new Map(pages.map((p) => [p.name, p.headers || {}]));
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
    const type = file.endsWith('.js') || file.endsWith('.mjs') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'text/html';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headersOf.get(url.pathname.split('/')[1]) });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function runPages(tmp, pages) {
  const site = path.join(tmp, 'site');
  // one page per engine holds every app in an iframe, each its own window
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><meta charset="utf-8">\n' +
    pages.map((p) => `<iframe src="/${p.name}/index.html"></iframe>`).join('\n') + '\n');
  let current = null;
  const server = await serve(site, pages, (msg) => current && current(msg));
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
      const reported = new Map(pages.map((p) => [p.name, { checks: new Map(), done: false }]));
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
        for (const name of page.checks) {
          const r = reported.get(page.name).checks.get(name);
          record(`${engine.name} › ${page.name} › ${name}`, Boolean(r && r.ok), r ? r.error : `not reported (${stopped || 'the page finished without it'})`, r && r.detail);
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
