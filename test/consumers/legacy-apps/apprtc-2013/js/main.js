/*
 * Legacy app code, kept as such an app had it; do not modernise. The shape of apprtc's 2013
 * js/main.js (apprtc.appspot.com, Google's reference video chat), written again in our own words:
 * one client per window, global state, the room's settings rendered into the page by the server
 * (see room.html), getUserMedia through the helper in js/adapter.js with `mandatory` constraints,
 * a peer connection with legacy `optional` constraints, addStream/onaddstream,
 * createOffer/createAnswer with success and failure callbacks and `mandatory` OfferToReceive*
 * constraints, the SDP edited to prefer Opus, and JSON signalling messages (candidates as
 * {type, label, id, candidate}, turned back into `new RTCIceCandidate({sdpMLineIndex,
 * candidate})`). The App Engine channel is stood in for by js/channel.js (test code).
 */
/* global channelToken, me, roomKey, initiator: writable, pcConfig, pcConstraints, offerConstraints, mediaConstraints */
/* global RoomChannel, postToRoom, getUserMedia, attachMediaStream, reattachMediaStream, trace */
/* exported onHangup */

var localVideo;
var miniVideo;
var remoteVideo;
var localStream;
var remoteStream;
var channel;
var pc;
var socket;
var started = false;
var channelReady = false;
var signalingReady = false;
var msgQueue = [];
// Both sides want the far end's audio and video.
var sdpConstraints = { 'mandatory': { 'OfferToReceiveAudio': true, 'OfferToReceiveVideo': true } };

function initialize() {
  console.log('Initializing; room=' + roomKey + '.');
  localVideo = document.getElementById('localVideo');
  miniVideo = document.getElementById('miniVideo');
  remoteVideo = document.getElementById('remoteVideo');
  // The caller may offer as soon as it has media; the callee waits for the offer.
  signalingReady = initiator;
  openChannel();
  doGetUserMedia();
}

function openChannel() {
  console.log('Opening channel.');
  channel = new RoomChannel(channelToken);
  socket = channel.open({
    'onopen': onChannelOpened,
    'onmessage': onChannelMessage,
    'onerror': onChannelError,
    'onclose': onChannelClosed,
  });
}

function doGetUserMedia() {
  try {
    getUserMedia(mediaConstraints, onUserMediaSuccess, onUserMediaError);
    console.log('Asked for local media with ' + JSON.stringify(mediaConstraints));
  } catch (e) {
    setStatus('getUserMedia() failed. Is this a WebRTC capable browser?');
    console.log('getUserMedia threw: ' + e.message);
  }
}

function createPeerConnection() {
  try {
    pc = new RTCPeerConnection(pcConfig, pcConstraints);
    pc.onicecandidate = onIceCandidate;
    console.log('Created a peer connection with config ' + JSON.stringify(pcConfig) +
      ' and constraints ' + JSON.stringify(pcConstraints));
  } catch (e) {
    console.log('Could not create a peer connection: ' + e.message);
    setStatus('Cannot create RTCPeerConnection object; WebRTC is not supported by this browser.');
    return;
  }
  pc.onaddstream = onRemoteStreamAdded;
  pc.onremovestream = onRemoteStreamRemoved;
  pc.onsignalingstatechange = onSignalingStateChanged;
  pc.oniceconnectionstatechange = onIceConnectionStateChanged;
}

function maybeStart() {
  if (!started && signalingReady && localStream && channelReady) {
    setStatus('Connecting...');
    console.log('Creating the peer connection.');
    createPeerConnection();
    console.log('Adding the local stream.');
    pc.addStream(localStream);
    started = true;
    if (initiator) {
      doCall();
    } else {
      calleeStart();
    }
  }
}

function setStatus(state) {
  document.getElementById('footer').innerHTML = state;
}

