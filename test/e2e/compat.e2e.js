/* global chai */
// The README's compatibility table, checked in every engine: each RTCPeerConnection member the
// seed page lists, and the calling forms issue 6 made work, probed natively (a page without
// rtcshim, in an iframe) and with rtcshim (this page, dist/adapter.js loaded). The test fails when
// the README's column for this engine says otherwise, so the table cannot go stale; it logs the
// column as `RTCSHIM_COMPAT {json}`, which `npm run compat:table` (scripts/compat-table.mjs)
// collects from every engine of the rig to rewrite the table. ES2017 only: Chromium 73 runs it.
'use strict';

describe('compatibility table', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var ua = navigator.userAgent;
  var isFirefox = /Firefox\/\d+/.test(ua);
  var engine = (isFirefox ? 'Firefox ' : 'Chromium ') + (/(?:Firefox|Chrome|Chromium)\/(\d+)/.exec(ua) || [])[1];
  var HOST = 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ host';
  var iframe = null;

  this.timeout(30000);

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

  // A legacy call's outcome: 'success', 'failure <name>', 'throws <name>' or 'no callback'.
  function callback(start) {
    return new Promise(function (resolve) {
      var timer = setTimeout(function () { resolve('no callback'); }, 3000);
      function done(value) { clearTimeout(timer); resolve(value); }
      try {
        var returned = start(function () { done('success'); }, function (e) { done('failure ' + (e && e.name)); });
        if (returned && typeof returned.then === 'function') returned.then(null, function (e) { done('throws ' + (e && e.name)); });
      } catch (e) {
        done('throws ' + (e && e.name));
      }
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

  // The calling forms, each with the outcome the spec (or the seed page's legacy API) expects.
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
    ['`navigator.getUserMedia(constraints, success)`', 'success', function (win) {
      if (typeof win.navigator.getUserMedia !== 'function') return 'missing';
      return callback(function (ok) {
        return win.navigator.getUserMedia({ video: true }, function (stream) {
          stream.getTracks().forEach(function (t) { t.stop(); });
          ok();
        });
      });
    }],
    ['`video.src = URL.createObjectURL(stream)` attaches the stream', 'srcObject', async function (win) {
      var stream = await win.navigator.mediaDevices.getUserMedia({ video: true });
      try {
        var v = win.document.createElement('video');
        v.src = win.URL.createObjectURL(stream);
        return v.srcObject === stream ? 'srcObject' : 'not attached';
      } catch (e) {
        return 'throws ' + e.name;
      } finally {
        stream.getTracks().forEach(function (t) { t.stop(); });
      }
    }],
    ['`MediaStreamTrack.getSources(callback)`', 'video', function (win) {
      if (typeof win.MediaStreamTrack.getSources !== 'function') return 'missing';
      return new Promise(function (resolve) {
        win.MediaStreamTrack.getSources(function (list) { resolve(list.map(function (s) { return s.kind; }).indexOf('video') >= 0 ? 'video' : 'no camera'); });
      });
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

  // One engine's column: row label -> true (present / works as expected) or false.
  async function column(win) {
    var out = {};
    var proto = win.RTCPeerConnection.prototype;
    MEMBERS.forEach(function (member) { out['`' + member + '`'] = member in proto; });
    for (var i = 0; i < FORMS.length; i++) {
      out[FORMS[i][0]] = (await FORMS[i][2](win)) === FORMS[i][1];
    }
    return out;
  }

  function nativeWindow() {
    return window.rtcshimE2e.loadFrame('<!doctype html><script>parent.postMessage("loaded", "*")</script>').then(function (frame) {
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

  function cell(native, shimmed) {
    return native === shimmed ? (shimmed ? '✓' : '✗') : (native ? '✓' : '✗') + ' → ' + (shimmed ? '✓' : '✗');
  }

  it('the README\'s column for this engine says what the engine does natively and with rtcshim', async function () {
    var nativeWin = await nativeWindow();
    var native = await column(nativeWin);
    var shimmed = await column(window);
    var cells = {};
    Object.keys(shimmed).forEach(function (label) { cells[label] = cell(native[label], shimmed[label]); });
    console.log('RTCSHIM_COMPAT ' + JSON.stringify({ engine: engine, cells: cells }));

    var readme = await fetch('/base/README.md').then(function (r) { return r.text(); });
    var table = parseTable(readme);
    expect(table, 'the compat table in README.md').to.not.equal(null);
    var at = table.header.indexOf(engine);
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
    expect(stale, 'README.md is stale for ' + engine + '; run npm run compat:table').to.deep.equal([]);
  });
});
