/* global chai */
// The built bundle (dist/adapter.js), loaded by a plain <script> before this file, must have
// patched the page and published `adapter` with the right browser details. ES2017 only: this file
// also runs in Chromium 73.
'use strict';

describe('adapter (built UMD bundle)', function () {
  var expect = chai.expect;
  var ua = navigator.userAgent;
  var isFirefox = /Firefox\/\d+/.test(ua);
  var isChromium = !isFirefox && /(?:Chrome|Chromium)\/\d+/.test(ua);
  var uaMajor = Number((/(?:Firefox|Chrome|Chromium)\/(\d+)/.exec(ua) || [])[1]);

  it('sets the global adapter', function () {
    expect(window.adapter, 'window.adapter').to.be.an('object');
    expect(typeof adapter).to.equal('object');
  });

  it('detects the browser', function () {
    expect(isFirefox || isChromium, 'a test engine: ' + ua).to.equal(true);
    expect(window.adapter.browserDetails.browser).to.equal(isFirefox ? 'firefox' : 'chrome');
  });

  it("has adapter.js's browserDetails members: no supportsUnifiedPlan outside Safari", function () {
    expect(Object.keys(window.adapter.browserDetails).sort()).to.deep.equal(['browser', 'version']);
  });

  it('is its own default, not enumerable', function () {
    expect(window.adapter.default).to.equal(window.adapter);
    expect(Object.keys(window.adapter)).to.not.include('default');
  });

  it('detects the major version that navigator.userAgent gives', function () {
    expect(uaMajor, 'major version in ' + ua).to.be.above(0);
    expect(window.adapter.browserDetails.version).to.equal(uaMajor);
  });

  // What each engine the rig runs needs today. A shim that stops being needed (the engine got
  // fixed) or starts being needed shows up here as a failure, so the list stays short and true.
  var EXPECTED_APPLIED = {
    'Chromium 156': ['offer-constraints', 'add-ice-candidate-ufrag', 'get-stream-by-id', 'legacy-callbacks', 'legacy-get-stats',
      'close-data-channels', 'legacy-data-channel-options', 'update-ice', 'default-ice-servers', 'identity-members',
      'identity-event-handlers', 'get-user-media-failure-optional'],
    'Firefox 153': ['offer-constraints', 'add-ice-candidate-syntax', 'remove-stream', 'remove-stream-event', 'get-stream-by-id',
      'stream-tracks', 'legacy-callbacks', 'legacy-get-stats', 'close-data-channels', 'sctp-closed', 'send-max-message-size',
      'legacy-data-channel-options', 'get-configuration-url', 'update-ice', 'default-ice-servers', 'identity-event-handlers',
      'create-dtmf-sender', 'prefixed-aliases', 'legacy-get-user-media'],
    'Chromium 123': ['description-init-result', 'offer-constraints', 'implicit-set-local-description', 'add-ice-candidate-ufrag',
      'get-stream-by-id', 'legacy-callbacks', 'legacy-get-stats', 'close-data-channels', 'send-max-message-size',
      'legacy-data-channel-options', 'update-ice', 'default-ice-servers', 'identity-members', 'identity-event-handlers',
      'get-user-media-failure-optional'],
    'Chromium 92': ['description-init-result', 'offer-constraints', 'implicit-set-local-description', 'add-ice-candidate-state',
      'ice-candidate-to-json', 'add-ice-candidate-ufrag', 'get-stream-by-id', 'legacy-callbacks', 'legacy-get-stats',
      'close-data-channels', 'send-max-message-size', 'legacy-data-channel-options', 'get-configuration-ice-servers',
      'update-ice', 'default-ice-servers', 'identity-members', 'identity-event-handlers', 'get-user-media-failure-optional'],
    'Chromium 73': ['description-init-result', 'offer-to-receive', 'offer-constraints', 'implicit-set-local-description',
      'add-ice-candidate-end', 'add-ice-candidate-state', 'ice-candidate-end-init', 'ice-candidate-fields',
      'ice-candidate-to-json', 'add-ice-candidate-ufrag', 'restart-ice', 'get-stream-by-id', 'legacy-callbacks',
      'legacy-get-stats', 'close-data-channels', 'sctp-transport', 'send-max-message-size', 'legacy-data-channel-options',
      'data-channel-reliability', 'closed-connection-events', 'get-configuration-ice-servers', 'update-ice',
      'default-ice-servers', 'can-trickle-ice-candidates', 'identity-members', 'identity-event-handlers',
      'get-user-media-failure-optional'],
  };

  it('leaves every RTCPeerConnection method that no applied shim replaces native', function () {
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
