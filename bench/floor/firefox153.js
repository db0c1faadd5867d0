// Floor script (bench only, never shipped): the smallest plain script that makes the changes
// rtcshim makes in Firefox 153, with the probes that decide them, and nothing else (see
// chromium156.js and docs/bench.md).
!function () {
  var w = window, n = navigator, ua = n.userAgent;
  var P = w.RTCPeerConnection, p = P && P.prototype;
  if (!p) return;
  var probes = [typeof n.mozGetUserMedia, p.createOffer.length, p.setLocalDescription.length, p.addIceCandidate.length];
  var define = function (o, k, v) { Object.defineProperty(o, k, { value: v, writable: true, enumerable: false, configurable: true }); };
  // get-configuration-url: drop the legacy `url` Firefox echoes back
  var getConfiguration = p.getConfiguration;
  define(p, 'getConfiguration', function () {
    var c = getConfiguration.apply(this, arguments);
    (c.iceServers || []).forEach(function (s) { delete s.url; });
    return c;
  });
  // prefixed-aliases
  if (!('mozRTCPeerConnection' in w)) define(w, 'mozRTCPeerConnection', P);
  if (!('mozRTCSessionDescription' in w)) define(w, 'mozRTCSessionDescription', w.RTCSessionDescription);
  if (!('mozRTCIceCandidate' in w)) define(w, 'mozRTCIceCandidate', w.RTCIceCandidate);
  // legacy-get-user-media
  var md = n.mediaDevices;
  if (!('getUserMedia' in n) && md && typeof md.getUserMedia === 'function') {
    define(Object.getPrototypeOf(n), 'getUserMedia', function (c, ok, fail) { md.getUserMedia(c).then(ok, fail); });
  }
  w.adapter = { browserDetails: { browser: 'firefox', version: parseInt(ua.slice(ua.indexOf('Firefox/') + 8), 10) },
    applied: [{ name: 'get-configuration-url' }, { name: 'prefixed-aliases' }, { name: 'legacy-get-user-media' }], skipped: [], probes: probes };
}();
