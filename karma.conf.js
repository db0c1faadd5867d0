// Karma config for rtcshim's real-browser tests (test/e2e/*.e2e.js).
//
// Browsers are chosen by RTCSHIM_BROWSERS: a set name (`modern`, `old`, `all`) or a comma list of
// launcher names below (`chromium,firefox,chromium73,chromium92`). Default: modern.
// Normally started through `node scripts/karma.mjs <set|names>`, which fetches the old Chromium
// builds, exports their paths and (as root) runs everything inside a private network namespace.
// Binaries, flags and prefs come from scripts/browsers.cjs.
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');

const {
  chromiumBinary, firefoxBinary, OLD_CHROMIUMS, oldChromiumBinary, chromiumTestFlags, firefoxTestPrefs,
} = require('./scripts/browsers.cjs');

const root = __dirname;

const SETS = {
  modern: ['chromium', 'firefox'],
  old: Object.keys(OLD_CHROMIUMS),
  all: ['chromium', 'firefox'].concat(Object.keys(OLD_CHROMIUMS)),
};

// Launchers that remember their name in this config (`rtcshimName`), so the reporter can tell
// which launcher a captured browser came from without setting karma's displayName (which would
// replace the user agent that karma reports as the browser's full name). The Chromium one also
// takes its binary from the definition (`binary`), so that several Chromium builds can run in one
// karma run (the stock launchers all read CHROME_BIN).
function namedLauncher(Base, overrideBinary) {
  function Launcher() {
    Base.apply(this, arguments);
    const args = arguments[Base.$inject.indexOf('args')];
    this.rtcshimName = args.rtcshimName;
    // karma's own log lines name the launcher by this (Firefox's is a read-only prototype property)
    Object.defineProperty(this, 'name', { value: args.rtcshimName, configurable: true });
    if (overrideBinary) {
      this._getCommand = function () {
        return args.binary;
      };
    }
  }
  Launcher.prototype = Object.create(Base.prototype);
  Launcher.$inject = Base.$inject;
  return Launcher;
}
const RtcshimChromium = namedLauncher(require('karma-chrome-launcher')['launcher:Chrome'][1], true);
const RtcshimFirefox = namedLauncher(require('karma-firefox-launcher')['launcher:FirefoxHeadless'][1], false);

