#!/usr/bin/env node
// Run every test layer of one kind and summarise it.
//
//   node scripts/test.mjs modern   # typecheck, lint, size, unit, e2e in Chromium + Firefox, e2e in WebKitGTK,
//                                  # cross-engine calls Chromium 156 <-> Firefox 153, the packed
//                                  # package in bundler apps (consumers)
//   node scripts/test.mjs old      # e2e in Chromium 73, 92 and 123, cross-engine calls with 73 and 92
//
// Expects a fresh build (`npm test` / `npm run test:old-engines` build first). Every layer runs
// even when an earlier one failed. Each writes .test-results/<layer>.json = {passed, failed,
// skipped}; typecheck and lint count as one check each. Ends with one plain line
// `N passed, N failed` for the layers it ran, and exits 1 if anything failed or a layer ran no test.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runKarma } from './karma.mjs';
import { runUnit } from './unit.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, '.test-results');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`${cmd}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code === null ? 1 : code));
  });
}

function write(layer, counts) {
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, `${layer}.json`), JSON.stringify({ layer, ...counts }, null, 2) + '\n');
  return counts;
}

// One check: passes when the command exits 0.
async function check(layer, script) {
  const code = await run(npm, ['run', '--silent', script]);
  return write(layer, { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
}

// Node's test runner: the human-readable report on stdout, TAP into a file for the counts.
async function unit() {
  fs.mkdirSync(resultsDir, { recursive: true });
  const tap = path.join(resultsDir, 'unit.tap');
  fs.rmSync(tap, { force: true });
  const code = await runUnit([
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
  ]);
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  // The last summary block of the TAP stream: "# pass N", "# fail N", ...
  const count = (name) => {
    const all = [...text.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))];
    return all.length ? Number(all[all.length - 1][1]) : 0;
  };
  const counts = {
    passed: count('pass'),
    failed: count('fail') + count('cancelled'),
    skipped: count('skipped') + count('todo'),
  };
  // A runner that crashed or failed without a failing test still counts as a failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return write('unit', counts);
}

async function e2e(set) {
  await runKarma(set);
  const file = path.join(resultsDir, `e2e-${set}.json`);
  try {
    const { passed, failed, skipped } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { passed, failed, skipped };
  } catch {
    return write(`e2e-${set}`, { passed: 0, failed: 1, skipped: 0 });
  }
}

// Cross-engine calls (scripts/cross.mjs): its own process, which moves into the namespace itself.
async function cross(set) {
  await run(process.execPath, [path.join(root, 'scripts', 'cross.mjs'), set]);
  try {
    const { passed, failed, skipped } = JSON.parse(fs.readFileSync(path.join(resultsDir, `cross-${set}.json`), 'utf8'));
    return { passed, failed, skipped };
  } catch {
    return write(`cross-${set}`, { passed: 0, failed: 1, skipped: 0 });
  }
}

// The packed package in throwaway bundler apps (scripts/consumers.mjs, `npm run test:consumers`).
async function consumers() {
  await run(process.execPath, [path.join(root, 'scripts', 'consumers.mjs')]);
  try {
    const { passed, failed, skipped } = JSON.parse(fs.readFileSync(path.join(resultsDir, 'consumers.json'), 'utf8'));
    return { passed, failed, skipped };
  } catch {
    return write('consumers', { passed: 0, failed: 1, skipped: 0 });
  }
}

// dist/adapter.min.js against its ceiling and the budget, printed beside adapter.js's (scripts/size.mjs).
async function size() {
  await run(process.execPath, [path.join(root, 'scripts', 'size.mjs'), '--layer']);
  try {
    const { passed, failed, skipped } = JSON.parse(fs.readFileSync(path.join(resultsDir, 'size.json'), 'utf8'));
    return { passed, failed, skipped };
  } catch {
    return write('size', { passed: 0, failed: 1, skipped: 0 });
  }
}

const LAYERS = {
  modern: [
    ['typecheck', () => check('typecheck', 'typecheck')],
    ['lint', () => check('lint', 'lint')],
    ['size', size],
    ['unit', unit],
    ['e2e-modern', () => e2e('modern')],
    // its own karma run and layer: WebKitGTK has no peer connection, so most of its tests are
    // skipped (listed as such), and it must not hide in the modern engines' numbers
    ['e2e-webkit', () => e2e('webkit')],
    ['cross-modern', () => cross('modern')],
    ['consumers', consumers],
  ],
  old: [
    ['e2e-old', () => e2e('old')],
    ['cross-old', () => cross('old')],
  ],
};

const kind = process.argv[2] || 'modern';
if (!LAYERS[kind]) {
  console.error(`usage: node scripts/test.mjs <${Object.keys(LAYERS).join('|')}>`);
  process.exit(2);
}

const summary = [];
for (const [layer, fn] of LAYERS[kind]) {
  fs.rmSync(path.join(resultsDir, `${layer}.json`), { force: true });
  console.log(`\n━━ ${layer} ━━`);
  const started = Date.now();
  const counts = await fn();
  summary.push({ layer, ...counts, seconds: (Date.now() - started) / 1000 });
}

let passed = 0;
let failed = 0;
let empty = false;
console.log(`\n━━ summary (${kind}) ━━`);
for (const s of summary) {
  passed += s.passed;
  failed += s.failed;
  const ran = s.passed + s.failed + s.skipped;
  if (ran === 0) empty = true;
  const status = s.failed ? 'FAIL' : ran === 0 ? 'EMPTY' : 'ok';
  console.log(
    `${s.layer.padEnd(12)} ${status.padEnd(5)} passed ${String(s.passed).padStart(4)}  failed ${String(s.failed).padStart(3)}  skipped ${String(s.skipped).padStart(3)}  ${s.seconds.toFixed(1)} s`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || empty ? 1 : 0;
