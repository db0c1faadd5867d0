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
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { OLD_CHROMIUMS } from './browsers.cjs';
import { ensureOldChromiums } from './old-chromium.mjs';
import { canUseNetns, NETNS_SCRIPT, SYSTEM_PATH } from './netns.mjs';
import { buildSdpBundle } from './sdp-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { selectBrowsers } = require(path.join(root, 'karma.conf.js'));

export function setName(spec) {
  return String(spec || 'modern').replace(/[^A-Za-z0-9_-]+/g, '-');
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
