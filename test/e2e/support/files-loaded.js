// Loaded after every test file (karma.conf.js). Each test/e2e/*.e2e.js gets a line appended by
// karma.conf.js's `rtcshim-e2e-loaded` preprocessor that records its path once its top-level code
// has run. A test file that did not load (a failed request, a syntax error in an old engine) would
// otherwise just be missing from the run, with mocha's own count agreeing. This reports what was
// expected and what ran to the karma reporter, which fails the run on any gap. ES2017 only.
'use strict';

(function () {
  var karma = window.__karma__;
  var expected = Object.keys(karma.files || {}).filter(function (path) {
    return /^\/base\/test\/e2e\/.+\.e2e\.js$/.test(path);
  }).map(function (path) { return path.slice('/base/'.length); }).sort();
  var loaded = (window.__rtcshimE2eLoaded || []).slice().sort();
  karma.info({ rtcshimE2eFiles: { expected: expected, loaded: loaded } });
})();
