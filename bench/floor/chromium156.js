// Floor script (bench only, never shipped): the smallest plain script that makes the changes
// rtcshim makes in Chromium 156, with the probes that decide them, and nothing else: no registry,
// no report strings, no code for other engines. `npm run bench` measures it as the floor column
// in Chromium 156 and checks that it changes what rtcshim changes there. Its cost is a lower bound
// for any shim that patches at load in this engine (docs/bench.md).
!function () {
  var w = window, n = navigator, ua = n.userAgent;
  var P = w.RTCPeerConnection, p = P && P.prototype;
  if (!p) return;
  // the probes rtcshim runs here: prefixes, promise forms, argument counts
  var probes = [typeof n.mozGetUserMedia, 'webkitRTCPeerConnection' in w, p.createOffer.length,
    p.setLocalDescription.length, p.addIceCandidate.length, 'getUserMedia' in n];
  // legacy-failure-callback: (value, success) without a failure callback is a TypeError
  ['setLocalDescription', 'setRemoteDescription', 'addIceCandidate'].forEach(function (k) {
    var f = p[k];
    var g = function (a, ok, fail) {
      if (arguments.length >= 2 && typeof ok === 'function' && typeof fail !== 'function') {
        return Promise.reject(new TypeError(k + ': failure callback'));
      }
      return f.apply(this, arguments);
    };
    Object.defineProperty(g, 'name', { value: f.name, configurable: true });
    Object.defineProperty(g, 'length', { value: f.length, configurable: true });
    Object.defineProperty(p, k, { value: g, writable: true, enumerable: true, configurable: true });
  });
  w.adapter = { browserDetails: { browser: 'chrome', version: parseInt(ua.slice(ua.indexOf('Chrome/') + 7), 10) },
    applied: [{ name: 'legacy-failure-callback' }], skipped: [], probes: probes };
}();
