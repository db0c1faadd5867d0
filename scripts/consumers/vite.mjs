// Consumer group "vite" (scripts/consumers.mjs): the tarball installed into a Vite app, each page
// an index.html with a `<script type="module">` built by Vite (the repo's devDependency, its JS API,
// production build: minified, hashed assets) as an app ships it. Sources:
// test/consumers/vite/<entry>/index.html, whose scripts are test/consumers/app/*.js.
import fs from 'node:fs';
import path from 'node:path';
import { AUTO_INSTALL_MARKER, ENTRIES, SIZE_ENTRIES } from './bundlers.mjs';

const PAGES = ['auto', 'factory'];
// One install for this group and the ssr one (each offline install costs seconds of the run).
export const VITE_APP = ['app-vite', ['app', 'common', 'vite', 'ssr']];

// Everything from the call, nothing from the disk: no vite.config.*, no .env files.
const common = (root) => ({ root, configFile: false, envDir: false, logLevel: 'silent' });

/** Builds the Vite pages; see scripts/consumers.mjs for ctx. */
export async function build(ctx) {
  const { record, site } = ctx;
  const appDir = ctx.app(...VITE_APP);
  if (!appDir) return [];
  const vite = await import('vite');
  const pages = [];
  for (const entry of PAGES) {
    const name = `vite-${entry}`;
    const outDir = path.join(site, name);
    try {
      // base './': the page lives under /<name>/, its hashed assets next to it
      await vite.build({ ...common(path.join(appDir, 'vite', entry)), base: './', build: { outDir, emptyOutDir: true } });
      const assets = fs.readdirSync(path.join(outDir, 'assets'));
      const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
      if (!/<script type="module"[^>]* src="[^"]+"/.test(html)) throw new Error(`no module script in index.html: ${html.replace(/\s+/g, ' ')}`);
      const bytes = assets.reduce((sum, file) => sum + fs.statSync(path.join(outDir, 'assets', file)).size, 0);
      pages.push({ name, checks: ENTRIES[entry].checks });
      record(`${name}: builds`, true, null, `${assets.join(', ')}: ${bytes} B`);
      // Vite's default base '/' points them at /assets/, not under /<name>/: the page never loads
      const urls = [...html.matchAll(/ (?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      record(`${name}: index.html loads its assets relative to itself`, urls.length > 0 && urls.every((u) => u.startsWith('./')), `asset URLs: ${urls.join(', ')}`);
    } catch (err) {
      record(`${name}: builds`, false, String(err.message).split('\n').slice(0, 3).join(' '));
    }
  }
  // Size references: each entry alone (test/consumers/app/size-*.js), unminified so that the
  // auto-install marker is still there to find; not written.
  const sizes = {};
  try {
    for (const [entry, file] of Object.entries(SIZE_ENTRIES)) {
      const output = await vite.build({
        ...common(appDir),
        build: { write: false, minify: false, modulePreload: false, rolldownOptions: { input: path.join(appDir, 'app', file) } },
      });
      const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
      sizes[entry] = chunks.map((c) => c.code).join('\n');
    }
  } catch (err) {
    record('vite: size reference bundles', false, String(err.message).split('\n')[0]);
  }
  if (sizes.auto && sizes.factory) {
    const inAuto = AUTO_INSTALL_MARKER.test(sizes.auto);
    const inFactory = AUTO_INSTALL_MARKER.test(sizes.factory);
    record('vite: factory bundle has no auto-install code', inAuto && !inFactory,
      !inAuto ? 'the auto bundle lacks the marker too: AUTO_INSTALL_MARKER is stale' : 'src/index.ts auto-install code in the factory bundle');
    const a = sizes.auto.length;
    const f = sizes.factory.length;
    record('vite: factory bundle smaller than the auto one', f < a, `factory ${f} B >= auto ${a} B`, `factory ${f} B, auto ${a} B (-${a - f} B)`);
  }
  return pages;
}
