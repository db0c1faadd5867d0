/* global chai */
// A page that loads rtcshim twice (two <script> tags, or the UMD bundle and then the ESM entry): the
// window is patched once; the second copy changes nothing and says so. ES2017 only: also runs in
// Chromium 73.
'use strict';

describe('a second copy of rtcshim on one page', function () {
  var expect = chai.expect;
  var iframe;

  afterEach(function () {
    if (iframe && iframe.parentNode) iframe.parentNode.removeChild(iframe);
    iframe = null;
  });

  var METHODS = ['createOffer', 'createAnswer', 'setLocalDescription', 'setRemoteDescription', 'addIceCandidate', 'getConfiguration'];

  function loadPage(html) {
    return window.rtcshimE2e.loadFrame(html).then(function (frame) {
      iframe = frame;
      return frame.contentWindow;
    });
  }

  // Inline script that snapshots what the first copy left: its adapter object and the methods.
  // (WebKitGTK has no RTCPeerConnection: the bundle still loads twice there, with nothing to compare)
  var SNAPSHOT = '<script>window.errors = window.errors || []; window.first = window.adapter; window.methodsAfterFirst = {};' +
    'window.ctorAfterFirst = window.RTCPeerConnection; if (ctorAfterFirst) ' +
    JSON.stringify(METHODS) + '.forEach(function (k) { methodsAfterFirst[k] = RTCPeerConnection.prototype[k]; });</script>';
  var ERRORS = '<script>window.errors = []; window.onerror = function (m) { errors.push(String(m)); };</script>';

  function expectUnchangedBySecond(win, second) {
    expect(win.errors).to.deep.equal([]);
    expect(second.applied, 'the second copy applies nothing').to.deep.equal([]);
    expect(second.skipped.length).to.be.above(0);
    second.skipped.forEach(function (s) {
      expect(s.reason, s.name).to.match(/^window already patched by rtcshim \d+\.\d+\.\d+/);
    });
    expect(second.browserDetails, 'it still detects the browser').to.deep.equal(win.first.browserDetails);
    expect(typeof win.ctorAfterFirst === 'function', 'RTCPeerConnection').to.equal(window.rtcshimE2e.engine.hasPeerConnection);
    if (win.ctorAfterFirst) {
      METHODS.forEach(function (k) {
        expect(win.RTCPeerConnection.prototype[k] === win.methodsAfterFirst[k], k + ' is the first copy\'s').to.equal(true);
      });
    }
    expect(win.RTCPeerConnection === win.ctorAfterFirst, 'RTCPeerConnection is the first copy\'s').to.equal(true);
    // What the first copy applied is still what the page got.
    expect(win.first.applied.map(function (s) { return s.name; })).to.deep.equal(window.adapter.applied.map(function (s) { return s.name; }));
  }

  it('loading dist/adapter.js twice patches once; the second copy reports "already patched"', function () {
    return loadPage(ERRORS + '<script src="/base/dist/adapter.js"></script>' + SNAPSHOT +
      '<script src="/base/dist/adapter.js"></script><script>parent.postMessage("loaded", "*");</script>').then(function (win) {
      expect(win.adapter, 'the global is the second copy').to.not.equal(win.first);
      expectUnchangedBySecond(win, win.adapter);
    });
  });

  it('importing dist/rtcshim.mjs after the UMD bundle patches nothing more', function () {
    return loadPage(ERRORS + '<script src="/base/dist/adapter.js"></script>' + SNAPSHOT +
      '<script type="module">import second from "/base/dist/rtcshim.mjs"; window.second = second; parent.postMessage("loaded", "*");</script>')
      .then(function (win) {
        expect(win.adapter, 'the ESM entry leaves the global alone').to.equal(win.first);
        expectUnchangedBySecond(win, win.second);
      });
  });
});
