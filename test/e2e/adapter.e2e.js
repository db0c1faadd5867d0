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

  it('detects the major version that navigator.userAgent gives', function () {
    expect(uaMajor, 'major version in ' + ua).to.be.above(0);
    expect(window.adapter.browserDetails.version).to.equal(uaMajor);
  });

  it('lists the shims that applied', function () {
    var applied = window.adapter.applied;
    expect(applied).to.be.an('array');
    // Printed so that the karma output shows, per browser, which shims run there (and why).
    console.log('rtcshim applied on ' + (isFirefox ? 'Firefox ' : 'Chromium ') + uaMajor + ': ' +
      (applied.length ? applied.length + ' shims\n' : 'none') + applied.map(function (shim) {
        return typeof shim === 'string' ? '  ' + shim : '  ' + shim.name + (shim.found ? ': ' + shim.found : '');
      }).join('\n'));
  });
});
