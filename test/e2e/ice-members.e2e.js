/* global chai, rtcE2e */
// The seed page's ICE and identity members, in every engine, with dist/adapter.js loaded:
// updateIce and defaultIceServers (legacy, no engine has them), canTrickleIceCandidates, the
// fields RTCIceCandidate parses from its candidate string (on constructed candidates and on those
// of icecandidate events), and the identity members failing as the spec says where no IdP can be
// used. ES2017 only: Chromium 73 runs this file.
'use strict';

describe('ICE and identity members', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var t = rtcE2e;
  var isFirefox = /Firefox\/\d+/.test(navigator.userAgent);
  var SRFLX = 'candidate:842163049 1 udp 1677729535 203.0.113.7 46154 typ srflx raddr 10.0.0.2 rport 46154 generation 0 ufrag EsAw';
  var FIELDS = ['foundation', 'component', 'priority', 'address', 'protocol', 'port', 'type', 'tcpType', 'relatedAddress', 'relatedPort', 'usernameFragment'];

  this.timeout(20000);
  afterEach(t.closeAll);

  var thrown = window.rtcE2e.thrown;

  function settled(promise, ms) {
    return new Promise(function (resolve) {
      var timer = setTimeout(function () { resolve('pending'); }, ms);
      promise.then(function () { clearTimeout(timer); resolve('resolved'); }, function (e) {
        clearTimeout(timer);
        resolve('rejected ' + (e && e.name));
      });
    });
  }

  it('updateIce(configuration) is setConfiguration; updateIce() keeps the configuration', function () {
    var update = RTCPeerConnection.prototype.updateIce;
    expect(update.name).to.equal('updateIce');
    expect(update.length).to.equal(0);
    var pc = t.newPC({ iceServers: [{ urls: 'stun:127.0.0.1:3478' }] });
    expect(pc.updateIce({ iceServers: [{ urls: 'stun:127.0.0.2:3478' }] })).to.equal(undefined);
    expect(JSON.stringify(pc.getConfiguration().iceServers)).to.contain('127.0.0.2').and.not.contain('127.0.0.1:');
    expect(pc.updateIce()).to.equal(undefined);
    expect(JSON.stringify(pc.getConfiguration().iceServers)).to.contain('127.0.0.2');
  });

  it("updateIce throws setConfiguration's errors, and InvalidStateError when closed", function () {
    var pc = t.newPC();
    var bad = { iceServers: [{ urls: 'bogus:127.0.0.1' }] };
    var name = thrown(function () { pc.setConfiguration(bad); });
    expect(name).to.not.equal('no error');
    expect(thrown(function () { pc.updateIce(bad); })).to.equal(name);
    pc.close();
    expect(thrown(function () { pc.updateIce(); })).to.equal('InvalidStateError');
    expect(thrown(function () { pc.updateIce({ iceServers: [] }); })).to.equal('InvalidStateError');
  });

  it('defaultIceServers is a new empty array, on RTCPeerConnection and on connections', function () {
    var servers = RTCPeerConnection.defaultIceServers;
    expect(servers).to.deep.equal([]);
    servers.push({ urls: 'stun:127.0.0.1' });
    expect(RTCPeerConnection.defaultIceServers).to.deep.equal([]);
    expect(t.newPC().defaultIceServers).to.deep.equal([]);
    expect(thrown(function () { 'use strict'; RTCPeerConnection.prototype.defaultIceServers = 1; })).to.equal('TypeError');
  });

  it('canTrickleIceCandidates: null before a remote description, then whether it has a=ice-options:trickle', async function () {
    var pc1 = t.newPC();
    var pc2 = t.newPC();
    var pc3 = t.newPC();
    pc1.createDataChannel('x');
    expect(pc2.canTrickleIceCandidates).to.equal(null);
    var offer = await pc1.createOffer();
    expect(offer.sdp).to.match(/^a=ice-options:.*trickle/m);
    await pc1.setLocalDescription(offer);
    expect(pc1.canTrickleIceCandidates, 'a local description is not a remote one').to.equal(null);
    await pc2.setRemoteDescription(offer);
    expect(pc2.canTrickleIceCandidates).to.equal(true);
    await pc3.setRemoteDescription({ type: 'offer', sdp: offer.sdp.replace(/^a=ice-options:.*\r\n/gm, '') });
    expect(pc3.canTrickleIceCandidates).to.equal(false);
  });

  it('a constructed RTCIceCandidate has the fields of its string, null where absent; toJSON keeps usernameFragment', function () {
    var c = new RTCIceCandidate({ candidate: SRFLX, sdpMid: '0' });
    expect(JSON.stringify(FIELDS.map(function (k) { return c[k]; }))).to.equal(JSON.stringify(
      ['842163049', 'rtp', 1677729535, '203.0.113.7', 'udp', 46154, 'srflx', null, '10.0.0.2', 46154, null]), 'usernameFragment from the dictionary only (as Chromium 156 and Firefox 153 do)');
    var given = new RTCIceCandidate({ candidate: SRFLX, sdpMid: '0', usernameFragment: 'given' });
    expect(given.usernameFragment).to.equal('given');
    expect(given.toJSON().usernameFragment).to.equal('given');
    var end = new RTCIceCandidate({ candidate: '', sdpMid: '0' });
    expect(JSON.stringify(FIELDS.map(function (k) { return end[k]; }))).to.equal(JSON.stringify(FIELDS.map(function () { return null; })));
  });

  it('icecandidate events carry candidates with the parsed fields', async function () {
    var pc = t.newPC();
    var candidates = [];
    pc.addEventListener('icecandidate', function (e) {
      if (e.candidate && e.candidate.candidate) candidates.push(e.candidate);
    });
    pc.createDataChannel('x');
    var offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    await t.withTimeout(t.gatheringComplete(pc), 10000, 'ICE gathering');
    expect(candidates.length, 'gathered candidates').to.be.above(0);
    var ufrag = (/^a=ice-ufrag:(\S+)/m.exec(offer.sdp) || [])[1];
    candidates.forEach(function (c) {
      var f = c.candidate.replace(/^candidate:/, '').split(' ');
      expect(c).to.be.an.instanceof(RTCIceCandidate);
      expect([c.foundation, c.component, c.priority, c.protocol, c.address, c.port, c.type], c.candidate).to.deep.equal(
        [f[0], f[1] === '1' ? 'rtp' : 'rtcp', Number(f[3]), f[2].toLowerCase(), f[4], Number(f[5]), f[7]]);
      if (c.type === 'host') expect([c.relatedAddress, c.relatedPort]).to.deep.equal([null, null]);
      expect(c.tcpType).to.equal(c.protocol === 'tcp' ? c.candidate.split(' tcptype ')[1].split(' ')[0] : null);
      expect(c.usernameFragment).to.equal(ufrag);
      expect(JSON.parse(JSON.stringify(c)).usernameFragment, 'toJSON()').to.equal(ufrag);
    });
  });

  it('identity: peerIdentity is a promise that stays pending; idpLoginUrl is null', async function () {
    var pc = t.newPC();
    expect(pc.peerIdentity).to.be.an.instanceof(Promise);
    expect(pc.peerIdentity).to.equal(pc.peerIdentity);
    expect(pc.idpLoginUrl).to.equal(null);
    var promise = pc.peerIdentity;
    pc.close();
    expect(await settled(promise, 500)).to.equal('pending');
  });

  it('identity: getIdentityAssertion rejects with InvalidStateError without an IdP and when closed; setIdentityProvider checks its arguments', async function () {
    var pc = t.newPC();
    t.expectDOMException(await t.rejectionOf(function () { return pc.getIdentityAssertion(); }), 'InvalidStateError');
    expect(RTCPeerConnection.prototype.setIdentityProvider.length).to.equal(1);
    expect(thrown(function () { pc.setIdentityProvider(); })).to.equal('TypeError');
    pc.close();
    t.expectDOMException(await t.rejectionOf(function () { return pc.getIdentityAssertion(); }), 'InvalidStateError');
    expect(thrown(function () { pc.setIdentityProvider('127.0.0.1:1'); })).to.equal('InvalidStateError');
  });

  it('identity: with a provider that cannot be loaded, getIdentityAssertion rejects (the spec\'s idp-load-failure where rtcshim answers)', async function () {
    var pc = t.newPC();
    expect(pc.setIdentityProvider('127.0.0.1:1', { protocol: 'default' })).to.equal(undefined);
    var error = await t.withTimeout(t.rejectionOf(function () { return pc.getIdentityAssertion(); }), 10000, 'the assertion');
    // Firefox loads the IdP itself and rejects with its own error (named IdpError).
    if (isFirefox) return;
    expect(error.name).to.equal('OperationError');
    if (typeof RTCError === 'function') {
      expect(error).to.be.an.instanceof(RTCError);
      expect(error.errorDetail).to.equal('idp-load-failure');
    }
  });

  it('identity event handlers: each on<type> runs for its event and reads back null once unset', function () {
    var pc = t.newPC();
    var seen = [];
    ['identityresult', 'idpassertionerror', 'idpvalidationerror', 'peeridentity'].forEach(function (type) {
      expect(pc['on' + type], 'on' + type).to.equal(null);
      var handler = function (e) { seen.push(e.type); };
      pc['on' + type] = handler;
      expect(pc['on' + type]).to.equal(handler);
      pc.dispatchEvent(new Event(type));
      pc['on' + type] = null;
      pc.dispatchEvent(new Event(type));
    });
    expect(seen).to.deep.equal(['identityresult', 'idpassertionerror', 'idpvalidationerror', 'peeridentity']);
  });
});
