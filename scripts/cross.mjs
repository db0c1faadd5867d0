#!/usr/bin/env node
// Real calls between two engines, each in its own browser process, as users' calls are
// (issue 9): a page in one engine calls a page in another through a small signaling relay.
//
//   node scripts/cross.mjs modern   # Chromium 156 <-> Firefox 153
//   node scripts/cross.mjs old      # Chromium 73 <-> Firefox 153, Chromium 92 <-> Chromium 156
//
// Per pair, four calls: each engine offers once with the legacy API against the spec API and once
// the other way round. The page (test/cross/call.js) loads dist/adapter.js with a plain script and
// checks audio + video + a data channel, stream ids, a second stream added and removed, and an ICE
// restart; each check is one test. The relay (scripts/cross/relay.mjs) binds 127.0.0.1 and serves
// the page too. As root, the relay and every browser run inside a private network namespace
// (scripts/netns.mjs, as the karma runs).
//
// Diagnosis: RTCSHIM_CROSS_ONLY=<text> runs only the calls whose name contains it;
// RTCSHIM_CROSS_APIS=spec/spec (offerer/answerer) replaces the two API assignments of each
// direction by that one; RTCSHIM_CROSS_NO_SHIM=1 serves an empty adapter.js, to tell an engine's
// own behaviour from rtcshim's (the legacy API then fails where an engine lacks it).
//
// Writes .test-results/cross-<set>.json ({passed, failed, skipped}, plus every test), a log of
// every page's messages in .test-results/cross-<set>.log and every description each page set in
// .test-results/cross-<set>/<call>/. Exits non-zero on any failure or when no test ran.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromiumBinary, chromiumCallFlags, firefoxArgs, firefoxBinary, firefoxTestPrefs, OLD_CHROMIUMS, oldChromiumBinary,
} from './browsers.cjs';
import { launch } from './bench/launch.mjs';
import { startRelay } from './cross/relay.mjs';
import { canUseNetns, runInNetns } from './netns.mjs';
import { ensureOldChromiums } from './old-chromium.mjs';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
const resultsDir = path.join(root, '.test-results');

const SETS = {
  modern: [['chromium', 'firefox']],
  old: [['chromium73', 'firefox'], ['chromium92', 'chromium']],
};

// What each page reports (test/cross/call.js); a check not reported fails.
const CHECKS = {
  offerer: [
    'connected', 'stream id preserved', 'remote video plays', 'remote audio arrives', 'data channel echo',
    'second stream negotiated', 'second stream removal negotiated', 'ICE restart negotiated',
    'ICE restart: new ufrags', 'ICE restart: connected with media and data',
  ],
  answerer: [
    'connected', 'stream id preserved', 'remote video plays', 'remote audio arrives', 'data channel echo',
    'second stream arrives with its id', 'second stream plays', 'second stream removed',
    'ICE restart: new ufrags', 'ICE restart: connected with media and data',
  ],
};

// Failures understood and not fixed here: an engine's own limit (kind 'engine', also in the
// README) or an SDP rewrite still to write (kind 'sdp', src/sdp + src/shims/sdp). Each matching test
// is reported SKIPPED with its reason, never as passed; one that passes fails the run, so that the
// entry is removed — unless the entry says `intermittent` (it fails in some runs only): then a pass
// is SKIPPED too, saying so. Fields: offerer, answerer (engine keys), offererApi ('legacy'|'spec',
// absent: both), role, test, kind, reason, intermittent.
const CHROMIUM_RESTART_STALE_CANDIDATE =
  'Chromium 156 as the controlling side keeps the remote candidate of the previous ICE generation ' +
  '(old ufrag in its stats) after the restart, pairs its new local candidate with it and nominates ' +
  "that pair; the remote's new-generation pair is never nominated. Firefox 153: its old ICE session " +
  "answers that check, its new one stays 'checking', and what Chromium sends is lost (the echo " +
  "never comes back), while Firefox's new candidate (an mDNS name) stays 'waiting' in Chromium; " +
  'failed in 19 of the 20 calls measured, the same with the spec API on both sides and no rtcshim ' +
  '(RTCSHIM_CROSS_APIS=spec/spec RTCSHIM_CROSS_NO_SHIM=1), passes when Firefox gives raw host ' +
  'addresses (media.peerconnection.ice.obfuscate_host_addresses=false). Chromium 92: media and data ' +
  'still flow to its old candidate, but its selected pair stays the old one; 1 of 24 calls measured. ' +
  'Chromium 73 or 92 offering and Firefox offering restart fine ' +
  '(test/fixtures/sdp/captured-chromium156-firefox153-restart-*.sdp)';
