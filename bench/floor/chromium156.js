// Floor script (bench only, never shipped): the smallest plain script that makes the changes
// rtcshim makes in Chromium 156, with the probes that decide them, and nothing else: no registry,
// no report strings, no code for other engines. `npm run bench` measures it as the floor column
// in Chromium 156 and checks that it changes what rtcshim changes there. Its cost is a lower bound
// for any shim that patches at load in this engine (docs/bench.md).
/* eslint no-unused-vars: ["error", { "argsIgnorePattern": "^_" }] */
!function () {
  var w = window, n = navigator, ua = n.userAgent;
  var P = w.RTCPeerConnection, p = P && P.prototype;
  if (!p) return;
  // the probes rtcshim runs here: prefixes, promise forms, argument counts
  var probes = [typeof n.mozGetUserMedia, 'webkitRTCPeerConnection' in w, p.createOffer.length,
    p.setLocalDescription.length, p.addIceCandidate.length, 'getUserMedia' in n, 'updateIce' in p, 'defaultIceServers' in p,
    'getIdentityAssertion' in p, 'onpeeridentity' in p];
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
  // extmap-bundle-collision: a description rejected for a header-extension id with two meanings in
  // its BUNDLE group is applied again without the later meanings
  var srd = wrap(p, 'setRemoteDescription', function (d) {
    var a = arguments, self = this;
    return srd.apply(this, a).catch(function (e) {
      var s = d && d.sdp;
      if (typeof s !== 'string' || s.indexOf('a=group:BUNDLE') < 0) throw e;
      var seen = {}, t = s.split(/(?=\r?\nm=)/).map(function (sec) {
        return sec.replace(/\r?\na=extmap:(\d+)(?:\/\w+)? (\S+)[^\r\n]*/g, function (l, id, uri) {
          if (!(id in seen)) seen[id] = uri;
          return seen[id] === uri ? l : '';
        });
      }).join('');
      if (t === s) throw e;
      var b = [].slice.call(a);
      b[0] = { type: d.type, sdp: t };
      return srd.apply(self, b).catch(function () { throw e; });
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
  // add-ice-candidate-ufrag: a usernameFragment of no remote description is an OperationError
  var aic = p.addIceCandidate;
  wrap(p, 'addIceCandidate', function (c) {
    var u = c && c.usernameFragment, d = this.remoteDescription;
    if (u && d && d.sdp.indexOf('a=ice-ufrag:' + u + '\r') < 0) return Promise.reject(new DOMException('ufrag', 'OperationError'));
    return aic.apply(this, arguments);
  });
  // get-stream-by-id
  Object.defineProperty(p, 'getStreamById', { writable: true, enumerable: true, configurable: true, value: function (id) {
    return this.getLocalStreams().concat(this.getRemoteStreams()).filter(function (s) { return s.id === String(id); })[0] || null;
  } });
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
  // legacy-get-stats: getStats(success[, selector]) and getStats(selector, success[, failure])
  var gs = p.getStats;
  wrap(p, 'getStats', function (a, b, c) {
    var first = typeof a === 'function';
    if (!first && arguments.length < 2) return gs.apply(this, arguments);
    var second = first && typeof b === 'function';
    gs.call(this, first ? (second ? null : b) : a).then(first ? a : b, (first ? (second ? b : null) : c) || function (e) { console.warn(e); });
    return Promise.resolve();
  });
  // close-data-channels (+ channel owners) and legacy-data-channel-options
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
  wrap(D, 'send', function (_x) {
    if (channelClosed(this)) throw new DOMException('closed', 'InvalidStateError');
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
  // identity-members
  var idp = new WeakMap(), none = function () { return null; };
  Object.defineProperty(p, 'peerIdentity', { enumerable: true, configurable: true, get: function () {
    var s = idp.get(this) || {};
    idp.set(this, s);
    return s.peer || (s.peer = new Promise(function () {}));
  } });
  Object.defineProperty(p, 'idpLoginUrl', { get: none, enumerable: true, configurable: true });
  Object.defineProperty(p, 'idpErrorInfo', { get: none, enumerable: true, configurable: true });
  method('setIdentityProvider', function setIdentityProvider(provider) {
    if (!arguments.length) throw new TypeError('1 argument required');
    closed(this);
    idp.set(this, Object.assign(idp.get(this) || {}, { set: provider }));
  });
  method('getIdentityAssertion', function getIdentityAssertion() {
    var s = idp.get(this);
    if (this.signalingState === 'closed' || !s || !('set' in s)) return Promise.reject(new DOMException('no IdP', 'InvalidStateError'));
    return Promise.reject(new RTCError({ errorDetail: 'idp-load-failure' }, 'no IdP support'));
  });
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
  var N = Object.getPrototypeOf(n);
  // get-user-media-async-errors: getUserMedia({}, ok, fail) calls fail later instead of throwing
  ['getUserMedia', 'webkitGetUserMedia'].forEach(function (k) {
    var d = Object.getOwnPropertyDescriptor(N, k), f = d && d.value, x = function () {}, threw = false;
    try { f.call(n, {}, x, x); } catch (e) { threw = e instanceof TypeError; }
    if (threw) {
      wrap(N, k, function (c, ok, fail) {
        try { return f.apply(this, arguments); } catch (e) {
          if (typeof ok !== 'function' || typeof fail !== 'function') throw e;
          Promise.resolve().then(function () { fail(e); });
        }
      });
    }
  });
  // legacy-constraints: Chromium 132+ ignores the legacy goog names, so {mandatory, optional} become spec constraints
  var md = n.mediaDevices, MD = Object.getPrototypeOf(md);
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
  wrap(MD, 'getUserMedia', function (c) { return gum.call(this, specConstraints(c)); });
  ['getUserMedia', 'webkitGetUserMedia'].forEach(function (k) {
    var f = Object.getOwnPropertyDescriptor(N, k).value;
    wrap(N, k, function (c) { var a = [].slice.call(arguments); a[0] = specConstraints(c); return f.apply(this, a); });
  });
  // get-user-media-failure-optional
  ['getUserMedia', 'webkitGetUserMedia'].forEach(function (k) {
    var d = Object.getOwnPropertyDescriptor(N, k), f = d && d.value;
    if (f && f.length >= 3) {
      wrap(N, k, function (c, ok, fail) {
        return f.call(this, c, ok, fail === undefined && typeof ok === 'function' ? function (e) { console.warn(k, e); } : fail);
      });
    }
  });
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
  w.adapter = { browserDetails: { browser: 'chrome', version: parseInt(ua.slice(ua.indexOf('Chrome/') + 7), 10) },
    applied: [{ name: 'final-line-ending' }, { name: 'extmap-bundle-collision' }, { name: 'offer-constraints' }, { name: 'add-ice-candidate-ufrag' }, { name: 'get-stream-by-id' }, { name: 'legacy-callbacks' },
      { name: 'legacy-get-stats' }, { name: 'close-data-channels' }, { name: 'legacy-data-channel-options' },
      { name: 'update-ice' }, { name: 'default-ice-servers' }, { name: 'identity-members' }, { name: 'identity-event-handlers' },
      { name: 'get-user-media-async-errors' }, { name: 'legacy-constraints' }, { name: 'get-sources' }, { name: 'get-user-media-failure-optional' },
      { name: 'media-stream-stop' }, { name: 'src-object-aliases' }, { name: 'object-url-stream' }],
    skipped: [], probes: probes };
}();
