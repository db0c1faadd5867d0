#!/usr/bin/env node
// The size budget (issue 2, checked by issue 10): dist/adapter.min.js min+gzip must be at most
// BUDGETS.size (0.75) x adapter.js's, adapter.js minified the way our bundle is (the bench's size
// module, scripts/bench/size.mjs). Prints both sizes; exits 1 over the budget. Not part of
// `npm test` or .ci/run while the budget fails (see README "Size budget").
//
//   npm run size        (builds first)     node scripts/size.mjs [--json]
import fs from 'node:fs';
import path from 'node:path';
import { BUDGETS } from './bench/budgets.mjs';
import { ROOT } from './bench/paths.mjs';
import { OURS_MIN_OUTPUT, measureSizes } from './bench/size.mjs';

const oursPath = path.join(ROOT, OURS_MIN_OUTPUT);
const adapterPath = path.join(ROOT, 'node_modules/webrtc-adapter/out/adapter.js');
for (const [what, file] of [['rtcshim', oursPath], ['adapter.js (devDependency webrtc-adapter)', adapterPath]]) {
  if (!fs.existsSync(file)) {
    console.error(`size: ${what}: ${path.relative(ROOT, file)} is missing${what === 'rtcshim' ? ': run npm run build' : ': run npm ci'}`);
    process.exit(2);
  }
}
const adapterVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/webrtc-adapter/package.json'), 'utf8')).version;
const { size, minifiedWith } = await measureSizes(fs.readFileSync(adapterPath, 'utf8'), fs.readFileSync(oursPath));
const ours = size.rtcshim;
const theirs = size.adapterjs;
const limit = Math.floor(theirs.minGzip * BUDGETS.size);
const ratio = ours.minGzip / theirs.minGzip;
const pass = ours.minGzip <= limit;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rtcshim: ours, adapterjs: { ...theirs, version: adapterVersion }, budget: BUDGETS.size, limit, ratio, pass }));
} else {
  const row = (name, s) => `${name.padEnd(28)}${String(s.min).padStart(9)} B min${String(s.minGzip).padStart(9)} B min+gzip`;
  console.log(row(OURS_MIN_OUTPUT, ours));
  console.log(row(`adapter.js ${adapterVersion}`, theirs));
  console.log(`adapter.js minified with ${minifiedWith}`);
  console.log(`budget: min+gzip <= ${BUDGETS.size} x ${theirs.minGzip} = ${limit} B; rtcshim is ${ratio.toFixed(2)}x: ${pass ? 'PASS' : 'FAIL'}`);
}
process.exitCode = pass ? 0 : 1;
