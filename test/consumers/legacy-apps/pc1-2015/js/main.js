/*
 * Legacy app code, kept as such an app had it; do not modernise. The shape of webrtc/samples'
 * peerconnection/pc1 of 2015 (a call between two peer connections in one page, written for
 * adapter.js), in our own words: navigator.getUserMedia with callbacks, addStream and
 * onaddstream, createOffer(success, failure, {offerToReceiveAudio: 1, offerToReceiveVideo: 1}),
 * setLocalDescription/setRemoteDescription with callbacks, createAnswer with the `mandatory`
 * OfferToReceive* constraints, candidates passed on as new RTCIceCandidate(event.candidate) with
 * callbacks, trace() logging, and the stream shown through srcObject (which adapter.js of 2015
 * provided where the engine had none).
 */
/* global trace */
'use strict';

var startButton = document.getElementById('startButton');
var callButton = document.getElementById('callButton');
var hangupButton = document.getElementById('hangupButton');
callButton.disabled = true;
hangupButton.disabled = true;
startButton.onclick = start;
callButton.onclick = call;
hangupButton.onclick = hangup;

var startTime;
var localVideo = document.getElementById('localVideo');
var remoteVideo = document.getElementById('remoteVideo');

localVideo.addEventListener('loadedmetadata', function () {
  trace('Local video is ' + this.videoWidth + 'x' + this.videoHeight);
});

remoteVideo.addEventListener('loadedmetadata', function () {
  trace('Remote video is ' + this.videoWidth + 'x' + this.videoHeight);
});

remoteVideo.onresize = function () {
  trace('Remote video resized to ' + remoteVideo.videoWidth + 'x' + remoteVideo.videoHeight);
  // The first resize means the call is up: log how long that took.
  if (startTime) {
    var elapsedTime = window.performance.now() - startTime;
    trace('Call set up in ' + elapsedTime.toFixed(3) + ' ms');
    startTime = null;
  }
};

var localStream;
var pc1;
var pc2;
var offerOptions = {
  offerToReceiveAudio: 1,
  offerToReceiveVideo: 1
};

function getName(pc) {
  return (pc === pc1) ? 'pc1' : 'pc2';
}

function getOtherPc(pc) {
  return (pc === pc1) ? pc2 : pc1;
}

function gotStream(stream) {
  trace('Got the local stream');
  localVideo.srcObject = stream;
  localStream = stream;
  callButton.disabled = false;
}

function start() {
  trace('Asking for the local stream');
  startButton.disabled = true;
  navigator.getUserMedia({
    audio: true,
    video: true
  }, gotStream, function (e) {
    trace('getUserMedia() error: ' + e.name);
  });
}

function call() {
  callButton.disabled = true;
  hangupButton.disabled = false;
  trace('Starting the call');
  startTime = window.performance.now();
  var videoTracks = localStream.getVideoTracks();
  var audioTracks = localStream.getAudioTracks();
  if (videoTracks.length > 0) {
    trace('Video device: ' + videoTracks[0].label);
  }
  if (audioTracks.length > 0) {
    trace('Audio device: ' + audioTracks[0].label);
  }
  var servers = null;
  pc1 = new RTCPeerConnection(servers);
  trace('Created local peer connection pc1');
  pc1.onicecandidate = function (e) {
    onIceCandidate(pc1, e);
  };
  pc2 = new RTCPeerConnection(servers);
  trace('Created remote peer connection pc2');
  pc2.onicecandidate = function (e) {
    onIceCandidate(pc2, e);
  };
  pc1.oniceconnectionstatechange = function (e) {
    onIceStateChange(pc1, e);
  };
  pc2.oniceconnectionstatechange = function (e) {
    onIceStateChange(pc2, e);
  };
  pc2.onaddstream = gotRemoteStream;

  pc1.addStream(localStream);
  trace('Added the local stream to pc1');

  trace('pc1 createOffer start');
  pc1.createOffer(onCreateOfferSuccess, onCreateSessionDescriptionError, offerOptions);
}

function onCreateSessionDescriptionError(error) {
  trace('Could not create a session description: ' + error.toString());
}

function onCreateOfferSuccess(desc) {
  trace('Offer from pc1\n' + desc.sdp);
  trace('pc1 setLocalDescription start');
  pc1.setLocalDescription(desc, function () {
    onSetLocalSuccess(pc1);
  }, onSetSessionDescriptionError);
  trace('pc2 setRemoteDescription start');
  pc2.setRemoteDescription(desc, function () {
    onSetRemoteSuccess(pc2);
  }, onSetSessionDescriptionError);
  trace('pc2 createAnswer start');
  // pc2 sends nothing, so it says what it wants to receive.
  var sdpConstraints = {
    'mandatory': {
      'OfferToReceiveAudio': true,
      'OfferToReceiveVideo': true
    }
  };
  pc2.createAnswer(onCreateAnswerSuccess, onCreateSessionDescriptionError, sdpConstraints);
}

function onSetLocalSuccess(pc) {
  trace(getName(pc) + ' setLocalDescription done');
}

function onSetRemoteSuccess(pc) {
  trace(getName(pc) + ' setRemoteDescription done');
}

function onSetSessionDescriptionError(error) {
  trace('Could not set a session description: ' + error.toString());
}

function gotRemoteStream(e) {
  remoteVideo.srcObject = e.stream;
  trace('pc2 got the remote stream');
}

function onCreateAnswerSuccess(desc) {
  trace('Answer from pc2:\n' + desc.sdp);
  trace('pc2 setLocalDescription start');
  pc2.setLocalDescription(desc, function () {
    onSetLocalSuccess(pc2);
  }, onSetSessionDescriptionError);
  trace('pc1 setRemoteDescription start');
  pc1.setRemoteDescription(desc, function () {
    onSetRemoteSuccess(pc1);
  }, onSetSessionDescriptionError);
}

function onIceCandidate(pc, event) {
  if (event.candidate) {
    getOtherPc(pc).addIceCandidate(new RTCIceCandidate(event.candidate),
      function () {
        onAddIceCandidateSuccess(pc);
      },
      function (err) {
        onAddIceCandidateError(pc, err);
      }
    );
    trace(getName(pc) + ' ICE candidate: \n' + event.candidate.candidate);
  }
}

function onAddIceCandidateSuccess(pc) {
  trace(getName(pc) + ' addIceCandidate done');
}

function onAddIceCandidateError(pc, error) {
  trace(getName(pc) + ' could not add an ICE candidate: ' + error.toString());
}

function onIceStateChange(pc, event) {
  if (pc) {
    trace(getName(pc) + ' ICE state: ' + pc.iceConnectionState);
    console.log('ICE state change event: ', event);
  }
}

function hangup() {
  trace('Ending the call');
  pc1.close();
  pc2.close();
  pc1 = null;
  pc2 = null;
  hangupButton.disabled = true;
  callButton.disabled = false;
}