// Reporter: one line per spec, then one line per browser with its real version (read from
// navigator.userAgent, which karma receives as the browser's full name), and a JSON file with
// per-browser counts for scripts/test.mjs. A browser that errors (syntax error in a test file,
// crash, disconnect), never starts, or runs no test counts as one failure.
const ENGINE_VERSION = /(?:HeadlessChrome|Chrome|Chromium|Firefox)\/([\d.]+)/;
function RtcshimReporter(baseReporterDecorator, config, launcher, formatError) {
  baseReporterDecorator(this);
  const options = config.rtcshimReporter || {};
  const byId = new Map();

  const entryFor = (browser) => {
    let entry = byId.get(browser.id);
    if (!entry) {
      const launched = launcher.getBrowserById(browser.id);
      const name = (launched && launched.rtcshimName) || browser.name;
      const m = ENGINE_VERSION.exec(browser.fullName || '');
      entry = { name, version: m ? m[1] : 'unknown', userAgent: browser.fullName, passed: 0, failed: 0, skipped: 0, errors: [] };
      byId.set(browser.id, entry);
    }
    return entry;
  };
  const label = (entry) => `${entry.name} ${entry.version}`;

  this.onRunStart = () => {
    this._browsers = [];
  };
  this.onBrowserStart = (browser, info) => {
    this._browsers.push(browser);
    const entry = entryFor(browser);
    // a browser that reconnects runs again from the start: count only the last run
    Object.assign(entry, { passed: 0, failed: 0, skipped: 0, errors: [] });
    // how many tests mocha announced (after RTCSHIM_GREP); checked against what was reported
    entry.total = info && typeof info.total === 'number' ? info.total : null;
    this.write(`${label(entry)}: ${entry.userAgent}\n`);
  };
  this.onBrowserInfo = (browser, info) => {
    // from test/e2e/support/load-check.js; kept across a restart's reset (it is sent again)
    if (info && info.rtcshimE2eFiles) entryFor(browser).files = info.rtcshimE2eFiles;
  };
  this.onBrowserLog = (browser, log, type) => {
    const text = typeof log === 'string' ? log : util.inspect(log);
    this.write(`[${entryFor(browser).name}] ${String(type).toUpperCase()}: ${text}\n`);
  };
  this.onBrowserError = (browser, error) => {
    const entry = entryFor(browser);
    entry.errors.push(String(error && error.message ? error.message : error));
    this.write(`${label(entry)} ERROR\n${formatError(error, '  ')}`);
  };
  this.onSpecComplete = (browser, result) => {
    const entry = entryFor(browser);
    const title = result.suite.concat(result.description).join(' › ');
    if (result.skipped) {
      entry.skipped++;
      this.write(`  - [${entry.name}] ${title} (skipped)\n`);
    } else if (result.success) {
      entry.passed++;
      this.write(`  ✓ [${entry.name}] ${title} (${result.time} ms)\n`);
    } else {
      entry.failed++;
      this.write(`  ✗ [${entry.name}] ${title}\n${result.log.map((log) => formatError(log, '      ')).join('')}`);
    }
  };
  this.onRunComplete = (browsers, results) => {
    const entries = Array.from(byId.values());
    const started = new Set(entries.map((e) => e.name));
    for (const name of config.browsers) {
      if (!started.has(name)) {
        entries.push({ name, version: 'unknown', userAgent: null, passed: 0, failed: 0, skipped: 0, errors: ['never started or never connected to karma'] });
      }
    }
    const summary = { set: options.set, passed: 0, failed: 0, skipped: 0, browsers: entries };
    this.write('\n');
    for (const entry of entries) {
      const ran = entry.passed + entry.failed + entry.skipped;
      if (!entry.errors.length && ran === 0) {
        entry.errors.push('ran no test');
      } else if (entry.total != null && ran !== entry.total) {
        // a browser whose run ended early (crash, reload, lost socket) must not pass quietly
        entry.errors.push(`reported ${ran} of the ${entry.total} tests mocha announced`);
      }
      // A test file that did not load leaves mocha's count short too: check the files themselves.
      if (entry.userAgent) {
        if (!entry.files) {
          entry.errors.push('test/e2e/support/load-check.js did not report which test files ran');
        } else {
          const missing = entry.files.expected.filter((file) => entry.files.loaded.indexOf(file) < 0);
          if (!entry.files.expected.length) entry.errors.push('no test/e2e/*.e2e.js file was served');
          if (missing.length) entry.errors.push(`test files that did not load or threw at load: ${missing.join(', ')}`);
          if (entry.files.failedScripts && entry.files.failedScripts.length) {
            entry.errors.push(`scripts the page could not load: ${entry.files.failedScripts.join(', ')}`);
          }
        }
      }
      const failed = entry.failed + (entry.errors.length ? 1 : 0);
      summary.passed += entry.passed;
      summary.failed += failed;
      summary.skipped += entry.skipped;
      this.write(`e2e ${label(entry).padEnd(22)} ${String(entry.passed).padStart(4)} ok ${String(failed).padStart(4)} failing ${String(entry.skipped).padStart(4)} skipped` +
        `${entry.errors.length ? `  ERROR: ${entry.errors.join('; ')}` : ''}\n`);
    }
    if (results && results.error && !summary.failed) {
      // karma saw an error that no browser reported (e.g. a file pattern or plugin problem)
      summary.failed = 1;
      summary.error = 'karma reported an error';
    }
    if (options.outputFile) {
      fs.mkdirSync(path.dirname(options.outputFile), { recursive: true });
      fs.writeFileSync(options.outputFile, JSON.stringify(summary, null, 2) + '\n');
    }
  };
}
RtcshimReporter.$inject = ['baseReporterDecorator', 'config', 'launcher', 'formatError'];

