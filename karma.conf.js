// Karma config for rtcshim's real-browser tests (test/e2e/*.e2e.js).
//
// Browsers are chosen by RTCSHIM_BROWSERS: a set name (`modern`, `old`, `webkit`, `all`) or a comma list of
// launcher names below (`chromium,firefox,chromium73,chromium92,webkitgtk`). Default: modern.
// Normally started through `node scripts/karma.mjs <set|names>`, which fetches the old Chromium
// builds, exports their paths and (as root) runs everything inside a private network namespace.
// Binaries, flags and prefs come from scripts/browsers.cjs.
'use strict';

const fs = require('fs');
const path = require('path');

const {
  chromiumBinary, firefoxBinary, OLD_CHROMIUMS, oldChromiumBinary, chromiumTestFlags, firefoxTestPrefs, webkitgtkOptions,
} = require('./scripts/browsers.cjs');

const root = __dirname;

const SETS = {
  modern: ['chromium', 'firefox'],
  old: Object.keys(OLD_CHROMIUMS),
  // npm test's e2e-webkit layer: WebKitGTK, which has capture and playback but no peer connection
  webkit: ['webkitgtk'],
  all: ['chromium', 'firefox'].concat(Object.keys(OLD_CHROMIUMS), ['webkitgtk']),
};

// Bases: scripts/karma/launchers.cjs. karma-chrome-launcher adds --user-data-dir=<fresh temp dir>,
// --no-first-run, --enable-automation and friends itself.
const customLaunchers = {
  chromium: { base: 'RtcshimChromium', rtcshimName: 'chromium', binary: chromiumBinary(), flags: chromiumTestFlags() },
  firefox: { base: 'RtcshimFirefox', rtcshimName: 'firefox', command: firefoxBinary(), prefs: firefoxTestPrefs() },
};
// WebKitGTK's MiniBrowser through WebKitWebDriver, under Xvfb unless DISPLAY is set
// (scripts/karma/webkitgtk.mjs).
customLaunchers.webkitgtk = { base: 'RtcshimWebKitGTK', rtcshimName: 'webkitgtk', webkitgtk: webkitgtkOptions() };
for (const key of Object.keys(OLD_CHROMIUMS)) {
  customLaunchers[key] = { base: 'RtcshimChromium', rtcshimName: key, binary: oldChromiumBinary(key), flags: chromiumTestFlags({ old: true }) };
}

function selectBrowsers(spec) {
  const names = [];
  String(spec || 'modern').split(/[\s,]+/).filter(Boolean).forEach((item) => {
    const expanded = SETS[item] || [item];
    expanded.forEach((name) => {
      if (!customLaunchers[name]) {
        throw new Error(`Unknown browser "${name}"; use one of ${Object.keys(SETS).concat(Object.keys(customLaunchers)).join(', ')}`);
      }
      if (!names.includes(name)) names.push(name);
    });
  });
  return names;
}

const served = (pattern) => ({ pattern, included: false, served: true, watched: false, nocache: true });
const hasOtherDist = fs.existsSync(path.join(root, 'dist')) &&
  fs.readdirSync(path.join(root, 'dist')).some((f) => f !== 'adapter.js');
const optionalDirs = ['demo', 'test/e2e/fixtures', 'test/fixtures'].filter((dir) => fs.existsSync(path.join(root, dir)));

module.exports = function (config) {
  const browsers = selectBrowsers(process.env.RTCSHIM_BROWSERS);
  // scripts/karma.mjs passes the set name; when karma is started by hand, name it after the list.
  const set = process.env.RTCSHIM_E2E_SET || String(process.env.RTCSHIM_BROWSERS || 'modern').replace(/[^A-Za-z0-9_-]+/g, '-');
  const resultsFile = path.join(root, '.test-results', `e2e-${set}.json`);

  config.set({
    basePath: root,
    frameworks: ['mocha'],
    files: [
      // first: checks that every test file ran (see the file and scripts/karma/reporter.cjs)
      { pattern: 'test/e2e/support/load-check.js', watched: false },
      { pattern: 'node_modules/chai/chai.js', watched: false },
      // helpers the e2e files share
      { pattern: 'test/e2e/support/engine.js', watched: false },
      { pattern: 'test/e2e/support/frames.js', watched: false },
      { pattern: 'test/e2e/support/rtc.js', watched: false },
      // The built UMD bundle, loaded by a plain <script> as a page would; it sets window.adapter.
      { pattern: 'dist/adapter.js', watched: false, nocache: true },
      // Test-only: src/sdp's rewrites as window.rtcshimSdp, built by scripts/sdp-bundle.mjs
      // (scripts/karma.mjs runs it first); loaded by test/e2e/sdp-rewrites.e2e.js itself.
      { pattern: '.e2e-build/rtcshim-sdp.js', included: false, served: true, watched: false, nocache: true },
      // not nocache: karma applies no preprocessor to nocache files
      { pattern: 'test/e2e/**/*.e2e.js', watched: false },
      // Served but not loaded: other builds, the demo page and fixtures, e.g. for an iframe at
      // /base/demo/index.html. The first pattern that matches a file wins, so dist/adapter.js
      // above stays included.
    ]
      .concat(hasOtherDist ? [served('dist/**')] : [])
      .concat(optionalDirs.map((dir) => served(`${dir}/**`)))
      // The README, whose compatibility table test/e2e/compat.e2e.js checks against the engine.
      .concat([served('README.md')]),
    // The repo's fixtures (test/fixtures/sdp: SDP captured from real browsers) are served at
    // /base/test/fixtures/ (optionalDirs above); nothing is read from ../shared.

    preprocessors: { 'test/e2e/**/*.e2e.js': ['rtcshim-e2e-loaded'] },
    plugins: [
      'karma-mocha',
      'karma-chrome-launcher',
      'karma-firefox-launcher',
      require('./scripts/karma/launchers.cjs'),
      require('./scripts/karma/reporter.cjs'),
      require('./scripts/karma/mark-loaded.cjs'),
    ],
    customLaunchers,
    browsers,
    reporters: ['rtcshim'],
    rtcshimReporter: { outputFile: resultsFile, set },

    // Only ever on loopback.
    listenAddress: '127.0.0.1',
    hostname: '127.0.0.1',
    port: 9876,

    client: {
      captureConsole: true,
      // RTCSHIM_GREP=pattern runs only the matching tests (mocha's grep on the full title).
      mocha: Object.assign({ timeout: 20000 }, process.env.RTCSHIM_GREP ? { grep: process.env.RTCSHIM_GREP } : {}),
    },
    browserConsoleLogOptions: { level: 'log', terminal: true },

    singleRun: true,
    autoWatch: false,
    concurrency: Infinity,
    // Old engines and a busy 2-core machine start slowly; a WebRTC test may be quiet for a while.
    captureTimeout: 120000,
    browserNoActivityTimeout: 120000,
    browserDisconnectTimeout: 30000,
    browserDisconnectTolerance: 1,
    processKillTimeout: 5000,
    logLevel: process.env.KARMA_LOG_LEVEL ? config[`LOG_${process.env.KARMA_LOG_LEVEL.toUpperCase()}`] : config.LOG_WARN,
  });
};

module.exports.SETS = SETS;
module.exports.selectBrowsers = selectBrowsers;

