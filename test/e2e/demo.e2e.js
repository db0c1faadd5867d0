/* global chai */
// The demo page (demo/index.html) in an iframe: the legacy MDN example (navigator.getUserMedia,
// addStream/onaddstream, callback-style offer/answer and addIceCandidate) on top of the built
// dist/adapter.js must end with the remote video really playing. The page reports its progress in
// window.demoState (see demo/demo.js). ES2017 only: this file also runs in Chromium 73.
'use strict';

describe('demo page', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var frame = null;

  this.timeout(20000);

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  // Resolve with check()'s first truthy result; reject when check() throws or after timeoutMs.
  async function poll(check, timeoutMs, what) {
    var deadline = Date.now() + timeoutMs;
    for (;;) {
      var value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error('timed out after ' + timeoutMs + ' ms waiting for ' + what());
      await sleep(100);
    }
  }

  function demoState() {
    var win = frame && frame.contentWindow;
    return (win && win.demoState) || null;
  }

  afterEach(function () {
    if (!frame) return;
    var win = frame.contentWindow;
    try {
      if (win && win.demo && demoState() && demoState().state !== 'closed') win.demo.hangup();
    } finally {
      frame.parentNode.removeChild(frame);
      frame = null;
    }
  });

  it('runs the legacy MDN example until the remote video plays, then hangs up', async function () {
    frame = document.createElement('iframe');
    frame.style.cssText = 'position:fixed;left:0;top:0;width:720px;height:600px;border:0;background:#fff';
    frame.src = '/base/demo/index.html?autostart';
    document.body.appendChild(frame);

    var state = await poll(function () {
      var s = demoState();
      if (s && s.state === 'failed') throw new Error('demo failed: ' + s.error);
      return s && s.state === 'playing' ? s : null;
    }, 16000, function () {
      return 'the remote video to play; demoState ' + JSON.stringify(demoState());
    });
    expect(state.videoWidth, 'videoWidth').to.be.above(0);
    expect(state.videoHeight, 'videoHeight').to.be.above(0);
    expect(state.iceConnectionState).to.be.oneOf(['connected', 'completed']);

    var doc = frame.contentDocument;
    var video = doc.getElementById('remoteVideo');
    expect(video.videoWidth, 'remote video element videoWidth').to.be.above(0);
    var before = video.currentTime;
    await poll(function () { return video.currentTime > before; }, 2000, function () {
      return 'remote video currentTime to advance past ' + before + ' (still ' + video.currentTime + ')';
    });

    doc.getElementById('hangupButton').click();
    expect(demoState().state).to.equal('closed');
    expect(doc.body.dataset.state).to.equal('closed');
    expect(demoState().iceConnectionState).to.equal('closed');
  });
});