function doCall() {
  var constraints = mergeConstraints(offerConstraints, sdpConstraints);
  console.log('Sending an offer, with constraints ' + JSON.stringify(constraints));
  pc.createOffer(setLocalAndSendMessage, onCreateSessionDescriptionError, constraints);
}

function calleeStart() {
  // Messages that came before we were ready, the offer first.
  while (msgQueue.length > 0) {
    processSignalingMessage(msgQueue.shift());
  }
}

function doAnswer() {
  console.log('Sending an answer.');
  pc.createAnswer(setLocalAndSendMessage, onCreateSessionDescriptionError, sdpConstraints);
}

function mergeConstraints(first, second) {
  var merged = first;
  for (var name in second.mandatory) {
    merged.mandatory[name] = second.mandatory[name];
  }
  merged.optional = merged.optional.concat(second.optional || []);
  return merged;
}

function setLocalAndSendMessage(sessionDescription) {
  sessionDescription.sdp = preferOpus(sessionDescription.sdp);
  pc.setLocalDescription(sessionDescription, onSetSessionDescriptionSuccess, onSetSessionDescriptionError);
  sendMessage(sessionDescription);
}

function sendMessage(message) {
  var msgString = JSON.stringify(message);
  console.log('C->S: ' + msgString);
  postToRoom('/message?r=' + roomKey + '&u=' + me, msgString);
}

function processSignalingMessage(message) {
  if (!started) {
    console.log('No peer connection yet; dropping ' + message.type);
    return;
  }
  if (message.type === 'offer') {
    pc.setRemoteDescription(new RTCSessionDescription(message), onSetRemoteDescriptionSuccess, onSetSessionDescriptionError);
    doAnswer();
  } else if (message.type === 'answer') {
    pc.setRemoteDescription(new RTCSessionDescription(message), onSetRemoteDescriptionSuccess, onSetSessionDescriptionError);
  } else if (message.type === 'candidate') {
    var candidate = new RTCIceCandidate({ sdpMLineIndex: message.label, candidate: message.candidate });
    pc.addIceCandidate(candidate, onAddIceCandidateSuccess, onAddIceCandidateError);
  } else if (message.type === 'bye') {
    onRemoteHangup();
  }
}

function onAddIceCandidateSuccess() {
  console.log('Remote candidate added.');
}

function onAddIceCandidateError(error) {
  trace('Could not add a remote candidate: ' + error.message);
}

function onChannelOpened() {
  console.log('Channel opened.');
  channelReady = true;
  maybeStart();
}

function onChannelMessage(message) {
  console.log('S->C: ' + message.data);
  var msg = JSON.parse(message.data);
  // The callee keeps what comes before it has a peer connection; the offer goes first.
  if (!initiator && !started) {
    if (msg.type === 'offer') {
      msgQueue.unshift(msg);
      signalingReady = true;
      maybeStart();
    } else {
      msgQueue.push(msg);
    }
  } else {
    processSignalingMessage(msg);
  }
}

function onChannelError() {
  console.log('Channel error.');
}

function onChannelClosed() {
  console.log('Channel closed.');
}

function onUserMediaSuccess(stream) {
  console.log('Got access to local media.');
  attachMediaStream(localVideo, stream);
  localVideo.style.opacity = 1;
  localStream = stream;
  maybeStart();
}

function onUserMediaError(error) {
  console.log('getUserMedia failed: ' + (error.name || error));
  setStatus('Failed to get access to local media: ' + (error.name || error));
}

function onCreateSessionDescriptionError(error) {
  trace('Could not create a session description: ' + error.toString());
}

function onSetSessionDescriptionSuccess() {
  console.log('Local description set.');
}

function onSetRemoteDescriptionSuccess() {
  console.log('Remote description set.');
}

function onSetSessionDescriptionError(error) {
  trace('Could not set a session description: ' + error.toString());
}

