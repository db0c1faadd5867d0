/*
 * Test stand-in, not app code: the App Engine channel apprtc talked through (goog.appengine.Channel
 * for server-to-client messages, an XHR POST to /message for client-to-server ones). Here the
 * room page (../index.html, js/room-server.js) plays the server and relays between its two
 * frames with postMessage.
 */
/* global channelToken */
/* exported RoomChannel, postToRoom */

function RoomChannel(token) {
  this.token = token;
}

RoomChannel.prototype.open = function (handler) {
  var token = this.token;
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.origin === location.origin) handler.onmessage({ data: event.data });
  });
  window.parent.postMessage({ token: token, open: true }, location.origin);
  setTimeout(handler.onopen, 0);
  return {
    close: function () {
      window.parent.postMessage({ token: token, leave: true }, location.origin);
    },
  };
};

function postToRoom(path, body) {
  window.parent.postMessage({ token: channelToken, path: path, body: body }, location.origin);
}
