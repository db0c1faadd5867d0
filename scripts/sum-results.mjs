#!/usr/bin/env node
// Sum every .test-results/*.json ({passed, failed, skipped}) into one plain closing line:
//   N passed, N failed
//
//   node scripts/sum-results.mjs [--expect layer,layer,...]
// A layer named in --expect without a results file counts as one failure (it never ran).
// Exits 1 when anything failed or nothing ran.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, '.test-results');

const expectArg = process.argv.indexOf('--expect');
const expected = expectArg > 0 ? (process.argv[expectArg + 1] || '').split(',').filter(Boolean) : [];

const totals = { passed: 0, failed: 0, skipped: 0 };
const seen = new Set();
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
for (const file of files) {
  const layer = file.slice(0, -'.json'.length);
  let r;
  try {
    r = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (err) {
    console.log(`${layer.padEnd(12)} unreadable results (${err.message}): counted as 1 failure`);
    totals.failed += 1;
    seen.add(layer);
    continue;
  }
  seen.add(layer);
  for (const key of Object.keys(totals)) totals[key] += Number(r[key]) || 0;
  console.log(`${layer.padEnd(12)} passed ${String(r.passed).padStart(4)}  failed ${String(r.failed).padStart(3)}  skipped ${String(r.skipped).padStart(3)}`);
}
for (const layer of expected) {
  if (!seen.has(layer)) {
    console.log(`${layer.padEnd(12)} no results: counted as 1 failure`);
    totals.failed += 1;
  }
}
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
