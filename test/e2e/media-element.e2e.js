/* global chai */
// Playback of a captured stream through every attachment legacy code used (srcObject,
// mozSrcObject, webkitSrcObject, src = URL.createObjectURL(stream)), MediaStreamTrack.getSources,
// and MediaStream.stop() at hang-up. Checked by frames decoded
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

  var plays = window.rtcE2e.plays;

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

  // Resolves with the element's error code once it fails to load.
  function fails(v) {
    return window.rtcE2e.withTimeout(new Promise(function (resolve) {
      if (v.error) return resolve(v.error.code);
      v.addEventListener('error', function () { resolve(v.error && v.error.code); });
    }), 10000, 'an error event');
  }

  it('video.src = URL.createObjectURL(stream) plays the stream; src reads back the URL', async function () {
    var stream = await capture({ video: true });
    var url = URL.createObjectURL(stream);
    expect(url).to.be.a('string').and.match(/^blob:/);
    expect(URL.createObjectURL(stream), 'a new URL each call').to.not.equal(url);
    var v = video();
    v.src = url;
    expect(v.src).to.equal(url);
    expect(v.srcObject).to.equal(stream);
    await plays(v);
    v.parentNode.removeChild(v); // Chromium pauses a muted autoplaying video out of view: make room
    var w = video();
    w.setAttribute('src', url);
    expect(w.srcObject, 'setAttribute').to.equal(stream);
    await plays(w);
    URL.revokeObjectURL(url);
  });

  it('another src after a stream URL plays that source, not the stream', async function () {
    var stream = await capture({ video: true });
    var v = video();
    v.src = URL.createObjectURL(stream);
    await plays(v);
    v.src = URL.createObjectURL(new Blob(['not a video'], { type: 'video/webm' }));
    expect(v.srcObject).to.equal(null);
    await fails(v);
  });

  it('revokeObjectURL(url) releases it: a later assignment does not play the stream', async function () {
    var stream = await capture({ video: true });
    var url = URL.createObjectURL(stream);
    URL.revokeObjectURL(url);
    var v = video();
    v.src = url;
    expect(v.srcObject).to.equal(null);
    await fails(v);
    expect(v.videoWidth).to.equal(0);
  });

  it('createObjectURL of a Blob (and a MediaSource) is the native one; anything else a TypeError', async function () {
    var url = URL.createObjectURL(new Blob(['native']));
    expect(await (await fetch(url)).text()).to.equal('native');
    URL.revokeObjectURL(url);
    var failed = await fetch(url).then(function () { return false; }, function () { return true; });
    expect(failed, 'fetch of a revoked blob URL fails').to.equal(true);
    if (typeof MediaSource === 'function') expect(URL.createObjectURL(new MediaSource())).to.match(/^blob:/);
    expect(function () { URL.createObjectURL({}); }).to.throw(TypeError);
    expect(URL.createObjectURL.length).to.equal(1);
  });

  it('MediaStreamTrack.getSources(callback) lists the capture devices in the legacy shape', async function () {
    await capture({ audio: true, video: true }); // labels are given once capture is allowed
    var sources = await new Promise(function (resolve) { MediaStreamTrack.getSources(resolve); });
    var devices = await navigator.mediaDevices.enumerateDevices();
    var inputs = devices.filter(function (d) { return d.kind !== 'audiooutput'; });
    expect(sources.map(function (s) { return s.id + s.kind + s.label; })).to.deep.equal(inputs.map(function (d) {
      return d.deviceId + d.kind.replace('input', '') + d.label;
    }));
    var camera = sources.filter(function (s) { return s.kind === 'video'; })[0];
    expect(camera, 'a camera').to.have.all.keys('id', 'label', 'kind', 'facing');
    var stream = await capture({ video: { deviceId: { exact: camera.id } } });
    expect(stream.getVideoTracks()).to.have.length(1);
    expect(function () { MediaStreamTrack.getSources(); }).to.throw(TypeError);
  });

  it('stream.stop() stops every track (legacy hang-up)', async function () {
    var stream = await capture({ audio: true, video: true });
    expect(stream.stop, 'stream.stop').to.be.a('function');
    stream.stop();
    stream.getTracks().forEach(function (t) { expect(t.readyState, t.kind).to.equal('ended'); });
  });
});
