// A hardened page locks objects before any library loads (classic script, before rtcshim). Which
// object depends on the page: its first path segment names it. Sets window.hostileLock for the
// checks: { label, objects }.
(function () {
  var page = location.pathname.split('/')[1];
  var LOCKS = {
    'hostile-frozen-event-target': ['EventTarget.prototype', function () { return EventTarget.prototype; }],
    'hostile-frozen-pc': ['RTCPeerConnection.prototype', function () { return RTCPeerConnection.prototype; }],
    'hostile-frozen-pc-min': ['RTCPeerConnection.prototype', function () { return RTCPeerConnection.prototype; }],
    'hostile-frozen-navigator': ['navigator', function () { return navigator; }],
    'hostile-frozen-navigator-proto': ['Navigator.prototype', function () { return Navigator.prototype; }],
    'hostile-frozen-media-devices': ['MediaDevices.prototype', function () { return MediaDevices.prototype; }],
  };
  var lock = LOCKS[page];
  var target = lock[1]();
  Object.freeze(target);
  window.hostileLock = { label: lock[0], objects: [target] };
})();
