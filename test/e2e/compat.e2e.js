/* global chai */
// The README's compatibility table, checked in every engine: each RTCPeerConnection member the
// seed page lists, the calling forms issue 6 made work, and issue 8's capture and playback calls,
// probed natively (a page without rtcshim, in an iframe) and with rtcshim (this page,
// dist/adapter.js loaded). Peer-connection rows are probed only where the engine has
// RTCPeerConnection (WebKitGTK has none: `—`); capture and playback rows run everywhere. The test
// fails when the README's column for this engine says otherwise, so the table cannot go stale; it
// logs the column as `RTCSHIM_COMPAT {json}`, which `npm run compat:table`
// (scripts/compat-table.mjs) collects from every engine of the rig to rewrite the table. ES2017
// only: Chromium 73 runs it.
'use strict';

describe('compatibility table', function () {
  var expect = chai.expect;
  var engine = window.rtcshimE2e.engine;
  // The legacy capture call of this engine's family, and the other family's, which must stay absent.
  var OWN = engine.family === 'firefox' ? 'mozGetUserMedia' : 'webkitGetUserMedia';
  var OTHER = engine.family === 'firefox' ? 'webkitGetUserMedia' : 'mozGetUserMedia';
  var HOST = 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ host';
  var iframe = null;

  // about 20 captures in each of two pages; each probe gives up after a few seconds
  this.timeout(90000);

  afterEach(function () {
    if (iframe && iframe.parentNode) iframe.parentNode.removeChild(iframe);
    iframe = null;
  });

  // The seed page's members (shared/seed, RTCPeerConnection), plus onconnectionstatechange, which
  // goes with connectionState, and restartIce, which issue 7 lists with the ICE members.
  var MEMBERS = [
    'canTrickleIceCandidates', 'connectionState', 'currentLocalDescription', 'currentRemoteDescription',
    'defaultIceServers', 'iceConnectionState', 'iceGatheringState', 'idpLoginUrl', 'localDescription',
    'peerIdentity', 'pendingLocalDescription', 'pendingRemoteDescription', 'remoteDescription', 'sctp',
    'signalingState',
    'onaddstream', 'onconnectionstatechange', 'ondatachannel', 'onicecandidate', 'oniceconnectionstatechange',
    'onidentityresult', 'onidpassertionerror', 'onidpvalidationerror', 'onnegotiationneeded', 'onpeeridentity',
    'onremovestream', 'onsignalingstatechange',
    'addIceCandidate', 'addStream', 'close', 'createAnswer', 'createDataChannel', 'createDTMFSender', 'createOffer',
    'getConfiguration', 'getIdentityAssertion', 'getLocalStreams', 'getRemoteStreams', 'getStats', 'getStreamById',
    'removeStream', 'restartIce', 'setIdentityProvider', 'setLocalDescription', 'setRemoteDescription', 'updateIce',
  ];

  function settled(promise, ms) {
    return new Promise(function (resolve) {
      var timer = setTimeout(function () { resolve('timeout'); }, ms);
      promise.then(function (v) { clearTimeout(timer); resolve(v); }, function (e) {
        clearTimeout(timer);
        resolve('error ' + (e && e.name));
      });
    });
  }

  function stopTracks(stream) {
    if (stream && typeof stream.getTracks === 'function') stream.getTracks().forEach(function (t) { t.stop(); });
  }

  // A legacy call's outcome: 'success', 'failure <name>' ('failure <name> sync' when the failure
  // callback ran before the call returned), 'throws <name>' or 'no callback'. A stream handed to
  // the success callback is stopped.
  function callback(start) {
    return new Promise(function (resolve) {
      var sync = true;
      var timer = setTimeout(function () { resolve('no callback'); }, 3000);
      function done(value) { clearTimeout(timer); resolve(value); }
      try {
        var returned = start(function (value) {
          stopTracks(value);
          done('success');
        }, function (e) { done('failure ' + (e && e.name) + (sync ? ' sync' : '')); });
        if (returned && typeof returned.then === 'function') returned.then(null, function (e) { done('throws ' + (e && e.name)); });
      } catch (e) {
        done('throws ' + (e && e.name));
      }
      sync = false;
    });
  }

  async function withRemoteOffer(win) {
    var a = new win.RTCPeerConnection();
    var b = new win.RTCPeerConnection();
    a.createDataChannel('x');
    var offer = await a.createOffer();
    await a.setLocalDescription(offer);
    await b.setRemoteDescription(offer);
    return { a: a, b: b, mid: (/^a=mid:(\S+)/m.exec(offer.sdp) || [])[1] };
  }

  // The peer-connection calling forms, each with the outcome the spec (or the seed page's legacy
  // API) expects.
  var FORMS = [
    ['`createOffer(success)` calls success', 'success', function (win) {
      var pc = new win.RTCPeerConnection();
      return callback(function (ok) { return pc.createOffer(ok); }).then(function (r) { pc.close(); return r; });
    }],
    ['`setLocalDescription(desc, success)`, no failure callback', 'success', async function (win) {
      var pc = new win.RTCPeerConnection();
      pc.createDataChannel('x');
      var offer = await pc.createOffer();
      var r = await callback(function (ok) { return pc.setLocalDescription(offer, ok); });
      pc.close();
      return r;
    }],
    ['`addIceCandidate(null, success, failure)`', 'success', async function (win) {
      var s = await withRemoteOffer(win);
      var r = await callback(function (ok, fail) { return s.b.addIceCandidate(null, ok, fail); });
      s.a.close();
      s.b.close();
      return r;
    }],
    ['a failure callback runs after the call returned', 'async', function (win) {
      var pc = new win.RTCPeerConnection();
      var returned = false;
      return new Promise(function (resolve) {
        var timer = setTimeout(function () { resolve('no callback'); }, 3000);
        function done(value) { clearTimeout(timer); resolve(value); }
        try {
          pc.createAnswer(function () { done('success'); }, function () { done(returned ? 'async' : 'sync'); });
        } catch (e) {
          done('throws ' + e.name);
        }
        returned = true;
      }).then(function (r) { pc.close(); return r; });
    }],
    ['`new RTCIceCandidate({candidate: \'\', sdpMid})`', 'constructs', function (win) {
      try {
        return new win.RTCIceCandidate({ candidate: '', sdpMid: '0' }).candidate === '' ? 'constructs' : 'wrong candidate';
      } catch (e) {
        return 'throws ' + e.name;
      }
    }],
    ['`RTCIceCandidate` fields parsed from its candidate string', 'parsed', function (win) {
      var c = new win.RTCIceCandidate({ candidate: HOST, sdpMid: '0' });
      return c.port === 9 && c.type === 'host' && c.component === 'rtp' && c.relatedAddress === null ? 'parsed' : 'missing';
    }],
    ['`RTCIceCandidate` `toJSON()` carries `usernameFragment`', 'u', function (win) {
      return new win.RTCIceCandidate({ candidate: HOST, sdpMid: '0', usernameFragment: 'u' }).toJSON().usernameFragment;
    }],
    ['`addIceCandidate` with a foreign `usernameFragment`', 'error OperationError', async function (win) {
      var s = await withRemoteOffer(win);
      var r = await settled(s.b.addIceCandidate({ candidate: HOST, sdpMid: s.mid, usernameFragment: 'nomatch' }), 3000);
      s.a.close();
      s.b.close();
      return r === undefined ? 'resolves' : r;
    }],
    ['`addIceCandidate` with an unparsable candidate', 'error OperationError', async function (win) {
      var s = await withRemoteOffer(win);
      var r = await settled(s.b.addIceCandidate({ candidate: 'candidate:garbage', sdpMid: s.mid }), 3000);
      s.a.close();
      s.b.close();
      return r === undefined ? 'resolves' : r;
    }],
    ['`createOffer({offerToReceiveAudio: true})` makes a recvonly transceiver', 'recvonly', async function (win) {
      var pc = new win.RTCPeerConnection();
      await pc.createOffer({ offerToReceiveAudio: true });
      // read before close(), which stops every transceiver
      var directions = pc.getTransceivers().map(function (x) { return x.direction; }).join();
      pc.close();
      return directions;
    }],
    ['`createOffer({mandatory: {OfferToReceiveVideo: true}})`', 'video', async function (win) {
      var pc = new win.RTCPeerConnection();
      var offer = await pc.createOffer({ mandatory: { OfferToReceiveVideo: true } });
      pc.close();
      return (/^m=(\w+)/m.exec(offer.sdp) || [])[1];
    }],
    ['legacy `getStats(callback)`', 'success', function (win) {
      var pc = new win.RTCPeerConnection();
      return callback(function (ok) { return pc.getStats(ok); }).then(function (r) { pc.close(); return r; });
    }],
    ['legacy `getStats(selector, success, failure)`', 'success', function (win) {
      var pc = new win.RTCPeerConnection();
      return callback(function (ok, fail) { return pc.getStats(null, ok, fail); }).then(function (r) { pc.close(); return r; });
    }],
    ['`close()` closes data channels at once', 'closed', function (win) {
      var pc = new win.RTCPeerConnection();
      var channel = pc.createDataChannel('x');
      pc.close();
      return channel.readyState;
    }],
    ['`createDataChannel(label, {reliable: false})` is unreliable', 'unordered 0', function (win) {
      var pc = new win.RTCPeerConnection();
      var channel = pc.createDataChannel('x', { reliable: false });
      pc.close();
      return (channel.ordered ? 'ordered ' : 'unordered ') + channel.maxRetransmits;
    }],
  ];

  // A legacy capture call `name(constraints, success, failure)` of win.navigator ('missing' where
  // there is none), as callback() reports it.
  function legacyCapture(win, name, constraints) {
    if (typeof win.navigator[name] !== 'function') return Promise.resolve('missing');
    return callback(function (ok, fail) { return win.navigator[name](constraints, ok, fail); });
  }

  // The stream of a promise-form capture given to use(stream), which says the outcome; the stream
  // is stopped afterwards. A failed capture is 'error <name>'.
  function captured(win, constraints, use) {
    if (!win.navigator.mediaDevices) return Promise.resolve('no mediaDevices');
    var capture = win.navigator.mediaDevices.getUserMedia(constraints);
    return settled(capture.then(function (stream) {
      return Promise.resolve().then(function () { return use(stream); }).then(function (out) {
        stopTracks(stream);
        return out;
      }, function (e) {
        stopTracks(stream);
        return 'throws ' + (e && e.name);
      });
    }), 8000);
  }

  // Whether a captured stream, attached to a new video by attach(video, stream), plays: 'plays'
  // (a frame decoded and time advancing), 'not attached' (neither srcObject nor src set, so the
  // element has nothing to play), 'error', 'no playback' (nothing within 8 s) or 'throws <name>'.
  function playback(win, attach) {
    return captured(win, { video: true }, function (stream) {
      var v = win.document.createElement('video');
      v.muted = true;
      v.autoplay = true;
      v.width = 64; // Chromium pauses a muted autoplaying video out of view: keep it small
      v.setAttribute('playsinline', '');
      win.document.body.appendChild(v);
      function remove() {
        v.srcObject = null;
        v.removeAttribute('src');
        v.parentNode.removeChild(v);
      }
      try {
        attach(v, stream);
      } catch (e) {
        remove();
        return 'throws ' + e.name;
      }
      if (!v.srcObject && !v.getAttribute('src')) {
        remove();
        return 'not attached';
      }
      return new Promise(function (resolve) {
        var first = null;
        var outcome = null;
        function done(value) { outcome = outcome || value; resolve(outcome); }
        setTimeout(function () { done('no playback'); }, 8000);
        v.addEventListener('error', function () { done('error'); });
        (function check() {
          if (outcome) return;
          if (v.videoWidth > 0 && v.currentTime > 0) {
            if (first === null) first = v.currentTime;
            else if (v.currentTime > first) return done('plays');
          }
          setTimeout(check, 50);
        })();
      }).then(function (out) {
        remove();
        return out;
      });
    });
  }

  // Capture and playback, in every engine (WebKitGTK included), with the outcome the spec or the
  // legacy API (https://w3c.github.io/mediacapture-main/#navigatorusermedia-interface-extensions)
  // expects. The test browsers capture from fake devices (karma.conf.js).
  var MEDIA = [
    ['`navigator.getUserMedia(constraints, success)`', 'success', function (win) {
      if (typeof win.navigator.getUserMedia !== 'function') return 'missing';
      return callback(function (ok) { return win.navigator.getUserMedia({ video: true }, ok); });
    }],
    ['`navigator.getUserMedia(constraints, success, failure)`', 'success', function (win) {
      return legacyCapture(win, 'getUserMedia', { video: true });
    }],
    ['the family\'s own prefix: `webkitGetUserMedia(…)` (Chromium, WebKit), `mozGetUserMedia(…)` (Firefox)', 'success', function (win) {
      return legacyCapture(win, OWN, { video: true });
    }],
    ['no other family\'s prefix (`mozGetUserMedia` in Chromium and WebKit, `webkitGetUserMedia` in Firefox)', 'absent', function (win) {
      return OTHER in win.navigator ? 'present' : 'absent';
    }],
    ['`navigator.mediaDevices.getUserMedia(constraints)`', 'success', function (win) {
      return captured(win, { video: true }, function () { return 'success'; });
    }],
    ['`navigator.getUserMedia({}, success, failure)` calls failure later with a `TypeError`', 'failure TypeError', function (win) {
      if (typeof win.navigator.getUserMedia !== 'function') return 'missing';
      return callback(function (ok, fail) {
        return win.navigator.getUserMedia({}, ok, function (e) { fail(e instanceof win.TypeError ? e : { name: e && e.name + ' (no TypeError)' }); });
      });
    }],
    ['`mediaDevices.getUserMedia({video: {mandatory: {minWidth: 320, maxWidth: 320}}})` captures 320 pixels wide', 320, function (win) {
      return captured(win, { video: { mandatory: { minWidth: 320, maxWidth: 320 } } }, function (stream) {
        return stream.getVideoTracks()[0].getSettings().width;
      });
    }],
    ['legacy `{mandatory: {fooBar: 1}}`, a name the engine does not know, is dropped: the capture succeeds', 'success', function (win) {
      return captured(win, { video: { mandatory: { fooBar: 1 } } }, function () { return 'success'; });
    }],
    ['legacy `{mandatory: {googEchoCancellation: false}}` turns echo cancellation off', false, function (win) {
      return captured(win, { audio: { mandatory: { googEchoCancellation: false } } }, function (stream) {
        return stream.getAudioTracks()[0].getSettings().echoCancellation;
      });
    }],
    ['an impossible `deviceId: {exact: \'nope\'}` rejects with the spec\'s `OverconstrainedError` naming `deviceId`', 'OverconstrainedError deviceId', function (win) {
      if (!win.navigator.mediaDevices) return 'no mediaDevices';
      return settled(win.navigator.mediaDevices.getUserMedia({ video: { deviceId: { exact: 'nope' } } }).then(function (stream) {
        stopTracks(stream);
        return 'success';
      }, function (e) {
        // a DOMException, or the engine's own OverconstrainedError where it has one (as capture.e2e.js)
        return e.name + ' ' + e.constraint + (e instanceof (win.OverconstrainedError || win.DOMException) ? '' : ' (no DOMException)');
      }), 8000);
    }],
    ['`stream.stop()` stops every track', 'ended', function (win) {
      return captured(win, { audio: true, video: true }, function (stream) {
        if (typeof stream.stop !== 'function') return 'missing';
        stream.stop();
        var live = stream.getTracks().filter(function (t) { return t.readyState !== 'ended'; });
        return live.length ? live.length + ' live' : stream.getTracks().length ? 'ended' : 'no tracks';
      });
    }],
    ['`stream.getTrackById(id)`', 'found', function (win) {
      return captured(win, { video: true }, function (stream) {
        if (typeof stream.getTrackById !== 'function') return 'missing';
        var track = stream.getVideoTracks()[0];
        return stream.getTrackById(track.id) === track && stream.getTrackById('nope') === null ? 'found' : 'wrong';
      });
    }],
    ['`MediaStreamTrack.getSources(callback)`', 'video', function (win) {
      if (typeof win.MediaStreamTrack.getSources !== 'function') return 'missing';
      return settled(new Promise(function (resolve) {
        win.MediaStreamTrack.getSources(function (list) { resolve(list.map(function (s) { return s.kind; }).indexOf('video') >= 0 ? 'video' : 'no camera'); });
      }), 5000);
    }],
    ['`video.srcObject = stream` plays the stream', 'plays', function (win) {
      return playback(win, function (v, stream) { v.srcObject = stream; });
    }],
    ['`video.mozSrcObject = stream` plays the stream', 'plays', function (win) {
      return playback(win, function (v, stream) { v.mozSrcObject = stream; });
    }],
    ['`video.webkitSrcObject = stream` plays the stream', 'plays', function (win) {
      return playback(win, function (v, stream) { v.webkitSrcObject = stream; });
    }],
    ['`video.src = URL.createObjectURL(stream)` plays the stream', 'plays', function (win) {
      return playback(win, function (v, stream) { v.src = win.URL.createObjectURL(stream); });
    }],
  ];

  // One engine's column: row label -> true (present / works as expected), false, or null for a
  // peer-connection row where the page has no RTCPeerConnection (WebKitGTK).
  async function column(win, outcomes) {
    var out = {};
    var hasPc = typeof win.RTCPeerConnection === 'function';
    MEMBERS.forEach(function (member) { out['`' + member + '`'] = hasPc ? member in win.RTCPeerConnection.prototype : null; });
    for (var i = 0; i < FORMS.length; i++) {
      out[FORMS[i][0]] = hasPc ? (await FORMS[i][2](win)) === FORMS[i][1] : null;
    }
    for (var j = 0; j < MEDIA.length; j++) {
      var outcome = await MEDIA[j][2](win);
      out[MEDIA[j][0]] = outcome === MEDIA[j][1];
      outcomes[MEDIA[j][0]] = outcome;
    }
    return out;
  }

  function nativeWindow() {
    return window.rtcshimE2e.loadFrame('<!doctype html><body><script>parent.postMessage("loaded", "*")</script>').then(function (frame) {
      iframe = frame;
      return frame.contentWindow;
    });
  }

  // The README's table between the compat markers: { header: [...], rows: { label: [cells] } }.
  function parseTable(markdown) {
    var start = markdown.indexOf('<!-- compat:start -->');
    var end = markdown.indexOf('<!-- compat:end -->');
    if (start < 0 || end < 0) return null;
    var lines = markdown.slice(start, end).split('\n').filter(function (l) { return l.charAt(0) === '|'; });
    var split = function (line) { return line.split('|').slice(1, -1).map(function (c) { return c.trim(); }); };
    var table = { header: split(lines[0]), rows: {} };
    lines.slice(2).forEach(function (line) {
      var cells = split(line);
      table.rows[cells[0]] = cells.slice(1);
    });
    return table;
  }

  // `—`: a peer-connection row in an engine without RTCPeerConnection.
  function mark(value) {
    return value === null ? '—' : value ? '✓' : '✗';
  }
  function cell(native, shimmed) {
    return mark(native) === mark(shimmed) ? mark(shimmed) : mark(native) + ' → ' + mark(shimmed);
  }

  it('the README\'s column for this engine says what the engine does natively and with rtcshim', async function () {
    var nativeWin = await nativeWindow();
    var outcomes = { native: {}, rtcshim: {} };
    var native = await column(nativeWin, outcomes.native);
    var shimmed = await column(window, outcomes.rtcshim);
    var cells = {};
    Object.keys(shimmed).forEach(function (label) { cells[label] = cell(native[label], shimmed[label]); });
    // what each capture and playback probe measured, to tell why a cell is ✗
    console.log('RTCSHIM_COMPAT_OUTCOMES ' + JSON.stringify(outcomes));
    console.log('RTCSHIM_COMPAT ' + JSON.stringify({ engine: engine.name, cells: cells }));

    var readme = await fetch('/base/README.md').then(function (r) { return r.text(); });
    var table = parseTable(readme);
    expect(table, 'the compat table in README.md').to.not.equal(null);
    // WebKitGTK's user agent names no version: its column is the one headed `WebKitGTK <version>`
    // (scripts/compat-table.mjs takes the version from the WebDriver session).
    var at = table.header.indexOf(engine.name);
    table.header.forEach(function (h, i) { if (engine.family === 'webkit' && h.indexOf(engine.name + ' ') === 0) at = i; });
    if (at < 1) {
      // An engine the table has no column for (Chromium 123): printed above, not compared.
      return;
    }
    var stale = [];
    Object.keys(cells).forEach(function (label) {
      var row = table.rows[label];
      var written = row ? row[at - 1] : '(no row)';
      if (written !== cells[label]) stale.push(label + ': README says ' + written + ', measured ' + cells[label]);
    });
    Object.keys(table.rows).forEach(function (label) {
      if (!(label in cells)) stale.push(label + ': in README, not measured');
    });
    expect(stale, 'README.md is stale for ' + engine.name + '; run npm run compat:table').to.deep.equal([]);
  });
});