const KNOWN_FAILURES = ['firefox', 'chromium92'].flatMap((answerer) => ['offerer', 'answerer'].map((role) => ({
  offerer: 'chromium', answerer, role, test: 'ICE restart: connected with media and data', kind: 'engine',
  reason: CHROMIUM_RESTART_STALE_CANDIDATE, intermittent: true,
})));

const CALL_MS = 200_000;
const HELLO_MS = 45_000;

// ------------------------------------------------------------------------------------------------

function engineLauncher(key) {
  if (key === 'firefox') {
    return { name: key, bin: firefoxBinary(), launchArgs: (url, profile) => firefoxArgs(profile, url, firefoxTestPrefs()) };
  }
  const old = key in OLD_CHROMIUMS;
  return {
    name: key,
    bin: old ? oldChromiumBinary(key) : chromiumBinary(),
    launchArgs: (url, profile) => [...chromiumCallFlags({ old }), `--user-data-dir=${profile}`, url],
  };
}

function callsOf(set) {
  const calls = [];
  for (const [a, b] of SETS[set]) {
    for (const [offerer, answerer] of [[a, b], [b, a]]) {
      const apis = process.env.RTCSHIM_CROSS_APIS ? [process.env.RTCSHIM_CROSS_APIS.split('/')] : [['legacy', 'spec'], ['spec', 'legacy']];
      for (const [offererApi, answererApi] of apis) {
        calls.push({ offerer, answerer, offererApi, answererApi, name: `${offerer} (${offererApi}) → ${answerer} (${answererApi})` });
      }
    }
  }
  const only = process.env.RTCSHIM_CROSS_ONLY;
  return only ? calls.filter((c) => c.name.includes(only)) : calls;
}

function knownFailure(call, role, test) {
  return KNOWN_FAILURES.find((k) => k.offerer === call.offerer && k.answerer === call.answerer &&
    (!k.offererApi || k.offererApi === call.offererApi) && k.role === role && k.test === test);
}

