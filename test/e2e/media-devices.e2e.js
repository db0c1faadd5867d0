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

  function legacyOnlyPage(script) {
    return window.rtcshimE2e.loadFrame('<script>delete Navigator.prototype.mediaDevices;' + (script || '') + '</script>' +
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

  // The rig's devices never change, and these engines have no getSources: the first test checks
  // the event target and the handler attribute as spec code uses them; the second gives the page a
  // Chrome-like getSources whose list the test changes, to see the event arrive in a real engine.
  it('is an event target with an ondevicechange handler attribute', async function () {
    var win = await legacyOnlyPage();
    if (window.rtcshimE2e.engine.family === 'webkit') return expect(win.navigator.mediaDevices).to.equal(undefined);
    var devices = win.navigator.mediaDevices;
    expect(devices).to.be.an.instanceof(win.EventTarget);
    expect(devices.ondevicechange).to.equal(null);
    var handler = function () {};
    devices.ondevicechange = handler;
    expect(devices.ondevicechange).to.equal(handler);
    devices.ondevicechange = 'not a function';
    expect(devices.ondevicechange).to.equal(null);
    var listener = function () {};
    devices.addEventListener('devicechange', listener);
    devices.removeEventListener('devicechange', listener);
    expect(devices.dispatchEvent(new win.Event('devicechange'))).to.equal(true);
  });

  it('fires devicechange when the legacy device list changes, and reads it only while listened to', async function () {
    var win = await legacyOnlyPage('var reads = 0, list = [{ id: "cam1", label: "", kind: "video", facing: "" }];' +
      'MediaStreamTrack.getSources = function (done) { reads++; setTimeout(function () { done(list.slice()); }, 0); };');
    if (window.rtcshimE2e.engine.family === 'webkit') return expect(win.navigator.mediaDevices).to.equal(undefined);
    var devices = win.navigator.mediaDevices;
    var wait = function (ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); };
    await wait(2000);
    expect(win.reads, 'no listener: no reads').to.equal(0);
    var events = [];
    var listener = function (e) { events.push(e); };
    devices.addEventListener('devicechange', listener);
    await wait(200);
    win.list.push({ id: 'cam2', label: '', kind: 'video', facing: '' });
    await wait(2000);
    expect(events.length, 'one event for the plugged-in camera').to.equal(1);
    expect(events[0]).to.be.an.instanceof(win.Event);
    expect(events[0].type).to.equal('devicechange');
    expect(events[0].target).to.equal(devices);
    devices.removeEventListener('devicechange', listener);
    var reads = win.reads;
    await wait(2000);
    expect(win.reads, 'no listener left: no more reads').to.equal(reads);
  });
});
