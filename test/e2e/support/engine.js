// Shared by the e2e files (karma.conf.js loads it before them): which engine of the rig runs the
// page, and a hook for the suites that need a peer connection. ES2017.
//
// WebKitGTK (MiniBrowser, scripts/karma/webkitgtk.mjs) is built without WebRTC: it has
// getUserMedia, MediaStream and srcObject but no RTCPeerConnection. A suite that needs one starts
// with `before(rtcshimE2e.needsPeerConnection)` (or a test calls it with its own `this`): in
// WebKitGTK without RTCPeerConnection its tests are skipped, and the reporter lists each one as
// skipped; in every other engine nothing is skipped, so a peer connection that went missing
// there fails as before.
'use strict';

window.rtcshimE2e = window.rtcshimE2e || {};

(function () {
  var ua = navigator.userAgent;
  var firefox = /Firefox\/(\d+)/.exec(ua);
  var chromium = !firefox && /(?:Chrome|Chromium)\/(\d+)/.exec(ua);
  // MiniBrowser's user agent: "... (X11; Linux x86_64) AppleWebKit/605.1.15 ... Version/60.5
  // Safari/605.1.15"; its Version/ token is no WebKitGTK version, so the name carries none.
  var webkit = !firefox && !chromium && /AppleWebKit\/(\d+)/.exec(ua);
  var match = firefox || chromium || webkit;

  window.rtcshimE2e.engine = {
    // the key of per-engine expectations: 'Chromium 156', 'Firefox 153', 'WebKitGTK'
    name: firefox ? 'Firefox ' + firefox[1] : chromium ? 'Chromium ' + chromium[1] : webkit ? 'WebKitGTK' : 'unknown: ' + ua,
    family: firefox ? 'firefox' : chromium ? 'chromium' : webkit ? 'webkit' : null,
    // the number after the engine's token: Firefox/, Chrome/, AppleWebKit/ (what adapter.js reports)
    major: match ? Number(match[1]) : NaN,
    hasPeerConnection: typeof window.RTCPeerConnection === 'function',
  };

  window.rtcshimE2e.needsPeerConnection = function () {
    if (webkit && typeof window.RTCPeerConnection !== 'function') this.skip();
  };
})();

// Chromium allows 500 RTCPeerConnections per renderer, and a closed one counts until it is
// garbage-collected (measured in 73 and 156: 600 closed in turn fail at the 501st without a
// collection, pass with one every 100). The test browsers expose gc() (scripts/browsers.cjs);
// a root hook collects after every 10th test, so the suite's total never reaches the limit.
(function () {
  var tests = 0;
  afterEach(function () {
    tests += 1;
    if (tests % 10 === 0 && typeof window.gc === 'function') window.gc();
  });
})();
