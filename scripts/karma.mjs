#!/usr/bin/env node
// Run the real-browser tests (test/e2e/*.e2e.js) once under karma.
//
//   node scripts/karma.mjs modern          # Chromium (Debian) + Firefox ESR
//   node scripts/karma.mjs old             # Chromium 73, 92 and 123 from the npm registry
//   node scripts/karma.mjs firefox         # one browser; any comma list of karma.conf.js names
//
// As root, karma and every browser run inside a private network namespace (loopback plus one
// isolated veth link with a default route, see ../shared/BROWSERS.md), so nothing can reach out and
// ICE sees host candidates only. Not root: runs directly. RTCSHIM_NO_NETNS=1 skips the namespace.
// Writes .test-results/e2e-<set>.json (scripts/karma/reporter.cjs); exits non-zero on any
// failure, on a browser that did not run, or when no test ran.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { OLD_CHROMIUMS } from './browsers.cjs';
import { ensureOldChromiums } from './old-chromium.mjs';
import { buildSdpBundle } from './sdp-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { selectBrowsers } = require(path.join(root, 'karma.conf.js'));

// The shell line from BROWSERS.md: run "$@" in a new network namespace with lo and a veth pair.
// One change: the veth links get no IPv6 link-local address (addrgenmode none). Otherwise that
// address appears a second or so after the link comes up (duplicate address detection), just as
// the browsers load the test page; Chromium then sees a network change and fails the requests in
// flight (ERR_NETWORK_CHANGED): whole test files went missing, their requests never reached karma.
// That mechanism is inferred; measured: about 4 runs in 10 of the three old engines lost files
// before this change, none of 10 after.
const NETNS_SCRIPT =
  'ip link set lo up; ip link add veth0 type veth peer name veth1; ' +
  'ip link set veth0 addrgenmode none; ip link set veth1 addrgenmode none; ' +
  'ip addr add 10.213.0.1/24 dev veth0; ip link set veth0 up; ip link set veth1 up; ' +
  'ip route add default dev veth0; exec "$@"';

export function setName(spec) {
  return String(spec || 'modern').replace(/[^A-Za-z0-9_-]+/g, '-');
}

// `ip` and `unshare` live in /usr/sbin and /usr/bin; a root PATH without sbin still finds them.
const SYSTEM_PATH = [process.env.PATH, '/usr/local/sbin', '/usr/sbin', '/sbin', '/usr/bin', '/bin'].filter(Boolean).join(':');

function canUseNetns() {
  if (process.env.RTCSHIM_NO_NETNS === '1') return false;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], {
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, PATH: SYSTEM_PATH },
  });
  if (probe.status !== 0) {
    console.warn(`karma.mjs: root, but no network namespace (${(probe.stderr || probe.error || '').toString().trim()}); running without one`);
    return false;
  }
  return true;
}

/** Run karma for `spec` (a set name or browser list); resolves with the exit code. */
export async function runKarma(spec = 'modern', { extraEnv = {} } = {}) {
  const browsers = selectBrowsers(spec);
  const set = setName(spec);
  const resultsFile = path.join(root, '.test-results', `e2e-${set}.json`);
  fs.rmSync(resultsFile, { force: true });

  const adapter = path.join(root, 'dist', 'adapter.js');
  if (!fs.existsSync(adapter)) {
    console.error('karma.mjs: dist/adapter.js is missing; run `npm run build` first');
    writeFailure(resultsFile, set, 'dist/adapter.js missing');
    return 1;
  }

  // The test-only bundle of src/sdp's rewrites (test/e2e/sdp-rewrites.e2e.js), fresh every run.
  try {
    await buildSdpBundle();
  } catch (err) {
    console.error(`karma.mjs: could not build the SDP test bundle: ${err.message}`);
    writeFailure(resultsFile, set, `SDP test bundle: ${err.message}`);
    return 1;
  }

  const env = { ...process.env, ...extraEnv, RTCSHIM_BROWSERS: browsers.join(','), RTCSHIM_E2E_SET: set };
  const old = Object.keys(OLD_CHROMIUMS).filter((key) => browsers.includes(key));
  if (old.length) {
    try {
      const paths = ensureOldChromiums(old);
      for (const key of old) env[OLD_CHROMIUMS[key].env] = paths[key];
    } catch (err) {
      console.error(`karma.mjs: could not fetch old Chromium: ${err.message}`);
      writeFailure(resultsFile, set, `old Chromium fetch failed: ${err.message}`);
      return 1;
    }
  }

  const karmaBin = require.resolve('karma/bin/karma');
  const karmaArgs = [karmaBin, 'start', path.join(root, 'karma.conf.js'), '--single-run'];
  const netns = canUseNetns();
  const [cmd, args] = netns
    ? ['unshare', ['-n', 'sh', '-c', NETNS_SCRIPT, 'sh', process.execPath, ...karmaArgs]]
    : [process.execPath, karmaArgs];
  if (netns) env.PATH = SYSTEM_PATH;
  console.log(`e2e ${set}: ${browsers.join(', ')}${netns ? ' (private network namespace)' : ''}`);

  const started = Date.now();
  const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise((resolve) => {
    child.on('error', (err) => {
      console.error(`karma.mjs: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (status) => resolve(status === null ? 1 : status));
  });
  process.off('SIGINT', forward);
  process.off('SIGTERM', forward);

  let summary = null;
  try {
    summary = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    console.error(`e2e ${set}: karma exited ${code} without results (see its errors above)`);
    writeFailure(resultsFile, set, `karma exited ${code} without results`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (summary) {
    console.log(`e2e ${set}: ${summary.passed} ok, ${summary.failed} failing, ${summary.skipped} skipped in ${seconds} s (karma exit ${code})`);
  }
  if (code !== 0) return code;
  if (!summary || summary.failed > 0 || summary.passed + summary.skipped === 0) return 1;
  return 0;
}

function writeFailure(file, set, error) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ set, passed: 0, failed: 1, skipped: 0, error }, null, 2) + '\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const spec = process.argv.slice(2).join(',') || 'modern';
  try {
    selectBrowsers(spec);
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }
  process.exitCode = await runKarma(spec);
}
