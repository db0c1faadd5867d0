/* global chai, rtcE2e */
// Which SDP each engine accepts (issue 9, "SDP that engines emit and others reject"): every
// fixture of test/fixtures/sdp (byte-exact, see SOURCES.md there) and controlled variants of them
// (line endings, a=extmap-allow-mixed, both SCTP syntaxes, msid forms, draft simulcast) are given
// to setRemoteDescription natively (a page without rtcshim, in an iframe) and with rtcshim (this
// page). For an accepted offer: createAnswer + setLocalDescription, the track (and addstream)
// events with their stream ids, the answer's m=application line and sctp.maxMessageSize. An answer
// fixture is applied after a local offer whose m-lines line up with it. Chromium also captures its
// own offer and its answer to Firefox 153's offer. Everything is logged as `RTCSHIM_SDP {json}`
// (one line per engine), which scripts/sdp-table.mjs turns into docs/sdp-quirks.md and, with
// --save-fixtures, into new fixtures. The test fails when rtcshim loses something the engine does
// natively: an SDP accepted, an answer made, a stream id delivered; or when an SDP the engine
// rejects is rejected with something other than a DOMException (an error of our own code), or
// when it mutates the description the app passed. ES2017: Chromium 73.
'use strict';

describe('SDP acceptance', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var engine = window.rtcshimE2e.engine;
  var iframe = null;
  var open = [];
  this.timeout(60000);

  afterEach(function () {
    open.splice(0).forEach(function (pc) { pc.close(); });
    if (iframe && iframe.parentNode) iframe.parentNode.removeChild(iframe);
    iframe = null;
  });

  var FIXTURES = [
    'chromium156-offer', 'chromium156-offer-no-stream', 'chromium156-offer-simulcast', 'chromium156-answer',
    'chromium156-answer-to-firefox153', 'firefox153-offer', 'firefox153-offer-no-stream', 'firefox153-offer-simulcast',
    'firefox153-answer', 'firefox153-answer-to-chromium156', 'chrome-planb-offer-ssrc', 'chrome-planb-offer-two-streams',
    'chrome-old-sdes-tcp-sctpmap', 'chrome-datachannel-new-sctp', 'safari-unified-offer', 'firefox45-offer',
    'firefox60-recvonly-offer', 'jsep-msid-edge-cases', 'simulcast-draft-syntaxes',
    // captured by this test in the old Chromium builds (SOURCES.md)
    'chromium73-offer', 'chromium73-answer-to-firefox153', 'chromium92-offer', 'chromium92-answer-to-firefox153',
    'chromium123-offer', 'chromium123-answer-to-firefox153',
  ];
  // Which local offer an answer fixture answers: the fixture whose offer it is (for the table).
  var ANSWERS = {
    'chromium156-answer': 'chromium156-offer',
    'chromium156-answer-to-firefox153': 'firefox153-offer',
    'firefox153-answer': 'firefox153-offer',
    'firefox153-answer-to-chromium156': 'chromium156-offer',
    'chromium73-answer-to-firefox153': 'firefox153-offer',
    'chromium92-answer-to-firefox153': 'firefox153-offer',
    'chromium123-answer-to-firefox153': 'firefox153-offer',
  };

  // ---- variants: line edits on the fixture text, every other byte kept ----
  function eol(sdp) { return sdp.indexOf('\r\n') >= 0 ? '\r\n' : '\n'; }
  function lines(sdp) { return sdp.split(/\r?\n/); }
  function join(list, sep, final) { return list.join(sep) + (final ? sep : ''); }
  // Applies edit(line) -> string | string[] | null (dropped) to each line, keeping the fixture's
  // separator and whether it ends with one.
  function edit(sdp, fn) {
    var sep = eol(sdp);
    var list = lines(sdp);
    var final = list[list.length - 1] === '';
    if (final) list.pop();
    var out = [];
    var media = null;
    list.forEach(function (line) {
      // media: the m-line of the section this line is in (null at session level; for an m-line
      // itself, the section before it)
      var r = fn(line, media);
      if (line.indexOf('m=') === 0) media = line;
      if (r !== null) out = out.concat(r);
    });
    return join(out, sep, final);
  }
  var V = {
    lf: function (s) { return s.replace(/\r\n/g, '\n'); },
    crlf: function (s) { return s.replace(/\r?\n/g, '\r\n'); },
    noFinalEol: function (s) { return s.replace(/\r?\n$/, ''); },
    finalCrlf: function (s) { return /\n$/.test(s) ? s : s + '\r\n'; },
    // session-level a=extmap-allow-mixed added before the first m-line / every one removed there
    addSessionMixed: function (s) {
      return edit(s, function (l, m) { return !m && /^m=/.test(l) ? ['a=extmap-allow-mixed', l] : l; });
    },
    dropSessionMixed: function (s) {
      return edit(s, function (l, m) { return !m && l === 'a=extmap-allow-mixed' ? null : l; });
    },
    dropAllMixed: function (s) {
      return edit(s, function (l) { return l === 'a=extmap-allow-mixed' ? null : l; });
    },
    // per RTP m-section only, after its a=mid line
    mediaMixed: function (s) {
      return edit(V.dropAllMixed(s), function (l, m) { return m && !/^m=application/.test(m) && /^a=mid:/.test(l) ? [l, 'a=extmap-allow-mixed'] : l; });
    },
    legacySctp: function (s) {
      return edit(s, function (l) {
        if (/^m=application \d+ UDP\/DTLS\/SCTP webrtc-datachannel$/.test(l)) return l.replace('UDP/DTLS/SCTP webrtc-datachannel', 'DTLS/SCTP 5000');
        if (/^a=max-message-size:/.test(l)) return null;
        if (/^a=sctp-port:/.test(l)) return 'a=sctpmap:5000 webrtc-datachannel 1024';
        return l;
      });
    },
    currentSctp: function (s, maxSize) {
      return edit(s, function (l) {
        if (/^m=application \d+ DTLS\/SCTP 5000$/.test(l)) return l.replace('DTLS/SCTP 5000', 'UDP/DTLS/SCTP webrtc-datachannel');
        if (/^a=sctpmap:/.test(l)) return ['a=sctp-port:5000'].concat(maxSize ? ['a=max-message-size:' + maxSize] : []);
        return l;
      });
    },
    dropMaxMessageSize: function (s) { return edit(s, function (l) { return /^a=max-message-size:/.test(l) ? null : l; }); },
    // msid forms: a=msid only; a=ssrc:<n> msid: only (Plan B style); Firefox's {uuid} braces
    msidOnly: function (s) { return edit(s, function (l) { return /^a=ssrc:\d+ (msid|mslabel|label):/.test(l) ? null : l; }); },
    ssrcMsidOnly: function (s) { return edit(s, function (l) { return /^a=msid:/.test(l) ? null : l; }); },
    braces: function (s) {
      return edit(V.msidOnly(s), function (l) {
        var m = /^a=msid:(\S+) (\S+)$/.exec(l);
        if (m) return 'a=msid:{' + m[1] + '} {' + m[2] + '}';
        return /^a=msid-semantic:/.test(l) ? 'a=msid-semantic:WMS *' : l;
      });
    },
    draftSimulcast: function (s) {
      return edit(s, function (l) {
        var m = /^a=simulcast:send (\S+)$/.exec(l);
        return m ? 'a=simulcast: send rid=' + m[1] : l;
      });
    },
  };

  // [case name, source fixture, variant function, type]; a fixture itself is added as `<name>`.
  // [case name, source fixture, variant]. safari-unified-offer and chrome-datachannel-new-sctp
  // lack a final line ending (and the latter is LF-only): their other variants start from the
  // fixture with CRLF endings and a final CRLF (`fixed`), so that each measures one change.
  function fixed(variant) { return function (s) { return variant(V.finalCrlf(V.crlf(s))); }; }
  function same(s) { return s; }
  var VARIANTS = [
    ['chromium156-offer LF-only', 'chromium156-offer', V.lf],
    ['chromium156-offer no final CRLF', 'chromium156-offer', V.noFinalEol],
    ['chromium156-offer LF-only, no final LF', 'chromium156-offer', function (s) { return V.noFinalEol(V.lf(s)); }],
    ['firefox153-offer LF-only', 'firefox153-offer', V.lf],
    ['firefox153-offer no final CRLF', 'firefox153-offer', V.noFinalEol],
    ['chrome-planb-offer-ssrc CRLF', 'chrome-planb-offer-ssrc', V.crlf],
    ['chrome-planb-offer-two-streams final CRLF', 'chrome-planb-offer-two-streams', V.finalCrlf],
    ['chrome-datachannel-new-sctp final LF', 'chrome-datachannel-new-sctp', V.finalCrlf],
    ['chrome-datachannel-new-sctp CRLF + final CRLF', 'chrome-datachannel-new-sctp', fixed(same)],
    ['firefox60-recvonly-offer CRLF', 'firefox60-recvonly-offer', V.crlf],
    ['jsep-msid-edge-cases CRLF', 'jsep-msid-edge-cases', V.crlf],
    ['safari-unified-offer final CRLF', 'safari-unified-offer', V.finalCrlf],
    ['chromium156-offer without session extmap-allow-mixed', 'chromium156-offer', V.dropSessionMixed],
    ['chromium156-offer extmap-allow-mixed per m-section only', 'chromium156-offer', V.mediaMixed],
    ['firefox153-offer + session extmap-allow-mixed', 'firefox153-offer', V.addSessionMixed],
    ['firefox153-offer without any extmap-allow-mixed', 'firefox153-offer', V.dropAllMixed],
    ['safari-unified-offer (final CRLF) + session extmap-allow-mixed', 'safari-unified-offer', fixed(V.addSessionMixed)],
    ['safari-unified-offer (final CRLF) + per-m-section extmap-allow-mixed', 'safari-unified-offer', fixed(V.mediaMixed)],
    ['chromium156-offer legacy SCTP (DTLS/SCTP 5000 + sctpmap)', 'chromium156-offer', V.legacySctp],
    ['firefox153-offer legacy SCTP (DTLS/SCTP 5000 + sctpmap)', 'firefox153-offer', V.legacySctp],
    ['chromium156-offer current SCTP without max-message-size', 'chromium156-offer', V.dropMaxMessageSize],
    ['chrome-datachannel-new-sctp (CRLF) legacy SCTP', 'chrome-datachannel-new-sctp', fixed(V.legacySctp)],
    ['chrome-datachannel-new-sctp (CRLF) without max-message-size', 'chrome-datachannel-new-sctp', fixed(V.dropMaxMessageSize)],
    ['safari-unified-offer (final CRLF) current SCTP + max-message-size:262144', 'safari-unified-offer', fixed(function (s) { return V.currentSctp(s, 262144); })],
    ['safari-unified-offer (final CRLF) current SCTP, no max-message-size', 'safari-unified-offer', fixed(function (s) { return V.currentSctp(s, 0); })],
    ['chromium156-offer a=msid only', 'chromium156-offer', V.msidOnly],
    ['chromium156-offer a=ssrc msid only (Plan B style)', 'chromium156-offer', V.ssrcMsidOnly],
    ['chromium156-offer {uuid} braces msid', 'chromium156-offer', V.braces],
    ['safari-unified-offer (final CRLF) a=ssrc msid only', 'safari-unified-offer', fixed(V.ssrcMsidOnly)],
    ['chromium156-offer-simulcast draft a=simulcast: send rid=', 'chromium156-offer-simulcast', V.draftSimulcast],
    ['firefox153-offer-simulcast draft a=simulcast: send rid=', 'firefox153-offer-simulcast', V.draftSimulcast],
  ];

  function loadFixtures() {
    var texts = {};
    return Promise.all(FIXTURES.map(function (name) {
      return fetch('/base/test/fixtures/sdp/' + name + '.sdp').then(function (r) {
        if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
        return r.text();
      }).then(function (text) { texts[name] = text; });
    })).then(function () { return texts; });
  }

  function cases(texts) {
    var list = FIXTURES.map(function (name) {
      return { name: name, type: ANSWERS[name] ? 'answer' : 'offer', sdp: texts[name] };
    });
    VARIANTS.forEach(function (v) {
      var sdp = v[2](texts[v[1]]);
      if (sdp === texts[v[1]]) throw new Error('variant changes nothing: ' + v[0]);
      list.push({ name: v[0], type: 'offer', sdp: sdp });
    });
    return list;
  }

  // ---- measuring one SDP in one window ----
  var settled = rtcE2e.settled;
  var localOfferFor = rtcE2e.localOfferFor;
  var gathered = rtcE2e.gathered;
  function outcome(r) { return r.error ? r.error : 'ok'; }

  // The stream ids the SDP names: from a=msid and a=ssrc:<n> msid: (in order, distinct, '-' none).
  function sdpStreams(sdp) {
    var ids = [];
    lines(sdp).forEach(function (l) {
      var m = /^a=(?:ssrc:\d+ )?msid:(\S+)/.exec(l);
      if (m && m[1] !== '-' && ids.indexOf(m[1]) < 0) ids.push(m[1]);
    });
    return ids;
  }
  function appLine(sdp) {
    var m = /^m=application (\d+) (.*?)\r?$/m.exec(sdp || '');
    return m ? (m[1] === '0' ? 'rejected: ' : '') + m[2] : 'none';
  }
  function sctpOf(pc) {
    if (!('sctp' in pc)) return 'no pc.sctp';
    return pc.sctp ? pc.sctp.maxMessageSize : null;
  }

  // A local offer whose m-lines are those of `sdp` (kinds in order): transceivers and a data
  // channel. Its mids must equal the answer's; else the answer cannot be applied ('no local offer').
  async function measure(win, c) {
    var out = { srd: null };
    var pc = new win.RTCPeerConnection();
    open.push(pc);
    var tracks = [];
    var added = [];
    pc.addEventListener('track', function (e) {
      tracks.push({ kind: e.track.kind, streams: (e.streams || []).map(function (s) { return s.id; }) });
    });
    if ('onaddstream' in pc) pc.onaddstream = function (e) { added.push(e.stream && e.stream.id); };
    try {
      if (c.type === 'answer') {
        var blocked = await localOfferFor(pc, c.sdp);
        if (blocked) {
          out.srd = blocked;
          return out;
        }
      }
      var desc = new win.RTCSessionDescription({ type: c.type, sdp: c.sdp });
      var r = await settled(pc.setRemoteDescription(desc), 5000);
      out.srd = outcome(r);
      if (r.error) out.dom = r.dom;
      out.mutated = desc.sdp !== c.sdp || desc.type !== c.type;
      if (!r.error && c.type === 'offer') {
        var answer = await settled(pc.createAnswer(), 5000);
        out.answer = outcome(answer);
        if (!answer.error) {
          out.answerApp = appLine(answer.value.sdp);
          var sld = await settled(pc.setLocalDescription(answer.value), 5000);
          out.answer = sld.error ? 'setLocalDescription ' + sld.error : 'ok';
        }
      }
      // track and addstream events of setRemoteDescription have run by now; one more task anyway
      await new Promise(function (resolve) { setTimeout(resolve, 0); });
      if (!r.error) {
        out.tracks = tracks;
        if ('onaddstream' in pc) out.addstream = added;
        if (/^m=application/m.test(c.sdp)) out.maxMessageSize = sctpOf(pc);
      }
    } catch (e) {
      out.srd = out.srd || 'threw ' + e.name + ': ' + e.message;
      out.threw = e.name + ': ' + e.message;
    } finally {
      pc.close();
    }
    return out;
  }

  // ---- Chromium's own SDP: an offer (audio, video, data channel) and an answer to Firefox 153 ----
  async function capture(win, firefoxOffer) {
    var stream = await win.navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    var result = {};
    try {
      var a = new win.RTCPeerConnection();
      open.push(a);
      stream.getTracks().forEach(function (t) { a.addTrack(t, stream); });
      a.createDataChannel('x');
      await a.setLocalDescription(await a.createOffer());
      await gathered(a, 3000);
      result.offer = a.localDescription.sdp;
      a.close();
      var b = new win.RTCPeerConnection();
      open.push(b);
      var r = await settled(b.setRemoteDescription({ type: 'offer', sdp: firefoxOffer }), 5000);
      if (r.error) {
        result.answerError = r.error;
      } else {
        stream.getTracks().forEach(function (t) { b.addTrack(t, stream); });
        await b.setLocalDescription(await b.createAnswer());
        await gathered(b, 3000);
        result.answer = b.localDescription.sdp;
      }
      b.close();
    } finally {
      stream.getTracks().forEach(function (t) { t.stop(); });
    }
    return result;
  }

  function nativeWindow() {
    return window.rtcshimE2e.loadFrame('<!doctype html><body><script>parent.postMessage("loaded", "*")</script>').then(function (frame) {
      iframe = frame;
      return frame.contentWindow;
    });
  }

  function ok(result) { return result && result.srd === 'ok'; }

  // The spec's bound on sctp.maxMessageSize (https://w3c.github.io/webrtc-pc/#sctp-transport-update-mms):
  // at most the remote a=max-message-size, 65536 when the remote gives none, no bound for 0.
  function remoteMaxMessageSize(sdp) {
    var m = /^a=max-message-size:(\d+)/m.exec(sdp);
    var size = m ? Number(m[1]) : 65536;
    return size === 0 ? Infinity : size;
  }
  // Where that bound does not hold today (case (page)); the test fails when this list is stale,
  // in both directions, so that a fix removes its entry. Chromium 73 has no native pc.sctp;
  // rtcshim's says 65536 whatever the remote allows. Firefox ignores an SDP's last line when no
  // line ending follows it: here that line is a=max-message-size:10000, so 65536.
  var KNOWN_OVER_REMOTE = {
    // Firefox ignores an unterminated last line (here a=max-message-size:10000); rtcshim ends it.
    'Firefox 153': ['chrome-datachannel-new-sctp (native)'],
  };
  function errorName(result) { return String(result.srd).split(':')[0]; }

  it('every SDP the engine accepts natively is still accepted with rtcshim, answered alike, with the same stream ids', async function () {
    var started = Date.now();
    var texts = await loadFixtures();
    var list = cases(texts);
    var nativeWin = await nativeWindow();
    var results = {};
    for (var i = 0; i < list.length; i++) {
      results[list[i].name] = { type: list[i].type, sdpStreams: sdpStreams(list[i].sdp) };
      results[list[i].name].native = await measure(nativeWin, list[i]);
      results[list[i].name].rtcshim = await measure(window, list[i]);
    }
    var captured = engine.family === 'chromium' ? await capture(nativeWin, texts['firefox153-offer']) : null;
    // Single quotes would be escaped by karma's console capture; JSON keeps \r\n as escapes.
    var json = JSON.stringify({ engine: engine.name, ua: navigator.userAgent, results: results, captured: captured, ms: Date.now() - started });
    console.log('RTCSHIM_SDP ' + json.replace(/'/g, '\\u0027'));

    var lost = [];
    Object.keys(results).forEach(function (name) {
      var n = results[name].native;
      var s = results[name].rtcshim;
      if (s.threw) lost.push(name + ': rtcshim threw ' + s.threw);
      if (s.mutated) lost.push(name + ': the RTCSessionDescription passed was changed');
      if (ok(n) && !ok(s)) lost.push(name + ': accepted natively, with rtcshim ' + s.srd);
      // A rewrite may fix one problem and let the engine find the next (another DOMException); an
      // error that is no DOMException and not the native one comes from our code.
      if (!ok(n) && !ok(s) && !s.dom && errorName(n) !== errorName(s)) lost.push(name + ': rejected natively with ' + n.srd + ', with rtcshim ' + s.srd + ' (no DOMException)');
      if (n.answer === 'ok' && s.answer !== 'ok') lost.push(name + ': answered natively, with rtcshim ' + s.answer);
      // A data section the engine rejected natively (port 0) and answers with rtcshim is a gain.
      if (n.answerApp && n.answerApp !== s.answerApp && !/^rejected/.test(n.answerApp)) lost.push(name + ': answer m=application ' + n.answerApp + ' natively, ' + s.answerApp + ' with rtcshim');
      var want = results[name].sdpStreams;
      var ids = function (r) {
        var found = [];
        (r.tracks || []).forEach(function (t) { t.streams.forEach(function (id) { if (want.indexOf(id) >= 0 && found.indexOf(id) < 0) found.push(id); }); });
        return found;
      };
      ids(n).forEach(function (id) {
        if (ids(s).indexOf(id) < 0) lost.push(name + ': stream ' + id + ' reached track events natively, not with rtcshim');
      });
    });
    expect(lost, 'what rtcshim loses in ' + engine.name + ': ' + lost.join('; ')).to.deep.equal([]);

    var over = [];
    list.forEach(function (c) {
      ['native', 'rtcshim'].forEach(function (page) {
        var size = results[c.name][page].maxMessageSize;
        if (typeof size === 'number' && size > remoteMaxMessageSize(c.sdp)) over.push(c.name + ' (' + page + ')');
      });
    });
    expect(over, 'sctp.maxMessageSize above the remote a=max-message-size in ' + engine.name + ' (KNOWN_OVER_REMOTE): ' + over.join('; '))
      .to.deep.equal(KNOWN_OVER_REMOTE[engine.name] || []);
  });
});
