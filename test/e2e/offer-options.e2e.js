/* global chai, rtcE2e */
// createOffer's legacy options (https://w3c.github.io/webrtc-pc/#legacy-configuration-extensions):
// offerToReceiveAudio/Video true adds one recvonly transceiver of that kind when none sends or
// receives it; false turns a receiving one to sendonly/inactive. Also the pre-spec constraints
// form {mandatory: {OfferToReceiveAudio: true}} of 2013-2016 apps. Checked on the SDP (works in
// plan-b engines too) and on the transceivers where the engine has them. ES2017: Chromium 73 runs it.
'use strict';

describe('createOffer legacy options', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  this.timeout(20000);
  var expect = chai.expect;
  afterEach(rtcE2e.closeAll);

  // [{kind, direction}] of the offer's media sections.
  function sections(sdp) {
    return sdp.split(/\r?\n(?=m=)/).slice(1).map(function (section) {
      var dir = /^a=(sendrecv|sendonly|recvonly|inactive)\r?$/m.exec(section);
      return { kind: /^m=(\w+)/.exec(section)[1], direction: dir ? dir[1] : 'sendrecv' };
    });
  }
  function ofKind(sdp, kind) {
    return sections(sdp).filter(function (s) { return s.kind === kind; });
  }
  function hasTransceivers(pc) {
    return typeof pc.getTransceivers === 'function' && pc.getConfiguration().sdpSemantics !== 'plan-b';
  }
  async function track(kind) {
    var constraints = {};
    constraints[kind] = true;
    var stream = await navigator.mediaDevices.getUserMedia(constraints);
    return { track: stream.getTracks()[0], stream: stream };
  }

  ['audio', 'video'].forEach(function (kind) {
    var Kind = kind[0].toUpperCase() + kind.slice(1);
    var yes = {};
    yes['offerToReceive' + Kind] = true;
    var no = {};
    no['offerToReceive' + Kind] = false;

    it('offerToReceive' + Kind + ': true offers one recvonly ' + kind + ' section, once', async function () {
      var pc = rtcE2e.newPC();
      var offer = await pc.createOffer(yes);
      expect(ofKind(offer.sdp, kind)).to.deep.equal([{ kind: kind, direction: 'recvonly' }]);
      offer = await pc.createOffer(yes);
      expect(ofKind(offer.sdp, kind), 'a second call adds none').to.deep.equal([{ kind: kind, direction: 'recvonly' }]);
      if (hasTransceivers(pc)) {
        expect(pc.getTransceivers().map(function (t) { return t.direction; })).to.deep.equal(['recvonly']);
      }
    });

    it('{mandatory: {OfferToReceive' + Kind + ': true}} (pre-spec constraints) offers a recvonly ' + kind + ' section', async function () {
      var pc = rtcE2e.newPC();
      var mandatory = {};
      mandatory['OfferToReceive' + Kind] = true;
      var options = { mandatory: mandatory };
      var offer = await pc.createOffer(options);
      expect(ofKind(offer.sdp, kind)).to.deep.equal([{ kind: kind, direction: 'recvonly' }]);
      expect(options, 'the caller\'s object is untouched').to.deep.equal({ mandatory: mandatory });
    });

    it('offerToReceive' + Kind + ': false with nothing to send offers no ' + kind, async function () {
      var pc = rtcE2e.newPC();
      pc.createDataChannel('x');
      var offer = await pc.createOffer(no);
      expect(ofKind(offer.sdp, kind)).to.deep.equal([]);
    });

    it('offerToReceive' + Kind + ': false with a track offers sendonly', async function () {
      var pc = rtcE2e.newPC();
      var t = await track(kind);
      pc.addTrack(t.track, t.stream);
      var offer = await pc.createOffer(no);
      expect(ofKind(offer.sdp, kind)).to.deep.equal([{ kind: kind, direction: 'sendonly' }]);
      t.track.stop();
    });

    it('offerToReceive' + Kind + ': false turns a recvonly transceiver inactive', async function () {
      var pc = rtcE2e.newPC();
      if (!pc.addTransceiver || !hasTransceivers(pc)) this.skip();
      pc.addTransceiver(kind, { direction: 'recvonly' });
      var offer = await pc.createOffer(no);
      expect(ofKind(offer.sdp, kind)).to.deep.equal([{ kind: kind, direction: 'inactive' }]);
      expect(pc.getTransceivers()[0].direction).to.equal('inactive');
    });
  });

  it('offerToReceiveAudio and offerToReceiveVideo together offer both, recvonly', async function () {
    var pc = rtcE2e.newPC();
    var offer = await pc.createOffer({ offerToReceiveAudio: true, offerToReceiveVideo: true });
    expect(sections(offer.sdp)).to.deep.equal([{ kind: 'audio', direction: 'recvonly' }, { kind: 'video', direction: 'recvonly' }]);
  });

  it('the legacy callback form takes the options third', async function () {
    var pc = rtcE2e.newPC();
    var offer = await new Promise(function (resolve, reject) {
      pc.createOffer(resolve, reject, { offerToReceiveVideo: true });
    });
    expect(ofKind(offer.sdp, 'video')).to.deep.equal([{ kind: 'video', direction: 'recvonly' }]);
  });
});
