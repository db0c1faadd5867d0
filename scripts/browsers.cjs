// The one place that knows the test and bench browsers: which binary to start, the old Chromium
// builds from the npm registry, every Chromium flag and every Firefox pref. karma.conf.js, the
// bench, scripts/chromium-probe.mjs and scripts/old-chromium.mjs all take them from here.
// Where each setting comes from: ../shared/BROWSERS.md.
//
// CommonJS because karma loads karma.conf.js with require(), and Node 18 cannot require() an ES
// module; the .mjs scripts import it all the same.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

// ---------------------------------------------------------------------------------------------
// binaries

function firstExisting(candidates) {
  return candidates.find((p) => fs.existsSync(p)) || candidates[candidates.length - 1];
}

// Debian's /usr/bin/chromium is a shell script: it sources /etc/chromium.d/ (which adds
// --enable-gpu-rasterization, --enable-remote-extensions, --load-extension=..., --disable-pings,
// --media-router=0 and, with a small /dev/shm, --disable-dev-shm-usage; and exports Google API
// keys), then execs /usr/lib/chromium/chromium. Karma and the bench both start the real binary, so
// that the flags below are all the flags it gets.
function chromiumBinary() {
  return process.env.CHROMIUM_BIN || process.env.CHROME_BIN ||
    firstExisting(['/usr/lib/chromium/chromium', '/usr/bin/chromium']);
}

