/* global chai, adapter, rtcE2e */
// RTCPeerConnection signaling as spec code and legacy code call it, with the built dist/adapter.js
// loaded: promise forms and their RTCSessionDescriptionInit results, the legacy callback
// overloads (and a whole call made with them), end-of-candidates, setLocalDescription() without a
// description, and bad input rejected with the spec's error names while the connection stays
// usable. Two peer connections in one page, host candidates only (iceServers: []).
// Asserts spec behaviour and error names only. ES2017 only: this file also runs in Chromium 73.
'use strict';

describe('RTCPeerConnection', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var ua = navigator.userAgent;
  var isFirefox = /Firefox\/\d+/.test(ua);
  var engine = (isFirefox ? 'Firefox ' : 'Chromium ') + (/(?:Firefox|Chrome|Chromium)\/(\d+)/.exec(ua) || [])[1];
  var CANDIDATE = 'candidate:1 1 udp 2122260223 127.0.0.1 9 typ host';
  // Shared helpers (test/e2e/support/rtc.js).
  var newPC = rtcE2e.newPC;
  var sleep = rtcE2e.sleep;
  var withTimeout = rtcE2e.withTimeout;
  var until = rtcE2e.until;
  var iceConnected = rtcE2e.iceConnected;
  var gatheringComplete = rtcE2e.gatheringComplete;
  var negotiate = rtcE2e.negotiate;
  var firstMid = rtcE2e.firstMid;
  var rejectionOf = rtcE2e.rejectionOf;
  var expectDOMException = rtcE2e.expectDOMException;

  this.timeout(20000);

  before(function () {
    var names = (adapter.applied || []).map(function (shim) { return shim.name; });
    console.log('rtcshim applied on ' + engine + ': ' + (names.length ? names.join(', ') : '(none)'));
  });

  afterEach(rtcE2e.closeAll);

  // ---- helpers --------------------------------------------------------------------------------

  function channelOpen(channel) {
    return until(channel, 'open', function () {
      if (channel.readyState === 'open') return true;
      if (channel.readyState === 'closed') return new Error('data channel closed');
      return false;
    });
  }

  // Both connections report ICE connected/completed and a data channel carries a message each way.
  async function expectConnected(pc1, pc2, channel1) {
    var channel2 = new Promise(function (resolve) {
      pc2.addEventListener('datachannel', function (e) { resolve(e.channel); });
    });
    await withTimeout(Promise.all([iceConnected(pc1), iceConnected(pc2)]), 15000, function () {
      return 'ICE connected; states ' + pc1.iceConnectionState + ' / ' + pc2.iceConnectionState;
    });
    var remote = await withTimeout(channel2, 10000, 'the datachannel event');
    await withTimeout(Promise.all([channelOpen(channel1), channelOpen(remote)]), 10000, function () {
      return 'both data channels open; ' + channel1.readyState + ' / ' + remote.readyState;
    });
    var toRemote = new Promise(function (resolve) { remote.onmessage = function (m) { resolve(m.data); }; });
    var toLocal = new Promise(function (resolve) { channel1.onmessage = function (m) { resolve(m.data); }; });
    channel1.send('ping');
    expect(await withTimeout(toRemote, 10000, 'ping')).to.equal('ping');
    remote.send('pong');
    expect(await withTimeout(toLocal, 10000, 'pong')).to.equal('pong');
  }

  // Trickles candidates from each side to the other with the promise API, holding them until the
  // receiver has a remote description. A failed addIceCandidate is recorded, not swallowed.
  function relayCandidates(pc1, pc2) {
    var errors = [];
    function relay(from, to) {
      var queue = [];
      function drain() {
        if (!to.remoteDescription || to.signalingState === 'closed') return;
        queue.splice(0).forEach(function (candidate) {
          to.addIceCandidate(candidate).catch(function (error) { errors.push(error); });
        });
      }
      from.addEventListener('icecandidate', function (e) {
        if (e.candidate && e.candidate.candidate) {
          queue.push(e.candidate);
          drain();
        }
      });
      to.addEventListener('signalingstatechange', drain);
    }
    relay(pc1, pc2);
    relay(pc2, pc1);
    return errors;
  }

  // pc2 already has pc1's offer as its remote description: complete the call, prove it connects
  // and carries data, and that the pair can negotiate again.
  async function finishCall(pc1, pc2, offer, channel) {
    var errors = relayCandidates(pc1, pc2);
    await pc1.setLocalDescription(offer);
    var answer = await pc2.createAnswer();
    await pc2.setLocalDescription(answer);
    await pc1.setRemoteDescription(answer);
    await expectConnected(pc1, pc2, channel);
    expect(errors).to.deep.equal([]);
    await negotiate(pc1, pc2);
  }

  function expectTypeError(error) {
    expect(error && error.name, 'error name (' + (error && error.message) + ')').to.equal('TypeError');
    expect(error, 'a TypeError').to.be.an.instanceof(TypeError);
  }

  function expectDescriptionInit(description, type) {
    expect(Object.prototype.toString.call(description), 'a plain object').to.equal('[object Object]');
    expect(description).to.not.be.an.instanceof(RTCSessionDescription);
    expect(description.type).to.equal(type);
    expect(description.sdp).to.be.a('string').and.match(/^v=0\r?\n/);
    var edited = description.sdp + 'a=x-edited:1\r\n';
    description.sdp = edited;
    expect(description.sdp, 'sdp is writable').to.equal(edited);
  }

  // ---- promise forms --------------------------------------------------------------------------

  describe('promise forms', function () {
    it('createOffer() resolves with a writable RTCSessionDescriptionInit', async function () {
      var pc = newPC();
      pc.createDataChannel('x');
      expectDescriptionInit(await pc.createOffer(), 'offer');
    });

    it('createAnswer() resolves with a writable RTCSessionDescriptionInit', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      pc1.createDataChannel('x');
      await pc2.setRemoteDescription(await pc1.createOffer());
      expectDescriptionInit(await pc2.createAnswer(), 'answer');
    });
  });

  // ---- legacy callback forms ------------------------------------------------------------------

  describe('legacy callbacks', function () {
    // Calls `method` with the callbacks in place of the SUCCESS/FAILURE markers in `args`; resolves
    // with { result (what the returned promise fulfilled with), success, failure } once the
    // returned promise settled and a callback ran. The spec returns "a promise resolved with
    // undefined" without waiting for the callbacks, so their order is not asserted. Fails if the
    // returned promise rejects or no callback runs.
    async function legacyCall(pc, method, args) {
      var calls = { success: null, failure: null };
      var settled = new Promise(function (resolve) {
        calls.successCallback = function () {
          calls.success = Array.prototype.slice.call(arguments);
          resolve();
        };
        calls.failureCallback = function () {
          calls.failure = Array.prototype.slice.call(arguments);
          resolve();
        };
      });
      var promise = pc[method].apply(pc, args.map(function (arg) {
        return arg === 'SUCCESS' ? calls.successCallback : arg === 'FAILURE' ? calls.failureCallback : arg;
      }));
      expect(promise && typeof promise.then, method + ' returns a promise').to.equal('function');
      calls.result = await promise;
      await withTimeout(settled, 10000, method + ' to call a callback');
      return calls;
    }

    function expectSucceeded(calls, method) {
      var failure = calls.failure && calls.failure[0];
      expect(calls.failure, method + ' failure callback (' + (failure && failure.name) + ')').to.equal(null);
      expect(calls.success, method + ' success callback').to.be.an('array');
      expect(calls.result, method + ' promise result').to.equal(undefined);
    }

    it('createOffer(success, failure[, options]) calls success with a writable offer; the promise resolves undefined', async function () {
      var pc = newPC();
      var calls = await legacyCall(pc, 'createOffer', ['SUCCESS', 'FAILURE']);
      expectSucceeded(calls, 'createOffer');
      expect(calls.success).to.have.length(1);
      expectDescriptionInit(calls.success[0], 'offer');

      calls = await legacyCall(pc, 'createOffer', ['SUCCESS', 'FAILURE', { offerToReceiveAudio: true }]);
      expectSucceeded(calls, 'createOffer with options');
      expectDescriptionInit(calls.success[0], 'offer');
      expect(calls.success[0].sdp, 'offerToReceiveAudio honoured').to.match(/^m=audio /m);
    });

    it('createAnswer, setLocalDescription, setRemoteDescription and addIceCandidate take callbacks', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      pc1.createDataChannel('x');
      var offer = await pc1.createOffer();

      var calls = await legacyCall(pc1, 'setLocalDescription', [offer, 'SUCCESS', 'FAILURE']);
      expectSucceeded(calls, 'setLocalDescription');
      expect(calls.success[0]).to.equal(undefined);
      expect(pc1.signalingState).to.equal('have-local-offer');

      calls = await legacyCall(pc2, 'setRemoteDescription', [offer, 'SUCCESS', 'FAILURE']);
      expectSucceeded(calls, 'setRemoteDescription');
      expect(calls.success[0]).to.equal(undefined);
      expect(pc2.signalingState).to.equal('have-remote-offer');

      calls = await legacyCall(pc2, 'createAnswer', ['SUCCESS', 'FAILURE']);
      expectSucceeded(calls, 'createAnswer');
      expect(calls.success).to.have.length(1);
      var answer = calls.success[0];
      expectDescriptionInit(answer, 'answer');

      var mid = firstMid(offer.sdp);
      var candidate = new RTCIceCandidate({ candidate: CANDIDATE, sdpMid: mid, sdpMLineIndex: 0 });
      calls = await legacyCall(pc2, 'addIceCandidate', [candidate, 'SUCCESS', 'FAILURE']);
      expectSucceeded(calls, 'addIceCandidate');
      expect(calls.success[0]).to.equal(undefined);

      calls = await legacyCall(pc2, 'setLocalDescription', [await pc2.createAnswer(), 'SUCCESS', 'FAILURE']);
      expectSucceeded(calls, 'setLocalDescription(answer)');
      calls = await legacyCall(pc1, 'setRemoteDescription', [pc2.localDescription, 'SUCCESS', 'FAILURE']);
      expectSucceeded(calls, 'setRemoteDescription(answer)');
      expect(pc1.signalingState).to.equal('stable');
      expect(pc2.signalingState).to.equal('stable');
    });

    it('connects a call made with callbacks only, RTCSessionDescription and RTCIceCandidate', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      var errors = [];
      function fail(where) {
        return function (error) { errors.push(where + ': ' + (error && error.name) + ' ' + (error && error.message)); };
      }
      var queues = [[], []];
      var ready = [false, false];
      function addTo(pc, index) {
        return function (candidate) { pc.addIceCandidate(candidate, function () {}, fail('addIceCandidate ' + index)); };
      }
      function flush(pc, index) {
        ready[index] = true;
        queues[index].splice(0).forEach(addTo(pc, index));
      }
      function relay(from, to, index) {
        from.onicecandidate = function (e) {
          if (!e.candidate) return;
          var candidate = new RTCIceCandidate(e.candidate);
          if (ready[index]) addTo(to, index)(candidate);
          else queues[index].push(candidate);
        };
      }
      relay(pc1, pc2, 1);
      relay(pc2, pc1, 0);
      var channel = pc1.createDataChannel('x');

      pc1.createOffer(function (offer) {
        pc1.setLocalDescription(new RTCSessionDescription(offer), function () {
          pc2.setRemoteDescription(new RTCSessionDescription(offer), function () {
            flush(pc2, 1);
            pc2.createAnswer(function (answer) {
              pc2.setLocalDescription(new RTCSessionDescription(answer), function () {
                pc1.setRemoteDescription(new RTCSessionDescription(answer), function () {
                  flush(pc1, 0);
                }, fail('pc1.setRemoteDescription'));
              }, fail('pc2.setLocalDescription'));
            }, fail('pc2.createAnswer'));
          }, fail('pc2.setRemoteDescription'));
        }, fail('pc1.setLocalDescription'));
      }, fail('pc1.createOffer'));

      var failed = new Promise(function (resolve, reject) {
        (function check() {
          if (errors.length) reject(new Error(errors.join('; ')));
          else if (pc1.signalingState !== 'closed') setTimeout(check, 50);
        })();
      });
      await Promise.race([expectConnected(pc1, pc2, channel), failed]);
      expect(errors).to.deep.equal([]);
    });

    it('rejects a non-function callback with a TypeError and calls neither callback', async function () {
      var pc = newPC();
      var called = [];
      function callback(label) {
        return function () { called.push(label); };
      }
      expectTypeError(await rejectionOf(function () { return pc.createOffer(5, callback('failure')); }));
      expectTypeError(await rejectionOf(function () { return pc.createOffer(callback('success'), 5); }));
      await sleep(300);
      expect(called, 'callbacks called').to.deep.equal([]);
      expect(pc.signalingState).to.equal('stable');
    });

    it('runs a legacy call without a failure callback (the seed page\'s form): success runs, the promise resolves undefined', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      var channel = pc1.createDataChannel('x');
      var errors = relayCandidates(pc1, pc2);
      var got = [];
      function step(label, resolve) {
        return function (value) { got.push(label); resolve(value); };
      }
      var offer = await new Promise(function (resolve) {
        var returned = pc1.createOffer(step('createOffer', resolve));
        returned.then(function (value) { got.push('returned ' + value); });
      });
      expect(offer.type).to.equal('offer');
      await new Promise(function (resolve) { pc1.setLocalDescription(offer, step('setLocalDescription', resolve)); });
      await new Promise(function (resolve) { pc2.setRemoteDescription(offer, step('setRemoteDescription', resolve), undefined); });
      var answer = await new Promise(function (resolve) { pc2.createAnswer(step('createAnswer', resolve)); });
      expect(answer.type).to.equal('answer');
      await new Promise(function (resolve) { pc2.setLocalDescription(answer, step('setLocalDescription', resolve)); });
      await new Promise(function (resolve) { pc1.setRemoteDescription(answer, step('setRemoteDescription', resolve)); });
      expect(got).to.deep.equal(['returned undefined', 'createOffer', 'setLocalDescription', 'setRemoteDescription',
        'createAnswer', 'setLocalDescription', 'setRemoteDescription']);
      expect(pc1.signalingState).to.equal('stable');
      expect(pc2.signalingState).to.equal('stable');
      await expectConnected(pc1, pc2, channel);
      expect(errors).to.deep.equal([]);
    });

    it('a failure without a failure callback calls nothing, rejects nothing, and leaves the connection usable', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      pc1.createDataChannel('x');
      var called = [];
      var success = function () { called.push('success'); };
      expect(await pc2.createAnswer(success)).to.equal(undefined);
      var offer = await pc1.createOffer();
      expect(await pc2.setRemoteDescription({ type: 'answer', sdp: offer.sdp }, success)).to.equal(undefined);
      expect(await pc2.addIceCandidate({ candidate: CANDIDATE, sdpMid: '0' }, success)).to.equal(undefined);
      await sleep(300);
      expect(called, 'callbacks called').to.deep.equal([]);
      expect(pc2.signalingState).to.equal('stable');
      await negotiate(pc1, pc2);
    });

    it('rejects an explicitly wrong callback (null, a number, an object) and options first with a TypeError', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      pc1.createDataChannel('x');
      var offer = await pc1.createOffer();
      var called = [];
      var success = function () { called.push('success'); };
      var failure = function () { called.push('failure'); };
      expectTypeError(await rejectionOf(function () { return pc1.createOffer(success, null); }));
      expectTypeError(await rejectionOf(function () { return pc1.createOffer({}, success, failure); }));
      expectTypeError(await rejectionOf(function () { return pc1.setLocalDescription(offer, null); }));
      expectTypeError(await rejectionOf(function () { return pc1.setLocalDescription(offer, success, 5); }));
      expectTypeError(await rejectionOf(function () { return pc2.setRemoteDescription(offer, success, {}); }));
      expectTypeError(await rejectionOf(function () { return pc2.addIceCandidate(null, 'x', failure); }));
      await sleep(300);
      expect(called, 'callbacks called').to.deep.equal([]);
      expect(pc1.signalingState).to.equal('stable');
      expect(pc2.signalingState).to.equal('stable');
      await negotiate(pc1, pc2);
    });

    it('runs callbacks after the call has returned, failures for state errors included', async function () {
      var pc = newPC();
      var order = [];
      var outcome = new Promise(function (resolve) {
        pc.createAnswer(function () { order.push('success'); resolve(); }, function (error) {
          order.push('failure ' + (error && error.name));
          resolve();
        });
        order.push('returned');
      });
      await withTimeout(outcome, 5000, 'a callback');
      expect(order).to.deep.equal(['returned', 'failure InvalidStateError']);
      order = [];
      var offer = { type: 'answer', sdp: 'v=0\r\n' };
      outcome = new Promise(function (resolve) {
        pc.setLocalDescription(offer, function () { order.push('success'); resolve(); }, function () {
          order.push('failure');
          resolve();
        });
        order.push('returned');
      });
      await withTimeout(outcome, 5000, 'a callback');
      expect(order).to.deep.equal(['returned', 'failure']);
    });

    it('gives the failure callback a DOMException with the spec name', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      pc1.createDataChannel('x');
      var offer = await pc1.createOffer();
      var outcome = await new Promise(function (resolve) {
        var result = pc2.setRemoteDescription({ type: 'answer', sdp: offer.sdp }, function () {
          resolve({ success: true });
        }, function (error) {
          resolve({ success: false, error: error, result: result });
        });
      });
      expect(outcome.success, 'success callback called').to.equal(false);
      expectDOMException(outcome.error, 'InvalidStateError');
      expect(await outcome.result, 'returned promise').to.equal(undefined);
      expect(pc2.signalingState).to.equal('stable');
      await negotiate(pc1, pc2);
    });
  });

  // ---- end of candidates ----------------------------------------------------------------------

  describe('end of candidates', function () {
    it('accepts addIceCandidate(), (null) and ({candidate: ""}) after setRemoteDescription; the call still connects', async function () {
      // No trickling: each side's description carries all its candidates, so the end-of-candidates
      // signals below are true.
      var pc1 = newPC();
      var pc2 = newPC();
      var channel = pc1.createDataChannel('x');
      var ends = [
        ['addIceCandidate()', function (pc) { return pc.addIceCandidate(); }],
        ['addIceCandidate(null)', function (pc) { return pc.addIceCandidate(null); }],
        ['addIceCandidate({candidate: "", sdpMid})', function (pc, mid) {
          return pc.addIceCandidate({ candidate: '', sdpMid: mid });
        }],
      ];
      async function endOfCandidates(pc) {
        var mid = firstMid(pc.remoteDescription.sdp);
        for (var i = 0; i < ends.length; i++) {
          var result = await ends[i][1](pc, mid);
          expect(result, ends[i][0] + ' result').to.equal(undefined);
        }
      }

      var gathered1 = gatheringComplete(pc1);
      await pc1.setLocalDescription(await pc1.createOffer());
      await withTimeout(gathered1, 10000, 'pc1 to gather');
      await pc2.setRemoteDescription(pc1.localDescription);
      await endOfCandidates(pc2);

      var gathered2 = gatheringComplete(pc2);
      await pc2.setLocalDescription(await pc2.createAnswer());
      await withTimeout(gathered2, 10000, 'pc2 to gather');
      await pc1.setRemoteDescription(pc2.localDescription);
      await endOfCandidates(pc1);

      await expectConnected(pc1, pc2, channel);
    });
  });

  // ---- setLocalDescription without a description ----------------------------------------------

  describe('setLocalDescription() without a description', function () {
    it('creates the offer in stable and the answer after an offer; the call completes', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      var errors = relayCandidates(pc1, pc2);
      var channel = pc1.createDataChannel('x');

      expect(await pc1.setLocalDescription(), 'result').to.equal(undefined);
      expect(pc1.signalingState).to.equal('have-local-offer');
      expect(pc1.localDescription.type).to.equal('offer');
      expect(pc1.localDescription.sdp).to.match(/^m=application /m);

      await pc2.setRemoteDescription(pc1.localDescription);
      expect(await pc2.setLocalDescription(), 'result').to.equal(undefined);
      expect(pc2.signalingState).to.equal('stable');
      expect(pc2.localDescription.type).to.equal('answer');

      await pc1.setRemoteDescription(pc2.localDescription);
      expect(pc1.signalingState).to.equal('stable');
      await expectConnected(pc1, pc2, channel);
      expect(errors).to.deep.equal([]);
    });

    it('creates the description for setLocalDescription({type}) without sdp', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      var errors = relayCandidates(pc1, pc2);
      var channel = pc1.createDataChannel('x');

      await pc1.setLocalDescription({ type: 'offer' });
      expect(pc1.signalingState).to.equal('have-local-offer');
      expect(pc1.localDescription.type).to.equal('offer');
      expect(pc1.localDescription.sdp).to.match(/^m=application /m);

      await pc2.setRemoteDescription(pc1.localDescription);
      await pc2.setLocalDescription({ type: 'answer' });
      expect(pc2.signalingState).to.equal('stable');
      expect(pc2.localDescription.type).to.equal('answer');

      await pc1.setRemoteDescription(pc2.localDescription);
      await expectConnected(pc1, pc2, channel);
      expect(errors).to.deep.equal([]);
    });
  });

  // ---- bad input ------------------------------------------------------------------------------

  describe('bad input', function () {
    it('setRemoteDescription({type: "bogus"}) rejects with TypeError; the connection stays usable', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      pc1.createDataChannel('x');
      expectTypeError(await rejectionOf(function () { return pc2.setRemoteDescription({ type: 'bogus', sdp: '' }); }));
      expect(pc2.signalingState).to.equal('stable');
      await negotiate(pc1, pc2);
    });

    it('setRemoteDescription(answer) in stable rejects with InvalidStateError; the connection stays usable', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      pc1.createDataChannel('x');
      var offer = await pc1.createOffer();
      expectDOMException(await rejectionOf(function () {
        return pc2.setRemoteDescription({ type: 'answer', sdp: offer.sdp });
      }), 'InvalidStateError');
      expect(pc2.signalingState).to.equal('stable');
      await negotiate(pc1, pc2);
    });

    it('setRemoteDescription({type: "offer", sdp: "garbage"}) rejects with OperationError; the connection stays usable', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      pc1.createDataChannel('x');
      expectDOMException(await rejectionOf(function () {
        return pc2.setRemoteDescription({ type: 'offer', sdp: 'garbage' });
      }), 'OperationError');
      expect(pc2.signalingState).to.equal('stable');
      await negotiate(pc1, pc2);
    });

    it('addIceCandidate without sdpMid and sdpMLineIndex rejects with TypeError; the call still connects', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      var channel = pc1.createDataChannel('x');
      var offer = await pc1.createOffer();
      await pc2.setRemoteDescription(offer);
      expectTypeError(await rejectionOf(function () { return pc2.addIceCandidate({ candidate: CANDIDATE }); }));
      await finishCall(pc1, pc2, offer, channel);
    });

    it('addIceCandidate before any remote description rejects with InvalidStateError; the call still connects', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      var channel = pc1.createDataChannel('x');
      expectDOMException(await rejectionOf(function () {
        return pc1.addIceCandidate({ candidate: CANDIDATE, sdpMid: '0' });
      }), 'InvalidStateError');
      expectDOMException(await rejectionOf(function () {
        return pc2.addIceCandidate({ candidate: CANDIDATE, sdpMid: '0' });
      }), 'InvalidStateError');
      var errors = relayCandidates(pc1, pc2);
      await negotiate(pc1, pc2);
      await expectConnected(pc1, pc2, channel);
      expect(errors).to.deep.equal([]);
    });

    it('addIceCandidate of garbage with a valid sdpMid rejects with OperationError; the call still connects', async function () {
      var pc1 = newPC();
      var pc2 = newPC();
      var channel = pc1.createDataChannel('x');
      var offer = await pc1.createOffer();
      await pc2.setRemoteDescription(offer);
      var mid = firstMid(offer.sdp);
      expectDOMException(await rejectionOf(function () {
        return pc2.addIceCandidate({ candidate: 'garbage', sdpMid: mid });
      }), 'OperationError');
      expect(pc2.signalingState).to.equal('have-remote-offer');
      await finishCall(pc1, pc2, offer, channel);
    });

    it('createOffer, setLocalDescription and createDataChannel on a closed connection fail with InvalidStateError', async function () {
      var pc = newPC();
      pc.createDataChannel('x');
      var offer = await pc.createOffer();
      pc.close();
      expect(pc.signalingState).to.equal('closed');
      expectDOMException(await rejectionOf(function () { return pc.createOffer(); }), 'InvalidStateError');
      expectDOMException(await rejectionOf(function () { return pc.setLocalDescription(offer); }), 'InvalidStateError');
      expectDOMException(await rejectionOf(function () { return pc.setLocalDescription(); }), 'InvalidStateError');
      var error = null;
      try {
        pc.createDataChannel('y');
      } catch (e) {
        error = e;
      }
      expectDOMException(error, 'InvalidStateError');
    });
  });
});
