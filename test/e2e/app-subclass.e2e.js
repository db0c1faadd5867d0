/* global chai */
// A page that puts its own subclass in window.RTCPeerConnection before loading the shim (apps wrap
// the constructor to count or configure connections). rtcshim must patch the engine's class under
// it, in every engine: also where a shim wraps the constructor itself (Chromium 73's
// ice-server-url), whose wrapper must then construct the app's class. ES2017 only: this file also
// runs in Chromium 73.
'use strict';

describe("an app's RTCPeerConnection subclass installed before rtcshim", function () {
  var expect = chai.expect;
  var iframe;

  before(window.rtcshimE2e.needsPeerConnection);

  afterEach(function () {
    if (iframe && iframe.parentNode) iframe.parentNode.removeChild(iframe);
    iframe = null;
  });

  var APP = '<script>window.errors = []; window.onerror = function (m) { errors.push(String(m)); };' +
    'window.constructed = 0;' +
    'window.AppPC = class AppPC extends RTCPeerConnection {' +
    '  constructor(config) { super(config); window.constructed += 1; }' +
    '  appMethod() { return "app"; }' +
    '};' +
    'window.RTCPeerConnection = window.AppPC;</script>' +
    '<script src="/base/dist/adapter.js"></script><script>parent.postMessage("loaded", "*");</script>';

  it("patches as on an untouched page, writes nothing on the app's class, and new RTCPeerConnection() is the app's", function () {
    return window.rtcshimE2e.loadFrame(APP).then(function (frame) {
      iframe = frame;
      var win = frame.contentWindow;
      expect(win.errors).to.deep.equal([]);
      var names = function (list) { return list.map(function (s) { return s.name; }); };
      expect(names(win.adapter.applied), 'the same shims as this page').to.deep.equal(names(window.adapter.applied));
      expect(win.constructed, "no behaviour test constructs the app's class").to.equal(0);
      // `constructor` only: where a shim wraps the constructor, the wrapper is the prototype's
      // constructor (pc.constructor === window.RTCPeerConnection)
      expect(Object.getOwnPropertyNames(win.AppPC.prototype).sort()).to.deep.equal(['appMethod', 'constructor']);
      var pc = new win.RTCPeerConnection({ iceServers: [{ urls: 'stun:127.0.0.1:3478' }] });
      expect(pc instanceof win.AppPC, 'an instance of the app class').to.equal(true);
      expect(pc.appMethod()).to.equal('app');
      expect(win.constructed).to.equal(1);
      expect(typeof pc.getStreamById, 'a legacy member rtcshim adds').to.equal('function');
      expect(typeof pc.getLocalStreams).to.equal('function');
      pc.createDataChannel('x');
      return new Promise(function (resolve, reject) {
        // the legacy callback form on the app's connection
        pc.createOffer(function (offer) {
          try {
            expect(offer.type).to.equal('offer');
            resolve();
          } catch (e) {
            reject(e);
          }
        }, reject);
      }).then(function () {
        pc.close();
      }, function (error) {
        pc.close();
        throw error;
      });
    });
  });
});
