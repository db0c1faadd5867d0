// Consumer group "hostile" (scripts/consumers.mjs, issue 10 "Hostile pages"): the INSTALLED
// tarball's script bundles (/_pkg/adapter.js, /_pkg/adapter.min.js) on pages that make loading
// hard: a strict CSP sent as an HTTP header, objects frozen before rtcshim loads, the app's own
// RTCPeerConnection subclass, iframes, workers. rtcshim must never throw at load, patch what it
// can, and say in `adapter.skipped` what it could not and why. Page sources: test/consumers/hostile/
// (served at /_hostile/; each page here is only its index.html, which loads them).
import fs from 'node:fs';
import path from 'node:path';

const FROZEN_CHECKS = [
  'loads without error, the lock held',
  'applied: only what is really installed',
  'skipped: what the lock stopped, saying why',
  'patched where the lock does not reach',
  'call with what still works',
];

const CSP = "default-src 'self'; script-src 'self'; connect-src 'self'";
const CSP_CHECKS = [
  'loads without error or CSP violation',
  'patched as on a page without CSP',
  'call: spec API',
  'call: legacy API',
  'no CSP violation while loading and calling',
  'the policy is in force',
];
const CSP_PAGES = {
  'hostile-csp': ['/_pkg/adapter.js', CSP],
  'hostile-csp-min': ['/_pkg/adapter.min.js', CSP],
  'hostile-csp-trusted-types': ['/_pkg/adapter.js', `${CSP}; require-trusted-types-for 'script'`],
  'hostile-csp-trusted-types-min': ['/_pkg/adapter.min.js', `${CSP}; require-trusted-types-for 'script'`],
};

const SUBCLASS_CHECKS = [
  'loads without error',
  'RTCPeerConnection is still the app subclass, never constructed by rtcshim',
  "patched as on an untouched page, on the engine's class",
  "new RTCPeerConnection() is the app's",
  'legacy API on an app connection',
  'call: legacy API between app connections',
  'call: spec API between app connections',
];

const IFRAME_CHECKS = [
  'each window patched once, by its own copy',
  'call: spec API, parent to child',
  "call: legacy API, child to parent, with the child's stream",
  'call: legacy API, parent to child',
];
const IFRAME_FACTORY_CHECKS = [
  'nothing patched on import',
  'createAdapter({ window: iframe.contentWindow }) patches only the iframe, once',
  'call in the iframe: legacy API',
  'call: parent (native) to iframe (patched), spec API',
];
const WORKER_CHECKS = [
  'classic worker: importScripts adapter.js',
  'classic worker: importScripts adapter.min.js',
  "module worker: import adapter from 'rtcshim' (bundled)",
];

async function esbuild(appDir, entry, outfile, format) {
  const { build } = await import('esbuild');
  await build({ entryPoints: [path.join(appDir, entry)], bundle: true, platform: 'browser', format, outfile, absWorkingDir: appDir, logLevel: 'silent' });
}

/** `<script>` tags, in order: a path, or [path, 'module']. */
function html(scripts) {
  return '<!doctype html><meta charset="utf-8">\n' + scripts.map((s) => (Array.isArray(s)
    ? `<script type="module" src="${s[0]}"></script>`
    : `<script src="${s}"></script>`)).join('\n') + '\n';
}

const FROZEN = {
  'hostile-frozen-event-target': '/_pkg/adapter.js',
  'hostile-frozen-pc': '/_pkg/adapter.js',
  'hostile-frozen-pc-min': '/_pkg/adapter.min.js',
  'hostile-frozen-navigator': '/_pkg/adapter.js',
  'hostile-frozen-navigator-proto': '/_pkg/adapter.js',
  'hostile-frozen-media-devices': '/_pkg/adapter.js',
};

/** Builds the hostile pages; see scripts/consumers.mjs for ctx. */
export async function build(ctx) {
  const { site, root } = ctx;
  const src = path.join(root, 'test', 'consumers', 'hostile');
  const served = path.join(site, '_hostile');
  fs.mkdirSync(served, { recursive: true });
  for (const file of fs.readdirSync(src)) fs.copyFileSync(path.join(src, file), path.join(served, file));
  const pages = [];
  const page = (name, scripts, checks, headers) => {
    fs.mkdirSync(path.join(site, name), { recursive: true });
    fs.writeFileSync(path.join(site, name, 'index.html'), html(scripts));
    pages.push({ name, checks, ...(headers ? { headers } : {}) });
  };
  for (const [name, bundle] of Object.entries(FROZEN)) {
    page(name, ['/_hostile/watch.js', '/_hostile/lock.js', bundle, ['/_hostile/frozen.js']], FROZEN_CHECKS);
  }
  for (const [name, [bundle, policy]] of Object.entries(CSP_PAGES)) {
    page(name, ['/_hostile/watch.js', bundle, ['/_hostile/csp.js']], CSP_CHECKS, { 'content-security-policy': policy });
  }
  // the app subclasses RTCPeerConnection before rtcshim loads, and after
  page('hostile-subclass-before', ['/_hostile/watch.js', '/_hostile/subclass-app.js', '/_pkg/adapter.js', ['/_hostile/subclass.js']], SUBCLASS_CHECKS);
  page('hostile-subclass-after', ['/_hostile/watch.js', '/_pkg/adapter.js', '/_hostile/subclass-app.js', ['/_hostile/subclass.js']], SUBCLASS_CHECKS);
  page('hostile-iframe', ['/_hostile/watch.js', '/_pkg/adapter.js', ['/_hostile/iframe.js']], IFRAME_CHECKS);
  // bundled from an app with the tarball installed: `rtcshim/factory` and the ESM entry need a
  // bundler (dist/rtcshim.mjs imports sdp-transform by its bare name)
  const appDir = ctx.app('app-hostile', ['hostile']);
  if (appDir) {
    fs.cpSync(path.join(root, 'test', 'consumers', 'common'), path.join(appDir, '_common'), { recursive: true });
    const bundled = [
      ['hostile-iframe-factory', 'hostile/iframe-factory.js', 'bundle.js', 'iife'],
      ['hostile-worker', 'hostile/worker-module.js', 'worker-module.js', 'esm'],
    ];
    for (const [name, entry, out, format] of bundled) {
      try {
        fs.mkdirSync(path.join(site, name), { recursive: true });
        await esbuild(appDir, entry, path.join(site, name, out), format);
        ctx.record(`${name}: ${entry} bundles (esbuild, ${format})`, true, null, `${fs.statSync(path.join(site, name, out)).size} B`);
      } catch (err) {
        ctx.record(`${name}: ${entry} bundles (esbuild, ${format})`, false, String(err.message).split('\n').slice(0, 3).join(' '));
      }
    }
    const { stop } = await import('esbuild');
    await stop();
    page('hostile-iframe-factory', ['/_hostile/watch.js', ['/hostile-iframe-factory/bundle.js']], IFRAME_FACTORY_CHECKS);
    page('hostile-worker', ['/_hostile/watch.js', ['/_hostile/worker.js']], WORKER_CHECKS);
  }
  return pages;
}
