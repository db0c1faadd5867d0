// One side of a real call between two browsers, each in its own process (scripts/cross.mjs starts
// both and the relay). Query: role=offerer|answerer, api=legacy|spec, room, relay (ws:// URL).
//
// api=legacy writes the call as 2013 apps did (the seed page's API): navigator.getUserMedia with
// callbacks, addStream/removeStream, onaddstream/onremovestream, callback createOffer/createAnswer
// and set*Description with `new RTCSessionDescription`, `new RTCIceCandidate`, the {mandatory}
// offer constraints (IceRestart for the restart), and video.src = URL.createObjectURL(stream).
// api=spec writes it as today: mediaDevices.getUserMedia, addTrack/removeTrack, ontrack,
// negotiationneeded + setLocalDescription() without arguments, restartIce(), srcObject.
//
// Each check is reported to the runner as a named result; the runner knows the list and fails what
// is not reported. Every local and remote description goes to the runner too (saved for diagnosis).
// ES2017 only: Chromium 73 runs it.
'use strict';

(function () {
  var params = new URLSearchParams(location.search);
  var role = params.get('role');
  var api = params.get('api');
  var STEP_MS = 20000;
  var PHASE_MS = 120000;

  // ---------------------------------------------------------------------------------------------
  // relay: messages `to: 'peer'` go to the other page, `to: 'runner'` to scripts/cross.mjs

  var ws = new WebSocket(params.get('relay') + '?room=' + encodeURIComponent(params.get('room')) + '&role=' + role);
  var outbox = [];
  var inbox = [];
  var waiters = [];
  var aborted = null;
  var remoteCandidates = [];

  function post(msg) {
    if (ws.readyState === 1) ws.send(JSON.stringify(msg));
    else outbox.push(msg);
  }
  ws.onopen = function () {
    outbox.splice(0).forEach(post);
  };
  function toPeer(msg) {
    msg.to = 'peer';
    post(msg);
  }
  // A candidate goes out after the description it belongs to: Firefox fires icecandidate before
  // setLocalDescription's promise settles, and a candidate of a restarted ICE session that reaches
  // the other page before the description is refused there (its ufrag matches no remote description).
  var held = null;
  function sendCandidate(candidate) {
    if (held) held.push(candidate);
    else toPeer({ kind: 'candidate', candidate: candidate });
  }
  function holdCandidates() {
    held = held || [];
  }
  function releaseCandidates() {
    var list = held || [];
    held = null;
    list.forEach(sendCandidate);
  }
  function toRunner(msg) {
    msg.to = 'runner';
    post(msg);
  }
  function log(text) {
    console.log(text);
    toRunner({ kind: 'log', text: String(text) });
  }
  function describe(e) {
    return e && e.name ? e.name + ': ' + e.message : String(e);
  }
  window.addEventListener('error', function (e) {
    log('page error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
  });
  window.addEventListener('unhandledrejection', function (e) {
    log('unhandled rejection: ' + describe(e.reason));
  });

  ws.onmessage = function (e) {
    var msg = JSON.parse(e.data);
    if (msg.kind === 'abort') {
      aborted = 'the other page stopped: ' + msg.reason;
      waiters.splice(0).forEach(function (w) { w.reject(new Error(aborted)); });
    } else if (msg.kind === 'candidate') {
      remoteCandidates.push(msg.candidate);
      drainCandidates();
    } else {
      inbox.push(msg);
      deliver();
    }
  };

  function deliver() {
    waiters.slice().forEach(function (w) {
      for (var i = 0; i < inbox.length; i++) {
        if (w.match(inbox[i])) {
          var msg = inbox.splice(i, 1)[0];
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(msg);
          return;
        }
      }
    });
  }

  // The next message from the other page of `kind` (and `name`, for phases).
  function next(kind, name, ms) {
    if (aborted) return Promise.reject(new Error(aborted));
    var what = kind + (name ? ' ' + name : '') + ' from the other page';
    return withTimeout(new Promise(function (resolve, reject) {
      waiters.push({
        match: function (m) { return m.kind === kind && (!name || m.name === name); },
        resolve: resolve,
        reject: reject,
      });
      deliver();
    }), ms || PHASE_MS, what);
  }

  function withTimeout(promise, ms, what) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        reject(new Error('timed out after ' + ms + ' ms waiting for ' + (typeof what === 'function' ? what() : what)));
      }, ms);
      promise.then(function (v) { clearTimeout(timer); resolve(v); }, function (e) { clearTimeout(timer); reject(e); });
    });
  }

  // Polls `test` (may be async) until it returns a truthy value, which it resolves with.
  function poll(test, ms, what) {
    return withTimeout(new Promise(function (resolve, reject) {
      (function again() {
        Promise.resolve().then(test).then(function (value) {
          if (value) resolve(value);
          else setTimeout(again, 100);
        }, reject);
      })();
    }), ms || STEP_MS, what);
  }

  // One named check: its result (with the value fn resolves with as detail) goes to the runner.
  // Its own timeout is longer than the steps' (STEP_MS), so that a step says what it waited for.
  async function check(name, fn, ms) {
    var started = Date.now();
    try {
      var detail = await withTimeout(Promise.resolve().then(fn), ms || STEP_MS + 5000, name);
      toRunner({ kind: 'result', name: name, ok: true, ms: Date.now() - started, detail: detail === undefined ? '' : String(detail) });
      return true;
    } catch (e) {
      toRunner({ kind: 'result', name: name, ok: false, ms: Date.now() - started, error: describe(e) });
      return false;
    }
  }

  // Ends this page's part: the other page stops waiting for it, the runner counts what is missing.
  function stop(reason) {
    toPeer({ kind: 'abort', reason: reason });
    toRunner({ kind: 'done', error: reason });
  }

  var sdpCount = 0;
  function captureSdp(direction, desc) {
    toRunner({ kind: 'sdp', n: ++sdpCount, direction: direction, type: desc.type, sdp: desc.sdp });
  }

  function ufrag(sdp) {
    var m = /^a=ice-ufrag:(\S+)/m.exec(sdp || '');
    return m ? m[1] : null;
  }

  // ---------------------------------------------------------------------------------------------
  // the two ways of writing the call; both return the same small interface

  var remoteStreams = [];
  var streamWaiters = [];
  var removedStreams = [];

  function remoteStreamSeen(stream) {
    if (remoteStreams.indexOf(stream) >= 0) return;
    log('remote stream ' + stream.id + ' (' + stream.getTracks().map(function (t) { return t.kind; }).join('+') + ')');
    remoteStreams.push(stream);
    streamWaiters.slice().forEach(function (w) {
      if (w.match(stream)) {
        streamWaiters.splice(streamWaiters.indexOf(w), 1);
        w.resolve(stream);
      }
    });
  }

  function remoteStream(match, what) {
    var found = remoteStreams.filter(match)[0];
    if (found) return Promise.resolve(found);
    return withTimeout(new Promise(function (resolve) {
      streamWaiters.push({ match: match, resolve: resolve });
    }), STEP_MS, what);
  }

  function legacySide() {
    // the seed page's own lines
    var PeerConnection = window.RTCPeerConnection || window.mozRTCPeerConnection || window.webkitRTCPeerConnection;
    var GET_USER_MEDIA = navigator.getUserMedia ? 'getUserMedia' :
      navigator.mozGetUserMedia ? 'mozGetUserMedia' :
        navigator.webkitGetUserMedia ? 'webkitGetUserMedia' : 'getUserMedia';
    var pc = new PeerConnection({ iceServers: [] });
    pc.onicecandidate = function (e) {
      if (e.candidate) {
        sendCandidate({ candidate: e.candidate.candidate, sdpMid: e.candidate.sdpMid, sdpMLineIndex: e.candidate.sdpMLineIndex });
      }
    };
    pc.onaddstream = function (e) { remoteStreamSeen(e.stream); };
    pc.onremovestream = function (e) {
      log('removestream ' + e.stream.id);
      removedStreams.push(e.stream);
    };
    function callback(call) {
      return new Promise(function (resolve, reject) { call(resolve, reject); });
    }
    function offerConstraints(restart) {
      var mandatory = { OfferToReceiveAudio: true, OfferToReceiveVideo: true };
      if (restart) mandatory.IceRestart = true;
      return { mandatory: mandatory };
    }
    return {
      pc: pc,
      getMedia: function (constraints) {
        return callback(function (ok, fail) { navigator[GET_USER_MEDIA](constraints, ok, fail); });
      },
      attach: function (video, stream) { video.src = URL.createObjectURL(stream); },
      add: function (stream) { pc.addStream(stream); },
      remove: function (stream) { pc.removeStream(stream); },
      restart: function () {},
      offer: async function (change, restart) {
        change();
        var offer = await callback(function (ok, fail) { pc.createOffer(ok, fail, offerConstraints(restart)); });
        await callback(function (ok, fail) { pc.setLocalDescription(new RTCSessionDescription(offer), ok, fail); });
        return offer;
      },
      applyAnswer: function (answer) {
        return callback(function (ok, fail) { pc.setRemoteDescription(new RTCSessionDescription(answer), ok, fail); });
      },
      answer: async function (offer) {
        await callback(function (ok, fail) { pc.setRemoteDescription(new RTCSessionDescription(offer), ok, fail); });
        var answer = await callback(function (ok, fail) { pc.createAnswer(ok, fail); });
        await callback(function (ok, fail) { pc.setLocalDescription(new RTCSessionDescription(answer), ok, fail); });
        return answer;
      },
      addCandidate: function (c) {
        return callback(function (ok, fail) { pc.addIceCandidate(new RTCIceCandidate(c), ok, fail); });
      },
      // the legacy API's answer to a removed stream: removestream, and the stream leaves the list
      removal: function (stream) {
        return poll(function () {
          return removedStreams.indexOf(stream) >= 0 && pc.getRemoteStreams().indexOf(stream) < 0 &&
            'removestream for ' + stream.id + '; getRemoteStreams() ' + pc.getRemoteStreams().length;
        }, STEP_MS, function () {
          return 'removestream for ' + stream.id + ' (removed: [' + removedStreams.map(function (s) { return s.id; }) +
            '], getRemoteStreams: [' + pc.getRemoteStreams().map(function (s) { return s.id; }) + '])';
        });
      },
    };
  }

  function specSide() {
    var pc = new RTCPeerConnection({ iceServers: [] });
    var needed = null;
    pc.addEventListener('negotiationneeded', function () {
      if (needed) needed();
      needed = null;
    });
    pc.addEventListener('icecandidate', function (e) {
      if (e.candidate) sendCandidate(e.candidate.toJSON());
    });
    pc.addEventListener('track', function (e) {
      if (e.streams.length) e.streams.forEach(remoteStreamSeen);
      else log('track event without a stream (' + e.track.kind + ')');
    });
    // What the spec says the far side sees when a sender stops sending (removeTrack there): for the
    // remote track, "process the removal of a remote track" — muted (a mute event), then removed
    // from its streams (a removetrack event on each), and not ended: a remote track ends only when
    // its transceiver stops (https://w3c.github.io/webrtc-pc/#process-the-removal-of-a-remote-track,
    // https://w3c.github.io/webrtc-pc/#set-the-rtcsessiondescription).
    var watched = [];
    return {
      pc: pc,
      getMedia: function (constraints) { return navigator.mediaDevices.getUserMedia(constraints); },
      attach: function (video, stream) {
        video.srcObject = stream;
        video.play().catch(function (e) { log('play(): ' + describe(e)); });
      },
      add: function (stream) {
        stream.getTracks().forEach(function (track) { pc.addTrack(track, stream); });
      },
      remove: function (stream) {
        var tracks = stream.getTracks();
        pc.getSenders().forEach(function (sender) {
          if (tracks.indexOf(sender.track) >= 0) pc.removeTrack(sender);
        });
      },
      restart: function () { pc.restartIce(); },
      offer: async function (change) {
        var fired = new Promise(function (resolve) { needed = resolve; });
        change();
        await withTimeout(fired, STEP_MS, 'negotiationneeded');
        await pc.setLocalDescription();
        return pc.localDescription;
      },
      applyAnswer: function (answer) { return pc.setRemoteDescription(answer); },
      answer: async function (offer) {
        await pc.setRemoteDescription(offer);
        await pc.setLocalDescription();
        return pc.localDescription;
      },
      addCandidate: function (c) { return pc.addIceCandidate(c); },
      watch: function (stream) {
        var w = { stream: stream, tracks: stream.getTracks(), removed: [] };
        stream.addEventListener('removetrack', function (e) { w.removed.push(e.track); });
        watched.push(w);
      },
      removal: function (stream) {
        var w = watched.filter(function (x) { return x.stream === stream; })[0];
        function state() {
          return 'removetrack for ' + w.removed.length + ' of ' + w.tracks.length + ' tracks, ' + stream.getTracks().length +
            ' left in the stream, muted [' + w.tracks.map(function (t) { return t.muted; }) + '], readyState [' +
            w.tracks.map(function (t) { return t.readyState; }) + ']';
        }
        return poll(function () {
          var done = w.removed.length === w.tracks.length && stream.getTracks().length === 0 &&
            w.tracks.every(function (t) { return t.muted && t.readyState === 'live'; });
          return done && state();
        }, STEP_MS, state);
      },
    };
  }

  var side = api === 'legacy' ? legacySide() : specSide();
  var pc = side.pc;

  function drainCandidates() {
    if (!pc.remoteDescription) return;
    remoteCandidates.splice(0).forEach(function (c) {
      side.addCandidate(c).catch(function (e) { log('addIceCandidate(' + c.candidate + '): ' + describe(e)); });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // what both sides check

  function iceConnected() {
    return poll(function () {
      var s = pc.iceConnectionState;
      if (s === 'failed' || s === 'closed') throw new Error('iceConnectionState ' + s);
      return (s === 'connected' || s === 'completed') && s;
    }, STEP_MS, function () { return 'iceConnectionState connected (is ' + pc.iceConnectionState + ')'; });
  }

  function videoFor(stream) {
    var v = document.createElement('video');
    v.autoplay = true;
    v.muted = true;
    v.setAttribute('playsinline', '');
    // Small enough that every video stays inside the headless window (800x600), as an app shows its
    // videos: Chromium 156 left a muted autoplay video it could not see paused at readyState 4 (the
    // second remote video, 640 px wide below the first: paused in 4 of 7 calls, 160 px: 0 of 4).
    v.style.width = '160px';
    document.getElementById('videos').appendChild(v);
    side.attach(v, stream);
    return v;
  }

  // Frames arrive: a size, and currentTime moving on by `seconds`.
  function plays(v, seconds) {
    var start = null;
    return poll(function () {
      if (!(v.videoWidth > 0 && v.currentTime > 0)) return false;
      if (start === null) start = v.currentTime;
      return v.currentTime >= start + (seconds || 0.2) && v.videoWidth + 'x' + v.videoHeight + ', currentTime ' + v.currentTime.toFixed(2);
    }, STEP_MS, function () {
      var stream = v.srcObject;
      return 'playback: videoWidth ' + v.videoWidth + ', currentTime ' + v.currentTime + ', readyState ' + v.readyState +
        ', paused ' + v.paused + ', srcObject ' + (stream ? stream.id + ' [' + stream.getTracks().map(function (t) {
        return t.kind + (t.muted ? ' muted' : '') + ' ' + t.readyState;
      }) + ']' : 'none') + (v.error ? ', error ' + v.error.code : '');
    });
  }

  async function statsOf(type) {
    var out = [];
    (await pc.getStats()).forEach(function (s) { if (!type || s.type === type) out.push(s); });
    return out;
  }

  async function audioPackets() {
    return (await statsOf('inbound-rtp')).filter(function (s) { return (s.kind || s.mediaType) === 'audio'; })
      .reduce(function (n, s) { return n + (s.packetsReceived || 0); }, 0);
  }

  // The candidate pair ICE uses: ids and addresses of both candidates, or null.
  async function selectedPair() {
    var all = await statsOf();
    var byId = {};
    all.forEach(function (s) { byId[s.id] = s; });
    var pair = null;
    all.forEach(function (s) {
      if (s.type === 'transport' && s.selectedCandidatePairId) pair = byId[s.selectedCandidatePairId];
    });
    if (!pair) {
      pair = all.filter(function (s) {
        return s.type === 'candidate-pair' && (s.selected || (s.nominated && s.state === 'succeeded'));
      })[0];
    }
    if (!pair) return null;
    function cand(id) {
      var c = byId[id];
      return c ? id + '=' + (c.address || c.ip) + ':' + c.port : id;
    }
    return cand(pair.localCandidateId) + ' > ' + cand(pair.remoteCandidateId);
  }

  // the offerer's channel, or the one the answerer receives; each side echoes the other's pings
  // Every candidate pair in the stats, for the log when an ICE check fails.
  async function tracePairs() {
    var all = await statsOf();
    var byId = {};
    all.forEach(function (s) { byId[s.id] = s; });
    function cand(id) {
      var c = byId[id];
      return c ? (c.address || c.ip) + ':' + c.port + '/' + (c.candidateType || '') + (c.usernameFragment ? '/ufrag ' + c.usernameFragment : '') : id;
    }
    all.forEach(function (s) {
      if (s.type === 'transport') log('  transport ' + s.id + ': selected ' + s.selectedCandidatePairId + ', dtls ' + s.dtlsState + ', ice ' + s.iceState);
      if (s.type !== 'candidate-pair') return;
      log('  pair ' + s.id + ': ' + cand(s.localCandidateId) + ' > ' + cand(s.remoteCandidateId) + ' ' + s.state +
        (s.nominated ? ' nominated' : '') + (s.selected ? ' selected' : '') + ', sent ' + s.bytesSent + ', received ' + s.bytesReceived);
    });
  }

  var channel = null;
  var echoes = {};
  var channelFound;
  var channelReady = new Promise(function (resolve) { channelFound = resolve; });
  pc.ondatachannel = function (e) { useChannel(e.channel); };
  function useChannel(dc) {
    channel = dc;
    channelFound();
    dc.onmessage = function (e) {
      var text = String(e.data);
      if (text.indexOf('ping:') === 0) dc.send('echo:' + text.slice(5));
      else if (text.indexOf('echo:') === 0 && echoes[text.slice(5)]) echoes[text.slice(5)](text);
    };
  }

  // A message to the other page that it sends back.
  async function echo(tag) {
    await channelReady;
    if (channel.readyState !== 'open') {
      await withTimeout(new Promise(function (resolve) { channel.addEventListener('open', resolve); }), STEP_MS, 'data channel open');
    }
    var back = new Promise(function (resolve) { echoes[tag] = resolve; });
    channel.send('ping:' + tag);
    return withTimeout(back, STEP_MS, 'echo of ' + tag);
  }

  var announced = {};
  function announcement(which) {
    if (announced[which]) return Promise.resolve(announced[which]);
    return next('stream', which, STEP_MS).then(function (m) { announced[which] = m; return m; });
  }

  // ---------------------------------------------------------------------------------------------
  // the call

  async function negotiate(change, restart) {
    holdCandidates();
    var offer;
    try {
      offer = await side.offer(change, restart);
      captureSdp('local', offer);
      toPeer({ kind: 'sdp', type: offer.type, sdp: offer.sdp });
    } finally {
      releaseCandidates();
    }
    // the first answer waits for the other browser's start-up
    var answer = await next('sdp', null, PHASE_MS);
    if (answer.type === 'error') throw new Error('the other side could not answer: ' + answer.error);
    captureSdp('remote', answer);
    await side.applyAnswer({ type: answer.type, sdp: answer.sdp });
    drainCandidates();
  }

  // settles when the first answer is sent, or when the other page stops
  var answeredFirst;
  var firstAnswer = new Promise(function (resolve, reject) {
    var w = { match: function () { return false; }, resolve: resolve, reject: reject };
    waiters.push(w);
    answeredFirst = function () {
      if (waiters.indexOf(w) >= 0) waiters.splice(waiters.indexOf(w), 1);
      resolve();
    };
  });
  firstAnswer.catch(function () {});

  async function answerOffers() {
    for (;;) {
      var offer = await next('sdp', null, 10 * PHASE_MS);
      captureSdp('remote', offer);
      var answer;
      holdCandidates();
      try {
        answer = await side.answer({ type: offer.type, sdp: offer.sdp });
      } catch (e) {
        log('answering failed: ' + describe(e));
        toPeer({ kind: 'sdp', type: 'error', sdp: '', error: describe(e) });
        releaseCandidates();
        continue;
      }
      drainCandidates();
      captureSdp('local', answer);
      toPeer({ kind: 'sdp', type: answer.type, sdp: answer.sdp });
      releaseCandidates();
      answeredFirst();
    }
  }

  // connected, media both ways with the announced stream id, a message echoed both ways
  async function basics(first) {
    if (!await check('connected', iceConnected)) return false;
    await check('stream id preserved', async function () {
      var sent = await announcement('first');
      var got = await first;
      if (got.id !== sent.id) throw new Error('received stream id ' + got.id + ', the other side announced ' + sent.id);
      return got.id;
    });
    var video = null;
    await check('remote video plays', async function () {
      video = videoFor(await first);
      return plays(video);
    });
    await check('remote audio arrives', async function () {
      var stream = await first;
      if (stream.getAudioTracks().length !== 1) throw new Error(stream.getAudioTracks().length + ' audio tracks in the remote stream');
      var before = await audioPackets();
      return poll(async function () {
        var now = await audioPackets();
        return now > before && now - before + ' packets in ' + 'the last poll';
      }, STEP_MS, 'audio packets');
    });
    await check('data channel echo', function () { return echo(role + '-1'); });
    return video;
  }

  async function restartChecks(before, video) {
    await check('ICE restart: new ufrags', function () {
      var local = ufrag(pc.localDescription.sdp);
      var remote = ufrag(pc.remoteDescription.sdp);
      if (local === before.local || remote === before.remote) {
        throw new Error('ufrags local ' + before.local + ' -> ' + local + ', remote ' + before.remote + ' -> ' + remote);
      }
      return 'local ' + before.local + ' -> ' + local + ', remote ' + before.remote + ' -> ' + remote;
    });
    var stage = '';
    await check('ICE restart: connected with media and data', async function () {
      stage = 'iceConnectionState connected';
      await iceConnected();
      stage = 'a new selected candidate pair (was ' + before.pair + ')';
      var pair = await poll(async function () {
        var p = await selectedPair();
        return p && p !== before.pair && p;
      }, STEP_MS, stage);
      stage = 'video still playing';
      if (video) await plays(video, 0.5);
      stage = 'data channel echo';
      await echo(role + '-2');
      return 'pair ' + before.pair + ' => ' + pair;
    }, 4 * STEP_MS).then(function (ok) {
      if (!ok) {
        log('ICE restart check stopped at: ' + stage + '; iceConnectionState ' + pc.iceConnectionState +
          ', data channel ' + (channel && channel.readyState));
        return tracePairs();
      }
    });
  }

  async function snapshot() {
    return { local: ufrag(pc.localDescription.sdp), remote: ufrag(pc.remoteDescription.sdp), pair: await selectedPair() };
  }

  async function offerer() {
    var local = await side.getMedia({ audio: true, video: true });
    toPeer({ kind: 'stream', name: 'first', id: local.id });
    try {
      await negotiate(function () {
        side.add(local);
        useChannel(pc.createDataChannel('chat'));
      });
    } catch (e) {
      return stop('first negotiation: ' + describe(e));
    }
    var first = remoteStream(function () { return true; }, 'the first remote stream');
    first.catch(function () {});
    var video = await basics(first);
    if (video === false) return stop('not connected');
    await next('phase', 'basics-done');

    var second = await side.getMedia({ video: true });
    toPeer({ kind: 'stream', name: 'second', id: second.id });
    if (!await check('second stream negotiated', function () {
      return negotiate(function () { side.add(second); });
    })) return stop('second stream not negotiated');
    await next('phase', 'second-seen');

    if (!await check('second stream removal negotiated', function () {
      return negotiate(function () { side.remove(second); });
    })) return stop('second stream removal not negotiated');
    await next('phase', 'removal-seen');

    var before = await snapshot();
    if (!await check('ICE restart negotiated', function () {
      return negotiate(side.restart, true);
    })) return stop('ICE restart not negotiated');
    toPeer({ kind: 'phase', name: 'restarted' });
    await restartChecks(before, video);
    await next('phase', 'done');
    toRunner({ kind: 'done' });
  }

  async function answerer() {
    var local = await side.getMedia({ audio: true, video: true });
    side.add(local);
    toPeer({ kind: 'stream', name: 'first', id: local.id });
    answerOffers().catch(function (e) { log('answering stopped: ' + describe(e)); });
    // the checks' time runs from the first answer, not from the other browser's start-up
    await withTimeout(firstAnswer, PHASE_MS, 'the first offer');
    var first = remoteStream(function () { return true; }, 'the first remote stream');
    first.catch(function () {});
    var video = await basics(first);
    if (video === false) return stop('not connected');
    toPeer({ kind: 'phase', name: 'basics-done' });

    var firstStream = await first;
    var second = null;
    await check('second stream arrives with its id', async function () {
      var sent = await announcement('second');
      second = await remoteStream(function (s) { return s !== firstStream; }, 'a second remote stream');
      if (side.watch) side.watch(second);
      if (second.id !== sent.id) throw new Error('received stream id ' + second.id + ', the other side announced ' + sent.id);
      return second.id;
    }, PHASE_MS);
    if (second) await check('second stream plays', function () { return plays(videoFor(second)); });
    toPeer({ kind: 'phase', name: 'second-seen' });

    var before = await snapshot();
    await check('second stream removed', function () {
      if (!second) throw new Error('no second stream arrived');
      return side.removal(second);
    }, PHASE_MS);
    toPeer({ kind: 'phase', name: 'removal-seen' });

    await next('phase', 'restarted');
    await restartChecks(before, video);
    toPeer({ kind: 'phase', name: 'done' });
    toRunner({ kind: 'done' });
  }

  // which shims rtcshim installed in this engine, for the log
  var applied = window.adapter && window.adapter.applied ? window.adapter.applied.map(function (a) { return a.name; }) : null;
  toRunner({ kind: 'hello', userAgent: navigator.userAgent, api: api, role: role, applied: applied });
  (role === 'offerer' ? offerer() : answerer()).catch(function (e) {
    log('stopped: ' + describe(e));
    stop(describe(e));
  });
})();
