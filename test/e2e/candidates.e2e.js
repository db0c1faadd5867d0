/* global chai, rtcE2e */
// ICE candidates as the spec says, in every engine, with dist/adapter.js loaded:
// end-of-candidates in every form (promise and legacy, null, {candidate: ''}, an RTCIceCandidate
// made from {candidate: ''}), addIceCandidate.length the spec's 0, and the spec's OperationError
// for a usernameFragment of no remote description and for a candidate string that does not
// parse, with the connection still usable after each. ES2017 only: Chromium 73 runs this file.
'use strict';

describe('ICE candidates', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var t = rtcE2e;
  var HOST = 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ host';

  this.timeout(20000);
  afterEach(t.closeAll);

  // pc2 has pc1's offer (one data channel section) as its remote description.
  async function withRemoteOffer() {
    var pc1 = t.newPC();
    var pc2 = t.newPC();
    pc1.createDataChannel('x');
    var offer = await pc1.createOffer();
    await pc1.setLocalDescription(offer);
    await pc2.setRemoteDescription(offer);
    return { pc1: pc1, pc2: pc2, mid: t.firstMid(offer.sdp), ufrag: (/^a=ice-ufrag:(\S+)/m.exec(offer.sdp) || [])[1] };
  }

  it('addIceCandidate.length is the spec\'s 0 (the argument is optional)', function () {
    expect(RTCPeerConnection.prototype.addIceCandidate.length).to.equal(0);
    expect(RTCPeerConnection.prototype.setLocalDescription.length).to.equal(0);
  });

  it('accepts end-of-candidates in the legacy form: addIceCandidate(null, success, failure)', async function () {
    var s = await withRemoteOffer();
    var outcome = await t.withTimeout(new Promise(function (resolve) {
      s.pc2.addIceCandidate(null, function () { resolve('success'); }, function (e) { resolve('failure ' + e.name); });
    }), 5000, 'a callback');
    expect(outcome).to.equal('success');
    outcome = await t.withTimeout(new Promise(function (resolve) {
      s.pc2.addIceCandidate({ candidate: '', sdpMid: s.mid }, function () { resolve('success'); }, function (e) { resolve('failure ' + e.name); });
    }), 5000, 'a callback');
    expect(outcome).to.equal('success');
  });

  it('constructs new RTCIceCandidate({candidate: ""}) and takes it as end-of-candidates', async function () {
    var s = await withRemoteOffer();
    var end = new RTCIceCandidate({ candidate: '', sdpMid: s.mid, sdpMLineIndex: 0 });
    expect(end).to.be.an.instanceof(RTCIceCandidate);
    expect(end.candidate).to.equal('');
    expect(end.sdpMid).to.equal(s.mid);
    expect(end.toJSON().candidate).to.equal('');
    expect(await s.pc2.addIceCandidate(end)).to.equal(undefined);
    // A real candidate is still a real one.
    var host = new RTCIceCandidate({ candidate: HOST, sdpMid: s.mid });
    expect(host.candidate).to.equal(HOST);
    expect(host.toJSON().candidate).to.equal(HOST);
  });

  it('rejects a usernameFragment that no remote description has with OperationError; the right one is accepted', async function () {
    var s = await withRemoteOffer();
    expect(s.ufrag, 'a=ice-ufrag in the offer').to.be.a('string');
    t.expectDOMException(await t.rejectionOf(function () {
      return s.pc2.addIceCandidate({ candidate: HOST, sdpMid: s.mid, usernameFragment: 'nomatch' });
    }), 'OperationError');
    expect(await s.pc2.addIceCandidate({ candidate: HOST, sdpMid: s.mid, usernameFragment: s.ufrag })).to.equal(undefined);
    var outcome = await t.withTimeout(new Promise(function (resolve) {
      s.pc2.addIceCandidate({ candidate: HOST, sdpMid: s.mid, usernameFragment: 'nomatch' }, function () {
        resolve('success');
      }, function (e) { resolve('failure ' + e.name); });
    }), 5000, 'a callback');
    expect(outcome).to.equal('failure OperationError');
    await t.negotiate(s.pc1, s.pc2).catch(function () {});
  });

  it('takes a candidate and end-of-candidates sent right after setRemoteDescription, before it settled', async function () {
    var pc1 = t.newPC();
    var pc2 = t.newPC();
    pc1.createDataChannel('x');
    var offer = await pc1.createOffer();
    var mid = t.firstMid(offer.sdp);
    // Not awaited, as a trickling app does: the engine's operations chain orders the calls.
    var applied = pc2.setRemoteDescription(offer);
    var candidate = pc2.addIceCandidate({ candidate: HOST, sdpMid: mid });
    var end = pc2.addIceCandidate(null);
    await applied;
    expect(await candidate).to.equal(undefined);
    expect(await end).to.equal(undefined);
  });

  it('accepts an ICE restart\'s new usernameFragment trickled before setRemoteDescription has settled', async function () {
    var s = await withRemoteOffer();
    var answer = await s.pc2.createAnswer();
    await s.pc2.setLocalDescription(answer);
    await s.pc1.setRemoteDescription(answer);
    var restart = await s.pc1.createOffer({ iceRestart: true });
    var ufrag = (/^a=ice-ufrag:(\S+)/m.exec(restart.sdp) || [])[1];
    expect(ufrag, 'a new fragment').to.be.a('string').and.not.equal(s.ufrag);
    await s.pc1.setLocalDescription(restart);
    // Not awaited: the candidate is queued behind the description, as a trickling app does.
    var applied = s.pc2.setRemoteDescription(restart);
    var added = s.pc2.addIceCandidate({ candidate: HOST, sdpMid: s.mid, usernameFragment: ufrag });
    await applied;
    expect(await added).to.equal(undefined);
    t.expectDOMException(await t.rejectionOf(function () {
      return s.pc2.addIceCandidate({ candidate: HOST, sdpMid: s.mid, usernameFragment: 'nomatch' });
    }), 'OperationError');
  });

  it('rejects a candidate string that does not parse with OperationError, and the connection stays usable', async function () {
    var s = await withRemoteOffer();
    var bad = ['candidate:garbage', 'candidate:1 1 udp 2122260223 127.0.0.1 notaport typ host', 'candidate:1 1 udp 2122260223 127.0.0.1 9 host'];
    for (var i = 0; i < bad.length; i++) {
      t.expectDOMException(await t.rejectionOf(function () {
        return s.pc2.addIceCandidate({ candidate: bad[i], sdpMid: s.mid });
      }), 'OperationError');
    }
    // Queued behind a first setRemoteDescription that has not settled yet: the same error.
    var fresh = t.newPC();
    var applied = fresh.setRemoteDescription(s.pc2.remoteDescription);
    t.expectDOMException(await t.rejectionOf(function () {
      return fresh.addIceCandidate({ candidate: bad[0], sdpMid: s.mid });
    }), 'OperationError');
    await applied;
    // The spec's earlier errors keep their names: no sdpMid/sdpMLineIndex is a TypeError.
    var typeError = await t.rejectionOf(function () { return s.pc2.addIceCandidate({ candidate: 'candidate:garbage' }); });
    expect(typeError && typeError.name).to.equal('TypeError');
    expect(await s.pc2.addIceCandidate({ candidate: HOST, sdpMid: s.mid })).to.equal(undefined);
    var answer = await s.pc2.createAnswer();
    await s.pc2.setLocalDescription(answer);
    await s.pc1.setRemoteDescription(answer);
    expect(s.pc1.signalingState).to.equal('stable');
  });
});
