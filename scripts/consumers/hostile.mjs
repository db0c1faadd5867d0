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
  return pages;
}