const slug = (text) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** One call: two browsers, one room; resolves with its tests. */
async function runCall(relay, call, index, { log, sdpDir, live, noShim }) {
  const started = Date.now();
  const room = `call${index}`;
  const pages = { offerer: { done: false }, answerer: { done: false } };
  const reported = { offerer: new Map(), answerer: new Map() };
  const pageLog = [];
  const dir = path.join(sdpDir, slug(call.name));
  fs.mkdirSync(dir, { recursive: true });
  let wake = () => {};

  const handle = relay.openRoom(room, (role, msg) => {
    const page = pages[role];
    if (msg.kind === 'hello') {
      page.userAgent = msg.userAgent;
      page.applied = msg.applied;
      pageLog.push(`[${role}] ${msg.userAgent}; rtcshim applied: ${msg.applied ? msg.applied.join(' ') || 'nothing' : 'not loaded'}`);
    } else if (msg.kind === 'result') {
      reported[role].set(msg.name, msg);
      pageLog.push(`[${role}] ${msg.ok ? '✓' : '✗'} ${msg.name}${msg.ok ? '' : `: ${msg.error}`}`);
    } else if (msg.kind === 'sdp') {
      const file = `${role}-${String(msg.n).padStart(2, '0')}-${msg.direction}-${msg.type}.sdp`;
      fs.writeFileSync(path.join(dir, file), msg.sdp);
    } else if (msg.kind === 'log') {
      pageLog.push(`[${role}] ${msg.text}`);
    } else if (msg.kind === 'done') {
      page.done = true;
      page.error = msg.error;
    } else if (msg.kind === 'closed' && !page.done) {
      page.error = page.error || 'the page closed its relay connection';
    }
    wake();
  });

  const url = (role) => `http://127.0.0.1:${relay.port}/test/cross/call.html?role=${role}` +
    `&api=${role === 'offerer' ? call.offererApi : call.answererApi}&room=${room}` +
    `&relay=${encodeURIComponent(`ws://127.0.0.1:${relay.port}/relay`)}`;
  const browsers = {};
  let stopped = null;
  try {
    for (const role of ['answerer', 'offerer']) {
      browsers[role] = launch(engineLauncher(role === 'offerer' ? call.offerer : call.answerer), url(role), 'rtcshim-cross');
      live.add(browsers[role]);
    }
    stopped = await new Promise((resolve) => {
      let poll = null;
      const timers = [];
      const finish = (why) => {
        timers.forEach(clearTimeout);
        clearInterval(poll);
        wake = () => {};
        resolve(why);
      };
      timers.push(setTimeout(() => finish(`timed out after ${CALL_MS / 1000} s`), CALL_MS));
      timers.push(setTimeout(() => {
        const silent = Object.keys(pages).filter((r) => !pages[r].userAgent);
        if (silent.length) finish(`no page loaded in ${HELLO_MS / 1000} s: ${silent.join(', ')}`);
      }, HELLO_MS));
      poll = setInterval(() => {
        for (const role of Object.keys(browsers)) {
          if (browsers[role].exited() && !pages[role].done) {
            finish(`the ${role}'s browser exited: ${browsers[role].stderr().trim().split('\n').slice(-3).join(' | ')}`);
          }
        }
      }, 500);
      wake = () => {
        if (pages.offerer.done && pages.answerer.done) finish(null);
      };
    });
  } finally {
    handle.close();
    await Promise.all(Object.values(browsers).map(async (b) => {
      await b.stop();
      live.delete(b);
    }));
  }

  const tests = [];
  for (const role of ['offerer', 'answerer']) {
    // the page loaded dist/adapter.js (a bundle that failed to parse would leave the engines alone)
    const loaded = { name: `${call.name} › ${role} › rtcshim loaded`, ms: null };
    if (noShim) Object.assign(loaded, { status: 'skipped', reason: 'RTCSHIM_CROSS_NO_SHIM' });
    else if (Array.isArray(pages[role].applied)) Object.assign(loaded, { status: 'passed', detail: `${pages[role].applied.length} shims applied` });
    else Object.assign(loaded, { status: 'failed', error: pages[role].userAgent ? 'window.adapter.applied missing in the page' : 'the page never loaded' });
    tests.push(loaded);
    for (const check of CHECKS[role]) {
      const r = reported[role].get(check);
      const known = knownFailure(call, role, check);
      const test = { name: `${call.name} › ${role} › ${check}`, ms: r?.ms ?? null };
      if (r?.ok && known?.intermittent) {
        Object.assign(test, { status: 'skipped', reason: `${known.kind}, intermittent: ${known.reason}`, error: `passed this time${r.detail ? ` (${r.detail})` : ''}` });
      } else if (r?.ok && known) {
        Object.assign(test, { status: 'failed', error: `passes, but KNOWN_FAILURES lists it (${known.reason}): remove the entry` });
      } else if (r?.ok) {
        Object.assign(test, { status: 'passed', detail: r.detail });
      } else if (known) {
        Object.assign(test, { status: 'skipped', reason: `${known.kind}: ${known.reason}`, error: r ? r.error : 'not reported' });
      } else {
        const why = r ? r.error : `not reported (${pages[role].error || stopped || 'the page stopped before it'})`;
        Object.assign(test, { status: 'failed', error: why });
      }
      tests.push(test);
    }
  }
  const versions = {};
  for (const role of ['offerer', 'answerer']) {
    const ua = pages[role].userAgent || '';
    versions[role] = (/(?:Firefox|Chrome)\/[\d.]+/.exec(ua) || ['unknown'])[0];
  }
  const seconds = (Date.now() - started) / 1000;
  log(`\n${call.name}: offerer ${versions.offerer}, answerer ${versions.answerer} (${seconds.toFixed(1)} s)${stopped ? ` — ${stopped}` : ''}`);
  for (const t of tests) {
    const label = t.name.slice(call.name.length + 3);
    if (t.status === 'passed') log(`  ✓ ${label}${t.ms == null ? '' : ` (${t.ms} ms)`}${t.detail ? `  ${t.detail}` : ''}`);
    else if (t.status === 'skipped') log(`  - ${label} SKIPPED (known failure: ${t.reason}) — ${t.error}`);
    else log(`  ✗ ${label}: ${t.error}`);
  }
  const failed = tests.some((t) => t.status === 'failed');
  log(pageLog.map((line) => `    ${line}`).join('\n'), { quiet: !failed });
  for (const role of ['offerer', 'answerer']) {
    if (failed && browsers[role]) log(`    [${role} browser stderr] ${browsers[role].stderr().trim().split('\n').slice(-5).join('\n      ')}`, { quiet: true });
  }
  return { name: call.name, ...call, versions, seconds, stopped, tests };
}

