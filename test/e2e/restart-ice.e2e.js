/* global chai, rtcE2e */
// restartIce() (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-restartice) in every
// engine: native where the engine has it, the restart-ice shim in Chromium 73. ES2017.
'use strict';

describe('restartIce', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  this.timeout(30000);
  var expect = chai.expect;
  afterEach(rtcE2e.closeAll);

  function ufrags(sdp) {
    return (sdp.match(/^a=ice-ufrag:\S+/gm) || []).filter(function (u, i, all) { return all.indexOf(u) === i; });
  }

  it('is a method of length 0, and a closed connection ignores it', function () {
    var pc = rtcE2e.newPC();
    expect(pc.restartIce).to.be.a('function');
    expect(pc.restartIce.length).to.equal(0);
    pc.close();
    expect(pc.restartIce()).to.equal(undefined);
  });

  it('fires negotiationneeded (onnegotiationneeded too) and the next offer has new ICE credentials; the call reconnects', async function () {
    var a = rtcE2e.newPC();
    var b = rtcE2e.newPC();
    rtcE2e.trickle(a, b);
    var channel = a.createDataChannel('x');
    await rtcE2e.negotiate(a, b);
    await rtcE2e.withTimeout(Promise.all([rtcE2e.iceConnected(a), rtcE2e.iceConnected(b)]), 15000, 'ICE connected');
    var before = ufrags(a.localDescription.sdp);

    var viaHandler = new Promise(function (resolve) { a.onnegotiationneeded = resolve; });
    var returned = false;
    var sync = false;
    a.addEventListener('negotiationneeded', function () { sync = !returned; }, { once: true });
    a.restartIce();
    returned = true;
    await rtcE2e.withTimeout(viaHandler, 5000, 'negotiationneeded after restartIce()');
    expect(sync, 'negotiationneeded fires after restartIce() returned').to.equal(false);
    a.onnegotiationneeded = null;

    await rtcE2e.negotiate(a, b);
    var after = ufrags(a.localDescription.sdp);
    expect(after).to.have.length.above(0);
    after.forEach(function (u) { expect(before, 'new local ICE credentials').to.not.include(u); });
    await rtcE2e.withTimeout(Promise.all([rtcE2e.iceConnected(a), rtcE2e.iceConnected(b)]), 15000, 'ICE connected after the restart');

    // Applied: the offer after that keeps the credentials.
    var next = await a.createOffer();
    expect(ufrags(next.sdp)).to.deep.equal(after);
    expect(channel.readyState).to.not.equal('closed');
  });
});
