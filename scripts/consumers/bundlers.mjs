// Consumer group "bundlers" (scripts/consumers.mjs): the tarball installed into one app per
// bundler (esbuild, rollup, webpack 5, from the repo's devDependencies), its entries bundled as
// apps write them, one page per bundle. Sources: test/consumers/app/ (+ common/harness.js).
import fs from 'node:fs';
import path from 'node:path';

// Entries: what each page reports (a check not reported fails).
export const ENTRIES = {
  auto: { file: 'auto.js', checks: ['patched on import', 'call: audio and data channel'] },
  factory: { file: 'factory.js', checks: ['not patched on import', 'createAdapter({ window }) patches', 'call: audio and data channel'] },
  cjs: { file: 'cjs.cjs', checks: ['patched on require', 'call: audio and data channel'] },
};
// Bundled only to compare sizes: each entry alone, no page code.
export const SIZE_ENTRIES = { auto: 'size-auto.js', factory: 'size-factory.js' };
const BUNDLERS = { esbuild: ['auto', 'factory', 'cjs'], rollup: ['auto', 'factory'], webpack: ['auto', 'factory'] };
// src/index.ts's auto-install call, as the bundlers keep it (they do not minify here); the window
// argument left open: rolldown (Vite) inlines src/index.ts's `pageWindow` into it.
export const AUTO_INSTALL_MARKER = /createAdapterWith\(registry, \{ window\b/;

// rollup leaves an import it cannot resolve as a global (a page that dies on load): fail the build
function onwarn(warning) {
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
}

async function bundle(bundler, appDir, file, outFile) {
  const input = path.join(appDir, file);
  if (bundler === 'esbuild') {
    const esbuild = await import('esbuild');
    await esbuild.build({ entryPoints: [input], bundle: true, platform: 'browser', format: 'iife', outfile: outFile, absWorkingDir: appDir, logLevel: 'silent' });
    await esbuild.stop();
  } else if (bundler === 'webpack') {
    const webpack = (await import('webpack')).default;
    // production: tree shaking and `sideEffects` as apps get them; unminified, for the marker check
    const config = {
      mode: 'production', context: appDir, entry: input, devtool: false, optimization: { minimize: false },
      output: { path: path.dirname(outFile), filename: path.basename(outFile), iife: true },
    };
    const stats = await new Promise((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s))));
    if (stats.hasErrors()) throw new Error(stats.toJson({ all: false, errors: true }).errors.map((e) => e.message).join(' '));
  } else {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const commonjs = (await import('@rollup/plugin-commonjs')).default;
    const build = await rollup({ input, plugins: [nodeResolve({ browser: true }), commonjs()], onwarn });
    await build.write({ file: outFile, format: 'iife' });
    await build.close();
  }
}

/** Builds the bundler pages; see scripts/consumers.mjs for ctx. */
export async function build(ctx) {
  const { record, site, tmp } = ctx;
  const pages = [];
  for (const [bundler, entries] of Object.entries(BUNDLERS)) {
    const appDir = ctx.app(`app-${bundler}`, ['app', 'common']);
    if (!appDir) continue;
    const sizes = {};
    for (const entry of entries) {
      const name = `${bundler}-${entry}`;
      const out = path.join(site, name, 'bundle.js');
      fs.mkdirSync(path.dirname(out));
      try {
        await bundle(bundler, appDir, path.join('app', ENTRIES[entry].file), out);
        fs.writeFileSync(path.join(site, name, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="bundle.js"></script>\n');
        pages.push({ name, checks: ENTRIES[entry].checks });
        record(`${name}: bundles`, true, null, `${fs.statSync(out).size} B`);
      } catch (err) {
        record(`${name}: bundles`, false, String(err.message).split('\n').slice(0, 3).join(' '));
      }
    }
    try {
      for (const [entry, file] of Object.entries(SIZE_ENTRIES)) {
        const out = path.join(tmp, `size-${bundler}-${entry}.js`);
        await bundle(bundler, appDir, path.join('app', file), out);
        sizes[entry] = fs.readFileSync(out, 'utf8');
      }
    } catch (err) {
      record(`${bundler}: size reference bundles`, false, String(err.message).split('\n')[0]);
    }
    if (sizes.auto && sizes.factory) {
      const inAuto = AUTO_INSTALL_MARKER.test(sizes.auto);
      const inFactory = AUTO_INSTALL_MARKER.test(sizes.factory);
      record(`${bundler}: factory bundle has no auto-install code`, inAuto && !inFactory,
        !inAuto ? 'the auto bundle lacks the marker too: AUTO_INSTALL_MARKER is stale' : 'src/index.ts auto-install code in the factory bundle');
      const a = sizes.auto.length;
      const f = sizes.factory.length;
      record(`${bundler}: factory bundle smaller than the auto one`, f < a, `factory ${f} B >= auto ${a} B`, `factory ${f} B, auto ${a} B (-${a - f} B)`);
    }
  }
  return pages;
}
