#!/usr/bin/env node
// Writes the README's compatibility table from the engines themselves: runs
// test/e2e/compat.e2e.js (RTCSHIM_GREP) in every engine of the rig, collects the column each
// engine logs (`RTCSHIM_COMPAT {json}`), and replaces the table between the README's
// `<!-- compat:start -->` and `<!-- compat:end -->` markers. The same e2e test fails in `npm test`
// when the README no longer matches, so the table is never typed by hand.
//
//   npm run compat:table        (= npm run build && node scripts/compat-table.mjs)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const README = path.join(root, 'README.md');
// The engines the table shows, in this order (issues 7 and 8); other engines of the rig are not
// shown. WebKitGTK's column is named after the version its WebDriver session reports (below).
const COLUMNS = ['Chromium 156', 'Firefox 153', 'Chromium 73', 'Chromium 92', 'WebKitGTK 2.50'];

function runSet(set) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'karma.mjs'), set], {
      cwd: root,
      env: { ...process.env, RTCSHIM_GREP: 'compatibility table', RTCSHIM_E2E_SET: 'compat-' + set },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    // A stale README makes the test fail; its column is logged all the same.
    child.on('exit', () => resolve(out));
  });
}

/**
 * { engine: { label: cell } } from karma's output. MiniBrowser's user agent names no WebKitGTK
 * version, so the page logs plain `WebKitGTK`; the version (major.minor) comes from the reporter's
 * summary line `e2e webkitgtk 2.50.6 ...`, which has it from the WebDriver session.
 */
export function columnsFrom(output) {
  const found = {};
  const webkit = /^e2e webkitgtk (\d+\.\d+)/m.exec(output);
  for (const match of output.matchAll(/RTCSHIM_COMPAT (\{.*\})/g)) {
    const { engine, cells } = JSON.parse(match[1]);
    found[engine === 'WebKitGTK' && webkit ? engine + ' ' + webkit[1] : engine] = cells;
  }
  return found;
}

export function renderTable(columns) {
  const labels = Object.keys(columns[COLUMNS[0]] ?? Object.values(columns)[0] ?? {});
  const lines = [
    '| member or calling form | ' + COLUMNS.join(' | ') + ' |',
    '| --- |' + COLUMNS.map(() => ' --- |').join(''),
  ];
  for (const label of labels) lines.push('| ' + label + ' | ' + COLUMNS.map((c) => columns[c]?.[label] ?? '?').join(' | ') + ' |');
  return lines.join('\n');
}

export function replaceTable(readme, table) {
  const start = readme.indexOf('<!-- compat:start -->');
  const end = readme.indexOf('<!-- compat:end -->');
  if (start < 0 || end < start) throw new Error('README.md has no <!-- compat:start --> ... <!-- compat:end --> markers');
  return readme.slice(0, start) + '<!-- compat:start -->\n' + table + '\n' + readme.slice(end);
}

async function main() {
  const output = (await runSet('modern')) + (await runSet('old')) + (await runSet('webkit'));
  const columns = columnsFrom(output);
  const missing = COLUMNS.filter((c) => !columns[c]);
  if (missing.length) {
    console.error('compat-table: no column from ' + missing.join(', ') + ' (measured: ' + Object.keys(columns).join(', ') + '); README.md left as it was');
    process.exit(1);
  }
  fs.writeFileSync(README, replaceTable(fs.readFileSync(README, 'utf8'), renderTable(columns)));
  console.log('compat-table: README.md table written for ' + COLUMNS.join(', '));
}

// No top-level await: the unit tests load this module through a CommonJS transform.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}