function firefoxBinary() {
  return process.env.FIREFOX_BIN || firstExisting(['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

// WebKitGTK (Debian's webkit2gtk-driver pulls in libwebkit2gtk with its MiniBrowser): karma starts
// scripts/karma/webkitgtk.mjs, which drives MiniBrowser through WebKitWebDriver.
function webkitgtkBinary() {
  return process.env.WEBKITGTK_BIN || firstExisting([
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
}

function webkitWebDriverBinary() {
  return process.env.WEBKIT_WEBDRIVER_BIN || '/usr/bin/WebKitWebDriver';
}

// Old headless Chromium builds shipped inside npm packages; scripts/old-chromium.mjs fetches them.
// The key's number is the engine's major version; `env` overrides the binary's path.
const cacheDir = process.env.RTCSHIM_BROWSER_CACHE || path.join(root, '.cache', 'browsers');
const OLD_CHROMIUMS = {
  chromium73: { pkg: 'chrome-aws-lambda@1.12.2', env: 'CHROMIUM73_BIN' },
  chromium92: { pkg: 'chrome-aws-lambda@10.1.0', env: 'CHROMIUM92_BIN' },
  // The mid-age engine where description-init-result and implicit-set-local-description still
  // apply and the two older-range shims no longer do (scripts/chromium-probe.mjs measured it).
  chromium123: { pkg: '@sparticuz/chromium@123.0.0', env: 'CHROMIUM123_BIN' },
};

/** Where a fetched build lives under .cache/browsers/ (whether or not it is there yet). */
function cachedChromiumPath(dirName) {
  return path.join(cacheDir, dirName, 'chromium');
}

/** The binary karma starts for an old build: its env override, else the fetched copy. */
function oldChromiumBinary(key) {
  return process.env[OLD_CHROMIUMS[key].env] || cachedChromiumPath(key);
}

// ---------------------------------------------------------------------------------------------
// Chromium flags

// Every Chromium we start, whatever for: no display, root, no GPU, and nothing that talks to
// the network on its own (the namespace would drop it anyway, but retries cost CPU).
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// Tests: a fake camera and microphone, granted without a prompt.
const FAKE_MEDIA_FLAGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

// The old builds are headless shells: they exit right after loading the page unless a DevTools
// port is open. Port 0 picks a free one, so two of them can run at once. A Chromium we start
// ourselves (not through karma's launcher) gets it too, whichever build it is.
const KEEP_ALIVE_FLAGS = ['--remote-debugging-port=0'];

// From 88 on, Chromium hides host addresses behind <uuid>.local names; the old builds turn that
// off so that ICE in the namespace needs no mDNS. Chromium 156 keeps it: tests must cope.
const OLD_CHROMIUM_FLAGS = ['--disable-features=WebRtcHideLocalIpsWithMdns'];

// The bench reads the heap and keeps a busy renderer from being throttled. karma's launcher adds
// the throttling ones for the tests itself.
const BENCH_CHROMIUM_FLAGS = [
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
  '--disable-extensions',
  '--no-default-browser-check',
  '--mute-audio',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

// Tests: Chromium allows 500 RTCPeerConnections per renderer, and a closed one counts until it is
// garbage-collected; test/e2e/support/engine.js collects between tests with the exposed gc().
const GC_FLAGS = ['--js-flags=--expose-gc'];

/** Flags for a karma launcher; `old` for the headless-shell builds. */
function chromiumTestFlags({ old = false } = {}) {
  return CHROMIUM_FLAGS.concat(FAKE_MEDIA_FLAGS, GC_FLAGS, old ? KEEP_ALIVE_FLAGS.concat(OLD_CHROMIUM_FLAGS) : []);
}

/** Flags for the bench, which starts Chromium itself. */
function chromiumBenchFlags() {
  return CHROMIUM_FLAGS.concat(KEEP_ALIVE_FLAGS, BENCH_CHROMIUM_FLAGS);
}

/**
 * Flags for one side of a cross-engine call (scripts/cross.mjs): the e2e flags (fake capture, raw
 * host addresses on the old builds), a DevTools port to keep every build alive, and no timer
 * throttling, as karma's launcher adds for the e2e runs.
 */
function chromiumCallFlags({ old = false } = {}) {
  return CHROMIUM_FLAGS.concat(FAKE_MEDIA_FLAGS, KEEP_ALIVE_FLAGS, old ? OLD_CHROMIUM_FLAGS : [],
    ['--disable-background-timer-throttling', '--disable-renderer-backgrounding']);
}

/** Flags for a page that measures the engine (scripts/chromium-probe.mjs): fake capture devices. */
function chromiumProbeFlags() {
  return CHROMIUM_FLAGS.concat(KEEP_ALIVE_FLAGS, FAKE_MEDIA_FLAGS);
}

// ---------------------------------------------------------------------------------------------
// WebKitGTK switches

// MiniBrowser's own options (`MiniBrowser --help-all` under a display): --automation lets
// WebKitWebDriver drive it; MediaStream on, and mock capture devices, which a page under WebDriver
// gets without a prompt. Debian's build has no WebRTC: no RTCPeerConnection, with or without
// --enable-webrtc=true (measured).
const WEBKITGTK_TEST_ARGS = ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'];

/** What scripts/karma/webkitgtk.mjs needs: MiniBrowser, WebKitWebDriver and MiniBrowser's switches. */
function webkitgtkOptions() {
  return { binary: webkitgtkBinary(), driver: webkitWebDriverBinary(), args: WEBKITGTK_TEST_ARGS };
}

// ---------------------------------------------------------------------------------------------
// Firefox prefs

// Nothing that phones home and no first-run UI: halves Firefox's start-up here (7 s -> 4 s).
const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.policy.firstRunURL': '',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.newtabpage.enabled': false,
  'browser.aboutwelcome.enabled': false,
  'browser.sessionstore.resume_from_crash': false,
  'browser.tabs.warnOnClose': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
};

// Tests: a fake camera and microphone, no permission prompt.
const FAKE_MEDIA_PREFS = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
};

const BENCH_FIREFOX_PREFS = {
  // full-precision performance.now() (the bench page is cross-origin isolated as well)
  'privacy.reduceTimerPrecision': false,
  // performance.mozMemory: the page's heap (zone.gcBytes), the only one page script can read
  'dom.enable_memory_stats': true,
};

function firefoxTestPrefs() {
  return Object.assign({}, FIREFOX_PREFS, FAKE_MEDIA_PREFS);
}

function firefoxBenchPrefs() {
  return Object.assign({}, FIREFOX_PREFS, BENCH_FIREFOX_PREFS);
}

/** Arguments for a Firefox we start ourselves, with `prefs` written into the profile's user.js. */
function firefoxArgs(profile, url, prefs) {
  const lines = Object.keys(prefs).map((k) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(prefs[k])});`);
  fs.writeFileSync(path.join(profile, 'user.js'), lines.join('\n') + '\n');
  return ['--headless', '--no-remote', '--profile', profile, url];
}

module.exports = {
  chromiumBinary,
  firefoxBinary,
  webkitgtkBinary,
  webkitWebDriverBinary,
  webkitgtkOptions,
  cacheDir,
  OLD_CHROMIUMS,
  cachedChromiumPath,
  oldChromiumBinary,
  CHROMIUM_FLAGS,
  chromiumTestFlags,
  chromiumCallFlags,
  chromiumBenchFlags,
  chromiumProbeFlags,
  firefoxTestPrefs,
  firefoxBenchPrefs,
  firefoxArgs,
};
