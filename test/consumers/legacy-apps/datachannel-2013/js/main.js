/*
 * Legacy app code, kept as such an app had it; do not modernise. The shape of the 2013 data
 * channel demos (the WebRTC codelab's RTCDataChannel step, simpl.info/dc; Chrome 25-30 had only
 * RTP data channels), in our own words: the prefixed constructor picked by a one-line sniff, the
 * legacy {optional: [{RtpDataChannels: true}]} connection constraints, createDataChannel(label,
 * {reliable: false}), createOffer/createAnswer with a success callback only, the event's
 * candidate handed straight to addIceCandidate, and readyState checks in the channel handlers.
 */
var PeerConnection = window.mozRTCPeerConnection || window.webkitRTCPeerConnection;
var localPeerConnection, remotePeerConnection, sendChannel, receiveChannel;
var pcConstraint = {optional: [{RtpDataChannels: true}]};
var dataConstraint = {reliable: false};

var dataChannelSend = document.getElementById('dataChannelSend');
var dataChannelReceive = document.getElementById('dataChannelReceive');
var startButton = document.getElementById('startButton');
var sendButton = document.getElementById('sendButton');
var closeButton = document.getElementById('closeButton');
startButton.disabled = false;
sendButton.disabled = true;
closeButton.disabled = true;
startButton.onclick = createConnection;
sendButton.onclick = sendData;
closeButton.onclick = closeDataChannels;

function trace(text) {
  console.log((performance.now() / 1000).toFixed(3) + ': ' + text);
}

function createConnection() {
  var servers = null;
  localPeerConnection = new PeerConnection(servers, pcConstraint);
  trace('Created the local peer connection');
  try {
    // Chrome has only unreliable (RTP) data channels so far.
    sendChannel = localPeerConnection.createDataChannel('sendDataChannel', dataConstraint);
    trace('Created the send data channel');
  } catch (e) {
    trace('createDataChannel() threw: ' + e.message + '; Chrome needs M25 or later with RtpDataChannels');
  }
  localPeerConnection.onicecandidate = gotLocalCandidate;
  sendChannel.onopen = handleSendChannelStateChange;
  sendChannel.onclose = handleSendChannelStateChange;

  remotePeerConnection = new PeerConnection(servers, pcConstraint);
  trace('Created the remote peer connection');
  remotePeerConnection.onicecandidate = gotRemoteIceCandidate;
  remotePeerConnection.ondatachannel = gotReceiveChannel;

  localPeerConnection.createOffer(gotLocalDescription);
  startButton.disabled = true;
  closeButton.disabled = false;
}

function sendData() {
  var data = dataChannelSend.value;
  sendChannel.send(data);
  trace('Sent: ' + data);
}

function closeDataChannels() {
  trace('Closing the data channels');
  sendChannel.close();
  trace('Closed the channel ' + sendChannel.label);
  receiveChannel.close();
  trace('Closed the channel ' + receiveChannel.label);
  localPeerConnection.close();
  remotePeerConnection.close();
  localPeerConnection = null;
  remotePeerConnection = null;
  trace('Closed the peer connections');
  startButton.disabled = false;
  sendButton.disabled = true;
  closeButton.disabled = true;
  dataChannelSend.value = '';
  dataChannelReceive.value = '';
  dataChannelSend.disabled = true;
}

function gotLocalDescription(desc) {
  localPeerConnection.setLocalDescription(desc);
  trace('Offer from the local side:\n' + desc.sdp);
  remotePeerConnection.setRemoteDescription(desc);
  remotePeerConnection.createAnswer(gotRemoteDescription);
}

function gotRemoteDescription(desc) {
  remotePeerConnection.setLocalDescription(desc);
  trace('Answer from the remote side:\n' + desc.sdp);
  localPeerConnection.setRemoteDescription(desc);
}

function gotLocalCandidate(event) {
  trace('local ICE callback');
  if (event.candidate) {
    remotePeerConnection.addIceCandidate(event.candidate);
    trace('Local ICE candidate:\n' + event.candidate.candidate);
  }
}

function gotRemoteIceCandidate(event) {
  trace('remote ICE callback');
  if (event.candidate) {
    localPeerConnection.addIceCandidate(event.candidate);
    trace('Remote ICE candidate:\n' + event.candidate.candidate);
  }
}

function gotReceiveChannel(event) {
  trace('Got the receive channel');
  receiveChannel = event.channel;
  receiveChannel.onmessage = handleMessage;
  receiveChannel.onopen = handleReceiveChannelStateChange;
  receiveChannel.onclose = handleReceiveChannelStateChange;
}

function handleMessage(event) {
  trace('Received: ' + event.data);
  dataChannelReceive.value = event.data;
}

function handleSendChannelStateChange() {
  var readyState = sendChannel.readyState;
  trace('Send channel is ' + readyState);
  if (readyState == 'open') {
    dataChannelSend.disabled = false;
    dataChannelSend.focus();
    dataChannelSend.placeholder = '';
    sendButton.disabled = false;
    closeButton.disabled = false;
  } else {
    dataChannelSend.disabled = true;
    sendButton.disabled = true;
    closeButton.disabled = true;
  }
}

function handleReceiveChannelStateChange() {
  var readyState = receiveChannel.readyState;
  trace('Receive channel is ' + readyState);
}
