#!/usr/bin/env node
// `npm audit` for the runtime dependencies only (`--omit=dev`: what an app installs with
// rtcshim). It needs the registry's advisory endpoint, so it is a script (`npm run
// audit:runtime`), not a unit test. Exit 0: clean; 1: vulnerabilities (listed); 2: the audit
// could not run (no network, or a registry without the advisory endpoint): NOT a pass. Never
// --offline: with no advisories fetched it reports 0 vulnerabilities, which proves nothing.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const ran = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(ran.stdout);
} catch {
  report = undefined;
}
const total = report?.metadata?.vulnerabilities?.total;
if (typeof total !== 'number') {
  const why = report?.message || report?.error?.summary || ran.error?.message || (ran.stderr || '').trim().split('\n').pop() || 'no report';
  console.error('audit:runtime: npm audit could not run: ' + why);
  process.exit(2);
}
const prod = report.metadata.dependencies?.prod;
if (total === 0) {
  console.log(`audit:runtime: 0 vulnerabilities in ${prod ?? '?'} runtime packages`);
} else {
  for (const [name, v] of Object.entries(report.vulnerabilities)) console.log(`${v.severity.padEnd(9)} ${name} ${v.range}`);
  console.log(`audit:runtime: ${total} vulnerabilities in runtime dependencies`);
}
process.exitCode = total === 0 ? 0 : 1;
