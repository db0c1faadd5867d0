// Loaded before everything else on the test page (karma.conf.js). A test file that does not load
// (a failed request, a syntax error in an old engine) would just be missing from the run, with
// mocha's own count agreeing, so:
// - the `rtcshim-e2e-loaded` preprocessor (scripts/karma/mark-loaded.cjs) appends to each
//   test/e2e/**/*.e2e.js a line that records its path once its top-level code has run;
// - this file records every <script> that fails to load, and once the page has parsed (every
//   classic script has run or failed) reports what was expected, what ran and what failed to the
//   karma reporter (scripts/karma/reporter.cjs), which fails the run on any gap. ES2017 only.
'use strict';

(function () {
  var failedScripts = [];
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target.tagName === 'SCRIPT') failedScripts.push(target.src);
  }, true);

  document.addEventListener('DOMContentLoaded', function () {
    var karma = window.__karma__;
    var expected = Object.keys(karma.files || {}).filter(function (path) {
      return /^\/base\/test\/e2e\/.+\.e2e\.js$/.test(path);
    }).map(function (path) { return path.slice('/base/'.length); }).sort();
    var loaded = (window.__rtcshimE2eLoaded || []).slice().sort();
    karma.info({ rtcshimE2eFiles: { expected: expected, loaded: loaded, failedScripts: failedScripts } });
  });
})();
