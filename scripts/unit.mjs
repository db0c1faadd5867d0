#!/usr/bin/env node
// Run the unit tests (test/unit/**/*.test.ts) with Node's test runner and tsx.
// Node 20's `node --test` takes no glob patterns (21+ does), so the files are listed here.
//
//   node scripts/unit.mjs [node --test options...]      e.g. --test-name-pattern=sdp
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function unitTestFiles(dir = path.join(root, 'test', 'unit')) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => path.relative(root, path.join(dir, f)));
}

/** Run the unit tests; `options` go to `node --test` before the files. Resolves with the exit code. */
export function runUnit(options = []) {
  const files = unitTestFiles();
  if (!files.length) {
    console.error('unit: no test/unit/**/*.test.ts files');
    return Promise.resolve(1);
  }
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...options, ...files], {
    cwd: root,
    stdio: 'inherit',
  });
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code === null ? 1 : code));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runUnit(process.argv.slice(2));
}
