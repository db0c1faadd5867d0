/* global chai */
// The script bundles loaded in a Web Worker (no window, no WebRTC constructors): they must load
// without throwing, patch nothing, and say so in adapter.js's words ("Not a browser."). ES2017
// only: also runs in Chromium 73.
'use strict';

describe('in a Web Worker', function () {
  var expect = chai.expect;

  // Runs `body` in a classic worker after importScripts(bundle); resolves with what it posts back.
  function inWorker(bundle, body) {
    var source = 'var out = {};\n' +
      'try { importScripts(' + JSON.stringify(location.origin + bundle) + '); out.loaded = true; }\n' +
      'catch (e) { out.error = String(e && e.message || e); }\n' +
      body + '\npostMessage(out);';
    var url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    var worker = new Worker(url);
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { reject(new Error('the worker did not answer')); }, 10000);
      worker.onmessage = function (event) { clearTimeout(timer); resolve(event.data); };
      worker.onerror = function (event) { clearTimeout(timer); reject(new Error('worker error: ' + event.message)); };
    }).then(function (data) {
      worker.terminate();
      URL.revokeObjectURL(url);
      return data;
    }, function (error) {
      worker.terminate();
      URL.revokeObjectURL(url);
      throw error;
    });
  }

  var REPORT = 'var a = self.adapter; out.hasAdapter = typeof a === "object" && a !== null;\n' +
    'if (out.hasAdapter) { out.browser = a.browserDetails.browser; out.version = a.browserDetails.version;\n' +
    '  out.applied = a.applied.length; out.skippedReasons = a.skipped.map(function (s) { return s.reason; });\n' +
    '  out.extract = a.extractVersion("Chrome/99.0", /Chrome\\/(\\d+)\\./, 1); }';

  ['/base/dist/adapter.js', '/base/dist/adapter.min.js'].forEach(function (bundle) {
    it(bundle.replace('/base/', '') + ' loads, patches nothing and reports "Not a browser."', function () {
      return inWorker(bundle, REPORT).then(function (out) {
        expect(out.error, 'importScripts threw').to.equal(undefined);
        expect(out.loaded).to.equal(true);
        expect(out.hasAdapter, 'the global adapter').to.equal(true);
        expect(out.browser).to.equal('Not a browser.');
        expect(out.version).to.equal(null);
        expect(out.applied).to.equal(0);
        expect(out.skippedReasons.length).to.be.above(0);
        out.skippedReasons.forEach(function (reason) { expect(reason).to.equal('no window'); });
        expect(out.extract, 'extractVersion still works').to.equal(99);
      });
    });
  });

  it('dist/rtcshim.mjs imported by a module worker installs nothing and reports "Not a browser."', function () {
    var source = 'import adapter from ' + JSON.stringify(location.origin + '/base/dist/rtcshim.mjs') + ';\n' +
      'postMessage({ browser: adapter.browserDetails.browser, applied: adapter.applied.length, ' +
      'globalAdapter: typeof self.adapter });';
    var url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    var worker;
    try {
      worker = new Worker(url, { type: 'module' });
    } catch (unsupported) {
      // Chromium < 80 throws here: module workers did not exist yet (nothing of ours has run).
      // Any other refusal is a failure, not a skip.
      URL.revokeObjectURL(url);
      expect(String(unsupported)).to.match(/module/i);
      this.skip();
    }
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { reject(new Error('the module worker did not answer')); }, 10000);
      worker.onmessage = function (event) { clearTimeout(timer); resolve(event.data); };
      worker.onerror = function (event) { clearTimeout(timer); reject(new Error('module worker error: ' + (event.message || 'load failed'))); };
    }).then(function (out) {
      worker.terminate();
      URL.revokeObjectURL(url);
      expect(out.browser).to.equal('Not a browser.');
      expect(out.applied).to.equal(0);
      expect(out.globalAdapter, 'the ESM entry sets no global').to.equal('undefined');
    });
  });

  it('dist/adapter_no_global.js loads and defines no global', function () {
    return inWorker('/base/dist/adapter_no_global.js', 'out.adapterType = typeof self.adapter;').then(function (out) {
      expect(out.error, 'importScripts threw').to.equal(undefined);
      expect(out.loaded).to.equal(true);
      expect(out.adapterType).to.equal('undefined');
    });
  });
});
