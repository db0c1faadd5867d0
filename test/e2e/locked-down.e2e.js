/* global chai */
// A page that locks its prototypes before loading the shim (security-hardened apps do this;
// adapter.js crashes on a frozen EventTarget.prototype). The bundle must load, patch what it can,
// report what it could not, and throw nothing. ES2017 only: this file also runs in Chromium 73.
'use strict';

describe('a locked-down page', function () {
  var expect = chai.expect;
  var iframe;

  afterEach(function () {
    if (iframe && iframe.parentNode) iframe.parentNode.removeChild(iframe);
    iframe = null;
  });

  function loadLocked(lockScript) {
    return window.rtcshimE2e.loadFrame('<script>window.errors = []; window.onerror = function (m) { errors.push(String(m)); };' +
      lockScript + '</script><script src="/base/dist/adapter.js"></script>' +
      '<script>parent.postMessage("loaded", "*");</script>').then(function (frame) {
      iframe = frame;
      return frame.contentWindow;
    });
  }

  it('loads after Object.freeze(EventTarget.prototype) and RTCPeerConnection.prototype without throwing', function () {
    // (WebKitGTK has no RTCPeerConnection: there the page freezes EventTarget.prototype only)
    return loadLocked('Object.freeze(EventTarget.prototype); if (window.RTCPeerConnection) Object.freeze(RTCPeerConnection.prototype);').then(function (win) {
      expect(win.errors).to.deep.equal([]);
      expect(win.adapter).to.be.an('object');
      var prototypeShims = ['get-configuration-url', 'legacy-callbacks', 'description-init-result', 'implicit-set-local-description',
        'add-ice-candidate-end', 'add-ice-candidate-state', 'add-ice-candidate-ufrag', 'add-ice-candidate-syntax',
        'get-configuration-ice-servers', 'offer-to-receive', 'offer-constraints', 'restart-ice', 'connection-state', 'add-stream',
        'remove-stream', 'remove-stream-event', 'get-stream-by-id', 'stream-tracks', 'stats-spec-members', 'stats-selection', 'stats-media-source-id', 'update-ice', 'default-ice-servers',
        'can-trickle-ice-candidates', 'identity-members', 'identity-event-handlers', 'create-dtmf-sender', 'legacy-get-stats',
        'close-data-channels', 'sctp-transport', 'send-max-message-size', 'legacy-data-channel-options',
        'closed-connection-events', 'sctp-closed',
        // src/shims/sdp: on the description hook, which wraps set*Description on the prototype
        'final-line-ending', 'simulcast-draft-syntax', 'extmap-allow-mixed', 'sctp-legacy-syntax', 'extmap-bundle-collision'];
      var appliedNames = win.adapter.applied.map(function (s) { return s.name; });
      prototypeShims.forEach(function (name) {
        expect(appliedNames, name + ' cannot have patched a frozen prototype').to.not.include(name);
      });
      // Whatever this engine needed on the frozen prototype is reported, with why.
      var unpatchable = win.adapter.skipped.filter(function (s) { return /could not install/.test(s.reason); });
      var expectedUnpatchable = window.adapter.applied.filter(function (s) {
        return prototypeShims.indexOf(s.name) >= 0;
      }).map(function (s) { return s.name; });
      expect(unpatchable.map(function (s) { return s.name; })).to.deep.equal(expectedUnpatchable);
      unpatchable.forEach(function (s) { expect(s.reason).to.match(/frozen|non-configurable/); });
      expect(typeof win.RTCPeerConnection === 'function', 'RTCPeerConnection').to.equal(window.rtcshimE2e.engine.hasPeerConnection);
      if (!win.RTCPeerConnection) return;
      // The page still works: a connection can be made and used.
      var pc = new win.RTCPeerConnection({ iceServers: [] });
      pc.createDataChannel('x');
      return pc.createOffer().then(function (offer) {
        expect(offer.type).to.equal('offer');
        pc.close();
      });
    });
  });
});
