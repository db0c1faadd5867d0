/* global chai, rtcE2e */
// DTMF through the seed page's createDTMFSender(track), in every engine, with dist/adapter.js
// loaded: it answers the sender's RTCDTMFSender, throws the errors Chromium throws, and on a
// connected call the tones play (tonechange per tone, then the empty one) and a bad tone is an
// InvalidCharacterError. ES2017 only: Chromium 73 runs this file.
'use strict';

describe('DTMF: createDTMFSender', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var t = rtcE2e;
  var streams = [];

  this.timeout(30000);
  afterEach(function () {
    t.closeAll();
    streams.splice(0).forEach(function (s) { s.getTracks().forEach(function (track) { track.stop(); }); });
  });

  async function media(constraints) {
    var stream = await navigator.mediaDevices.getUserMedia(constraints);
    streams.push(stream);
    return stream;
  }

  var thrown = window.rtcE2e.thrown;

  it('createDTMFSender(track) is the RTCDTMFSender of the sender carrying the track', async function () {
    expect(RTCPeerConnection.prototype.createDTMFSender.name).to.equal('createDTMFSender');
    expect(RTCPeerConnection.prototype.createDTMFSender.length).to.equal(1);
    var stream = await media({ audio: true });
    var pc = t.newPC();
    var sender = pc.addTrack(stream.getAudioTracks()[0], stream);
    var dtmf = pc.createDTMFSender(stream.getAudioTracks()[0]);
    expect(dtmf).to.be.an.instanceof(RTCDTMFSender);
    expect(dtmf).to.equal(sender.dtmf);
  });

  it('throws TypeError for a non-track, SyntaxError for a track no sender carries or a video track, InvalidStateError when closed', async function () {
    var stream = await media({ audio: true, video: true });
    var audio = stream.getAudioTracks()[0];
    var video = stream.getVideoTracks()[0];
    var pc = t.newPC();
    expect(thrown(function () { pc.createDTMFSender(); })).to.equal('TypeError');
    expect(thrown(function () { pc.createDTMFSender({ kind: 'audio' }); })).to.equal('TypeError');
    expect(thrown(function () { pc.createDTMFSender(audio); })).to.equal('SyntaxError');
    pc.addTrack(video, stream);
    expect(thrown(function () { pc.createDTMFSender(video); })).to.equal('SyntaxError');
    pc.addTrack(audio, stream);
    pc.close();
    expect(thrown(function () { pc.createDTMFSender(audio); })).to.equal('InvalidStateError');
  });

  it('on a connected call: insertDTMF plays each tone (tonechange), then the empty one; a bad tone is an InvalidCharacterError', async function () {
    var stream = await media({ audio: true });
    var pc1 = t.newPC();
    var pc2 = t.newPC();
    pc1.onicecandidate = function (e) { if (e.candidate) pc2.addIceCandidate(e.candidate); };
    pc2.onicecandidate = function (e) { if (e.candidate) pc1.addIceCandidate(e.candidate); };
    pc1.addTrack(stream.getAudioTracks()[0], stream);
    var dtmf = pc1.createDTMFSender(stream.getAudioTracks()[0]);
    await t.negotiate(pc1, pc2);
    await t.withTimeout(t.iceConnected(pc1), 10000, 'ICE connected');
    for (var i = 0; i < 50 && !dtmf.canInsertDTMF; i++) await t.sleep(100);
    expect(dtmf.canInsertDTMF, 'canInsertDTMF').to.equal(true);
    expect(thrown(function () { dtmf.insertDTMF('1Z'); })).to.equal('InvalidCharacterError');
    var tones = [];
    var done = new Promise(function (resolve) {
      dtmf.ontonechange = function (e) {
        tones.push(e.tone);
        if (e.tone === '') resolve();
      };
    });
    dtmf.insertDTMF('1#', 70, 50);
    expect(dtmf.toneBuffer).to.equal('1#');
    await t.withTimeout(done, 5000, 'tonechange with an empty tone');
    expect(tones).to.deep.equal(['1', '#', '']);
  });
});
