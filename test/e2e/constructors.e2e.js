/* global chai, adapter */
// The WebRTC constructors as spec code and legacy code find them, with the built dist/adapter.js
// loaded: unprefixed names, the engine family's own prefixed aliases (and never the other
// family's), instanceof and subclassing, statics, and RTCConfiguration handling (legacy
// RTCIceServer.url, caller's object untouched, defaults, enum validation, setConfiguration).
// Asserts spec behaviour and error names only. ES2017 only: this file also runs in Chromium 73.
'use strict';

describe('constructors', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var ua = navigator.userAgent;
  var isFirefox = /Firefox\/\d+/.test(ua);
  var isChromium = !isFirefox && /(?:Chrome|Chromium)\/\d+/.test(ua);
  var engine = (isFirefox ? 'Firefox ' : 'Chromium ') + (/(?:Firefox|Chrome|Chromium)\/(\d+)/.exec(ua) || [])[1];
  var STUN = 'stun:127.0.0.1:3478';
  var pcs = [];

  // Every RTCPeerConnection a test creates goes through here, so afterEach can close it.
  function track(pc) {
    pcs.push(pc);
    return pc;
  }

  function deepFreeze(value) {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
      Object.keys(value).forEach(function (key) { deepFreeze(value[key]); });
      Object.freeze(value);
    }
    return value;
  }

  // RTCIceServer.urls is a string or a sequence of strings; getConfiguration() may give either.
  function urlsOf(server) {
    var urls = server.urls;
    return typeof urls === 'string' ? [urls] : Array.prototype.slice.call(urls || []);
  }

  function firstServer(pc) {
    var config = pc.getConfiguration();
    expect(config.iceServers, 'getConfiguration().iceServers').to.be.an('array').with.length(1);
    return config.iceServers[0];
  }

  function expectSpecServer(server, url) {
    expect(urlsOf(server), 'iceServers[0].urls').to.include(url);
    expect(server, 'iceServers[0]').to.not.have.property('url');
  }

  async function expectOffer(pc) {
    var offer = await pc.createOffer();
    expect(offer.type).to.equal('offer');
    expect(offer.sdp).to.be.a('string').and.match(/^v=0\r?\n/);
  }

  before(function () {
    var names = (adapter.applied || []).map(function (shim) { return shim.name; });
    console.log('rtcshim applied on ' + engine + ': ' + (names.length ? names.join(', ') : '(none)'));
  });

  afterEach(function () {
    pcs.splice(0).forEach(function (pc) { pc.close(); });
  });

  describe('names', function () {
    it('has RTCPeerConnection, RTCSessionDescription, RTCIceCandidate and MediaStream unprefixed and constructible', function () {
      expect(isFirefox || isChromium, 'a test engine: ' + ua).to.equal(true);
      ['RTCPeerConnection', 'RTCSessionDescription', 'RTCIceCandidate', 'MediaStream'].forEach(function (name) {
        expect(window[name], 'window.' + name).to.be.a('function');
      });

      var pc = track(new RTCPeerConnection({ iceServers: [] }));
      expect(pc).to.be.an.instanceof(RTCPeerConnection);
      expect(pc.signalingState).to.equal('stable');

      var description = new RTCSessionDescription({ type: 'offer', sdp: 'v=0\r\n' });
      expect(description).to.be.an.instanceof(RTCSessionDescription);
      expect(description.type).to.equal('offer');
      expect(description.sdp).to.equal('v=0\r\n');

      var text = 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ host';
      var candidate = new RTCIceCandidate({ candidate: text, sdpMid: '0', sdpMLineIndex: 0 });
      expect(candidate).to.be.an.instanceof(RTCIceCandidate);
      expect(candidate.candidate).to.equal(text);
      expect(candidate.sdpMid).to.equal('0');
      expect(candidate.sdpMLineIndex).to.equal(0);

      var stream = new MediaStream();
      expect(stream).to.be.an.instanceof(MediaStream);
      expect(stream.getTracks()).to.have.length(0);
    });

    if (isFirefox) {
      it('aliases the moz* names to the same constructors in Firefox', function () {
        expect(window.mozRTCPeerConnection, 'mozRTCPeerConnection').to.equal(RTCPeerConnection);
        expect(window.mozRTCSessionDescription, 'mozRTCSessionDescription').to.equal(RTCSessionDescription);
        expect(window.mozRTCIceCandidate, 'mozRTCIceCandidate').to.equal(RTCIceCandidate);
        var pc = track(new window.mozRTCPeerConnection({ iceServers: [] }));
        expect(pc).to.be.an.instanceof(RTCPeerConnection);
        expect(new window.mozRTCSessionDescription({ type: 'answer', sdp: 'v=0\r\n' }))
          .to.be.an.instanceof(RTCSessionDescription);
        expect(new window.mozRTCIceCandidate({ candidate: '', sdpMid: '0' })).to.be.an.instanceof(RTCIceCandidate);
      });

      it('gives Firefox no webkit* names (legacy sniffing would take the Chrome path)', function () {
        ['webkitRTCPeerConnection', 'webkitMediaStream', 'webkitRTCSessionDescription', 'webkitRTCIceCandidate']
          .forEach(function (name) {
            expect(name in window, 'window.' + name + ' exists').to.equal(false);
          });
      });
    }

    if (isChromium) {
      it('aliases webkitRTCPeerConnection (and webkitMediaStream where present) to the same constructors in Chromium', function () {
        expect(window.webkitRTCPeerConnection, 'webkitRTCPeerConnection').to.equal(RTCPeerConnection);
        var pc = track(new window.webkitRTCPeerConnection({ iceServers: [] }));
        expect(pc).to.be.an.instanceof(RTCPeerConnection);
        if ('webkitMediaStream' in window) {
          expect(window.webkitMediaStream, 'webkitMediaStream').to.equal(MediaStream);
        }
      });

      it('gives Chromium no moz* names (legacy sniffing would take the Firefox path)', function () {
        ['mozRTCPeerConnection', 'mozRTCSessionDescription', 'mozRTCIceCandidate', 'mozMediaStream']
          .forEach(function (name) {
            expect(name in window, 'window.' + name + ' exists').to.equal(false);
          });
      });
    }

    it('resolves the seed lookup idiom to a working constructor', async function () {
      var PC = window.RTCPeerConnection || window.mozRTCPeerConnection || window.webkitRTCPeerConnection;
      expect(PC).to.equal(RTCPeerConnection);
      var pc = track(new PC({ iceServers: [] }));
      await expectOffer(pc);
    });
  });

  describe('instanceof and subclassing', function () {
    it('keeps pc.constructor === RTCPeerConnection and instanceof', function () {
      var pc = track(new RTCPeerConnection({ iceServers: [] }));
      expect(pc.constructor).to.equal(RTCPeerConnection);
      expect(Object.getPrototypeOf(pc)).to.equal(RTCPeerConnection.prototype);
      expect(pc instanceof RTCPeerConnection).to.equal(true);
      expect(RTCPeerConnection.name).to.equal('RTCPeerConnection');
    });

    it('lets a class extend RTCPeerConnection', async function () {
      class MyPC extends RTCPeerConnection {
        hello() {
          return 'hello from ' + this.signalingState;
        }
      }
      var pc = track(new MyPC({ iceServers: [] }));
      expect(pc).to.be.an.instanceof(MyPC);
      expect(pc).to.be.an.instanceof(RTCPeerConnection);
      expect(Object.getPrototypeOf(pc)).to.equal(MyPC.prototype);
      expect(pc.constructor).to.equal(MyPC);
      expect(pc.hello()).to.equal('hello from stable');
      await expectOffer(pc);
    });

    it('passes a subclass constructor its configuration (legacy url too)', function () {
      class MyPC extends RTCPeerConnection {}
      var pc = track(new MyPC({ iceServers: [{ url: STUN }] }));
      expect(pc).to.be.an.instanceof(MyPC);
      expectSpecServer(firstServer(pc), STUN);
    });

    it('throws a TypeError when RTCPeerConnection is called without new', function () {
      var error = null;
      try {
        RTCPeerConnection({ iceServers: [] });
      } catch (e) {
        error = e;
      }
      expect(error, 'RTCPeerConnection() without new').to.be.an.instanceof(TypeError);
    });

    it('keeps RTCPeerConnection.generateCertificate callable', async function () {
      expect(RTCPeerConnection.generateCertificate).to.be.a('function');
      var cert = await RTCPeerConnection.generateCertificate({ name: 'ECDSA', namedCurve: 'P-256' });
      expect(cert).to.be.an.instanceof(RTCCertificate);
      expect(cert.expires).to.be.a('number').and.above(Date.now());
      var pc = track(new RTCPeerConnection({ iceServers: [], certificates: [cert] }));
      await expectOffer(pc);
    });
  });

  describe('configuration', function () {
    it('accepts legacy RTCIceServer.url and reports it as urls (no url key)', function () {
      var pc = track(new RTCPeerConnection({ iceServers: [{ url: STUN }] }));
      expectSpecServer(firstServer(pc), STUN);
    });

    it('accepts RTCIceServer.urls as a string and as a list', function () {
      var pc1 = track(new RTCPeerConnection({ iceServers: [{ urls: STUN }] }));
      expectSpecServer(firstServer(pc1), STUN);
      var pc2 = track(new RTCPeerConnection({ iceServers: [{ urls: [STUN] }] }));
      expectSpecServer(firstServer(pc2), STUN);
    });

    it('keeps a server with several urls as one server in getConfiguration()', function () {
      // getConfiguration() returns the configuration that was set
      // (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-getconfiguration).
      var other = 'stun:127.0.0.1:3479';
      var pc = track(new RTCPeerConnection({ iceServers: [{ urls: [STUN, other], username: 'u', credential: 'c' }] }));
      var server = firstServer(pc);
      expect(urlsOf(server).sort()).to.deep.equal([STUN, other]);
      expect(server, 'iceServers[0]').to.not.have.property('url');
    });

    it('leaves the caller\'s configuration object untouched (frozen or not)', function () {
      var frozen = deepFreeze({ iceServers: [{ url: STUN }], bundlePolicy: 'max-bundle' });
      var pc1 = track(new RTCPeerConnection(frozen));
      expectSpecServer(firstServer(pc1), STUN);
      expect(pc1.getConfiguration().bundlePolicy).to.equal('max-bundle');

      var plain = { iceServers: [{ url: STUN, username: 'u', credential: 'c' }] };
      var before = JSON.stringify(plain);
      var server = plain.iceServers[0];
      var list = plain.iceServers;
      track(new RTCPeerConnection(plain));
      expect(JSON.stringify(plain), 'configuration after the constructor').to.equal(before);
      expect(plain.iceServers, 'the same iceServers array').to.equal(list);
      expect(plain.iceServers[0], 'the same server object').to.equal(server);
      expect(Object.keys(server)).to.deep.equal(['url', 'username', 'credential']);
    });

    it('accepts the legacy second argument (media constraints)', async function () {
      var pc = track(new RTCPeerConnection({ iceServers: [] }, { optional: [{ DtlsSrtpKeyAgreement: true }] }));
      expect(pc.signalingState).to.equal('stable');
      await expectOffer(pc);
    });

    it('reports the spec defaults from getConfiguration()', function () {
      var config = track(new RTCPeerConnection({ iceServers: [] })).getConfiguration();
      expect(config.bundlePolicy, 'bundlePolicy').to.equal('balanced');
      expect(config.rtcpMuxPolicy, 'rtcpMuxPolicy').to.equal('require');
      expect(config.iceTransportPolicy, 'iceTransportPolicy').to.equal('all');
      expect(config.iceServers, 'iceServers').to.deep.equal([]);
    });

    it('throws a TypeError for a bogus enum value', function () {
      var error = null;
      try {
        track(new RTCPeerConnection({ iceServers: [], bundlePolicy: 'bogus' }));
      } catch (e) {
        error = e;
      }
      expect(error, 'new RTCPeerConnection({bundlePolicy: "bogus"})').to.be.an.instanceof(TypeError);
      expect(error.name).to.equal('TypeError');
    });

    it('accepts legacy url in setConfiguration()', function () {
      var pc = track(new RTCPeerConnection({ iceServers: [] }));
      if (typeof pc.setConfiguration !== 'function') {
        console.log(engine + ': no setConfiguration');
        this.skip();
      }
      var config = deepFreeze({ iceServers: [{ url: STUN }] });
      pc.setConfiguration(config);
      expectSpecServer(firstServer(pc), STUN);
      expect(config.iceServers[0]).to.deep.equal({ url: STUN });

      var plain = { iceServers: [{ url: 'stun:127.0.0.1:3479' }] };
      pc.setConfiguration(plain);
      expectSpecServer(firstServer(pc), 'stun:127.0.0.1:3479');
      expect(JSON.stringify(plain), 'configuration after setConfiguration').to.equal('{"iceServers":[{"url":"stun:127.0.0.1:3479"}]}');

      pc.setConfiguration({ iceServers: [{ urls: STUN }] });
      expectSpecServer(firstServer(pc), STUN);
    });
  });
});
