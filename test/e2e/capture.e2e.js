/* global chai */
// getUserMedia in both generations: bad arguments reach the failure callback (or the rejected
// promise) as the spec's TypeError, legacy {mandatory, optional} constraints are honoured the way
// their spec form is, an impossible device is an OverconstrainedError naming deviceId. Checked
// through the captured tracks' settings in every engine of the rig, WebKitGTK included. ES2017.
'use strict';

describe('capture: getUserMedia arguments, legacy constraints, errors', function () {
  var expect = chai.expect;
  var engine = window.rtcshimE2e.engine;
  // The legacy callback forms this engine family has: never the other family's prefix.
  var legacyNames = ['getUserMedia', engine.family === 'firefox' ? 'mozGetUserMedia' : 'webkitGetUserMedia']
    .filter(function (n) { return typeof navigator[n] === 'function'; });

  this.timeout(30000);

  // Settles with {sync, outcome: 'success'|'failure'|'threw', value}; stops captured tracks.
  function settle(start) {
    return new Promise(function (resolve) {
      var sync = true;
      function done(outcome) {
        return function (value) {
          var tracks = value && value.getTracks ? value.getTracks() : [];
          var settings = tracks.map(function (t) { return t.getSettings(); });
          tracks.forEach(function (t) { t.stop(); });
          resolve({ sync: sync, outcome: outcome, value: value, settings: settings });
        };
      }
      try {
        start(done('success'), done('failure'));
      } catch (e) {
        resolve({ sync: true, outcome: 'threw', value: e });
      }
      sync = false;
    });
  }
  function viaPromise(constraints) {
    return settle(function (ok, fail) { navigator.mediaDevices.getUserMedia(constraints).then(ok, fail); });
  }
  function viaLegacy(name, constraints) {
    return settle(function (ok, fail) { navigator[name](constraints, ok, fail); });
  }
  async function lastCamera() {
    (await navigator.mediaDevices.getUserMedia({ video: true })).getTracks().forEach(function (t) { t.stop(); });
    var cams = (await navigator.mediaDevices.enumerateDevices()).filter(function (d) { return d.kind === 'videoinput'; });
    return cams[cams.length - 1].deviceId;
  }

  it('has navigator.getUserMedia and only its own family\'s prefixed name', function () {
    expect(legacyNames).to.include('getUserMedia');
    expect(navigator[engine.family === 'firefox' ? 'webkitGetUserMedia' : 'mozGetUserMedia'], 'other family').to.equal(undefined);
  });

  [['{}', {}], ['undefined', undefined], ['{audio: false, video: false}', { audio: false, video: false }]].forEach(function (c) {
    it('getUserMedia(' + c[0] + ', success, failure) calls failure later with a TypeError; the promise form rejects', async function () {
      for (var i = 0; i < legacyNames.length; i++) {
        var r = await viaLegacy(legacyNames[i], c[1]);
        expect(r.outcome, legacyNames[i] + ': ' + (r.value && r.value.message)).to.equal('failure');
        expect(r.sync, legacyNames[i] + ' synchronously').to.equal(false);
        expect(r.value, legacyNames[i]).to.be.an.instanceof(TypeError);
      }
      var p = await viaPromise(c[1]);
      expect(p.outcome).to.equal('failure');
      expect(p.value).to.be.an.instanceof(TypeError);
    });
  });

  it('callbacks that are not functions throw a TypeError (WebIDL)', function () {
    legacyNames.forEach(function (name) {
      expect(function () { navigator[name]({ video: true }, 'x', function () {}); }, name).to.throw(TypeError);
    });
  });

  it('legacy mandatory video constraints select the same width and device as their spec form', async function () {
    var cam = await lastCamera();
    var spec = await viaPromise({ video: { width: { min: 320, max: 320 }, deviceId: { exact: cam } } });
    expect(spec.outcome, 'spec form').to.equal('success');
    var legacy = { video: { mandatory: { minWidth: 320, maxWidth: 320, minFrameRate: 10, sourceId: cam }, optional: [{ facingMode: 'user' }] } };
    var copy = JSON.stringify(legacy);
    var runs = [await viaPromise(legacy)];
    for (var i = 0; i < legacyNames.length; i++) runs.push(await viaLegacy(legacyNames[i], legacy));
    runs.forEach(function (r, n) {
      expect(r.outcome, 'run ' + n + ': ' + (r.value && r.value.name)).to.equal('success');
      expect(r.settings[0].width, 'run ' + n).to.equal(spec.settings[0].width);
      expect(r.settings[0].deviceId, 'run ' + n).to.equal(cam);
    });
    expect(JSON.stringify(legacy), 'caller\'s constraints').to.equal(copy);
  });

  it('legacy mandatory audio constraints (echoCancellation, googEchoCancellation) turn echo cancellation off', async function () {
    var constraints = { audio: { mandatory: { echoCancellation: false, googEchoCancellation: false } } };
    var runs = [await viaPromise(constraints)];
    for (var i = 0; i < legacyNames.length; i++) runs.push(await viaLegacy(legacyNames[i], constraints));
    runs.forEach(function (r, n) {
      expect(r.outcome, 'run ' + n).to.equal('success');
      expect(r.settings[0].echoCancellation, 'run ' + n).to.equal(false);
    });
  });

  it('a legacy sourceId or spec deviceId that does not exist is an OverconstrainedError naming deviceId', async function () {
    var forms = [{ video: { deviceId: { exact: 'nope' } } }, { video: { mandatory: { sourceId: 'nope' } } }];
    for (var f = 0; f < forms.length; f++) {
      var runs = [await viaPromise(forms[f])];
      for (var i = 0; i < legacyNames.length; i++) runs.push(await viaLegacy(legacyNames[i], forms[f]));
      runs.forEach(function (r, n) {
        expect(r.outcome, 'form ' + f + ' run ' + n).to.equal('failure');
        expect(r.value.name, 'form ' + f + ' run ' + n).to.equal('OverconstrainedError');
        expect(r.value.constraint, 'form ' + f + ' run ' + n).to.equal('deviceId');
        // A DOMException (the spec's OverconstrainedError extends it); the engine's own
        // OverconstrainedError where it has one (Chromium 73 and 92, WebKitGTK: not a DOMException).
        expect(r.value, 'form ' + f + ' run ' + n).to.be.an.instanceof(window.OverconstrainedError || DOMException);
      });
    }
  });

  it('an unknown legacy constraint name is dropped with one warning: the capture succeeds in every engine', async function () {
    // Measured natively: Chromium 73 and 92 reject it as an OverconstrainedError naming it (the
    // legacy callback form before the call returns), 106 and later ignore it.
    var constraints = { video: { mandatory: { minWidth: 320, maxWidth: 320, fooBar: 1 }, optional: [{ bazQux: 2 }] } };
    // The width its spec form gives (WebKitGTK's mock camera captures 640 wide whatever is asked).
    var spec = await viaPromise({ video: { width: { min: 320, max: 320 } } });
    var warn = console.warn;
    var warnings = [];
    console.warn = function () { warnings.push([].slice.call(arguments).join(' ')); };
    try {
      var runs = [await viaPromise(constraints)];
      for (var i = 0; i < legacyNames.length; i++) runs.push(await viaLegacy(legacyNames[i], constraints));
    } finally {
      console.warn = warn;
    }
    runs.forEach(function (r, n) {
      expect(r.outcome, 'run ' + n + ': ' + (r.value && r.value.name + ' ' + r.value.constraint)).to.equal('success');
      expect(r.sync, 'run ' + n).to.equal(false);
      expect(r.settings[0].width, 'run ' + n).to.equal(spec.settings[0].width);
    });
    // One warning per dropped name and page (rtcshim's log), where rtcshim had to drop it.
    expect(warnings.filter(function (w) { return /fooBar/.test(w); }).length).to.be.at.most(1);
  });

  it('a legacy goog name alone (googEchoCancellation: false) turns echo cancellation off, as it did natively', async function () {
    // Chromium 132 and later ignore the goog names (measured: 131 honours them).
    var constraints = { audio: { mandatory: { googEchoCancellation: false } } };
    var runs = [await viaPromise(constraints)];
    for (var i = 0; i < legacyNames.length; i++) runs.push(await viaLegacy(legacyNames[i], constraints));
    runs.forEach(function (r, n) {
      expect(r.outcome, 'run ' + n).to.equal('success');
      expect(r.settings[0].echoCancellation, 'run ' + n).to.equal(false);
    });
  });

  it('a legacy mandatory facingMode is a wish, as in the engines that did not reject it: the capture succeeds', async function () {
    // Chromium 73 and 92 reject the name; 106 and later, Firefox and WebKit ignore it (measured).
    // rtcshim passes it on as an ideal facingMode, so a camera facing that way is preferred.
    var legacy = { video: { mandatory: { facingMode: 'user' } } };
    var runs = [await viaPromise(legacy)];
    for (var i = 0; i < legacyNames.length; i++) runs.push(await viaLegacy(legacyNames[i], legacy));
    runs.forEach(function (r, n) {
      expect(r.outcome, 'run ' + n + ': ' + (r.value && r.value.name + ' ' + r.value.constraint)).to.equal('success');
    });
  });

});