async function runSet(set) {
  const started = Date.now();
  const resultsFile = path.join(resultsDir, `cross-${set}.json`);
  const logFile = path.join(resultsDir, `cross-${set}.log`);
  const sdpDir = path.join(resultsDir, `cross-${set}`);
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.rmSync(sdpDir, { recursive: true, force: true });
  fs.writeFileSync(logFile, '');
  const log = (text, { quiet = false } = {}) => {
    if (!text) return;
    if (!quiet) console.log(text);
    fs.appendFileSync(logFile, `${text}\n`);
  };

  const live = new Set();
  const stopAll = async () => Promise.all([...live].map((b) => b.stop()));
  const onSignal = async (signal) => {
    await stopAll();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // However this process ends (a crash, a closed stdout), no browser it started outlives it: each
  // runs in its own process group, killed here synchronously.
  process.on('exit', () => {
    for (const b of live) {
      try {
        process.kill(-b.child.pid, 'SIGKILL');
      } catch {
        // the group is gone already
      }
      fs.rmSync(b.profile, { recursive: true, force: true });
    }
  });
  process.on('uncaughtException', (err) => {
    fs.appendFileSync(logFile, `cross.mjs crashed: ${err.stack || err}\n`);
    process.exit(1);
  });

  const noShim = process.env.RTCSHIM_CROSS_NO_SHIM === '1';
  const relay = await startRelay(root, { noShim });
  const calls = [];
  try {
    const list = callsOf(set);
    log(`cross ${set}: ${list.length} calls, relay on 127.0.0.1:${relay.port}${process.env.RTCSHIM_IN_NETNS === '1' ? ' (private network namespace)' : ''}`);
    for (const [i, call] of list.entries()) calls.push(await runCall(relay, call, i, { log, sdpDir, live, noShim }));
  } finally {
    await stopAll();
    await relay.close();
  }

  const tests = calls.flatMap((c) => c.tests);
  const count = (status) => tests.filter((t) => t.status === status).length;
  const seconds = (Date.now() - started) / 1000;
  const summary = { set, passed: count('passed'), failed: count('failed'), skipped: count('skipped'), seconds, calls };
  if (!tests.length) summary.failed = 1;
  fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2) + '\n');
  log(`\ncross ${set}: ${summary.passed} ok, ${summary.failed} failing, ${summary.skipped} skipped in ${seconds.toFixed(1)} s`);
  for (const c of calls) {
    const f = c.tests.filter((t) => t.status === 'failed').length;
    const s = c.tests.filter((t) => t.status === 'skipped').length;
    log(`  ${f ? 'FAIL' : 'ok  '} ${c.name}  ${c.tests.length - f - s} ok, ${f} failing, ${s} skipped, ${c.seconds.toFixed(1)} s`);
  }
  return summary.failed ? 1 : 0;
}

function writeFailure(set, error) {
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, `cross-${set}.json`), JSON.stringify({ set, passed: 0, failed: 1, skipped: 0, error }, null, 2) + '\n');
}

// Outside the namespace: fetch the old builds (the namespace has no registry), then run this
// script again inside it with the same arguments.
async function main() {
  const set = process.argv[2] || 'modern';
  if (!SETS[set]) {
    console.error(`usage: node scripts/cross.mjs <${Object.keys(SETS).join('|')}>`);
    return 2;
  }
  const resultsFile = path.join(resultsDir, `cross-${set}.json`);
  if (process.env.RTCSHIM_IN_NETNS === '1') return runSet(set);

  fs.rmSync(resultsFile, { force: true });
  if (!fs.existsSync(path.join(root, 'dist', 'adapter.js'))) {
    console.error('cross.mjs: dist/adapter.js is missing; run `npm run build` first');
    writeFailure(set, 'dist/adapter.js missing');
    return 1;
  }
  const old = [...new Set(SETS[set].flat())].filter((key) => key in OLD_CHROMIUMS);
  const env = { ...process.env };
  if (old.length) {
    try {
      const paths = ensureOldChromiums(old);
      for (const key of old) env[OLD_CHROMIUMS[key].env] = paths[key];
    } catch (err) {
      console.error(`cross.mjs: could not fetch old Chromium: ${err.message}`);
      writeFailure(set, `old Chromium fetch failed: ${err.message}`);
      return 1;
    }
  }
  if (!canUseNetns()) {
    Object.assign(process.env, env);
    return runSet(set);
  }
  const code = await runInNetns(self, [set], { env, cwd: root });
  if (!fs.existsSync(resultsFile)) writeFailure(set, `the run inside the namespace exited ${code} without results`);
  return code || 0;
}

process.exitCode = await main();
