/*
 * Legacy app code, kept as such an app had it; do not modernise. The shape of Google's 2013
 * WebRTC helper that apprtc.appspot.com (and most demos of 2013) shipped as js/adapter.js,
 * written again in our own words: it sniffs the engine by its prefixed getUserMedia
 * (navigator.mozGetUserMedia first, then navigator.webkitGetUserMedia), points the global
 * RTCPeerConnection at the prefixed constructor, and attaches streams to media elements the way
 * each engine of 2013 needed (Firefox: mozSrcObject and play(); Chrome: a blob URL from
 * URL.createObjectURL(stream) as the element's src).
 */
/* global mozRTCPeerConnection, mozRTCSessionDescription, mozRTCIceCandidate, webkitRTCPeerConnection, webkitMediaStream */
/* exported RTCPeerConnection, trace, getUserMedia, attachMediaStream, reattachMediaStream, webrtcDetectedBrowser, webrtcDetectedVersion, createIceServer */

var RTCPeerConnection = null;
var getUserMedia = null;
var attachMediaStream = null;
var reattachMediaStream = null;
var webrtcDetectedBrowser = null;
var webrtcDetectedVersion = null;
var createIceServer = null;

// Console logging with the time since the page started, in seconds.
function trace(text) {
  if (text.charAt(text.length - 1) === '\n') {
    text = text.substring(0, text.length - 1);
  }
  console.log((performance.now() / 1000).toFixed(3) + ': ' + text);
}

if (navigator.mozGetUserMedia) {
  console.log('Firefox detected.');
  webrtcDetectedBrowser = 'firefox';
  webrtcDetectedVersion = parseInt(navigator.userAgent.match(/Firefox\/([0-9]+)\./)[1], 10);

  // Firefox has only prefixed names.
  RTCPeerConnection = mozRTCPeerConnection;
  RTCSessionDescription = mozRTCSessionDescription;
  RTCIceCandidate = mozRTCIceCandidate;
  getUserMedia = navigator.mozGetUserMedia.bind(navigator);

  createIceServer = function (url, username, password) {
    var parts = url.split(':');
    if (parts[0].indexOf('stun') === 0) {
      return { url: url };
    }
    if (parts[0].indexOf('turn') === 0 && url.indexOf('transport=udp') !== -1) {
      return { url: url, credential: password, username: username };
    }
    return null;
  };

  attachMediaStream = function (element, stream) {
    console.log('Attaching a media stream (mozSrcObject).');
    element.mozSrcObject = stream;
    element.play();
  };

  reattachMediaStream = function (to, from) {
    console.log('Reattaching a media stream (mozSrcObject).');
    to.mozSrcObject = from.mozSrcObject;
    to.play();
  };

  // Firefox before 23 had streams without track lists.
  if (!MediaStream.prototype.getVideoTracks) {
    MediaStream.prototype.getVideoTracks = function () {
      return [];
    };
  }
  if (!MediaStream.prototype.getAudioTracks) {
    MediaStream.prototype.getAudioTracks = function () {
      return [];
    };
  }
} else if (navigator.webkitGetUserMedia) {
  console.log('Chrome detected.');
  webrtcDetectedBrowser = 'chrome';
  webrtcDetectedVersion = parseInt(navigator.userAgent.match(/Chrom(e|ium)\/([0-9]+)\./)[2], 10);

  createIceServer = function (url, username, password) {
    var parts = url.split(':');
    if (parts[0].indexOf('stun') === 0) {
      return { url: url };
    }
    if (parts[0].indexOf('turn') === 0) {
      // Chrome 28 and later take the user name as its own member.
      if (webrtcDetectedVersion < 28) {
        return { url: 'turn:' + username + '@' + parts[1], credential: password };
      }
      return { url: url, credential: password, username: username };
    }
    return null;
  };

  RTCPeerConnection = webkitRTCPeerConnection;
  getUserMedia = navigator.webkitGetUserMedia.bind(navigator);

  attachMediaStream = function (element, stream) {
    element.src = URL.createObjectURL(stream);
  };

  reattachMediaStream = function (to, from) {
    to.src = from.src;
  };

  // Chrome 26 renamed the track lists and the stream lists; older builds get the new names.
  if (!webkitMediaStream.prototype.getVideoTracks) {
    webkitMediaStream.prototype.getVideoTracks = function () {
      return this.videoTracks;
    };
    webkitMediaStream.prototype.getAudioTracks = function () {
      return this.audioTracks;
    };
  }
  if (!webkitRTCPeerConnection.prototype.getLocalStreams) {
    webkitRTCPeerConnection.prototype.getLocalStreams = function () {
      return this.localStreams;
    };
    webkitRTCPeerConnection.prototype.getRemoteStreams = function () {
      return this.remoteStreams;
    };
  }
} else {
  console.log('This browser does not look WebRTC-capable.');
}
