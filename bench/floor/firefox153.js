// Floor script (bench only, never shipped): the smallest plain script that makes the changes
// rtcshim makes in Firefox 153, with the probes that decide them, and nothing else (see
// chromium156.js and docs/bench.md).
/* eslint no-unused-vars: ["error", { "argsIgnorePattern": "^_" }] */
!function () {
  var w = window, n = navigator, ua = n.userAgent;
  var P = w.RTCPeerConnection, p = P && P.prototype;
  if (!p) return;
  var probes = [typeof n.mozGetUserMedia, p.createOffer.length, p.setLocalDescription.length, p.addIceCandidate.length, 'updateIce' in p,
    'defaultIceServers' in p, 'onpeeridentity' in p, 'createDTMFSender' in p];
  var define = function (o, k, v) { Object.defineProperty(o, k, { value: v, writable: true, enumerable: false, configurable: true }); };
  // A wrapper made with the native's name and length (as rtcshim's src/patch/mark.ts shaped()
  // does): redefining them afterwards costs Firefox ~25 us each.
  var wrap = function (o, k, g) {
    var f = o[k], n = f.length;
    var h = n === 0 ? { [k]: function () { return g.apply(this, arguments); } }[k]
      : n === 1 ? { [k]: function (_a) { return g.apply(this, arguments); } }[k]
        : n === 2 ? { [k]: function (_a, _b) { return g.apply(this, arguments); } }[k]
          : { [k]: function (_a, _b, _c) { return g.apply(this, arguments); } }[k];
    Object.defineProperty(o, k, { value: h, writable: true, enumerable: true, configurable: true });
    return f;
  };
  // final-line-ending: an SDP's last line gets its missing line ending before the engine reads it
  ['setLocalDescription', 'setRemoteDescription'].forEach(function (k) {
    var f = wrap(p, k, function (d) {
      var s = d && d.sdp;
      if (typeof s !== 'string' || !s || s[s.length - 1] === '\n') return f.apply(this, arguments);
      var a = [].slice.call(arguments), lf = s.indexOf('\n');
      a[0] = { type: d.type, sdp: s + (lf > 0 && s[lf - 1] === '\r' || lf < 0 ? '\r\n' : '\n') };
      return f.apply(this, a);
    });
  });
  // simulcast-draft-syntax: a description Firefox rejects for a draft a=simulcast line is applied in RFC 8853 syntax
  var srdDraft = wrap(p, 'setRemoteDescription', function (d) {
    var a = arguments, self = this;
    return srdDraft.apply(this, a).catch(function (e) {
      var s = d && d.sdp, re = /^a=simulcast: ?\S+ rid=.*$/mg;
      if (typeof s !== 'string' || !re.test(s)) throw e;
      var t = s.replace(re, function (l) {
        var k = l.slice(12).trim().split(/\s+/), out = [], i = 0;
        while (i < k.length) {
          var dir = k[i++], rids = k[i++] || '', paused = k[i] && k[i].indexOf('paused=') === 0 ? k[i++].slice(7).split(',') : [];
          if ((dir !== 'send' && dir !== 'recv') || rids.indexOf('rid=') !== 0) return l;
          out.push(dir + ' ' + rids.slice(4).split(';').map(function (x) {
            return x.split(',').map(function (id) { return paused.indexOf(id) >= 0 ? '~' + id : id; }).join(',');
          }).join(';'));
        }
        return 'a=simulcast:' + out.join(' ');
      });
      var b = [].slice.call(a);
      b[0] = { type: d.type, sdp: t };
      return srdDraft.apply(self, b).catch(function () { throw e; });
    });
  });
  // offer-constraints: pre-spec {mandatory, optional} offer constraints as RTCOfferOptions
  var O = { offertoreceiveaudio: 'offerToReceiveAudio', offertoreceivevideo: 'offerToReceiveVideo', icerestart: 'iceRestart',
    voiceactivitydetection: 'voiceActivityDetection' };
  ['createOffer', 'createAnswer'].forEach(function (k) {
    var f = p[k];
    wrap(p, k, function (o) {
      if (!o || typeof o !== 'object' || (o.mandatory === undefined && o.optional === undefined)) return f.apply(this, arguments);
      var r = {};
      [].concat(o.optional || [], o.mandatory || []).forEach(function (s) {
        for (var x in s) if (O[x.toLowerCase()]) r[O[x.toLowerCase()]] = !!s[x];
      });
      return f.call(this, r);
    });
  });
  // add-ice-candidate-syntax: a candidate string that does not parse is an OperationError
  var aic = p.addIceCandidate;
  wrap(p, 'addIceCandidate', function (c) {
    var t = c && c.candidate;
    if (t && this.remoteDescription && t.split(' ').length < 8) return Promise.reject(new DOMException('syntax', 'OperationError'));
    return aic.apply(this, arguments);
  });
  // remove-stream: removeStream; getLocalStreams lists only streams still sent
  var sent = function (pc, ss) {
    var t = pc.getSenders().map(function (x) { return x.track; });
    return ss.filter(function (s) { return s.getTracks().some(function (x) { return t.indexOf(x) >= 0; }); });
  };
  define(p, 'removeStream', function (s) {
    if (!(s instanceof MediaStream)) throw new TypeError('removeStream');
    if (this.signalingState === 'closed') throw new DOMException('closed', 'InvalidStateError');
    var pc = this, ts = s.getTracks();
    pc.getSenders().forEach(function (x) { if (ts.indexOf(x.track) >= 0) pc.removeTrack(x); });
  });
  var gls = p.getLocalStreams;
  wrap(p, 'getLocalStreams', function () { return sent(this, gls.apply(this, arguments)); });
  // remove-stream-event: streams whose tracks all left are unlisted, with removestream
  var grs = p.getRemoteStreams, srd = p.setRemoteDescription, gone = new WeakSet();
  var live = function (s) { return s.getTracks().length > 0; };
  var fire = function (pc, type, s) { var e = new Event(type); Object.defineProperty(e, 'stream', { value: s }); pc.dispatchEvent(e); };
  wrap(p, 'getRemoteStreams', function () { return grs.apply(this, arguments).filter(live); });
  wrap(p, 'setRemoteDescription', function () {
    var pc = this, before = pc.signalingState === 'closed' ? [] : pc.getRemoteStreams();
    return srd.apply(this, arguments).then(function (r) {
      if (pc.signalingState === 'closed') return r;
      var after = pc.getRemoteStreams();
      before.forEach(function (s) { if (after.indexOf(s) < 0) { gone.add(s); fire(pc, 'removestream', s); } });
      after.forEach(function (s) { if (gone.delete(s)) fire(pc, 'addstream', s); });
      return r;
    });
  });
  // onremovestream, and onaddstream (Firefox's own runs for its own events only)
  ['removestream', 'addstream'].forEach(function (type) {
    var handlers = new WeakMap();
    Object.defineProperty(p, 'on' + type, { enumerable: true, configurable: true,
      get: function () { return handlers.get(this) || null; },
      set: function (f) {
        var pc = this;
        if (!handlers.has(pc)) pc.addEventListener(type, function (e) { var h = handlers.get(pc); if (h) h.call(pc, e); });
        handlers.set(pc, typeof f === 'function' ? f : null);
      } });
  });
  // get-stream-by-id
  define(p, 'getStreamById', function (id) {
    return this.getLocalStreams().concat(this.getRemoteStreams()).filter(function (s) { return s.id === String(id); })[0] || null;
  });
  // stream-tracks: a track added to / removed from a stream after addStream is sent / stopped
  var given = new WeakMap(), addStream = p.addStream, removeStream = p.removeStream;
  wrap(p, 'addStream', function (s) {
    var r = addStream.apply(this, arguments), l = given.get(s) || [];
    if (l.indexOf(this) < 0) given.set(s, l.concat(this));
    return r;
  });
  wrap(p, 'removeStream', function (s) {
    var r = removeStream.apply(this, arguments), pc = this;
    given.set(s, (given.get(s) || []).filter(function (x) { return x !== pc; }));
    return r;
  });
  var S = MediaStream.prototype, sAdd = S.addTrack, sRemove = S.removeTrack;
  wrap(S, 'addTrack', function (t) {
    var s = this;
    sAdd.apply(this, arguments);
    (given.get(s) || []).forEach(function (pc) {
      if (pc.signalingState !== 'closed' && !pc.getSenders().some(function (x) { return x.track === t; })) pc.addTrack(t, s);
    });
  });
  wrap(S, 'removeTrack', function (t) {
    sRemove.apply(this, arguments);
    (given.get(this) || []).forEach(function (pc) {
      if (pc.signalingState !== 'closed') pc.getSenders().forEach(function (x) { if (x.track === t) pc.removeTrack(x); });
    });
  });
  // legacy-callbacks: a success callback alone, createOffer(success), callbacks after the call returns
  ['createOffer', 'createAnswer', 'setLocalDescription', 'setRemoteDescription', 'addIceCandidate'].forEach(function (k) {
    var create = k.charAt(0) === 'c', f = p[k];
    wrap(p, k, function (a, b, c) {
      var legacy = create ? typeof a === 'function' : arguments.length >= 2;
      if (!legacy) return f.apply(this, arguments);
      var ok = create ? a : b, fail = create ? b : c;
      if (typeof ok !== 'function' || (fail !== undefined && typeof fail !== 'function')) return Promise.reject(new TypeError(k));
      f.apply(this, create ? (c === undefined ? [] : [c]) : [a]).then(ok, fail || function (e) { console.warn(k, e); });
      return Promise.resolve();
    });
  });
  // stats-selection and stats-media-source-id: a selector's report without the connection's
  // stats; outbound-rtp gets its mediaSourceId
  var rewrite = function (report, fn) {
    var list = [];
    report.forEach(function (x) { list.push(x); });
    var m = new Map(fn(list).map(function (x) { return [x.id, x]; }));
    return Object.create(Object.getPrototypeOf(report), {
      get: { value: function (k) { return m.get(k); } }, has: { value: function (k) { return m.has(k); } },
      forEach: { value: function (f, t) { var r = this; m.forEach(function (v, k) { f.call(t, v, k, r); }); } },
      keys: { value: function () { return m.keys(); } }, values: { value: function () { return m.values(); } },
      entries: { value: function () { return m.entries(); } }, size: { get: function () { return m.size; } },
    });
  };
  var unselected = function (l) { return l.filter(function (x) { return x.type !== 'peer-connection' && x.type !== 'data-channel'; }); };
  var sourceIds = function (trackOf) {
    return function (l) {
      return l.map(function (x) {
        if (x.type !== 'outbound-rtp' || x.mediaSourceId) return x;
        var t = trackOf(x), src = l.filter(function (y) { return y.type === 'media-source' && y.trackIdentifier === t; })[0];
        return src ? Object.assign({}, x, { mediaSourceId: src.id }) : x;
      });
    };
  };
  var pgs = p.getStats;
  wrap(p, 'getStats', function (sel) {
    var r = pgs.apply(this, arguments), pc = this;
    if (arguments.length > 1 || typeof sel === 'function') return r;
    return r.then(function (rep) {
      var byMid = sourceIds(function (x) { var t = pc.getTransceivers().filter(function (t) { return t.mid === x.mid; })[0]; return t && t.sender.track && t.sender.track.id; });
      return rewrite(rep, function (l) { return byMid(sel ? unselected(l) : l); });
    });
  });
  var SP = w.RTCRtpSender.prototype, RP = w.RTCRtpReceiver.prototype, sgs = SP.getStats, rgs = RP.getStats;
  wrap(SP, 'getStats', function () {
    var t = this.track && this.track.id;
    return sgs.apply(this, arguments).then(function (rep) { return rewrite(rep, function (l) { return sourceIds(function () { return t; })(unselected(l)); }); });
  });
  wrap(RP, 'getStats', function () {
    return rgs.apply(this, arguments).then(function (rep) { return rewrite(rep, unselected); });
  });
  // legacy-get-stats: getStats(success[, selector]) and getStats(selector, success[, failure])
  var gs = p.getStats;
  wrap(p, 'getStats', function (a, b, c) {
    var first = typeof a === 'function';
    if (!first && arguments.length < 2) return gs.apply(this, arguments);
    var second = first && typeof b === 'function';
    gs.call(this, first ? (second ? null : b) : a).then(first ? a : b, (first ? (second ? b : null) : c) || function (e) { console.warn(e); });
    return Promise.resolve();
  });
  // close-data-channels (+ channel owners) and legacy-data-channel-options, send-max-message-size
  var D = w.RTCDataChannel.prototype, E = w.RTCDataChannelEvent.prototype, owner = new WeakMap();
  var channelClosed = function (ch) { var pc = owner.get(ch); return !!pc && pc.signalingState === 'closed'; };
  var cdc = p.createDataChannel;
  wrap(p, 'createDataChannel', function (l, o) {
    var args = arguments;
    if (o && typeof o === 'object' && (o.maxRetransmitTime !== undefined || o.reliable === false)) {
      var x = Object.assign({}, o);
      if (x.maxPacketLifeTime === undefined) x.maxPacketLifeTime = x.maxRetransmitTime;
      if (x.reliable === false && x.maxPacketLifeTime === undefined && x.maxRetransmits === undefined) {
        x.maxRetransmits = 0;
        if (x.ordered === undefined) x.ordered = false;
      }
      args = [l, x];
    }
    var ch = cdc.apply(this, args);
    owner.set(ch, this);
    return ch;
  });
  var cd = Object.getOwnPropertyDescriptor(E, 'channel');
  Object.defineProperty(E, 'channel', { get: function () {
    var ch = cd.get.call(this);
    if (!owner.has(ch)) owner.set(ch, this.target);
    return ch;
  }, enumerable: cd.enumerable, configurable: true });
  var rd = Object.getOwnPropertyDescriptor(D, 'readyState');
  Object.defineProperty(D, 'readyState', { get: function () { return channelClosed(this) ? 'closed' : rd.get.call(this); },
    enumerable: rd.enumerable, configurable: true });
  var send = D.send;
  wrap(D, 'send', function (x) {
    if (channelClosed(this)) throw new DOMException('closed', 'InvalidStateError');
    var pc = owner.get(this), s = pc && pc.sctp;
    var size = typeof x === 'string' ? new TextEncoder().encode(x).length : (x && (x.byteLength || x.size)) || 0;
    if (s && this.readyState === 'open' && size > s.maxMessageSize) throw new TypeError('maxMessageSize');
    return send.apply(this, arguments);
  });
  // no event on a closed connection's channels: listeners and on<type> handlers skip them
  var add = D.addEventListener, rem = D.removeEventListener, skips = new WeakMap();
  var skipping = function (l) {
    var g = skips.get(l);
    if (!g) skips.set(l, g = function (e) { if (!channelClosed(this)) return typeof l === 'function' ? l.call(this, e) : l.handleEvent(e); });
    return g;
  };
  var EVENTS = ['open', 'message', 'bufferedamountlow', 'error', 'closing', 'close'];
  wrap(D, 'addEventListener', function (t, l, o) { return add.call(this, t, l && EVENTS.indexOf(t) >= 0 ? skipping(l) : l, o); });
  wrap(D, 'removeEventListener', function (t, l, o) { return rem.call(this, t, (l && skips.get(l)) || l, o); });
  EVENTS.forEach(function (t) {
    var handlers = new WeakMap();
    Object.defineProperty(D, 'on' + t, { get: function () { return handlers.get(this) || null; }, set: function (f) {
      var old = handlers.get(this);
      if (old) rem.call(this, t, skipping(old));
      handlers.set(this, f);
      if (f) add.call(this, t, skipping(f));
    }, enumerable: true, configurable: true });
  });
  // sctp-closed: sctp.state is 'closed' once the connection is
  var sd = Object.getOwnPropertyDescriptor(p, 'sctp'), T = w.RTCSctpTransport.prototype;
  var td = Object.getOwnPropertyDescriptor(T, 'state'), sctpOwner = new WeakMap();
  Object.defineProperty(p, 'sctp', { get: function () {
    var t = sd.get.call(this);
    if (t) sctpOwner.set(t, this);
    return t;
  }, enumerable: sd.enumerable, configurable: true });
  Object.defineProperty(T, 'state', { get: function () {
    var pc = sctpOwner.get(this);
    return pc && pc.signalingState === 'closed' ? 'closed' : td.get.call(this);
  }, enumerable: td.enumerable, configurable: true });
  // get-configuration-url: drop the legacy `url` Firefox echoes back
  var getConfiguration = p.getConfiguration;
  define(p, 'getConfiguration', function () {
    var c = getConfiguration.apply(this, arguments);
    (c.iceServers || []).forEach(function (s) { delete s.url; });
    return c;
  });
  // update-ice, default-ice-servers
  var method = function (k, f) { Object.defineProperty(p, k, { value: f, writable: true, enumerable: true, configurable: true }); };
  var closed = function (pc) { if (pc.signalingState === 'closed') throw new DOMException('closed', 'InvalidStateError'); };
  method('updateIce', function updateIce() {
    var c = arguments[0];
    if (c != null) return this.setConfiguration(c);
    closed(this);
  });
  var empty = { get: function () { return []; }, enumerable: true, configurable: true };
  Object.defineProperty(p, 'defaultIceServers', empty);
  Object.defineProperty(P, 'defaultIceServers', empty);
  // identity-event-handlers
  ['identityresult', 'idpassertionerror', 'idpvalidationerror', 'peeridentity'].forEach(function (t) {
    var slots = new WeakMap();
    Object.defineProperty(p, 'on' + t, { enumerable: true, configurable: true, get: function () { return slots.get(this) || null; },
      set: function (f) {
        var old = slots.get(this);
        if (old) this.removeEventListener(t, old);
        if (typeof f === 'function') { slots.set(this, f); this.addEventListener(t, f); } else slots.delete(this);
      } });
  });
  // create-dtmf-sender
  method('createDTMFSender', function createDTMFSender(track) {
    if (!(track instanceof MediaStreamTrack)) throw new TypeError('not a MediaStreamTrack');
    closed(this);
    var s = this.getSenders().filter(function (x) { return x.track === track && track.kind === 'audio'; })[0];
    if (!s) throw new DOMException('no sender', 'SyntaxError');
    return s.dtmf;
  });
  // prefixed-aliases
  if (!('mozRTCPeerConnection' in w)) define(w, 'mozRTCPeerConnection', P);
  if (!('mozRTCSessionDescription' in w)) define(w, 'mozRTCSessionDescription', w.RTCSessionDescription);
  if (!('mozRTCIceCandidate' in w)) define(w, 'mozRTCIceCandidate', w.RTCIceCandidate);
  // get-user-media-errors and legacy-constraints: a TypeError or DOMException for MediaStreamError;
  // legacy {mandatory, optional} constraints as spec constraints
  var md = n.mediaDevices, MD = Object.getPrototypeOf(md), N = Object.getPrototypeOf(n);
  var specError = function (e) {
    if (e instanceof DOMException || e instanceof TypeError) return e;
    if (e.name === 'TypeError') return new TypeError(e.message);
    var x = new DOMException(e.message, e.name);
    if (e.constraint) x.constraint = e.constraint;
    return x;
  };
  var R = { sourceId: 'deviceId', googEchoCancellation: 'echoCancellation', googNoiseSuppression: 'noiseSuppression',
    googAutoGainControl: 'autoGainControl' };
  var specConstraints = function (c) {
    if (!c || typeof c !== 'object') return c;
    var out = Object.assign({}, c), sup = md.getSupportedConstraints();
    ['audio', 'video'].forEach(function (kind) {
      var v = c[kind];
      if (!v || typeof v !== 'object' || !('mandatory' in v || 'optional' in v)) return;
      if (v.mandatory && 'chromeMediaSource' in v.mandatory) return;
      var t = out[kind] = {};
      for (var k in v) if (k !== 'mandatory' && k !== 'optional') t[k] = v[k];
      var add = function (s, req) {
        for (var key in s) {
          var m = /^(min|max)([A-Z]\w*)$/.exec(key), name = m ? m[2][0].toLowerCase() + m[2].slice(1) : R[key] || key;
          if (!sup[name]) console.warn('dropped', key);
          else if (!req) { if (!(name in t)) t[name] = s[key]; }
          else if (m) { t[name] = Object.assign({}, t[name]); t[name][m[1]] = s[key]; }
          else if (!(name in t)) t[name] = name === 'facingMode' ? s[key] : { exact: s[key] };
        }
      };
      if (v.mandatory) add(v.mandatory, true);
      (v.optional || []).forEach(function (s) { add(s, false); });
    });
    return out;
  };
  var gum = md.getUserMedia;
  wrap(MD, 'getUserMedia', function (c) { return gum.call(this, specConstraints(c)).catch(function (e) { throw specError(e); }); });
  var moz = n.mozGetUserMedia;
  wrap(N, 'mozGetUserMedia', function (c, ok, fail) {
    return moz.call(this, specConstraints(c), ok, typeof fail === 'function' ? function (e) { fail(specError(e)); } : fail);
  });
  // legacy-get-user-media
  if (!('getUserMedia' in n) && md && typeof md.getUserMedia === 'function') {
    define(Object.getPrototypeOf(n), 'getUserMedia', function (c, ok, fail) { md.getUserMedia(c).then(ok, fail); });
  }
  // media-stream-stop: the legacy MediaStream.stop() stops every track
  var MS = w.MediaStream.prototype;
  Object.defineProperty(MS, 'stop', { value: { stop: function () { this.getTracks().forEach(function (t) { t.stop(); }); } }.stop,
    writable: true, enumerable: true, configurable: true });
  // src-object-aliases: mozSrcObject and webkitSrcObject attach the stream as srcObject
  ['mozSrcObject', 'webkitSrcObject'].forEach(function (k) {
    if (!(k in HTMLMediaElement.prototype)) {
      Object.defineProperty(HTMLMediaElement.prototype, k, { get: function () { return this.srcObject; },
        set: function (v) { this.srcObject = v; }, enumerable: true, configurable: true });
    }
  });
  // get-sources: the legacy MediaStreamTrack.getSources from enumerateDevices
  if (!('getSources' in w.MediaStreamTrack) && n.mediaDevices && n.mediaDevices.enumerateDevices) {
    Object.defineProperty(w.MediaStreamTrack, 'getSources', { value: { getSources: function (_cb) {
      var cb = _cb;
      n.mediaDevices.enumerateDevices().then(function (l) {
        return l.filter(function (d) { return d.kind !== 'audiooutput'; })
          .map(function (d) { return { id: d.deviceId, label: d.label, kind: d.kind.slice(0, 5), facing: '' }; });
      }, function () { return []; }).then(cb);
    } }.getSources, writable: true, enumerable: true, configurable: true });
  }
  // object-url-stream: URL.createObjectURL(stream) played through element.src as srcObject
  var U = w.URL, cou = U.createObjectURL, rou = U.revokeObjectURL, urls = new Map(), ME = HTMLMediaElement.prototype;
  var ok = true;
  try { rou(cou(new w.MediaStream())); } catch (e) { ok = !e; }
  if (!ok) {
    var sr = Object.getOwnPropertyDescriptor(ME, 'src'), sa = ME.setAttribute;
    wrap(U, 'createObjectURL', function (s) {
      if (!(s instanceof w.MediaStream)) return cou.apply(this, arguments);
      var u = cou(new Blob()); rou(u); urls.set(u, s); return u;
    });
    wrap(U, 'revokeObjectURL', function (u) { urls.delete(u); return rou.apply(this, arguments); });
    var at = function (el, v) { if (urls.has(v)) el.srcObject = urls.get(v); };
    Object.defineProperty(ME, 'src', { get: sr.get, set: function (v) { sr.set.call(this, v); at(this, v); }, enumerable: true, configurable: true });
    wrap(ME, 'setAttribute', function (k, v) { sa.apply(this, arguments); if (k === 'src') at(this, v); });
  }
  w.adapter = { browserDetails: { browser: 'firefox', version: parseInt(ua.slice(ua.indexOf('Firefox/') + 8), 10) },
    applied: [{ name: 'final-line-ending' }, { name: 'simulcast-draft-syntax' }, { name: 'offer-constraints' }, { name: 'add-ice-candidate-syntax' }, { name: 'remove-stream' }, { name: 'remove-stream-event' },
      { name: 'get-stream-by-id' }, { name: 'stream-tracks' }, { name: 'legacy-callbacks' }, { name: 'stats-selection' },
      { name: 'stats-media-source-id' }, { name: 'legacy-get-stats' },
      { name: 'close-data-channels' }, { name: 'sctp-closed' }, { name: 'send-max-message-size' },
      { name: 'legacy-data-channel-options' }, { name: 'get-configuration-url' }, { name: 'update-ice' },
      { name: 'default-ice-servers' }, { name: 'identity-event-handlers' }, { name: 'create-dtmf-sender' },
      { name: 'prefixed-aliases' }, { name: 'get-user-media-errors' }, { name: 'legacy-constraints' }, { name: 'get-sources' },
      { name: 'legacy-get-user-media' }, { name: 'media-stream-stop' }, { name: 'src-object-aliases' }, { name: 'object-url-stream' }],
    skipped: [], probes: probes };
}();
