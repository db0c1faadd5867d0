// Karma reporter for the e2e run (karma.conf.js registers it as `rtcshim`): one line per spec,
// then one line per browser with its real version, and a JSON file with per-browser counts that
// scripts/test.mjs and scripts/sum-results.mjs add up. The version comes from navigator.userAgent,
// which karma receives as the browser's full name (WebKitGTK's from its WebDriver session). A browser that errors (syntax error in a test
// file, crash, disconnect), never starts, runs no test, skips every test (without a grep), runs fewer
// tests than mocha announced, or misses a test file (test/e2e/support/load-check.js) counts as one
// failure.
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');

const ENGINE_VERSION = /(?:HeadlessChrome|Chrome|Chromium|Firefox)\/([\d.]+)/;
function RtcshimReporter(baseReporterDecorator, config, launcher, formatError) {
  baseReporterDecorator(this);
  const options = config.rtcshimReporter || {};
  const grep = config.client && config.client.mocha && config.client.mocha.grep;
  const byId = new Map();

  const entryFor = (browser) => {
    let entry = byId.get(browser.id);
    if (!entry) {
      const launched = launcher.getBrowserById(browser.id);
      const name = (launched && launched.rtcshimName) || browser.name;
      const m = ENGINE_VERSION.exec(browser.fullName || '');
      // WebKitGTK's user agent has no WebKitGTK version; its launcher reads it from WebDriver
      const version = (launched && launched.rtcshimVersion) || (m ? m[1] : 'unknown');
      entry = { name, version, userAgent: browser.fullName, passed: 0, failed: 0, skipped: 0, errors: [] };
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
      } else if (!entry.errors.length && entry.passed + entry.failed === 0 && !grep) {
        // skips are for what an engine lacks (WebKitGTK: a peer connection); all of them is a broken rig
        entry.errors.push(`skipped all ${ran} tests`);
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
module.exports = { 'reporter:rtcshim': ['type', RtcshimReporter] };
