// Consumer group "legacy-apps" (scripts/consumers.mjs): the call code of well-known WebRTC samples
// of 2013-2015, written again in our own words with their calling shapes (test/consumers/
// legacy-apps/<app>/js/: prefixed-constructor sniffing, attachMediaStream, mandatory constraints,
// callbacks, addStream/onaddstream, RTP data channel options), each page loading the installed
// tarball's /_pkg/adapter.js with a plain script tag before that code. The app code is never
// changed for rtcshim: rtcshim has to make it work. Each page's checks.js drives the app as its
// user did (clicking its buttons) and reads what the app keeps (its globals and video elements).
//
// RTCSHIM_LEGACY_BARE=1 builds the same pages without the script tag, to show what fails
// without rtcshim (that run is expected to fail).
import fs from 'node:fs';
import path from 'node:path';

const COMMON = ['no error at load', 'ICE connected', 'hangup without error'];
const CALLBACKS = 'no error during the call (failure callbacks included)';
const MEDIA = ['local stream attached and playing', 'remote stream via onaddstream plays'];
export const PAGES = {
  'legacy-apprtc-2013': {
    dir: 'apprtc-2013',
    checks: [...COMMON, 'local stream attached and playing (mandatory maxWidth/maxHeight applied)', 'remote stream via onaddstream plays', CALLBACKS,
      "local stream moved to the mini video (reattachMediaStream, then src = '')", 'the callee shows its own picture again after the bye'],
  },
  'legacy-pc1-2015': { dir: 'pc1-2015', checks: [...COMMON, ...MEDIA, CALLBACKS] },
  'legacy-datachannel-2013': {
    dir: 'datachannel-2013',
    checks: [...COMMON, 'no error during the call', 'data channel opens', 'unreliable as {reliable: false} asked', 'data channel message arrives'],
  },
};
// Where each page's HTML loads rtcshim: the marker comment is replaced by the script tag.
const MARKER = '<!-- rtcshim -->';
export const SCRIPT_TAG = '<script src="/_pkg/adapter.js"></script>';
// The app's own code must not know about rtcshim (a page that calls it would prove nothing).
const MENTIONS_RTCSHIM = /rtcshim|_pkg|\badapter\.(?:browserDetails|applied|skipped|version)\b/;

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyDir(path.join(from, entry.name), path.join(to, entry.name));
    else fs.copyFileSync(path.join(from, entry.name), path.join(to, entry.name));
  }
}

/** Builds the legacy app pages; see scripts/consumers.mjs for ctx. */
export async function build(ctx) {
  const { record, site, root } = ctx;
  const bare = process.env.RTCSHIM_LEGACY_BARE === '1';
  const sources = path.join(root, 'test', 'consumers', 'legacy-apps');
  const pages = [];
  if (!fs.existsSync(path.join(site, '_pkg', 'adapter.js'))) {
    record('legacy-apps: /_pkg/adapter.js from the installed tarball', false, 'the installed package has no dist/adapter.js');
    return pages;
  }
  if (bare) console.log('  legacy-apps: RTCSHIM_LEGACY_BARE=1, pages built WITHOUT rtcshim (expected to fail)');
  for (const [name, page] of Object.entries(PAGES)) {
    const out = path.join(site, name);
    copyDir(path.join(sources, page.dir), out);
    copyDir(path.join(sources, 'support'), out);
    const appFiles = fs.readdirSync(path.join(out, 'js')).map((f) => path.join('js', f));
    const mentions = appFiles.filter((f) => MENTIONS_RTCSHIM.test(fs.readFileSync(path.join(out, f), 'utf8')));
    record(`${name}: app code does not mention rtcshim`, mentions.length === 0, `mentioned in ${mentions.join(', ')}`);
    const htmls = fs.readdirSync(out).filter((f) => f.endsWith('.html'));
    let tags = 0;
    for (const file of htmls) {
      const html = fs.readFileSync(path.join(out, file), 'utf8');
      if (!html.includes(MARKER)) continue;
      tags++;
      fs.writeFileSync(path.join(out, file), html.replace(MARKER, bare ? '<!-- rtcshim left out (RTCSHIM_LEGACY_BARE=1) -->' : SCRIPT_TAG));
    }
    record(`${name}: app pages load /_pkg/adapter.js first`, tags > 0, 'no page has the rtcshim marker', `${tags} page(s)${bare ? ', left out' : ''}`);
    pages.push({ name, checks: page.checks });
  }
  return pages;
}