// Appends to each e2e test file a line that records its path once its top-level code has run
// (read by test/e2e/support/load-check.js).
function markLoadedPreprocessor() {
  return (content, file, done) => {
    const rel = path.relative(root, file.originalPath).split(path.sep).join('/');
    done(`${content}\n;(window.__rtcshimE2eLoaded = window.__rtcshimE2eLoaded || []).push(${JSON.stringify(rel)});\n`);
  };
}

// Binaries, flags and prefs: scripts/browsers.cjs. karma-chrome-launcher adds --user-data-dir=<fresh
// temp dir>, --no-first-run, --enable-automation and friends itself.
const customLaunchers = {
  chromium: { base: 'RtcshimChromium', rtcshimName: 'chromium', binary: chromiumBinary(), flags: chromiumTestFlags() },
  firefox: { base: 'RtcshimFirefox', rtcshimName: 'firefox', command: firefoxBinary(), prefs: firefoxTestPrefs() },
};
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
const optionalDirs = ['demo', 'test/e2e/fixtures'].filter((dir) => fs.existsSync(path.join(root, dir)));
const sharedDir = path.resolve(root, '..', 'shared');
const hasShared = fs.existsSync(path.join(sharedDir, 'fixtures'));

module.exports = function (config) {
  const browsers = selectBrowsers(process.env.RTCSHIM_BROWSERS);
  // scripts/karma.mjs passes the set name; when karma is started by hand, name it after the list.
  const set = process.env.RTCSHIM_E2E_SET || String(process.env.RTCSHIM_BROWSERS || 'modern').replace(/[^A-Za-z0-9_-]+/g, '-');
  const resultsFile = path.join(root, '.test-results', `e2e-${set}.json`);

  config.set({
    basePath: root,
    frameworks: ['mocha'],
    files: [
      // first: checks that every test file ran (see the file and the reporter below)
      { pattern: 'test/e2e/support/load-check.js', watched: false },
      { pattern: 'node_modules/chai/chai.js', watched: false },
      // helpers the e2e files share
      { pattern: 'test/e2e/support/frames.js', watched: false },
      // The built UMD bundle, loaded by a plain <script> as a page would; it sets window.adapter.
      { pattern: 'dist/adapter.js', watched: false, nocache: true },
      // not nocache: karma applies no preprocessor to nocache files
      { pattern: 'test/e2e/**/*.e2e.js', watched: false },
      // Served but not loaded: other builds, the demo page and fixtures, e.g. for an iframe at
      // /base/demo/index.html. The first pattern that matches a file wins, so dist/adapter.js
      // above stays included.
    ]
      .concat(hasOtherDist ? [served('dist/**')] : [])
      .concat(optionalDirs.map((dir) => served(`${dir}/**`)))
      // ../shared/fixtures (SDP captured from real browsers) → /shared/fixtures/...
      .concat(hasShared ? [served(path.join(sharedDir, 'fixtures', '**'))] : []),
    proxies: hasShared ? { '/shared/fixtures/': `/absolute${path.join(sharedDir, 'fixtures')}/` } : {},

    preprocessors: { 'test/e2e/**/*.e2e.js': ['rtcshim-e2e-loaded'] },
    plugins: [
      'karma-mocha',
      'karma-chrome-launcher',
      'karma-firefox-launcher',
      { 'launcher:RtcshimChromium': ['type', RtcshimChromium], 'launcher:RtcshimFirefox': ['type', RtcshimFirefox] },
      { 'reporter:rtcshim': ['type', RtcshimReporter] },
      { 'preprocessor:rtcshim-e2e-loaded': ['factory', markLoadedPreprocessor] },
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
