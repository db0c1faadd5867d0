/* global chai */
// navigator.mediaDevices built on the engine's legacy capture call, for engines that predate it
// (Chrome < 47, Firefox < 36): a page whose mediaDevices was removed before the bundle loaded is
// such an engine, with its real legacy call. ES2017: Chromium 73 runs it.
'use strict';

describe('navigator.mediaDevices over a legacy capture call', function () {
  var expect = chai.expect;
  var iframe;

  this.timeout(20000);

  afterEach(function () {
    if (iframe && iframe.parentNode) iframe.parentNode.removeChild(iframe);
    iframe = null;
  });

  function legacyOnlyPage() {
    return window.rtcshimE2e.loadFrame('<script>delete Navigator.prototype.mediaDevices;</script>' +
      '<script src="/base/dist/adapter.js"></script><script>parent.postMessage("loaded", "*");</script>').then(function (frame) {
      iframe = frame;
      return frame.contentWindow;
    });
  }

  it('is built where the engine has a legacy call, and captures through it', async function () {
    var win = await legacyOnlyPage();
    if (window.rtcshimE2e.engine.family === 'webkit') {
      // WebKit has no legacy call of its own: nothing to build on, and nothing is made up.
      expect(win.adapter.applied.map(function (s) { return s.name; })).to.not.include('media-devices-object');
      expect(win.navigator.mediaDevices).to.equal(undefined);
      return;
    }
    expect(win.adapter.applied.map(function (s) { return s.name; })).to.include('media-devices-object');
    var devices = win.navigator.mediaDevices;
    expect(devices.getUserMedia).to.be.a('function');
    var stream = await devices.getUserMedia({ audio: true, video: true });
    expect(stream.getTracks().map(function (t) { return t.kind; }).sort()).to.deep.equal(['audio', 'video']);
    stream.getTracks().forEach(function (t) { t.stop(); });
    var error = await devices.getUserMedia({}).then(function () { return null; }, function (e) { return e; });
    expect(error, 'getUserMedia({}) rejects').to.be.an.instanceof(win.TypeError);
    expect(await devices.enumerateDevices()).to.be.an('array');
    expect(devices.getSupportedConstraints().deviceId).to.equal(true);
    expect(win.navigator.mediaDevices, 'the same object each read').to.equal(devices);
  });
});
