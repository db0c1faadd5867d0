// Command-line options of scripts/bench.mjs (its header comment is the --help text).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';

export function die(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

function posInt(v, name) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) die(`${name} must be a positive integer`);
  return n;
}

function nonNegInt(v, name) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) die(`${name} must be a non-negative integer`);
  return n;
}

/**
 * @param argv the arguments after the script name
 * @param known { engines: names --browsers accepts, columns: names --extra may not take, helpFile }
 */
export function parseArgs(argv, known) {
  const o = {
    iterations: 30,
    warmup: 3,
    browsers: ['chromium', 'firefox'],
    ours: path.join(ROOT, 'dist/adapter.min.js'),
    out: path.join(ROOT, '.bench/results.json'),
    settleMs: 40,
    netns: true,
    diagnose: false,
    extra: [],
    warm: false,
    areas: true,
    srd: true,
    srdCalls: 200,
  };
  let warmupGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) die(`missing value for ${a}`);
      return v;
    };
    if (a === '--iterations') o.iterations = posInt(val(), a);
    else if (a === '--warmup') {
      o.warmup = nonNegInt(val(), a);
      warmupGiven = true;
    } else if (a === '--warm') o.warm = true;
    else if (a === '--browsers') o.browsers = val().split(',').filter(Boolean);
    else if (a === '--ours') o.ours = path.resolve(val());
    else if (a === '--out') o.out = path.resolve(val());
    else if (a === '--settle-ms') o.settleMs = nonNegInt(val(), a);
    else if (a === '--no-netns') o.netns = false;
    else if (a === '--diagnose') o.diagnose = true;
    else if (a === '--no-areas') o.areas = false;
    else if (a === '--no-srd') o.srd = false;
    else if (a === '--srd-calls') o.srdCalls = posInt(val(), a);
    else if (a === '--extra') {
      const m = val().match(/^([a-z][\w-]*)=(.+)$/i);
      if (!m || known.columns.includes(m[1])) die('--extra takes name=path, with a name not already a column');
      o.extra.push({ name: m[1], file: path.resolve(m[2]) });
    } else if (a === '-h' || a === '--help') {
      // the help text is the entry script's header comment
      const lines = fs.readFileSync(known.helpFile, 'utf8').split('\n').slice(1);
      console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).join('\n'));
      process.exit(0);
    } else die(`unknown argument ${a}`);
  }
  if (o.warm && !warmupGiven) o.warmup = 6;
  for (const b of o.browsers) if (!known.engines.includes(b)) die(`unknown browser ${b} (have: ${known.engines.join(', ')})`);
  return o;
}
