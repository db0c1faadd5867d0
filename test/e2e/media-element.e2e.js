/* global chai */
// Playback of a captured stream through every attachment legacy code used (srcObject,
// mozSrcObject, webkitSrcObject), and MediaStream.stop() at hang-up. Checked by frames decoded
// (videoWidth) and time advancing, in every engine of the rig. ES2017: Chromium 73 runs it.
'use strict';

describe('media elements and legacy stream members', function () {
  var expect = chai.expect;
  var streams = [];
  var videos = [];

  this.timeout(20000);

  afterEach(function () {
    streams.splice(0).forEach(function (s) { s.getTracks().forEach(function (t) { t.stop(); }); });
    videos.splice(0).forEach(function (v) { v.srcObject = null; if (v.parentNode) v.parentNode.removeChild(v); });
  });

  async function capture(constraints) {
    var stream = await navigator.mediaDevices.getUserMedia(constraints);
    streams.push(stream);
    return stream;
  }

  function video() {
    var v = document.createElement('video');
    v.muted = true;
    v.autoplay = true;
    v.setAttribute('playsinline', '');
    document.body.appendChild(v);
    videos.push(v);
    return v;
  }

  // Resolves once the element has decoded a frame and its time moved on.
  function plays(v) {
    return window.rtcE2e.withTimeout(new Promise(function (resolve) {
      var start = null;
      (function check() {
        if (v.videoWidth > 0 && v.currentTime > 0) {
          if (start === null) start = v.currentTime;
          else if (v.currentTime > start) return resolve();
        }
        setTimeout(check, 50);
      })();
    }), 10000, function () { return 'playback: videoWidth ' + v.videoWidth + ', currentTime ' + v.currentTime; });
  }

  ['srcObject', 'mozSrcObject', 'webkitSrcObject'].forEach(function (name) {
    it('video.' + name + ' = stream plays the stream and reads back as srcObject', async function () {
      var stream = await capture({ video: true });
      var v = video();
      v[name] = stream;
      expect(v.srcObject, 'srcObject').to.equal(stream);
      expect(v[name], name).to.equal(stream);
      await plays(v);
    });
  });

  it('the aliases are accessors on the element prototype, not own properties of the element', function () {
    var v = video();
    ['mozSrcObject', 'webkitSrcObject'].forEach(function (name) {
      expect(Object.prototype.hasOwnProperty.call(v, name), name).to.equal(false);
      expect(name in HTMLMediaElement.prototype, name).to.equal(true);
    });
  });

  it('stream.stop() stops every track (legacy hang-up)', async function () {
    var stream = await capture({ audio: true, video: true });
    expect(stream.stop, 'stream.stop').to.be.a('function');
    stream.stop();
    stream.getTracks().forEach(function (t) { expect(t.readyState, t.kind).to.equal('ended'); });
  });
});
