/* global chai */
// Issue 8, "The seed's sample, unchanged": the two-peers-in-one-page sample flow of the seed
// page's era, written as 2013 apps wrote it (navigator.getUserMedia with callbacks, addStream,
// onaddstream, the callback forms of createOffer/createAnswer/set*Description, onicecandidate →
// addIceCandidate(new RTCIceCandidate(e.candidate)), the remote video attached through
// URL.createObjectURL or mozSrcObject), and the same call written today with async/await. Each
// must play remote video frames: videoWidth > 0 and currentTime advancing. WebKitGTK has no peer
// connection: there the capture half runs (legacy getUserMedia, local playback through
// createObjectURL) and the bundle must have loaded without an exception.
// ES2017 only: Chromium 73 runs this file.
'use strict';

describe('the seed\'s sample, unchanged', function () {
  var expect = chai.expect;
  var pcs = [];
  var streams = [];
  var videos = [];

  this.timeout(30000);

  afterEach(function () {
    pcs.splice(0).forEach(function (pc) { pc.close(); });
    streams.splice(0).forEach(function (s) { s.getTracks().forEach(function (t) { t.stop(); }); });
    videos.splice(0).forEach(function (v) { v.srcObject = null; v.remove(); });
  });

  // Small and side by side: Chromium pauses a muted autoplaying video that is out of view.
  function video() {
    var v = document.createElement('video');
    v.muted = true;
    v.autoplay = true;
    v.width = 160;
    v.setAttribute('playsinline', '');
    document.body.insertBefore(v, document.body.firstChild);
    videos.push(v);
    return v;
  }

  var plays = window.rtcE2e.plays;

  // ---- the 2013 sample, as such apps were written ------------------------------------------------
  function legacyCapture(localVideo, gotStream, trace) {
navigator.getUserMedia({audio: true, video: true}, function (stream) {
  localVideo.src = URL.createObjectURL(stream);
  gotStream(stream);
}, function (error) {
  trace('getUserMedia error: ' + error.name);
});
  }

  function legacyCall(localStream, remoteVideo, attachWithMozSrcObject, trace) {
var servers = null;
var pc1 = new RTCPeerConnection(servers);
var pc2 = new RTCPeerConnection(servers);
pc1.onicecandidate = function (event) {
  if (event.candidate) {
    pc2.addIceCandidate(new RTCIceCandidate(event.candidate));
  }
};
pc2.onicecandidate = function (event) {
  if (event.candidate) {
    pc1.addIceCandidate(new RTCIceCandidate(event.candidate));
  }
};
pc2.onaddstream = function (e) {
  if (attachWithMozSrcObject) {
    remoteVideo.mozSrcObject = e.stream;
    remoteVideo.play();
  } else {
    remoteVideo.src = URL.createObjectURL(e.stream);
  }
};
pc1.addStream(localStream);
pc1.createOffer(function (desc) {
  pc1.setLocalDescription(desc, function () {}, function (e) { trace('pc1 setLocalDescription: ' + e.name); });
  pc2.setRemoteDescription(desc, function () {}, function (e) { trace('pc2 setRemoteDescription: ' + e.name); });
  pc2.createAnswer(function (desc2) {
    pc2.setLocalDescription(desc2, function () {}, function (e) { trace('pc2 setLocalDescription: ' + e.name); });
    pc1.setRemoteDescription(desc2, function () {}, function (e) { trace('pc1 setRemoteDescription: ' + e.name); });
  }, function (e) { trace('createAnswer: ' + e.name); });
}, function (e) { trace('createOffer: ' + e.name); });
    return [pc1, pc2];
  }

  // ---- the same call, written today -----------------------------------------------------------------
  async function modernCall(localVideo, remoteVideo) {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    streams.push(stream);
    localVideo.srcObject = stream;
    const pc1 = new RTCPeerConnection();
    const pc2 = new RTCPeerConnection();
    pcs.push(pc1, pc2);
    pc1.onicecandidate = (e) => pc2.addIceCandidate(e.candidate);
    pc2.onicecandidate = (e) => pc1.addIceCandidate(e.candidate);
    pc2.ontrack = (e) => { remoteVideo.srcObject = e.streams[0]; };
    stream.getTracks().forEach((track) => pc1.addTrack(track, stream));
    await pc1.setLocalDescription(await pc1.createOffer());
    await pc2.setRemoteDescription(pc1.localDescription);
    await pc2.setLocalDescription(await pc2.createAnswer());
    await pc1.setRemoteDescription(pc2.localDescription);
  }

  // Runs the 2013 capture; rejects with the first trace (an error the sample would have logged).
  function capture(localVideo) {
    return new Promise(function (resolve, reject) {
      legacyCapture(localVideo, function (stream) { streams.push(stream); resolve(stream); }, function (msg) { reject(new Error(msg)); });
    });
  }

  it('loads the bundle without an exception', function () {
    expect(window.adapter, 'window.adapter').to.be.an('object');
    window.adapter.skipped.forEach(function (s) {
      expect(s.reason, s.name).to.not.match(/could not install|behaviour test failed/);
    });
  });

  it('2013 capture: navigator.getUserMedia with callbacks, local playback through URL.createObjectURL', async function () {
    var localVideo = video();
    var stream = await capture(localVideo);
    expect(stream.getAudioTracks(), 'audio').to.have.length(1);
    expect(stream.getVideoTracks(), 'video').to.have.length(1);
    await plays(localVideo, 'local video');
  });

  [false, true].forEach(function (mozSrcObject) {
    it('2013 call: addStream, onaddstream, callbacks, remote video through ' + (mozSrcObject ? 'mozSrcObject' : 'URL.createObjectURL'), async function () {
      window.rtcshimE2e.needsPeerConnection.call(this);
      var localVideo = video();
      var remoteVideo = video();
      var stream = await capture(localVideo);
      var failed = new Promise(function (resolve, reject) {
        pcs.push.apply(pcs, legacyCall(stream, remoteVideo, mozSrcObject, function (msg) { reject(new Error(msg)); }));
      });
      await Promise.race([failed, plays(remoteVideo, 'remote video')]);
      expect(remoteVideo.srcObject, 'the remote stream').to.be.an.instanceof(MediaStream);
      expect(remoteVideo.srcObject, 'not the local stream').to.not.equal(stream);
      await plays(localVideo, 'local video');
    });
  });

  it('the same call today: mediaDevices.getUserMedia, addTrack, ontrack, async/await', async function () {
    window.rtcshimE2e.needsPeerConnection.call(this);
    var localVideo = video();
    var remoteVideo = video();
    await modernCall(localVideo, remoteVideo);
    await plays(remoteVideo, 'remote video');
  });
});
