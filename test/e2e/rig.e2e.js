/* global chai */
// Checks the test rig itself, not the shim: inside the test network namespace every engine gets a
// fake camera and microphone without a prompt, plays the fake camera in a <video> through
// srcObject, and (every engine but WebKitGTK, which has no peer connection) connects two peer
// connections in one page with host candidates only (iceServers: []). Uses only APIs every engine
// here has natively (promise createOffer etc. exist from Chromium 51 / Firefox 38, srcObject from
// Chromium 52). ES2017 only: also runs in Chromium 73.
'use strict';

describe('test rig', function () {
  var expect = chai.expect;

  function waitFor(target, check) {
    return new Promise(function (resolve, reject) {
      function onChange() {
        var state = check();
        if (state === true) {
          target.removeEventListener('iceconnectionstatechange', onChange);
          resolve();
        } else if (state instanceof Error) {
          target.removeEventListener('iceconnectionstatechange', onChange);
          reject(state);
        }
      }
      target.addEventListener('iceconnectionstatechange', onChange);
      onChange();
    });
  }

  function connected(pc) {
    return waitFor(pc, function () {
      var s = pc.iceConnectionState;
      if (s === 'connected' || s === 'completed') return true;
      if (s === 'failed' || s === 'closed') return new Error('iceConnectionState ' + s);
      return false;
    });
  }

  it('grants fake camera and microphone without a prompt', async function () {
    var stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    try {
      expect(stream.getAudioTracks()).to.have.length(1);
      expect(stream.getVideoTracks()).to.have.length(1);
    } finally {
      stream.getTracks().forEach(function (t) { t.stop(); });
    }
  });

  it('plays the fake camera through video.srcObject: frames of a size, time advancing', async function () {
    var stream = await navigator.mediaDevices.getUserMedia({ video: true });
    var video = document.createElement('video');
    video.muted = true;
    video.setAttribute('playsinline', '');
    document.body.appendChild(video);
    try {
      video.srcObject = stream;
      await video.play();
      var started = await frame(video, function () { return video.videoWidth > 0 && video.currentTime > 0; });
      var later = await frame(video, function () { return video.currentTime > started + 0.2; });
      expect(video.videoWidth).to.be.above(0);
      expect(video.videoHeight).to.be.above(0);
      expect(later).to.be.above(started);
    } finally {
      video.srcObject = null;
      video.remove();
      stream.getTracks().forEach(function (t) { t.stop(); });
    }
  });

  // Resolves with video.currentTime once check() holds, polling every 50 ms for up to 10 s.
  function frame(video, check) {
    return new Promise(function (resolve, reject) {
      var deadline = Date.now() + 10000;
      (function poll() {
        if (check()) resolve(video.currentTime);
        else if (Date.now() > deadline) {
          reject(new Error('no frames: videoWidth ' + video.videoWidth + ', currentTime ' + video.currentTime +
            ', readyState ' + video.readyState));
        } else setTimeout(poll, 50);
      })();
    });
  }

  it('connects two peer connections with host candidates only', async function () {
    window.rtcshimE2e.needsPeerConnection.call(this);
    var pc1 = new RTCPeerConnection({ iceServers: [] });
    var pc2 = new RTCPeerConnection({ iceServers: [] });
    var candidates = [];
    try {
      pc1.onicecandidate = function (e) {
        if (e.candidate) {
          candidates.push(e.candidate.candidate);
          pc2.addIceCandidate(e.candidate);
        }
      };
      pc2.onicecandidate = function (e) {
        if (e.candidate) pc1.addIceCandidate(e.candidate);
      };
      var channel = pc1.createDataChannel('rig');
      var received = new Promise(function (resolve) {
        pc2.ondatachannel = function (e) {
          e.channel.onmessage = function (m) { resolve(m.data); };
        };
      });
      var offer = await pc1.createOffer();
      await pc1.setLocalDescription(offer);
      await pc2.setRemoteDescription(pc1.localDescription);
      var answer = await pc2.createAnswer();
      await pc2.setLocalDescription(answer);
      await pc1.setRemoteDescription(pc2.localDescription);
      await Promise.all([connected(pc1), connected(pc2)]);
      if (channel.readyState !== 'open') {
        await new Promise(function (resolve) { channel.onopen = resolve; });
      }
      channel.send('ping');
      expect(await received).to.equal('ping');
      console.log('rig: host candidates ' + JSON.stringify(candidates.map(function (c) {
        return c.split(' ').slice(2, 8).join(' ');
      })));
    } finally {
      pc1.close();
      pc2.close();
    }
  });
});