function onIceCandidate(event) {
  if (event.candidate) {
    sendMessage({
      type: 'candidate',
      label: event.candidate.sdpMLineIndex,
      id: event.candidate.sdpMid,
      candidate: event.candidate.candidate,
    });
  } else {
    console.log('End of candidates.');
  }
}

function onRemoteStreamAdded(event) {
  console.log('Remote stream added.');
  attachMediaStream(remoteVideo, event.stream);
  remoteStream = event.stream;
  waitForRemoteVideo();
}

function onRemoteStreamRemoved() {
  console.log('Remote stream removed.');
}

function onSignalingStateChanged() {
  console.log('Signaling state: ' + pc.signalingState);
}

function onIceConnectionStateChanged() {
  console.log('ICE connection state: ' + pc.iceConnectionState);
}

function onHangup() {
  console.log('Hanging up.');
  transitionToDone();
  localStream.stop();
  stop();
  // the room server tells the other side (bye)
  socket.close();
}

function onRemoteHangup() {
  console.log('The other side hung up.');
  initiator = 0;
  transitionToWaiting();
  stop();
}

function stop() {
  started = false;
  signalingReady = false;
  pc.close();
  pc = null;
  msgQueue.length = 0;
}

function waitForRemoteVideo() {
  // Wait until the far end's video plays before showing it.
  var videoTracks = remoteStream.getVideoTracks();
  if (videoTracks.length === 0 || remoteVideo.currentTime > 0) {
    transitionToActive();
  } else {
    setTimeout(waitForRemoteVideo, 100);
  }
}

function transitionToActive() {
  // Our own picture moves to the small video; the big one is emptied once that shows.
  reattachMediaStream(miniVideo, localVideo);
  remoteVideo.style.opacity = 1;
  setTimeout(function () {
    localVideo.src = '';
  }, 500);
  setTimeout(function () {
    miniVideo.style.opacity = 1;
  }, 1000);
  setStatus('<input type="button" id="hangup" value="Hang up" onclick="onHangup()" />');
}

function transitionToWaiting() {
  // Our own picture goes back to the big video.
  setTimeout(function () {
    localVideo.src = miniVideo.src;
    localVideo.muted = true;
    miniVideo.src = '';
    remoteVideo.src = '';
  }, 500);
  miniVideo.style.opacity = 0;
  remoteVideo.style.opacity = 0;
  setStatus('Waiting for someone to join.');
}

function transitionToDone() {
  localVideo.style.opacity = 0;
  remoteVideo.style.opacity = 0;
  miniVideo.style.opacity = 0;
  setStatus('You have left the call.');
}

// Put Opus first on the m=audio line, if the offer has it.
function preferOpus(sdp) {
  var lines = sdp.split('\r\n');
  var mLineIndex = null;
  for (var i = 0; i < lines.length; i++) {
    if (lines[i].search('m=audio') !== -1) {
      mLineIndex = i;
      break;
    }
  }
  if (mLineIndex === null) {
    return sdp;
  }
  for (i = 0; i < lines.length; i++) {
    if (lines[i].search('opus/48000') !== -1) {
      var opusPayload = extractSdp(lines[i], /:(\d+) opus\/48000/i);
      if (opusPayload) {
        lines[mLineIndex] = setDefaultCodec(lines[mLineIndex], opusPayload);
      }
      break;
    }
  }
  return lines.join('\r\n');
}

function extractSdp(sdpLine, pattern) {
  var result = sdpLine.match(pattern);
  return result && result.length === 2 ? result[1] : null;
}

// The m= line with `payload` moved to the front of its format list.
function setDefaultCodec(mLine, payload) {
  var elements = mLine.split(' ');
  var reordered = [];
  var index = 0;
  for (var i = 0; i < elements.length; i++) {
    if (index === 3) {
      reordered[index++] = payload;
    }
    if (elements[i] !== payload) {
      reordered[index++] = elements[i];
    }
  }
  return reordered.join(' ');
}

setTimeout(initialize, 1);
