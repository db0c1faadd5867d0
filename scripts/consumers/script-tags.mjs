// Consumer group "script-tags" (scripts/consumers.mjs): the INSTALLED tarball's script bundles
// (/_pkg/adapter.js, /_pkg/adapter.min.js) loaded by plain <script src> tags, no bundler, as a page
// that copies dist/ (or uses unpkg) does. Page code: test/consumers/script-tags/page.js (one ES
// module for every page; <html data-kind> says which case), served at /_script-tags/.
//   script-tag, script-tag-min: one bundle; the global `adapter` reports what adapter.js's own
//     bundle (webrtc-adapter, the repo's devDependency, served at /_vendor/adapter.js) reports in a
//     reference iframe.
//   script-tag-twice, script-tag-min-then-full: a second copy changes nothing and says so.
//   script-tag-after-adapterjs: adapter.js's bundle first, then rtcshim's: rtcshim notices it
//     (adapter.previous) and installs on top without patching anything twice.
// Every page then checks that events (track, addstream, icecandidate, negotiationneeded,
// removestream) and legacy callbacks fire once, makes a call with the spec API and one with the
// legacy API (addStream, callback signalling, removeStream), reads a maplike getStats report,
// captures (spec errors, legacy navigator.getUserMedia), and that no shim failed to install.
import fs from 'node:fs';
import path from 'node:path';

const COMMON = [
  'no errors while the scripts load',
  'events fire once: track, addstream, icecandidate, negotiationneeded',
  'legacy callbacks fire once: createOffer, setLocalDescription',
  'call: audio and data channel',
  'legacy call: addStream, getLocalStreams, onaddstream, callback signalling',
  'getStats: a maplike RTCStatsReport',
  'legacy removeStream: removestream fires once',
  'capture: spec errors, legacy navigator.getUserMedia once',
  'no shim failed to install',
];
const KIND_CHECKS = {
  plain: ['patched on load', 'global adapter: browserDetails as adapter.js reports them', 'global adapter: applied, skipped, version, previous'],
  twice: ['second copy applies nothing and says "window already patched by rtcshim <version>"', 'constructors, methods and handlers are the first copy\'s'],
  'after-adapterjs': [
    'adapter.js\'s bundle ran first',
    'adapter.previous reports adapter.js with its browserDetails',
    'global adapter is rtcshim\'s, browser as adapter.js detected it',
    'applies no shim a page without adapter.js does not need',
  ],
};
const SNAPSHOT = '/_script-tags/snapshot.js';
const PAGES = {
  'script-tag': { kind: 'plain', scripts: ['/_pkg/adapter.js'] },
  'script-tag-min': { kind: 'plain', scripts: ['/_pkg/adapter.min.js'] },
  'script-tag-twice': { kind: 'twice', scripts: ['/_pkg/adapter.js', SNAPSHOT, '/_pkg/adapter.js'] },
  'script-tag-min-then-full': { kind: 'twice', scripts: ['/_pkg/adapter.min.js', SNAPSHOT, '/_pkg/adapter.js'] },
  'script-tag-after-adapterjs': { kind: 'after-adapterjs', scripts: ['/_vendor/adapter.js', SNAPSHOT, '/_pkg/adapter.js'] },
};
// reference pages, iframes of the pages above: one bundle alone
const REFERENCES = { adapterjs: '/_vendor/adapter.js', rtcshim: '/_pkg/adapter.js' };

const html = (kind, scripts) => `<!doctype html>${kind ? `<html data-kind="${kind}">` : ''}<meta charset="utf-8">\n` +
  scripts.map((src) => `<script src="${src}"></script>\n`).join('') +
  (kind ? '<script type="module" src="/_script-tags/page.js"></script>\n' : '');

/** Builds the script-tag pages; see scripts/consumers.mjs for ctx. */
export async function build(ctx) {
  const { record, root, site } = ctx;
  if (!fs.existsSync(path.join(site, '_pkg', 'adapter.js')) || !fs.existsSync(path.join(site, '_pkg', 'adapter.min.js'))) {
    record('script-tags: the installed package has dist/adapter.js and dist/adapter.min.js', false, 'missing under /_pkg/');
    return [];
  }
  const vendor = path.join(root, 'node_modules', 'webrtc-adapter', 'out', 'adapter.js');
  fs.mkdirSync(path.join(site, '_vendor'), { recursive: true });
  fs.copyFileSync(vendor, path.join(site, '_vendor', 'adapter.js'));
  const own = path.join(site, '_script-tags');
  fs.mkdirSync(own, { recursive: true });
  for (const file of fs.readdirSync(path.join(root, 'test', 'consumers', 'script-tags'))) {
    fs.copyFileSync(path.join(root, 'test', 'consumers', 'script-tags', file), path.join(own, file));
  }
  for (const [name, src] of Object.entries(REFERENCES)) fs.writeFileSync(path.join(own, `ref-${name}.html`), html(null, [src]));
  const pages = [];
  for (const [name, { kind, scripts }] of Object.entries(PAGES)) {
    fs.mkdirSync(path.join(site, name));
    fs.writeFileSync(path.join(site, name, 'index.html'), html(kind, ['/_script-tags/errors.js', ...scripts]));
    pages.push({ name, checks: [...COMMON.slice(0, 1), ...KIND_CHECKS[kind], ...COMMON.slice(1)] });
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'webrtc-adapter', 'package.json'), 'utf8'));
  record('script-tags: pages built', true, null, `${pages.length} pages; adapter.js ${version} from the devDependency`);
  return pages;
}
