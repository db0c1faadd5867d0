/* global chai, rtcE2e */
// getStats with the built dist/adapter.js loaded: the spec's promise forms (a maplike
// RTCStatsReport, a track selector, sender/receiver getStats, InvalidAccessError for a track the
// connection does not carry) and the legacy calling forms apps used: getStats(success[, selector])
// (Chromium's) and getStats(selector, success[, failure]) (Firefox's), answered with the spec report
// where the engine dropped them. Chromium 73 and 92 still answer getStats(success) with their own
// legacy RTCStatsResponse, which code of that era reads, and keep it. ES2017: Chromium 73 runs it.
'use strict';

describe('getStats', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var ua = navigator.userAgent;
  var isFirefox = /Firefox\/\d+/.test(ua);
  var major = Number((/(?:Firefox|Chrome|Chromium)\/(\d+)/.exec(ua) || [])[1]);
  // Chromium measured: 92 still has the legacy callback overload, 123 no longer.
  var ownLegacyResponse = !isFirefox && major <= 92;
  // The RTCStatsType values of https://w3c.github.io/webrtc-stats/#rtcstatstype-str*; Chromium 73
  // and 92 also report the obsolete 'track' and 'stream' (https://w3c.github.io/webrtc-stats/#obsolete-stats).
  var TYPES = ['codec', 'inbound-rtp', 'outbound-rtp', 'remote-inbound-rtp', 'remote-outbound-rtp', 'media-source', 'media-playout',
    'peer-connection', 'data-channel', 'transport', 'candidate-pair', 'local-candidate', 'remote-candidate', 'certificate']
    .concat(ownLegacyResponse ? ['track', 'stream'] : []);

  this.timeout(30000);
  afterEach(rtcE2e.closeAll);

  var stream;
  before(async function () {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
  });
  after(function () {
    // no stream where the suite was skipped (needsPeerConnection)
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
  });

  function expectReport(report) {
    expect(Object.prototype.toString.call(report)).to.equal('[object RTCStatsReport]');
    expect(report).to.be.an.instanceof(RTCStatsReport);
    ['get', 'has', 'forEach', 'keys', 'values', 'entries'].forEach(function (key) {
      expect(typeof report[key], 'report.' + key).to.equal('function');
    });
    var types = [];
    report.forEach(function (stats, id) {
      expect(stats.id).to.equal(id);
      expect(stats.timestamp, stats.type + ' timestamp').to.be.a('number');
      if (types.indexOf(stats.type) < 0) types.push(stats.type);
    });
    types.forEach(function (type) { expect(TYPES, 'a spec type').to.include(type); });
    return types;
  }

  // A legacy call's outcome: ['success', value] or ['failure', error], after the call returned.
  function viaCallbacks(start) {
    return rtcE2e.withTimeout(new Promise(function (resolve, reject) {
      var returned = false;
      function done(kind) {
        return function (value) {
          if (!returned) reject(new Error(kind + ' callback ran inside the call'));
          resolve([kind, value]);
        };
      }
      var result = start(done('success'), done('failure'));
      returned = true;
      if (result && typeof result.then === 'function') {
        result.then(function (v) { expect(v, 'the legacy call resolves with undefined').to.equal(undefined); }, reject);
      }
    }), 5000, 'a callback');
  }

  // The report of getStats(selector) once it has `type` (RTP stats appear once media flows).
  async function reportWith(target, type, selector) {
    for (var i = 0; ; i++) {
      var types = expectReport(await (selector ? target.getStats(selector) : target.getStats()));
      if (types.indexOf(type) >= 0 || i === 50) return types;
      await rtcE2e.sleep(200);
    }
  }

  async function connectedWithMedia() {
    var pc1 = rtcE2e.newPC();
    var pc2 = rtcE2e.newPC();
    stream.getTracks().forEach(function (track) { pc1.addTrack(track, stream); });
    await rtcE2e.connectChannel(pc1, pc2, pc1.createDataChannel('stats'));
    return [pc1, pc2];
  }

  describe('promise forms', function () {
    it('getStats() resolves with a maplike RTCStatsReport of spec stats types', async function () {
      var pcs = await connectedWithMedia();
      var types = await reportWith(pcs[0], 'outbound-rtp');
      ['peer-connection', 'data-channel', 'transport', 'candidate-pair', 'local-candidate', 'remote-candidate', 'outbound-rtp']
        .forEach(function (type) { expect(types, 'has ' + type).to.include(type); });
      var inbound = await reportWith(pcs[1], 'inbound-rtp');
      expect(inbound).to.include('inbound-rtp');
    });

    it('reports carry the spec members: candidate address, data channel id, per-track numbers on RTP stats, media sources', async function () {
      var pcs = await connectedWithMedia();
      await reportWith(pcs[1], 'inbound-rtp');
      var videoIn = null;
      for (var i = 0; i < 50 && !videoIn; i++) {
        (await pcs[1].getStats()).forEach(function (s) {
          if (s.type === 'inbound-rtp' && (s.kind || s.mediaType) === 'video' && s.frameWidth > 0) videoIn = s;
        });
        if (!videoIn) await rtcE2e.sleep(200);
      }
      expect(videoIn, 'a video inbound-rtp with frameWidth').to.not.equal(null);
      expect(videoIn.trackIdentifier, 'inbound-rtp trackIdentifier').to.be.a('string');
      var sent = await pcs[0].getStats();
      var seen = { candidate: 0, channel: 0, sources: [] };
      sent.forEach(function (s) {
        if (s.type === 'local-candidate' || s.type === 'remote-candidate') {
          seen.candidate++;
          expect(s.address, s.type + ' address').to.be.a('string');
        }
        if (s.type === 'data-channel') {
          seen.channel++;
          expect(s.dataChannelIdentifier, 'dataChannelIdentifier').to.be.a('number');
        }
        if (s.type === 'media-source') seen.sources.push(s.kind);
        if (s.type === 'outbound-rtp') expect(sent.get(s.mediaSourceId), 'outbound-rtp mediaSourceId').to.have.property('type', 'media-source');
      });
      expect(seen.candidate).to.be.above(0);
      expect(seen.channel).to.equal(1);
      expect(seen.sources.sort()).to.deep.equal(['audio', 'video']);
    });

    it('getStats(track), sender.getStats() and receiver.getStats() resolve with reports', async function () {
      var pcs = await connectedWithMedia();
      var track = stream.getVideoTracks()[0];
      var types = await reportWith(pcs[0], 'outbound-rtp', track);
      expect(types).to.include('outbound-rtp');
      // The spec's selection: the stream's stats and what they reference, not the connection's.
      expect(types).to.not.include('data-channel');
      expect(types).to.not.include('peer-connection');
      [await pcs[0].getSenders()[0].getStats(), await pcs[1].getReceivers()[0].getStats()].forEach(function (report) {
        var own = expectReport(report);
        expect(own).to.not.include('data-channel');
        expect(own).to.not.include('peer-connection');
      });
    });

    it('getStats(track) rejects with InvalidAccessError for a track the connection neither sends nor receives', async function () {
      var pc = rtcE2e.newPC();
      pc.addTrack(stream.getAudioTracks()[0], stream);
      var foreign = stream.getVideoTracks()[0];
      rtcE2e.expectDOMException(await rtcE2e.rejectionOf(function () { return pc.getStats(foreign); }), 'InvalidAccessError');
    });

    it('getStats(notATrack) rejects with a TypeError', async function () {
      var error = await rtcE2e.rejectionOf(function () { return rtcE2e.newPC().getStats({}); });
      expect(error).to.be.an.instanceof(TypeError);
    });
  });

  describe('legacy callback forms', function () {
    it('getStats(success) calls success with a report' + (ownLegacyResponse ? ' (here: the engine\'s own RTCStatsResponse)' : ''), async function () {
      var pc = rtcE2e.newPC();
      pc.createDataChannel('x');
      var outcome = await viaCallbacks(function (ok) { return pc.getStats(ok); });
      expect(outcome[0]).to.equal('success');
      if (ownLegacyResponse) expect(typeof outcome[1].result, 'RTCStatsResponse.result').to.equal('function');
      else expect(expectReport(outcome[1])).to.include('peer-connection');
    });

    it('getStats(success, track) answers for that track', async function () {
      var pc = rtcE2e.newPC();
      var track = stream.getAudioTracks()[0];
      pc.addTrack(track, stream);
      var outcome = await viaCallbacks(function (ok) { return pc.getStats(ok, track); });
      expect(outcome[0]).to.equal('success');
      if (!ownLegacyResponse) expectReport(outcome[1]);
    });

    it('getStats(null, success, failure) and getStats(null, success) call success with the spec report', async function () {
      var pc = rtcE2e.newPC();
      var outcome = await viaCallbacks(function (ok, fail) { return pc.getStats(null, ok, fail); });
      expect(outcome[0]).to.equal('success');
      expect(expectReport(outcome[1])).to.include('peer-connection');
      outcome = await viaCallbacks(function (ok) { return pc.getStats(null, ok); });
      expect(outcome[0]).to.equal('success');
      expectReport(outcome[1]);
    });

    it('getStats(track, success, failure) answers for the track, and fails with InvalidAccessError for a foreign one', async function () {
      var pc = rtcE2e.newPC();
      pc.addTrack(stream.getAudioTracks()[0], stream);
      var outcome = await viaCallbacks(function (ok, fail) { return pc.getStats(stream.getAudioTracks()[0], ok, fail); });
      expect(outcome[0]).to.equal('success');
      expectReport(outcome[1]);
      outcome = await viaCallbacks(function (ok, fail) { return pc.getStats(stream.getVideoTracks()[0], ok, fail); });
      expect(outcome[0]).to.equal('failure');
      rtcE2e.expectDOMException(outcome[1], 'InvalidAccessError');
    });

    it('a success callback that is not a function is a TypeError', async function () {
      var pc = rtcE2e.newPC();
      var error = await rtcE2e.rejectionOf(function () { return pc.getStats(null, 5, function () {}); });
      expect(error).to.be.an.instanceof(TypeError);
    });
  });
});
