/* global chai */
// The legacy stream members (addStream, removeStream, getLocalStreams, getRemoteStreams,
// getStreamById, onaddstream, onremovestream) as one model on top of tracks, in every engine:
// two connections in one page, real (fake-device) getUserMedia streams, called the way legacy apps
// called them and checked against the track API both ways. ES2017 only: Chromium 73 runs it.
'use strict';

describe('legacy streams', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var E = window.rtcE2e;
  var stream = null;

  this.timeout(20000);

  before(async function () {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
  });
  after(function () {
    // no stream where the suite was skipped (needsPeerConnection)
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
  });
  afterEach(E.closeAll);

  function senderTracks(pc) {
    return pc.getSenders().map(function (s) { return s.track; }).filter(Boolean);
  }

  function expectThrows(call, name) {
    var error = null;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error && error.name, 'throws ' + name).to.equal(name);
  }

  it('has every legacy stream member', function () {
    ['addStream', 'removeStream', 'getLocalStreams', 'getRemoteStreams', 'getStreamById'].forEach(function (key) {
      expect(typeof RTCPeerConnection.prototype[key], key).to.equal('function');
    });
    ['onaddstream', 'onremovestream'].forEach(function (key) {
      expect(key in RTCPeerConnection.prototype, key).to.equal(true);
      expect(E.newPC()[key], key).to.equal(null);
    });
  });

  it('addTrack(track, stream) lists the stream in getLocalStreams() and getStreamById()', function () {
    var pc = E.newPC();
    stream.getTracks().forEach(function (t) { pc.addTrack(t, stream); });
    expect(pc.getLocalStreams()).to.deep.equal([stream]);
    expect(pc.getLocalStreams()[0]).to.equal(stream);
    expect(pc.getStreamById(stream.id)).to.equal(stream);
    expect(pc.getStreamById('no such stream')).to.equal(null);
  });

  it('addStream(stream) creates a sender per track; adding it again adds none', function () {
    var pc = E.newPC();
    pc.addStream(stream);
    expect(senderTracks(pc)).to.have.members(stream.getTracks());
    expect(pc.getLocalStreams()[0]).to.equal(stream);
    try {
      pc.addStream(stream);
    } catch (e) {
      // Firefox refuses the second call with the legacy InvalidAccessError of addTrack; Chromium
      // ignores it. Either way the sender list is unchanged.
      expect(e.name).to.equal('InvalidAccessError');
    }
    expect(pc.getSenders().length).to.equal(2);
    expect(pc.getLocalStreams().length).to.equal(1);
  });

  it('removeStream(stream) removes its senders\' tracks and the stream; never-added is a no-op', function () {
    var pc = E.newPC();
    var other = new MediaStream([stream.getAudioTracks()[0].clone()]);
    pc.removeStream(other);
    pc.addStream(stream);
    pc.removeStream(other);
    expect(senderTracks(pc).length).to.equal(2);
    pc.removeStream(stream);
    expect(senderTracks(pc)).to.deep.equal([]);
    expect(pc.getLocalStreams()).to.deep.equal([]);
    expect(pc.getStreamById(stream.id)).to.equal(null);
    other.getTracks()[0].stop();
  });

  it('removeStream works on streams given to addTrack', function () {
    var pc = E.newPC();
    stream.getTracks().forEach(function (t) { pc.addTrack(t, stream); });
    pc.removeStream(stream);
    expect(senderTracks(pc)).to.deep.equal([]);
    expect(pc.getLocalStreams()).to.deep.equal([]);
  });

  it('addStream/removeStream: TypeError for a non-stream, InvalidStateError when closed', function () {
    var pc = E.newPC();
    expectThrows(function () { pc.addStream({}); }, 'TypeError');
    expectThrows(function () { pc.removeStream({}); }, 'TypeError');
    expectThrows(function () { pc.removeStream(null); }, 'TypeError');
    expectThrows(function () { pc.getStreamById(); }, 'TypeError');
    pc.addStream(stream);
    pc.close();
    expectThrows(function () { pc.addStream(stream); }, 'InvalidStateError');
    expectThrows(function () { pc.removeStream(stream); }, 'InvalidStateError');
  });

  it('remote streams appear once per id, with addstream once per stream', async function () {
    var a = E.newPC();
    var b = E.newPC();
    var x = new MediaStream([stream.getAudioTracks()[0]]);
    var y = new MediaStream([stream.getVideoTracks()[0]]);
    var announced = [];
    var viaHandler = [];
    b.addEventListener('addstream', function (e) { announced.push(e.stream); });
    b.onaddstream = function (e) { viaHandler.push(e.stream); };
    a.addTrack(stream.getAudioTracks()[0], x, y);
    a.addTrack(stream.getVideoTracks()[0], y);
    await E.negotiate(a, b);
    var remote = b.getRemoteStreams();
    expect(remote.map(function (s) { return s.id; })).to.have.members([x.id, y.id]);
    expect(announced.map(function (s) { return s.id; })).to.have.members([x.id, y.id]);
    expect(viaHandler.length).to.equal(2);
    var remoteY = b.getStreamById(y.id);
    expect(remote).to.include(remoteY);
    expect(remoteY.getTracks().length).to.equal(2);
    expect(b.getStreamById(x.id).getTracks().length).to.equal(1);
    expect(announced).to.include(remoteY);
  });

  it('removestream fires on the far side after removeStream and renegotiation', async function () {
    var a = E.newPC();
    var b = E.newPC();
    var handled = [];
    var listened = [];
    var onceCalls = 0;
    b.onremovestream = function (e) { handled.push(e); };
    b.addEventListener('removestream', { handleEvent: function (e) { listened.push(e); } });
    b.addEventListener('removestream', function () { onceCalls++; }, { once: true });
    a.addStream(stream);
    await E.negotiate(a, b);
    expect(b.getRemoteStreams().length).to.equal(1);
    var remote = b.getRemoteStreams()[0];
    expect(remote.id).to.equal(stream.id);
    expect(b.getStreamById(stream.id)).to.equal(remote);
    a.removeStream(stream);
    await E.negotiate(a, b);
    expect(handled.length, 'onremovestream calls').to.equal(1);
    expect(listened.length, 'handleEvent calls').to.equal(1);
    expect(onceCalls).to.equal(1);
    expect(handled[0].stream).to.equal(remote);
    expect(handled[0].type).to.equal('removestream');
    expect(b.getRemoteStreams()).to.deep.equal([]);
    expect(b.getStreamById(stream.id)).to.equal(null);
    // a second round with nothing removed fires nothing
    await E.negotiate(a, b);
    expect(handled.length).to.equal(1);
  });

  it('a stream added again after removestream is listed and announced again', async function () {
    var a = E.newPC();
    var b = E.newPC();
    var added = [];
    var removed = [];
    b.onaddstream = function (e) { added.push(e.stream); };
    b.onremovestream = function (e) { removed.push(e.stream); };
    a.addStream(stream);
    await E.negotiate(a, b);
    a.removeStream(stream);
    await E.negotiate(a, b);
    a.addStream(stream);
    await E.negotiate(a, b);
    expect(added.length, 'addstream events').to.equal(2);
    expect(removed.length, 'removestream events').to.equal(1);
    expect(removed[0]).to.equal(added[0]);
    var remote = b.getRemoteStreams();
    expect(remote.length).to.equal(1);
    expect(remote[0]).to.equal(added[1]);
    expect(remote[0].id).to.equal(stream.id);
    expect(remote[0].getTracks().length).to.equal(2);
  });

  it('removestream waits for the stream\'s last track; the answerer side removing works too', async function () {
    var a = E.newPC();
    var b = E.newPC();
    var removed = [];
    a.onremovestream = function (e) { removed.push(e.stream.id); };
    b.onremovestream = function (e) { removed.push(e.stream.id); };
    b.addTrack(stream.getAudioTracks()[0], stream);
    b.addTrack(stream.getVideoTracks()[0], stream);
    a.addTransceiver('audio');
    a.addTransceiver('video');
    await E.negotiate(a, b);
    expect(a.getRemoteStreams().map(function (s) { return s.id; })).to.deep.equal([stream.id]);
    b.removeTrack(b.getSenders()[0]);
    await E.negotiate(a, b);
    expect(removed).to.deep.equal([]);
    expect(a.getRemoteStreams().length).to.equal(1);
    b.removeTrack(b.getSenders()[1]);
    await E.negotiate(a, b);
    expect(removed).to.deep.equal([stream.id]);
    expect(a.getRemoteStreams()).to.deep.equal([]);
  });
});
