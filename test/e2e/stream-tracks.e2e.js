/* global chai */
// A track added to or removed from a local stream after addStream(stream) is sent or stopped
// after the next negotiation (https://w3c.github.io/webrtc-pc/archives/20171002/webrtc.html#legacy-interface-extensions:
// addStream sends the stream's tracks "as long as they are part of the stream"; Chromium does so),
// and the far side sees the track join or leave the same remote stream. ES2017: Chromium 73 runs it.
'use strict';

describe('legacy streams: tracks added to or removed from a local stream after addStream', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var E = window.rtcE2e;
  var media = [];

  this.timeout(30000);

  afterEach(function () {
    E.closeAll();
    media.splice(0).forEach(function (s) { s.getTracks().forEach(function (t) { t.stop(); }); });
  });

  async function capture(constraints) {
    var s = await navigator.mediaDevices.getUserMedia(constraints);
    media.push(s);
    return s;
  }

  function remoteStreamOf(pc, id) {
    return pc.getRemoteStreams().filter(function (s) { return s.id === id; })[0] || null;
  }

  it('stream.addTrack(track) after addStream sends the track after the next negotiation', async function () {
    var a = E.newPC();
    var b = E.newPC();
    var stream = await capture({ audio: true });
    a.addStream(stream);
    await E.negotiate(a, b);
    expect(remoteStreamOf(b, stream.id).getTracks().map(function (t) { return t.kind; })).to.deep.equal(['audio']);

    var needed = new Promise(function (resolve) { a.addEventListener('negotiationneeded', resolve, { once: true }); });
    var video = (await capture({ video: true })).getVideoTracks()[0];
    stream.addTrack(video);
    expect(a.getSenders().map(function (s) { return s.track; }), 'a sender for the new track').to.include(video);
    await E.withTimeout(needed, 5000, 'negotiationneeded');
    await E.negotiate(a, b);
    var remote = remoteStreamOf(b, stream.id);
    expect(remote.getTracks().map(function (t) { return t.kind; }).sort()).to.deep.equal(['audio', 'video']);
    expect(b.getRemoteStreams().length, 'still one remote stream').to.equal(1);
  });

  it('stream.removeTrack(track) after addStream stops sending it after the next negotiation', async function () {
    var a = E.newPC();
    var b = E.newPC();
    var stream = await capture({ audio: true, video: true });
    a.addStream(stream);
    await E.negotiate(a, b);
    var video = stream.getVideoTracks()[0];
    stream.removeTrack(video);
    expect(a.getSenders().map(function (s) { return s.track; }), 'no sender sends the removed track').to.not.include(video);
    await E.negotiate(a, b);
    var remote = remoteStreamOf(b, stream.id);
    expect(remote.getTracks().map(function (t) { return t.kind; })).to.deep.equal(['audio']);
  });

  it('a stream never given to addStream is left alone', async function () {
    var a = E.newPC();
    var stream = await capture({ audio: true });
    stream.getTracks().forEach(function (t) { a.addTrack(t, stream); });
    var other = await capture({ audio: true });
    var extra = (await capture({ video: true })).getVideoTracks()[0];
    other.addTrack(extra);
    expect(a.getSenders().map(function (s) { return s.track; })).to.not.include(extra);
  });
});
