/* global chai, rtcE2e */
// Data channels with the built dist/adapter.js loaded: close() closes every channel of the
// connection at once (readyState 'closed' right after it, send() an InvalidStateError, no event on
// those channels afterwards: https://w3c.github.io/webrtc-pc/#dom-rtcpeerconnection-close), while
// the remote side still sees its channels close. Two connections in one page. ES2017: Chromium 73 runs it.
'use strict';

describe('data channels', function () {
  before(window.rtcshimE2e.needsPeerConnection);
  var expect = chai.expect;
  var ua = navigator.userAgent;
  // Chromium 73 does not tell the remote side (its channels stay open until ICE times out).
  var chromium73 = /Chrom(e|ium)\/73\./.test(ua);
  var abortsRemote = !chromium73;
  // The size pc1 ends up with when the answer announces 16384, in every engine: Chromium 73 drops
  // the a=max-message-size line from the description it keeps, but rtcshim's sctp reads the
  // description the app applied.
  var LIMIT = 16384;
  var EVENTS = ['open', 'message', 'bufferedamountlow', 'error', 'closing', 'close'];

  this.timeout(30000);
  afterEach(rtcE2e.closeAll);

  // Records every event on `target` of `types`, through the handler property and addEventListener
  // (a function and a handleEvent object).
  function record(target, name, types, into) {
    types.forEach(function (type) {
      target['on' + type] = function () { into.push(name + ' on' + type); };
      target.addEventListener(type, function () { into.push(name + ' ' + type); });
      target.addEventListener(type, { handleEvent: function () { into.push(name + ' handleEvent ' + type); } });
    });
  }

  describe('close()', function () {
    it('closes channels that never opened at once', async function () {
      var pc = rtcE2e.newPC();
      var channels = [pc.createDataChannel('a'), pc.createDataChannel('b', { negotiated: true, id: 4 })];
      var events = [];
      channels.forEach(function (ch, i) { record(ch, 'channel ' + i, EVENTS, events); });
      channels.forEach(function (ch) { expect(ch.readyState).to.equal('connecting'); });
      pc.close();
      channels.forEach(function (ch) { expect(ch.readyState, ch.label).to.equal('closed'); });
      await rtcE2e.sleep(500);
      expect(events).to.deep.equal([]);
    });

    it('closes open channels, created and received, at once; no event fires on them or on the connection afterwards; the remote side sees them close', async function () {
      var pc1 = rtcE2e.newPC();
      var pc2 = rtcE2e.newPC();
      var pair = await rtcE2e.connectChannel(pc1, pc2, pc1.createDataChannel('x'));
      var received = [];
      pc1.ondatachannel = function (e) { received.push(e.channel); };
      // a channel pc2 opens, which pc1 receives
      var back = pc2.createDataChannel('back');
      await rtcE2e.withTimeout(rtcE2e.until(pc1, 'datachannel', function () { return received.length === 1; }), 10000, 'datachannel on pc1');
      await rtcE2e.channelOpen(received[0]);
      await rtcE2e.channelOpen(back);
      var events = [];
      record(pair[0], 'local', EVENTS, events);
      record(received[0], 'received', EVENTS, events);
      var remoteClosed = Promise.all([pair[1], back].map(function (ch) {
        return rtcE2e.until(ch, 'close', function () { return ch.readyState === 'closed'; });
      }));
      ['signalingstatechange', 'iceconnectionstatechange', 'icegatheringstatechange', 'connectionstatechange'].forEach(function (type) {
        pc1['on' + type] = function () { events.push('pc1 on' + type); };
        pc1.addEventListener(type, function () { events.push('pc1 ' + type); });
      });

      pc1.close();
      expect(pair[0].readyState).to.equal('closed');
      expect(received[0].readyState).to.equal('closed');
      expect(pc1.signalingState).to.equal('closed');
      expect(pc1.sctp.state, 'the SCTP transport closes with the connection').to.equal('closed');
      expect(function () { pair[0].send('x'); }).to.throw().with.property('name', 'InvalidStateError');
      if (abortsRemote) await rtcE2e.withTimeout(remoteClosed, 15000, 'the remote channels to close');
      await rtcE2e.sleep(abortsRemote ? 300 : 1500);
      expect(events).to.deep.equal([]);
      if (abortsRemote) expect(pair[1].readyState).to.equal('closed');
    });

    it('a channel of an open connection still closes on its own and fires close on both sides', async function () {
      var pc1 = rtcE2e.newPC();
      var pc2 = rtcE2e.newPC();
      var both = await rtcE2e.connectChannel(pc1, pc2, pc1.createDataChannel('own'));
      var closed = both.map(function (ch) { return rtcE2e.until(ch, 'close', function () { return ch.readyState === 'closed'; }); });
      var message = new Promise(function (resolve) { both[1].onmessage = function (e) { resolve(e.data); }; });
      both[0].send('before');
      expect(await rtcE2e.withTimeout(message, 10000, 'a message')).to.equal('before');
      both[0].close();
      await rtcE2e.withTimeout(Promise.all(closed), 15000, 'close on both sides');
    });
  });

  // The answer pc1 applies, announcing `size` as its a=max-message-size (new and legacy syntax).
  function withMaxMessageSize(size) {
    return function (sdp) {
      var out = sdp.replace(/a=max-message-size:\d+/, 'a=max-message-size:' + size);
      return out !== sdp ? out : sdp.replace(/(a=(sctp-port|sctpmap):[^\r\n]*\r\n)/, '$1a=max-message-size:' + size + '\r\n');
    };
  }

  describe('sctp', function () {
    it('is null until SCTP is negotiated, then an RTCSctpTransport with the remote maxMessageSize', async function () {
      var pc1 = rtcE2e.newPC();
      var pc2 = rtcE2e.newPC();
      expect(pc1.sctp).to.equal(null);
      var states = [];
      pc1.addEventListener('signalingstatechange', function () {
        // Once the answer is applied the transport exists (Chromium makes it at the offer already).
        if (pc1.signalingState === 'stable' && pc1.sctp) pc1.sctp.onstatechange = function () { states.push(pc1.sctp.state); };
      });
      await rtcE2e.connectChannel(pc1, pc2, pc1.createDataChannel('x'), withMaxMessageSize(16384));
      var sctp = pc1.sctp;
      expect(sctp !== null && typeof sctp, 'an object').to.equal('object');
      expect(pc1.sctp, 'the same object').to.equal(sctp);
      expect(sctp.maxMessageSize).to.equal(LIMIT);
      expect(sctp).to.have.property('transport');
      expect(sctp).to.have.property('maxChannels');
      await rtcE2e.withTimeout(rtcE2e.until(sctp, 'statechange', function () { return sctp.state === 'connected'; }), 10000, 'sctp connected');
      await rtcE2e.sleep(100);
      expect(states, 'statechange to connected').to.include('connected');
      expect(pc2.sctp.maxMessageSize, 'the answerer: the offer\'s size, capped at what the engine sends').to.be.a('number').at.least(LIMIT);
    });

    it('send() of more than maxMessageSize throws a TypeError and the channel stays open', async function () {
      var pc1 = rtcE2e.newPC();
      var pc2 = rtcE2e.newPC();
      var pair = await rtcE2e.connectChannel(pc1, pc2, pc1.createDataChannel('x'), withMaxMessageSize(16384));
      var channel = pair[0];
      var got = [];
      pair[1].onmessage = function (e) { got.push(typeof e.data === 'string' ? e.data.length : e.data.byteLength); };
      var over = LIMIT + 1;
      [new Uint8Array(over), new ArrayBuffer(over), 'x'.repeat(over), '\u00e9'.repeat(LIMIT / 2 + 1), new Blob([new Uint8Array(over)])].forEach(function (data) {
        expect(function () { channel.send(data); }, 'send(' + Object.prototype.toString.call(data) + ')').to.throw(TypeError);
      });
      expect(channel.readyState).to.equal('open');
      channel.send(new Uint8Array(LIMIT));
      channel.send('x'.repeat(LIMIT));
      await rtcE2e.withTimeout(new Promise(function (resolve) {
        var timer = setInterval(function () { if (got.length === 2) { clearInterval(timer); resolve(); } }, 20);
      }), 10000, 'the two messages that fit');
      expect(got).to.deep.equal([LIMIT, LIMIT]);
      expect(channel.readyState).to.equal('open');
    });
  });

  describe('createDataChannel with legacy options', function () {
    function lifetime(channel) {
      return channel.maxPacketLifeTime;
    }

    it('maxRetransmitTime and maxPacketLifeTime each give a partially reliable channel; the caller\'s object is left as it was', async function () {
      var pc = rtcE2e.newPC();
      var init = Object.freeze({ maxRetransmitTime: 150 });
      var channel = pc.createDataChannel('legacy', init);
      expect(lifetime(channel)).to.equal(150);
      expect(channel.maxRetransmits).to.equal(null);
      expect(init).to.deep.equal({ maxRetransmitTime: 150 });
      expect(lifetime(pc.createDataChannel('spec', { maxPacketLifeTime: 90 }))).to.equal(90);
    });

    it('reliable: false alone makes an unordered channel without retransmissions, on both sides', async function () {
      var pc1 = rtcE2e.newPC();
      var pc2 = rtcE2e.newPC();
      var pair = await rtcE2e.connectChannel(pc1, pc2, pc1.createDataChannel('unreliable', { reliable: false }));
      pair.forEach(function (channel, i) {
        expect(channel.ordered, 'ordered, side ' + i).to.equal(false);
        expect(channel.maxRetransmits, 'maxRetransmits, side ' + i).to.equal(0);
      });
      var kept = pc1.createDataChannel('kept', { reliable: false, ordered: true, maxRetransmits: 2 });
      expect([kept.ordered, kept.maxRetransmits]).to.deep.equal([true, 2]);
      var reliable = pc1.createDataChannel('reliable', { reliable: true });
      expect([reliable.ordered, reliable.maxRetransmits, lifetime(reliable)]).to.deep.equal([true, null, null]);
    });
  });
});
