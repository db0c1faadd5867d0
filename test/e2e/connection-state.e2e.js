/* global chai, rtcE2e */
// connectionState and connectionstatechange (https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-connectionstate):
// natively in every engine of the rig, and through the connection-state shim in a real engine
// whose members were removed before the bundle loaded (the shape of Firefox before 113).
// ES2017: Chromium 73 runs it.
'use strict';

describe('connectionState', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  this.timeout(30000);
  var expect = chai.expect;
  var iframe;

  afterEach(function () {
    rtcE2e.closeAll();
    if (iframe && iframe.parentNode) iframe.parentNode.removeChild(iframe);
    iframe = null;
  });


  // Connects two connections of `PC`; resolves with what a's handler and listener saw.
  async function connectAndWatch(PC) {
    var a = new PC({ iceServers: [] });
    var b = new PC({ iceServers: [] });
    var seen = [];
    a.onconnectionstatechange = function () { seen.push('handler:' + a.connectionState); };
    a.addEventListener('connectionstatechange', { handleEvent: function () { seen.push('object:' + a.connectionState); } });
    expect(a.connectionState).to.equal('new');
    rtcE2e.trickle(a, b);
    a.createDataChannel('x');
    await rtcE2e.negotiate(a, b);
    await rtcE2e.withTimeout(rtcE2e.until(a, 'connectionstatechange', function () {
      return a.connectionState === 'connected' || (a.connectionState === 'failed' ? new Error('failed') : false);
    }), 15000, function () { return 'connected; now ' + a.connectionState; });
    var count = seen.length;
    a.close();
    b.close();
    expect(a.connectionState).to.equal('closed');
    await rtcE2e.sleep(200);
    expect(seen.length, 'close() fires no connectionstatechange').to.equal(count);
    return seen;
  }

  it('goes new, connecting, connected with an event for each, and closed without one (native)', async function () {
    var seen = await connectAndWatch(RTCPeerConnection);
    expect(seen.slice(-2)).to.deep.equal(['handler:connected', 'object:connected']);
    expect(seen.indexOf('handler:connecting')).to.be.at.least(0);
  });

  it('the connection-state shim does the same in an engine without the members', async function () {
    // The engine still fires its own (trusted) connectionstatechange events: listeners here see
    // only untrusted ones, so the page behaves as an engine that never fires the event.
    iframe = await window.rtcshimE2e.loadFrame('<script>' +
      'delete RTCPeerConnection.prototype.connectionState; delete RTCPeerConnection.prototype.onconnectionstatechange;' +
      'var add = EventTarget.prototype.addEventListener;' +
      'EventTarget.prototype.addEventListener = function (type, listener, options) {' +
      '  if (type !== "connectionstatechange") return add.call(this, type, listener, options);' +
      '  return add.call(this, type, function (e) { if (!e.isTrusted) typeof listener === "function" ? listener.call(this, e) : listener.handleEvent(e); }, options);' +
      '};' +
      '</script><script src="/base/dist/adapter.js"></script><script>parent.postMessage("loaded", "*");</script>');
    var win = iframe.contentWindow;
    expect(win.adapter.applied.map(function (s) { return s.name; })).to.include('connection-state');
    var seen = await connectAndWatch(win.RTCPeerConnection);
    expect(seen, JSON.stringify(seen)).to.deep.equal(['handler:connecting', 'object:connecting', 'handler:connected', 'object:connected']);
  });
});
