/* global chai */
// Helpers the peer-connection e2e files share: connections closed after each test, waiting for
// states with a timeout, a full connect check (ICE plus a data channel message each way), and
// rejection checks by error name. ES2017 only: Chromium 73 runs it.
'use strict';

(function () {
  var open = [];

  function newPC(config) {
    var pc = new RTCPeerConnection(config || { iceServers: [] });
    open.push(pc);
    return pc;
  }

  function closeAll() {
    open.splice(0).forEach(function (pc) { pc.close(); });
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function withTimeout(promise, ms, what) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        reject(new Error('timed out after ' + ms + ' ms waiting for ' + (typeof what === 'function' ? what() : what)));
      }, ms);
      promise.then(function (value) {
        clearTimeout(timer);
        resolve(value);
      }, function (error) {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  // Resolves when check() says true, rejects when it returns an Error; re-checks on `type` events.
  function until(target, type, check) {
    return new Promise(function (resolve, reject) {
      function onEvent() {
        var state = check();
        if (state === true || state instanceof Error) {
          target.removeEventListener(type, onEvent);
          if (state === true) resolve();
          else reject(state);
        }
      }
      target.addEventListener(type, onEvent);
      onEvent();
    });
  }

  function iceConnected(pc) {
    return until(pc, 'iceconnectionstatechange', function () {
      var s = pc.iceConnectionState;
      if (s === 'connected' || s === 'completed') return true;
      if (s === 'failed' || s === 'closed') return new Error('iceConnectionState ' + s);
      return false;
    });
  }

  function gatheringComplete(pc) {
    return until(pc, 'icegatheringstatechange', function () {
      return pc.iceGatheringState === 'complete';
    });
  }

  // Trickles each side's candidates to the other, queued until the receiver has a remote
  // description; a candidate the receiver refuses is ignored (the tests check the connection).
  function trickle(a, b) {
    [[a, b], [b, a]].forEach(function (pair) {
      var queue = [];
      function drain() {
        if (!pair[1].remoteDescription) return;
        queue.splice(0).forEach(function (c) { pair[1].addIceCandidate(c).catch(function () {}); });
      }
      pair[0].addEventListener('icecandidate', function (e) {
        if (e.candidate) queue.push(e.candidate);
        drain();
      });
      pair[1].addEventListener('signalingstatechange', drain);
    });
  }

  // One offer/answer exchange with the promise API; both sides end stable.
  async function negotiate(offerer, answerer) {
    var offer = await offerer.createOffer();
    await offerer.setLocalDescription(offer);
    await answerer.setRemoteDescription(offer);
    var answer = await answerer.createAnswer();
    await answerer.setLocalDescription(answer);
    await offerer.setRemoteDescription(answer);
    chai.expect(offerer.signalingState, 'offerer signalingState').to.equal('stable');
    chai.expect(answerer.signalingState, 'answerer signalingState').to.equal('stable');
  }

  // The rejection of `call()`'s promise. Fails if it throws synchronously, returns no promise, or
  // fulfills.
  async function rejectionOf(call) {
    var promise;
    try {
      promise = call();
    } catch (error) {
      throw new Error('threw ' + (error && error.name) + ' synchronously instead of returning a rejected promise');
    }
    chai.expect(promise && typeof promise.then, 'returns a promise').to.equal('function');
    var outcome = await promise.then(function (value) {
      return { fulfilled: true, value: value };
    }, function (error) {
      return { fulfilled: false, error: error };
    });
    if (outcome.fulfilled) throw new Error('fulfilled (with ' + String(outcome.value) + ') instead of rejecting');
    return outcome.error;
  }

  function expectDOMException(error, name) {
    chai.expect(error && error.name, 'error name (' + (error && error.message) + ')').to.equal(name);
    chai.expect(error, name + ' is a DOMException').to.be.an.instanceof(DOMException);
  }

  // Resolves once the media element has decoded a frame and its time moved on (real playback).
  function plays(v, what) {
    return withTimeout(new Promise(function (resolve) {
      var start = null;
      (function check() {
        if (v.videoWidth > 0 && v.currentTime > 0) {
          if (start === null) start = v.currentTime;
          else if (v.currentTime > start) return resolve();
        }
        setTimeout(check, 50);
      })();
    }), 15000, function () { return (what || 'playback') + ': videoWidth ' + v.videoWidth + ', currentTime ' + v.currentTime; });
  }

  // The name of what call() throws, or 'no error'.
  function thrown(call) {
    try {
      call();
    } catch (e) {
      return e.name;
    }
    return 'no error';
  }

  function firstMid(sdp) {
    var match = /^a=mid:(\S+)/m.exec(sdp);
    chai.expect(match, 'a=mid in the SDP').to.not.equal(null);
    return match[1];
  }

  function channelOpen(channel) {
    return until(channel, 'open', function () {
      if (channel.readyState === 'open') return true;
      if (channel.readyState !== 'connecting') return new Error('data channel ' + channel.readyState);
      return false;
    });
  }

  // Connects pc1 to pc2 (candidates trickled both ways, `edit(answerSdp)` applied to the answer pc1
  // receives) and resolves with [channel, the remote side's channel], both open.
  async function connectChannel(pc1, pc2, channel, edit) {
    pc1.addEventListener('icecandidate', function (e) { if (e.candidate) pc2.addIceCandidate(e.candidate).catch(function () {}); });
    pc2.addEventListener('icecandidate', function (e) { if (e.candidate) pc1.addIceCandidate(e.candidate).catch(function () {}); });
    var remote = new Promise(function (resolve) { pc2.addEventListener('datachannel', function (e) { resolve(e.channel); }); });
    var offer = await pc1.createOffer();
    await pc1.setLocalDescription(offer);
    await pc2.setRemoteDescription(offer);
    var answer = await pc2.createAnswer();
    await pc2.setLocalDescription(answer);
    await pc1.setRemoteDescription({ type: 'answer', sdp: edit ? edit(answer.sdp) : answer.sdp });
    var other = await withTimeout(remote, 15000, 'the datachannel event');
    await withTimeout(Promise.all([channelOpen(channel), channelOpen(other)]), 15000, 'both data channels open');
    return [channel, other];
  }

  // The outcome of `promise` within `ms`, never a rejection: {value}, or {error: 'Name: message',
  // dom} where dom says a DOMException or its subclass RTCError (Firefox's SDP syntax errors; the
  // class string works across an iframe's realm).
  function settled(promise, ms) {
    return new Promise(function (resolve) {
      var timer = setTimeout(function () { resolve({ error: 'timeout after ' + ms + ' ms' }); }, ms);
      promise.then(function (value) {
        clearTimeout(timer);
        resolve({ value: value });
      }, function (e) {
        clearTimeout(timer);
        var kind = Object.prototype.toString.call(e);
        resolve({ error: (e && e.name) + ': ' + String(e && e.message).slice(0, 600), dom: kind === '[object DOMException]' || kind === '[object RTCError]' });
      });
    });
  }

  // A local offer in `pc` with the m-lines of `sdp` (kinds in order: transceivers, one data
  // channel) and the same mids, so that `sdp` can be applied as its answer; null when set, else
  // why it could not be.
  async function localOfferFor(pc, sdp) {
    var midsOf = function (text) {
      return text.split(/\r?\n/).map(function (l) { return (/^a=mid:(\S+)/.exec(l) || [])[1]; }).filter(Boolean);
    };
    var channel = false;
    sdp.split(/\r?\n/).forEach(function (l) {
      var kind = (/^m=(\w+)/.exec(l) || [])[1];
      if (kind === 'application') {
        if (!channel) pc.createDataChannel('x');
        channel = true;
      } else if (kind) {
        pc.addTransceiver(kind);
      }
    });
    var offer = await pc.createOffer();
    var ours = midsOf(offer.sdp);
    var mids = midsOf(sdp);
    if (ours.join() !== mids.join()) return 'no local offer: mids ' + ours.join() + ' vs ' + mids.join();
    var r = await settled(pc.setLocalDescription(offer), 5000);
    return r.error ? 'local offer: ' + r.error : null;
  }

  // Resolves when ICE gathering is complete or after `ms`, whichever comes first.
  function gathered(pc, ms) {
    return Promise.race([gatheringComplete(pc), sleep(ms)]);
  }

  window.rtcE2e = {
    channelOpen: channelOpen,
    connectChannel: connectChannel,
    newPC: newPC,
    closeAll: closeAll,
    sleep: sleep,
    withTimeout: withTimeout,
    until: until,
    iceConnected: iceConnected,
    gatheringComplete: gatheringComplete,
    gathered: gathered,
    settled: settled,
    localOfferFor: localOfferFor,
    negotiate: negotiate,
    trickle: trickle,
    rejectionOf: rejectionOf,
    expectDOMException: expectDOMException,
    firstMid: firstMid,
    thrown: thrown,
    plays: plays,
  };
})();
