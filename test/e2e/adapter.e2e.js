/* global chai */
// The built bundle (dist/adapter.js), loaded by a plain <script> before this file, must have
// patched the page and published `adapter` with the right browser details. ES2017 only: this file
// also runs in Chromium 73.
'use strict';

describe('adapter (built UMD bundle)', function () {
  var expect = chai.expect;
  var ua = navigator.userAgent;
  var engine = window.rtcshimE2e.engine;

  it('sets the global adapter', function () {
    expect(window.adapter, 'window.adapter').to.be.an('object');
    expect(typeof adapter).to.equal('object');
  });

  it('detects the browser', function () {
    expect(engine.family, 'a test engine: ' + ua).to.be.oneOf(['firefox', 'chromium', 'webkit']);
    expect(window.adapter.browserDetails.browser).to.equal({ firefox: 'firefox', chromium: 'chrome', webkit: 'safari' }[engine.family]);
  });

  it("has adapter.js's browserDetails members: supportsUnifiedPlan on Safari only", function () {
    var details = window.adapter.browserDetails;
    if (engine.family !== 'webkit') {
      expect(Object.keys(details).sort()).to.deep.equal(['browser', 'version']);
      return;
    }
    expect(Object.keys(details).sort()).to.deep.equal(['browser', 'supportsUnifiedPlan', 'version']);
    // adapter.js: whether RTCRtpTransceiver has currentDirection; undefined without RTCRtpTransceiver
    expect(details.supportsUnifiedPlan).to.equal('RTCRtpTransceiver' in window ?
      'currentDirection' in window.RTCRtpTransceiver.prototype : undefined);
  });

  it('is its own default, not enumerable', function () {
    expect(window.adapter.default).to.equal(window.adapter);
    expect(Object.keys(window.adapter)).to.not.include('default');
  });

  // WebKit: the AppleWebKit/ build number, as adapter.js reports it (not the Version/ token)
  it('detects the major version that navigator.userAgent gives', function () {
    expect(engine.major, 'major version in ' + ua).to.be.above(0);
    expect(window.adapter.browserDetails.version).to.equal(engine.major);
  });

  // WebKitGTK here is built without WebRTC: the bundle must load there, fill what it fills, and
  // never make up a peer connection that the engine does not have.
  var HAS_PEER_CONNECTION = { WebKitGTK: false };
  var PEER_CONNECTION_NAMES = ['RTCPeerConnection', 'webkitRTCPeerConnection', 'mozRTCPeerConnection', 'RTCSessionDescription',
    'RTCIceCandidate', 'RTCDataChannel', 'RTCRtpSender', 'RTCRtpTransceiver', 'RTCDTMFSender', 'RTCStatsReport'];

  it('has a peer connection exactly where the engine has one, and adds none where it has none', function () {
    var expected = HAS_PEER_CONNECTION[engine.name] !== false;
    expect(typeof window.RTCPeerConnection === 'function', 'RTCPeerConnection in ' + engine.name).to.equal(expected);
    expect(engine.hasPeerConnection, 'RTCPeerConnection before the test files ran').to.equal(expected);
    if (!expected) {
      PEER_CONNECTION_NAMES.forEach(function (name) {
        expect(name in window, name).to.equal(false);
      });
    }
  });

  // What each engine the rig runs needs today. A shim that stops being needed (the engine got
  // fixed) or starts being needed shows up here as a failure, so the list stays short and true.
  var EXPECTED_APPLIED = {
    'Chromium 156': ['final-line-ending', 'extmap-bundle-collision', 'offer-constraints', 'add-ice-candidate-ufrag', 'get-stream-by-id', 'legacy-callbacks', 'legacy-get-stats',
      'close-data-channels', 'legacy-data-channel-options', 'update-ice', 'default-ice-servers', 'identity-members',
      'identity-event-handlers', 'get-user-media-async-errors', 'legacy-constraints', 'get-sources', 'get-user-media-failure-optional',
      'media-stream-stop', 'src-object-aliases', 'object-url-stream'],
    'Firefox 153': ['final-line-ending', 'simulcast-draft-syntax', 'offer-constraints', 'add-ice-candidate-syntax', 'remove-stream', 'remove-stream-event', 'get-stream-by-id',
      'stream-tracks', 'legacy-callbacks', 'stats-selection', 'stats-media-source-id', 'legacy-get-stats', 'close-data-channels', 'sctp-closed', 'send-max-message-size',
      'legacy-data-channel-options', 'get-configuration-url', 'update-ice', 'default-ice-servers', 'identity-event-handlers',
      'create-dtmf-sender', 'prefixed-aliases', 'get-user-media-errors', 'legacy-constraints', 'get-sources', 'legacy-get-user-media',
      'media-stream-stop', 'src-object-aliases', 'object-url-stream'],
    'Chromium 123': ['final-line-ending', 'extmap-bundle-collision', 'description-init-result', 'offer-constraints', 'implicit-set-local-description', 'add-ice-candidate-ufrag',
      'get-stream-by-id', 'legacy-callbacks', 'legacy-get-stats', 'close-data-channels', 'send-max-message-size',
      'legacy-data-channel-options', 'update-ice', 'default-ice-servers', 'identity-members', 'identity-event-handlers',
      'get-user-media-async-errors', 'get-sources', 'get-user-media-failure-optional',
      'media-stream-stop', 'src-object-aliases', 'object-url-stream'],
    'Chromium 92': ['final-line-ending', 'description-init-result', 'offer-constraints', 'implicit-set-local-description', 'add-ice-candidate-state',
      'ice-candidate-to-json', 'add-ice-candidate-ufrag', 'get-stream-by-id', 'legacy-callbacks', 'stats-spec-members', 'legacy-get-stats',
      'close-data-channels', 'send-max-message-size', 'legacy-data-channel-options', 'get-configuration-ice-servers',
      'update-ice', 'default-ice-servers', 'identity-members', 'identity-event-handlers', 'get-user-media-async-errors',
      'legacy-constraint-unknown-names', 'get-sources', 'get-user-media-failure-optional', 'media-stream-stop', 'src-object-aliases',
      'object-url-stream'],
    // no peer connection: only the capture shims can apply
    WebKitGTK: ['legacy-constraints', 'get-sources', 'legacy-get-user-media', 'media-stream-stop', 'src-object-aliases', 'object-url-stream'],
    'Chromium 73': ['final-line-ending', 'description-init-result', 'offer-to-receive', 'offer-constraints', 'implicit-set-local-description',
      'add-ice-candidate-end', 'add-ice-candidate-state', 'ice-candidate-end-init', 'ice-candidate-fields',
      'ice-candidate-to-json', 'add-ice-candidate-ufrag', 'restart-ice', 'get-stream-by-id', 'legacy-callbacks',
      'stats-spec-members', 'legacy-get-stats', 'close-data-channels', 'sctp-transport', 'send-max-message-size', 'legacy-data-channel-options',
      'data-channel-reliability', 'closed-connection-events', 'get-configuration-ice-servers', 'update-ice',
      'default-ice-servers', 'can-trickle-ice-candidates', 'identity-members', 'identity-event-handlers',
      'get-user-media-async-errors', 'legacy-constraint-unknown-names', 'get-sources', 'get-user-media-failure-optional',
      'media-stream-stop', 'src-object-aliases', 'object-url-stream'],
  };

  it('applies exactly the shims this engine needs, each with a reason and a finding', function () {
    var applied = window.adapter.applied;
    expect(applied).to.be.an('array');
    expect(EXPECTED_APPLIED, 'an expectation for ' + engine.name).to.have.property(engine.name);
    expect(applied.map(function (shim) { return shim.name; })).to.deep.equal(EXPECTED_APPLIED[engine.name]);
    applied.forEach(function (shim) {
      expect(shim.reason, shim.name).to.match(/https?:\/\//);
      expect(shim.found, shim.name).to.be.a('string').and.not.equal('');
    });
    var skipped = window.adapter.skipped;
    expect(applied.length + skipped.length).to.be.above(10);
    skipped.forEach(function (shim) {
      expect(shim.reason, shim.name).to.be.a('string').and.not.equal('');
    });
    // Printed so that the karma output shows, per browser, which shims run there (and why).
    console.log('rtcshim applied on ' + engine.name + ': ' +
      (applied.length ? applied.length + ' shims\n' : 'none') + applied.map(function (shim) {
        return typeof shim === 'string' ? '  ' + shim : '  ' + shim.name + (shim.found ? ': ' + shim.found : '');
      }).join('\n'));
  });

  // Promise 1 of docs/design.md: where nothing is wrong, nothing is wrapped. Every method and
  // constructor that no applied shim replaces must still be the engine's own function.
  var REPLACES = {
    'final-line-ending': ['setLocalDescription', 'setRemoteDescription'],
    'simulcast-draft-syntax': ['setRemoteDescription'],
    'sctp-transport': ['setRemoteDescription'],
    'extmap-bundle-collision': ['setRemoteDescription'],
    'description-init-result': ['createOffer', 'createAnswer'],
    'implicit-set-local-description': ['setLocalDescription'],
    'add-ice-candidate-end': ['addIceCandidate'],
    'legacy-callbacks': ['createOffer', 'createAnswer', 'setLocalDescription', 'setRemoteDescription', 'addIceCandidate'],
    'add-ice-candidate-ufrag': ['addIceCandidate'],
    'add-ice-candidate-syntax': ['addIceCandidate'],
    'add-ice-candidate-state': ['addIceCandidate'],
    'get-configuration-url': ['getConfiguration'],
    'legacy-get-stats': ['getStats'],
    'close-data-channels': ['createDataChannel'],
    'send-max-message-size': ['createDataChannel'],
    'legacy-data-channel-options': ['createDataChannel'],
    'closed-connection-events': ['addEventListener', 'removeEventListener'],
    'get-configuration-ice-servers': ['getConfiguration', 'setConfiguration', 'constructor'],
    'ice-server-url': ['setConfiguration', 'constructor'],
    'offer-to-receive': ['createOffer'],
    'offer-constraints': ['createOffer', 'createAnswer'],
    'restart-ice': ['restartIce', 'createOffer', 'setLocalDescription'],
    'connection-state': ['setLocalDescription', 'setRemoteDescription'],
    'get-stream-by-id': ['getStreamById'],
    'remove-stream': ['removeStream', 'getLocalStreams'],
    'remove-stream-event': ['getRemoteStreams', 'setRemoteDescription'],
    'stream-tracks': ['addStream', 'removeStream'],
    'stats-spec-members': ['getStats'],
    'stats-selection': ['getStats'],
    'stats-media-source-id': ['getStats'],
    'media-stream-stop': [],
    'src-object-aliases': [],
    'media-devices-object': [],
    'stream-get-track-by-id': [],
    'get-sources': [],
    'object-url-stream': [],
    // methods these shims add where the engine has none
    'update-ice': ['updateIce'],
    'identity-members': ['setIdentityProvider', 'getIdentityAssertion'],
    'create-dtmf-sender': ['createDTMFSender'],
  };

  it('leaves every RTCPeerConnection method that no applied shim replaces native', function () {
    window.rtcshimE2e.needsPeerConnection.call(this);
    var replaced = Object.create(null);
    window.adapter.applied.forEach(function (shim) {
      (REPLACES[shim.name] || []).forEach(function (key) { replaced[key] = true; });
    });
    var isNative = function (fn) { return /\{\s*\[native code\]\s*\}/.test(Function.prototype.toString.call(fn)); };
    var proto = RTCPeerConnection.prototype;
    var checked = 0;
    Object.getOwnPropertyNames(proto).forEach(function (key) {
      var d = Object.getOwnPropertyDescriptor(proto, key);
      if (key === 'constructor' || typeof d.value !== 'function') return;
      checked++;
      expect(isNative(d.value), 'RTCPeerConnection.prototype.' + key + ' is native').to.equal(!replaced[key]);
    });
    expect(checked).to.be.above(15);
    expect(isNative(RTCPeerConnection), 'RTCPeerConnection is native').to.equal(!replaced.constructor);
  });
});
