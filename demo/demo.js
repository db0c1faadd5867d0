/* rtcshim demo: the legacy RTCPeerConnection example from MDN, as written, on top of
 * dist/adapter.js. Classic script, ES2017 at most (Chromium 73 runs it); no modules.
 *
 * State for tests: document.body.dataset.state and window.demoState
 *   idle -> starting -> connecting -> playing | failed, and closed after Hang up.
 */
(function () {
  'use strict';

  var PLAY_TIMEOUT_MS = 12000;

  var localVideo = document.getElementById('localVideo');
  var remoteVideo = document.getElementById('remoteVideo');
  var startButton = document.getElementById('startButton');
  var hangupButton = document.getElementById('hangupButton');
  var statusEl = document.getElementById('status');
  var logEl = document.getElementById('log');

  var pc1 = null;
  var pc2 = null;
  var localStream = null;
  var watchTimer = null;
  var t0 = Date.now();

  // ---- reporting --------------------------------------------------------------------------

  function log(text) {
    var secs = ((Date.now() - t0) / 1000).toFixed(2);
    logEl.appendChild(document.createTextNode('[' + secs + 's] ' + text + '\n'));
    logEl.scrollTop = logEl.scrollHeight;
  }

  function describeError(err) {
    if (err === undefined || err === null) return 'unknown error';
    if (typeof err === 'string') return err;
    var name = err.name && err.name !== 'Error' ? err.name + ': ' : '';
    return name + (err.message || err.type || String(err));
  }

  function setState(state, error) {
    document.body.dataset.state = state;
    window.demoState = {
      state: state,
      videoWidth: remoteVideo.videoWidth,
      videoHeight: remoteVideo.videoHeight,
      iceConnectionState: pc2 ? pc2.iceConnectionState : (window.demoState && window.demoState.iceConnectionState) || 'new'
    };
    if (error) window.demoState.error = error;
    statusEl.textContent = state + (error ? ': ' + error : '');
  }

  function refreshState() {
    var current = window.demoState || {};
    setState(current.state || 'idle', current.error);
  }

  function cell(row, text, tag) {
    var el = document.createElement(tag || 'td');
    el.textContent = text;
    row.appendChild(el);
    return el;
  }

  function addRow(tbody, a, b) {
    var row = document.createElement('tr');
    cell(row, a);
    cell(row, b);
    tbody.appendChild(row);
  }

  function renderAdapter() {
    var tbody = document.getElementById('adapterRows');
    tbody.textContent = '';
    var adapter = window.adapter;
    if (!adapter || typeof adapter !== 'object') {
      addRow(tbody, 'adapter', 'window.adapter is not defined: dist/adapter.js is missing or failed to load (run npm run build)');
      log('WARNING: no window.adapter; running on the bare browser');
      return;
    }
    var details = adapter.browserDetails || {};
    addRow(tbody, 'browser', (details.browser || '?') + ' ' + (details.version === undefined || details.version === null ? '?' : details.version));
    if (adapter.version) addRow(tbody, 'rtcshim', String(adapter.version));
    // applied: [{name, reason, found}], skipped: [{name, reason}] (docs/design.md).
    ['applied', 'skipped'].forEach(function (kind) {
      var list = adapter[kind] || [];
      var head = document.createElement('tr');
      cell(head, kind + ' (' + list.length + ')', 'th').colSpan = 2;
      tbody.appendChild(head);
      if (!list.length) addRow(tbody, '', '(none)');
      list.forEach(function (shim) { addRow(tbody, shim.name, shim.found ? shim.found + ' — ' + shim.reason : shim.reason); });
    });
    log('adapter: ' + details.browser + ' ' + details.version + ', ' + (adapter.applied || []).length + ' shim(s) applied');
  }

  // ---- the call ---------------------------------------------------------------------------

  // Callback-style error handler for step `where`; ignores errors from a call already hung up.
  function fail(where) {
    return function (err) {
      if (document.body.dataset.state === 'closed' || document.body.dataset.state === 'failed') return;
      var message = where + ': ' + describeError(err);
      log('ERROR ' + message);
      endCall();
      setState('failed', message);
    };
  }

  function ok(where) {
    return function () { log(where + ' ok'); };
  }

  function start() {
    if (/^(starting|connecting|playing)$/.test(document.body.dataset.state)) return;
    t0 = Date.now();
    log('--- start ---');
    startButton.disabled = true;
    hangupButton.disabled = false;
    window.demoState = null;
    setState('starting');
    if (typeof navigator.getUserMedia !== 'function') {
      fail('navigator.getUserMedia')(new TypeError('navigator.getUserMedia is not a function (not provided by this browser nor by the shim)'));
      return;
    }
    log('navigator.getUserMedia({video: true, audio: true})');
    navigator.getUserMedia({ video: true, audio: true }, gotStream, fail('getUserMedia'));
  }

  function gotStream(stream) {
    if (document.body.dataset.state !== 'starting') { // hung up meanwhile
      stream.getTracks().forEach(function (t) { t.stop(); });
      return;
    }
    log('got local stream ' + stream.id + ' (' + stream.getTracks().map(function (t) { return t.kind; }).join(', ') + ')');
    localStream = stream;
    localVideo.srcObject = stream;
    try {
      pc1 = new RTCPeerConnection({ iceServers: [] });
      pc2 = new RTCPeerConnection({ iceServers: [] });
    } catch (err) {
      fail('new RTCPeerConnection')(err);
      return;
    }
    setState('connecting');
    pc1.onicecandidate = function (e) { onIceCandidate(pc2, 'pc2', e); };
    pc2.onicecandidate = function (e) { onIceCandidate(pc1, 'pc1', e); };
    pc2.oniceconnectionstatechange = function () {
      if (!pc2) return;
      log('pc2 iceConnectionState: ' + pc2.iceConnectionState);
      refreshState();
      if (pc2.iceConnectionState === 'failed') fail('ICE')(new Error('iceConnectionState is failed'));
    };
    pc2.onaddstream = function (e) {
      log('pc2 onaddstream: ' + e.stream.id);
      remoteVideo.srcObject = e.stream;
      watchRemoteVideo();
    };

    if (typeof pc1.addStream !== 'function') {
      fail('pc1.addStream')(new TypeError('RTCPeerConnection.prototype.addStream is not a function'));
      return;
    }
    pc1.addStream(stream);
    log('pc1.addStream');

    pc1.createOffer(function (offer) {
      log('pc1.createOffer ok');
      pc1.setLocalDescription(new RTCSessionDescription(offer), function () {
        log('pc1.setLocalDescription ok');
        pc2.setRemoteDescription(new RTCSessionDescription(offer), function () {
          log('pc2.setRemoteDescription ok');
          pc2.createAnswer(function (answer) {
            log('pc2.createAnswer ok');
            pc2.setLocalDescription(new RTCSessionDescription(answer), function () {
              log('pc2.setLocalDescription ok');
              pc1.setRemoteDescription(new RTCSessionDescription(answer), ok('pc1.setRemoteDescription'),
                fail('pc1.setRemoteDescription'));
            }, fail('pc2.setLocalDescription'));
          }, fail('pc2.createAnswer'));
        }, fail('pc2.setRemoteDescription'));
      }, fail('pc1.setLocalDescription'));
    }, fail('pc1.createOffer'));

    watchTimer = setTimeout(function () {
      fail('timeout')(new Error('remote video not playing after ' + PLAY_TIMEOUT_MS / 1000 + ' s (iceConnectionState ' +
        (pc2 && pc2.iceConnectionState) + ')'));
    }, PLAY_TIMEOUT_MS);
  }

  function onIceCandidate(other, otherName, e) {
    if (!other) return;
    // A null candidate means end-of-candidates; engines before Chromium 92 reject it, so skip it.
    if (!e.candidate) return;
    other.addIceCandidate(new RTCIceCandidate(e.candidate), function () {},
      fail(otherName + '.addIceCandidate'));
  }

  // Playing means frames are decoded (videoWidth > 0) and currentTime moves forward.
  function watchRemoteVideo() {
    var last = null;
    function tick() {
      if (document.body.dataset.state !== 'connecting') return;
      var now = remoteVideo.currentTime;
      if (last !== null && now > last && remoteVideo.videoWidth > 0) {
        clearTimeout(watchTimer);
        log('remote video playing ' + remoteVideo.videoWidth + 'x' + remoteVideo.videoHeight);
        setState('playing');
        return;
      }
      last = now;
      setTimeout(tick, 200);
    }
    tick();
  }

  function endCall() {
    clearTimeout(watchTimer);
    var videos = [localVideo, remoteVideo];
    for (var i = 0; i < videos.length; i++) {
      videos[i].pause();
      videos[i].srcObject = null;
    }
    if (localStream) localStream.getTracks().forEach(function (t) { t.stop(); });
    if (pc1) pc1.close();
    if (pc2) pc2.close();
    refreshState(); // keep the last iceConnectionState ('closed')
    pc1 = pc2 = localStream = null;
    startButton.disabled = false;
    hangupButton.disabled = true;
  }

  function hangup() {
    log('hang up');
    endCall();
    setState('closed');
  }

  remoteVideo.addEventListener('resize', refreshState);
  startButton.addEventListener('click', start);
  hangupButton.addEventListener('click', hangup);
  window.demo = { start: start, hangup: hangup };

  setState('idle');
  renderAdapter();
  if (/[?&]autostart(=|&|$)/.test(location.search)) start();
}());
