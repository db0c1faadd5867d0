/* global chai */
// MediaStream members that legacy code calls: getTrackById (spec, but only from Firefox 49), in
// every engine of the rig, WebKitGTK included, on captured tracks; and rtcshim's getTrackById in a
// page whose engine lacks it (the method deleted before the bundle loads, as in Firefox 33-48).
// ES2017: Chromium 73 runs it.
'use strict';

describe('MediaStream: getTrackById', function () {
  var expect = chai.expect;
  var stream;
  var iframe;

  this.timeout(20000);

  before(async function () {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
  });
  after(function () {
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
  });
  afterEach(function () {
    if (iframe && iframe.parentNode) iframe.parentNode.removeChild(iframe);
    iframe = null;
  });

  function expectLookups(getTrackById, name) {
    var tracks = stream.getTracks();
    expect(tracks.length, name).to.equal(2);
    tracks.forEach(function (t) {
      expect(getTrackById.call(stream, t.id), name + ': ' + t.kind).to.equal(t);
    });
    expect(getTrackById.call(stream, 'no-such-track'), name + ': unknown id').to.equal(null);
    var videoOnly = new MediaStream(stream.getVideoTracks());
    expect(getTrackById.call(videoOnly, stream.getAudioTracks()[0].id), name + ': a track of another stream').to.equal(null);
    expect(getTrackById.call(videoOnly, stream.getVideoTracks()[0].id), name + ': the stream\'s own track').to.equal(stream.getVideoTracks()[0]);
  }

  it('finds a captured stream\'s tracks by id, and null for an unknown id (the engine\'s own)', function () {
    expect(window.adapter.applied.map(function (s) { return s.name; })).to.not.include('stream-get-track-by-id');
    expectLookups(MediaStream.prototype.getTrackById, 'native');
  });

  it('is added where the engine lacks it, and answers the same', async function () {
    iframe = await window.rtcshimE2e.loadFrame('<script>delete MediaStream.prototype.getTrackById;</script>' +
      '<script src="/base/dist/adapter.js"></script><script>parent.postMessage("loaded", "*");</script>');
    var win = iframe.contentWindow;
    expect(win.adapter.applied.map(function (s) { return s.name; })).to.include('stream-get-track-by-id');
    var added = win.MediaStream.prototype.getTrackById;
    expect(added).to.be.a('function');
    expect(added.length).to.equal(1);
    expectLookups(added, 'rtcshim');
    var thrown = null;
    try {
      added.call(stream);
    } catch (e) {
      thrown = e;
    }
    // chai's throw(win.TypeError) takes a constructor of another realm for an instance: checked here.
    expect(thrown, 'no argument: the WebIDL TypeError').to.be.an.instanceof(win.TypeError);
  });
});
