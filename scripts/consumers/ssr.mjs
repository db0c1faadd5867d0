// Consumer group "ssr" (scripts/consumers.mjs): the tarball in a server-side-rendering app. Its
// server entry (test/consumers/ssr/server.js: `import adapter from 'rtcshim'` and
// `import { createAdapter } from 'rtcshim/factory'`) is built for Node three ways:
//   ssr-vite-external  Vite's SSR build as it comes: dependencies left as imports (ESM, .mjs)
//   ssr-vite-bundled   Vite's SSR build with `ssr: { noExternal: true }`: rtcshim and sdp-transform
//                      inside the server bundle (ESM, .mjs)
//   ssr-webpack-node   webpack 5 `target: 'node'`: everything bundled (CommonJS, .cjs)
// and each output run in a fresh Node process (test/consumers/ssr/run.mjs around it). Node-side
// checks only: no page. The app is the Vite group's (one install).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { VITE_APP } from './vite.mjs';

const NOT_A_BROWSER = 'Not a browser.';

async function viteSsr(appDir, outDir, noExternal) {
  const vite = await import('vite');
  await vite.build({
    root: appDir, configFile: false, envDir: false, logLevel: 'silent',
    ...(noExternal ? { ssr: { noExternal: true } } : {}),
    build: {
      ssr: path.join(appDir, 'ssr', 'server.js'), outDir, emptyOutDir: true,
      // an ES module whatever the app's package.json says (it has no "type")
      rolldownOptions: { output: { entryFileNames: '[name].mjs' } },
    },
  });
  return path.join(outDir, 'server.mjs');
}

async function webpackNode(appDir, outDir) {
  const webpack = (await import('webpack')).default;
  const config = {
    mode: 'production', target: 'node', context: appDir, entry: path.join(appDir, 'ssr', 'server.js'), devtool: false,
    optimization: { minimize: false }, performance: false,
    output: { path: outDir, filename: 'server.cjs' },
  };
  const stats = await new Promise((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toJson({ all: false, errors: true }).errors.map((e) => e.message).join(' '));
  return path.join(outDir, 'server.cjs');
}

const BUILDS = {
  'ssr-vite-external': { external: true, build: (appDir, outDir) => viteSsr(appDir, outDir, false) },
  'ssr-vite-bundled': { external: false, build: (appDir, outDir) => viteSsr(appDir, outDir, true) },
  'ssr-webpack-node': { external: false, build: webpackNode },
};

// `import … from "rtcshim"`, `require("rtcshim/factory")`, `import("rtcshim")` as the bundlers write
// them (double quotes; rtcshim's own comments quote `require('rtcshim')` in single ones)
const IMPORTS_RTCSHIM = /(?:^import\b[^;\n]*\bfrom\s*|\brequire\(|\bimport\()"rtcshim(?:\/factory)?"/m;

/** Runs a server bundle in a fresh Node; its report (entry line) and the globals it added. */
function run(appDir, bundle) {
  const env = { ...process.env, NODE_ENV: 'production' };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [path.join(appDir, 'ssr', 'run.mjs'), bundle], { cwd: appDir, env, encoding: 'utf8', timeout: 20_000 });
  const lines = (r.stdout || '').split('\n').filter(Boolean);
  const json = (line) => {
    try {
      return JSON.parse(line);
    } catch {
      return null;
    }
  };
  // the entry's line, then run.mjs's; anything else is output the import caused
  const entry = lines.map(json).find((v) => v && typeof v === 'object' && 'browser' in v) || null;
  const globalsLine = json(lines[lines.length - 1]);
  const problems = [];
  if (r.status !== 0) problems.push(`exit ${r.status}${r.signal ? ` (${r.signal})` : ''}${r.error ? ` ${r.error.message}` : ''}`);
  if (r.stderr) problems.push(`stderr: ${r.stderr.trim().split('\n').slice(0, 4).join(' | ')}`);
  if (lines.length !== 2 || !entry || !globalsLine) problems.push(`stdout is not the entry's line and the globals line: ${JSON.stringify(lines.slice(0, 4))}`);
  const report = entry && globalsLine && Array.isArray(globalsLine.addedGlobals) ? { entry, addedGlobals: globalsLine.addedGlobals } : null;
  return { problems, report };
}

/** Builds and runs the SSR bundles; see scripts/consumers.mjs for ctx. */
export async function build(ctx) {
  const { record } = ctx;
  // the Vite group's app (test/consumers/ssr/ is in it)
  const appDir = ctx.app(...VITE_APP);
  if (!appDir) return [];
  for (const [name, how] of Object.entries(BUILDS)) {
    let bundle;
    try {
      bundle = await how.build(appDir, path.join(appDir, `out-${name}`));
      const code = fs.readFileSync(bundle, 'utf8');
      record(`${name}: builds`, true, null, `${path.basename(bundle)} ${code.length} B`);
      // the build is the one it claims to be: rtcshim imported at run time, or inside the bundle
      const imports = IMPORTS_RTCSHIM.test(code);
      if (how.external) record(`${name}: rtcshim left external (imported at run time)`, imports, 'no import of rtcshim in the bundle');
      else record(`${name}: rtcshim inside the bundle`, !imports && code.includes('Not a browser.'), imports ? 'the bundle imports rtcshim' : 'no rtcshim code in the bundle');
    } catch (err) {
      record(`${name}: builds`, false, String(err.message).split('\n').slice(0, 3).join(' '));
      continue;
    }
    const { problems, report } = run(appDir, bundle);
    const missing = 'no report from the entry';
    record(`${name}: runs in Node ${process.versions.node} (exit 0, no output but the entry's)`, problems.length === 0, problems.join('; '));
    record(`${name}: import adds no global`, Boolean(report) && report.addedGlobals.length === 0,
      report ? `new globals: ${report.addedGlobals.join(', ')}` : missing);
    const entry = report && report.entry;
    record(`${name}: adapter.browserDetails.browser is '${NOT_A_BROWSER}'`, Boolean(entry) && entry.browser === NOT_A_BROWSER,
      entry ? `it is ${JSON.stringify(entry.browser)}` : missing);
    record(`${name}: adapter.applied is empty`, Boolean(entry) && Array.isArray(entry.applied) && entry.applied.length === 0,
      entry ? `applied: ${JSON.stringify(entry.applied)}` : missing);
    for (const label of ['{}', '{ window: undefined }']) {
      const created = entry && entry.created && entry.created[label];
      const ok = Boolean(created) && !created.threw && created.browser === NOT_A_BROWSER && created.applied === 0;
      record(`${name}: createAdapter(${label}) returns a no-op adapter`, ok,
        !created ? missing : created.threw ? `threw: ${created.threw.split('\n')[0]}` : `browser ${JSON.stringify(created.browser)}, ${created.applied} applied`);
    }
  }
  return [];
}
