// Every script-tag page (scripts/consumers/script-tags.mjs): the bundles were loaded by plain
// <script src> tags before this module runs; <html data-kind> says which case this page is.
//   plain            one bundle (/_pkg/adapter.js or adapter.min.js)
//   twice            two rtcshim bundles; snapshot.js ran between them (window.firstCopy)
//   after-adapterjs  adapter.js's own bundle (/_vendor/adapter.js), snapshot.js, then /_pkg/adapter.js
import { assert, call, check as harnessCheck, done, expectedBrowser, patched } from '/_common/harness.js';

// The harness reports `err.stack`, which in Firefox lacks the message: report the message first.
const check = (name, fn) => harnessCheck(name, async () => {
  try {
    await fn();
  } catch (err) {
    throw err instanceof Error ? `${err.message}\n${err.stack}` : String(err);
  }
});

const kind = document.documentElement.dataset.kind;
// the global `adapter` as the page left it (module scripts run after every classic one)
const adapter = window.adapter;
const first = window.firstCopy;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const withTimeout = (promise, what, ms = 10000) => Promise.race([
  promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms)),
]);
const json = (value) => JSON.stringify(value);

/** The global `adapter` of a same-origin page (an iframe) that loads only adapter.js's bundle ('adapterjs') or rtcshim's ('rtcshim'). */
function referenceAdapter(which) {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.src = `/_script-tags/ref-${which}.html`;
    frame.onload = () => {
      const found = frame.contentWindow.adapter;
      if (!found) reject(new Error(`${frame.src} has no global adapter`));
      else resolve({ browser: found.browserDetails.browser, version: found.browserDetails.version, applied: (found.applied || []).map((s) => s.name) });
    };
    document.body.appendChild(frame);
  });
}

/** A live audio stream (an oscillator through an AudioContext); `stop()` ends it. */
function audioStream() {
  const ctx = new AudioContext();
  const dest = ctx.createMediaStreamDestination();
  const osc = ctx.createOscillator();
  osc.connect(dest);
  osc.start();
  return { stream: dest.stream, stop: () => ctx.close() };
}

/** Resolves when `pc` has fired its end-of-candidates (null candidate) icecandidate event. */
const gathered = (pc) => new Promise((resolve) => pc.addEventListener('icecandidate', (e) => { if (!e.candidate) resolve(); }));
const connected = (pc) => new Promise((resolve) => {
  const test = () => { if (pc.iceConnectionState === 'connected' || pc.iceConnectionState === 'completed') resolve(); };
  pc.addEventListener('iceconnectionstatechange', test);
  test();
});

/**
 * One call with every event listened to twice (handler property and addEventListener): each must
 * fire once per occurrence, the two in step, for track, legacy addstream, icecandidate and
 * negotiationneeded.
 */
async function eventsOnce() {
  const a = new RTCPeerConnection();
  const b = new RTCPeerConnection();
  const { stream, stop } = audioStream();
  const seen = { aCandH: [], aCandL: [], bCandH: [], bCandL: [], trackH: 0, trackL: 0, addstreamH: 0, addstreamL: 0, negH: 0, negL: 0 };
  const key = (e) => (e.candidate ? `${e.candidate.sdpMid} ${e.candidate.candidate}` : null);
  try {
    assert('onaddstream' in b, 'no onaddstream: the legacy stream API is missing');
    a.onicecandidate = (e) => {
      seen.aCandH.push(key(e));
      if (e.candidate) b.addIceCandidate(e.candidate).catch(() => {});
    };
    a.addEventListener('icecandidate', (e) => seen.aCandL.push(key(e)));
    b.onicecandidate = (e) => {
      seen.bCandH.push(key(e));
      if (e.candidate) a.addIceCandidate(e.candidate).catch(() => {});
    };
    b.addEventListener('icecandidate', (e) => seen.bCandL.push(key(e)));
    b.ontrack = () => { seen.trackH++; };
    b.addEventListener('track', () => { seen.trackL++; });
    b.onaddstream = () => { seen.addstreamH++; };
    b.addEventListener('addstream', () => { seen.addstreamL++; });
    a.onnegotiationneeded = () => { seen.negH++; };
    a.addEventListener('negotiationneeded', () => { seen.negL++; });
    const done = Promise.all([gathered(a), gathered(b), connected(a), connected(b)]);
    a.addTrack(stream.getAudioTracks()[0], stream);
    a.createDataChannel('once');
    await sleep(50); // negotiationneeded is queued
    await a.setLocalDescription(await a.createOffer());
    await b.setRemoteDescription(a.localDescription);
    await b.setLocalDescription(await b.createAnswer());
    await a.setRemoteDescription(b.localDescription);
    await withTimeout(done, 'gathering and connection');
    await sleep(300); // a late duplicate would land here
    const counts = `track ${seen.trackH}/${seen.trackL}, addstream ${seen.addstreamH}/${seen.addstreamL}, negotiationneeded ${seen.negH}/${seen.negL} (handler/listener)`;
    assert(seen.trackH === 1 && seen.trackL === 1, counts);
    assert(seen.addstreamH === 1 && seen.addstreamL === 1, counts);
    assert(seen.negH === 1 && seen.negL === 1, counts);
    for (const [side, handler, listener] of [['a', seen.aCandH, seen.aCandL], ['b', seen.bCandH, seen.bCandL]]) {
      assert(json(handler) === json(listener), `${side}: icecandidate handler saw ${json(handler)}, listener ${json(listener)}`);
      const real = handler.filter(Boolean);
      assert(real.length > 0, `${side}: no candidates`);
      assert(new Set(real).size === real.length, `${side}: a candidate fired twice: ${json(handler)}`);
      assert(handler.filter((c) => c === null).length === 1, `${side}: end of candidates (null) fired ${handler.filter((c) => c === null).length} times`);
    }
  } finally {
    stop();
    a.close();
    b.close();
  }
}

/** Legacy callback forms: each success callback runs once. */
async function legacyCallbacksOnce() {
  const pc = new RTCPeerConnection();
  const calls = { createOffer: 0, setLocalDescription: 0, failures: [] };
  try {
    await withTimeout(new Promise((resolve) => {
      const fail = (err) => { calls.failures.push(String(err && err.name)); resolve(); };
      pc.createOffer((offer) => {
        calls.createOffer++;
        pc.setLocalDescription(offer, () => { calls.setLocalDescription++; resolve(); }, fail);
      }, fail, { offerToReceiveAudio: true });
    }), 'legacy createOffer / setLocalDescription callbacks');
    await sleep(300);
    assert(calls.failures.length === 0, `failure callback ran: ${calls.failures}`);
    assert(calls.createOffer === 1 && calls.setLocalDescription === 1,
      `createOffer success ran ${calls.createOffer} times, setLocalDescription success ${calls.setLocalDescription} times`);
  } finally {
    pc.close();
  }
}

/** Callback-style promise helper for the legacy API: fn(...args, success, failure). */
const legacy = (target, method, ...args) => withTimeout(new Promise((resolve, reject) => target[method](...args, resolve, reject)), `legacy ${method}`, 5000);

let legacyPeers = null;
/** The legacy API end to end: addStream, getLocalStreams, onaddstream, callback signalling and ICE. */
async function legacyCall() {
  const a = new RTCPeerConnection();
  const b = new RTCPeerConnection();
  const { stream, stop } = audioStream();
  legacyPeers = { a, b, stop };
  a.onicecandidate = (e) => e.candidate && b.addIceCandidate(e.candidate, () => {}, () => {});
  b.onicecandidate = (e) => e.candidate && a.addIceCandidate(e.candidate, () => {}, () => {});
  a.addStream(stream);
  const locals = a.getLocalStreams();
  assert(locals.length === 1 && locals[0] === stream, 'getLocalStreams() is not [the added stream]');
  const remote = new Promise((resolve) => { b.onaddstream = (e) => resolve(e.stream); });
  const offer = await withTimeout(new Promise((resolve, reject) => a.createOffer(resolve, reject, { offerToReceiveAudio: true })), 'legacy createOffer', 5000);
  await legacy(a, 'setLocalDescription', offer);
  await legacy(b, 'setRemoteDescription', new RTCSessionDescription(offer));
  const answer = await legacy(b, 'createAnswer');
  await legacy(b, 'setLocalDescription', answer);
  await legacy(a, 'setRemoteDescription', answer);
  const got = await withTimeout(remote, 'onaddstream');
  assert(got.id === stream.id, `remote stream id ${got.id}, sent ${stream.id}`);
  assert(got.getAudioTracks().length === 1, 'remote stream has no audio track');
  const remotes = b.getRemoteStreams();
  assert(remotes.length === 1 && remotes[0] === got, 'getRemoteStreams() is not [the onaddstream stream]');
  await withTimeout(Promise.all([connected(a), connected(b)]), 'legacy call connects');
}

// (not inbound-rtp: Chromium's AudioContext stays suspended without a user gesture, so no RTP flows)
function hasSucceededPair(report) {
  let found = false;
  if (report && typeof report.forEach === 'function') report.forEach((stat) => { found = found || (stat.type === 'candidate-pair' && stat.state === 'succeeded'); });
  return found;
}

/** getStats on the legacy call's answerer: a maplike RTCStatsReport with the call in it. */
async function statsReport() {
  assert(legacyPeers, 'no call to read stats from (the legacy call failed)');
  // the nominated pair shows up a moment after ICE connects: poll a little
  let report = await legacyPeers.b.getStats();
  for (let i = 0; i < 50 && !hasSucceededPair(report); i++) {
    await sleep(100);
    report = await legacyPeers.b.getStats();
  }
  assert(typeof RTCStatsReport === 'function' && report instanceof RTCStatsReport, `getStats() gave ${Object.prototype.toString.call(report)}, not an RTCStatsReport`);
  for (const member of ['get', 'has', 'forEach', 'keys', 'values', 'entries']) assert(typeof report[member] === 'function', `report.${member} missing`);
  assert(report.size > 0, 'empty report');
  const types = new Set();
  report.forEach((stat, id) => {
    // (the values are dictionaries: each read is a new object, so compare ids, not identity)
    assert(stat.id === id && report.has(id) && report.get(id).id === id, `entry ${id} is not keyed by its id (${stat.id})`);
    types.add(stat.type);
  });
  for (const type of ['candidate-pair', 'local-candidate', 'remote-candidate', 'transport']) assert(types.has(type), `no ${type} stats: ${[...types]}`);
  assert(hasSucceededPair(report), 'no succeeded candidate-pair');
}

/**
 * removeStream on the legacy call, then a callback renegotiation: the answerer's removestream fires
 * once (handler and listener), and its remote streams are empty.
 */
async function legacyRemoveStream() {
  assert(legacyPeers, 'no call to remove a stream from (the legacy call failed)');
  const { a, b } = legacyPeers;
  const [stream] = a.getLocalStreams();
  const seen = { handler: 0, listener: 0 };
  b.onremovestream = () => { seen.handler++; };
  b.addEventListener('removestream', () => { seen.listener++; });
  a.removeStream(stream);
  assert(a.getLocalStreams().length === 0, 'getLocalStreams() still lists the removed stream');
  const offer = await withTimeout(new Promise((resolve, reject) => a.createOffer(resolve, reject)), 'legacy createOffer', 5000);
  await legacy(a, 'setLocalDescription', offer);
  await legacy(b, 'setRemoteDescription', offer);
  const answer = await legacy(b, 'createAnswer');
  await legacy(b, 'setLocalDescription', answer);
  await legacy(a, 'setRemoteDescription', answer);
  for (let i = 0; i < 20 && seen.handler === 0; i++) await sleep(50);
  await sleep(300);
  assert(seen.handler === 1 && seen.listener === 1, `removestream fired ${seen.handler}/${seen.listener} times (handler/listener)`);
  assert(b.getRemoteStreams().length === 0, `getRemoteStreams() still lists ${b.getRemoteStreams().length} streams`);
}

/** Capture: spec errors (a DOMException named OverconstrainedError), and the legacy callback form once. */
async function capture() {
  const error = await navigator.mediaDevices.getUserMedia({ audio: { deviceId: { exact: 'no-such-device' } } }).then((s) => {
    s.getTracks().forEach((t) => t.stop());
    return null;
  }, (e) => e);
  assert(error, 'getUserMedia with an impossible deviceId resolved');
  assert(error instanceof DOMException && error.name === 'OverconstrainedError',
    `impossible deviceId: ${Object.prototype.toString.call(error)} ${error.name}, not a DOMException named OverconstrainedError`);
  let successes = 0;
  const stream = await withTimeout(new Promise((resolve, reject) => navigator.getUserMedia({ audio: true }, (s) => { successes++; resolve(s); }, reject)), 'navigator.getUserMedia');
  await sleep(200);
  stream.getTracks().forEach((t) => t.stop());
  assert(successes === 1, `navigator.getUserMedia success ran ${successes} times`);
  assert(stream.getAudioTracks().length === 1, 'no audio track');
}

function closeLegacyCall() {
  if (!legacyPeers) return;
  legacyPeers.stop();
  legacyPeers.a.close();
  legacyPeers.b.close();
}

const RTCSHIM_VERSION = /^\d+\.\d+\.\d+/;

(async () => {
  await check('no errors while the scripts load', () => {
    assert(window.loadErrors.length === 0, window.loadErrors.join('; '));
  });
  if (kind === 'plain') {
    await check('patched on load', () => {
      assert(patched(), 'RTCPeerConnection.prototype.getStreamById missing after load');
      assert(adapter && adapter.applied.some((s) => s.name === 'get-stream-by-id'), 'get-stream-by-id is not in adapter.applied');
    });
    await check('global adapter: browserDetails as adapter.js reports them', async () => {
      const ref = await referenceAdapter('adapterjs');
      const ours = adapter.browserDetails;
      assert(ours.browser === expectedBrowser(), `browser ${ours.browser}, expected ${expectedBrowser()}`);
      assert(ours.browser === ref.browser && ours.version === ref.version,
        `rtcshim reports ${json({ browser: ours.browser, version: ours.version })}, adapter.js ${json({ browser: ref.browser, version: ref.version })}`);
    });
    await check('global adapter: applied, skipped, version, previous', () => {
      assert(Array.isArray(adapter.applied) && Array.isArray(adapter.skipped), 'applied/skipped are not arrays');
      assert(adapter.applied.every((s) => s.name && s.reason && s.found), 'an applied entry lacks name, reason or found');
      assert(adapter.skipped.every((s) => s.name && s.reason), 'a skipped entry lacks name or reason');
      assert(RTCSHIM_VERSION.test(adapter.version), `version ${adapter.version}`);
      assert(json(adapter.previous) === '[]', `previous is ${json(adapter.previous)} on a page without adapter.js`);
    });
  }
  if (kind === 'twice') {
    await check('second copy applies nothing and says "window already patched by rtcshim <version>"', () => {
      assert(adapter !== first.adapter, 'the global is not the second copy\'s adapter');
      assert(adapter.applied.length === 0, `the second copy applied ${adapter.applied.map((s) => s.name)}`);
      assert(adapter.skipped.length > 0, 'the second copy reports nothing');
      const expected = `window already patched by rtcshim ${first.adapter.version}`;
      const other = adapter.skipped.filter((s) => s.reason !== expected);
      assert(other.length === 0, `${other.length} skipped reasons are not "${expected}", e.g. ${json(other[0])}`);
      assert(first.adapter.applied.length > 0, 'the first copy applied nothing');
      assert(json(adapter.browserDetails) === json(first.adapter.browserDetails), 'the copies disagree on browserDetails');
    });
    await check('constructors, methods and handlers are the first copy\'s', () => {
      const changed = [];
      for (const [name, value] of Object.entries(first.constructors)) if (window[name] !== value) changed.push(name);
      for (const [name, fn] of Object.entries(first.methods)) if (RTCPeerConnection.prototype[name] !== fn) changed.push(`RTCPeerConnection.prototype.${name}`);
      for (const [name, desc] of Object.entries(first.handlers)) {
        const now = Object.getOwnPropertyDescriptor(RTCPeerConnection.prototype, name);
        if ((desc && desc.get) !== (now && now.get) || (desc && desc.set) !== (now && now.set)) changed.push(`RTCPeerConnection.prototype.${name}`);
      }
      if (EventTarget.prototype.addEventListener !== first.addEventListener) changed.push('EventTarget.prototype.addEventListener');
      assert(changed.length === 0, `the second copy replaced ${changed.join(', ')}`);
    });
  }
  if (kind === 'after-adapterjs') {
    await check('adapter.js\'s bundle ran first', () => {
      const theirs = first.adapter;
      assert(theirs && theirs.browserDetails && theirs.commonShim, 'no adapter.js global before rtcshim loaded');
      assert(theirs.browserDetails.browser === expectedBrowser(), `adapter.js detected ${theirs.browserDetails.browser}`);
    });
    await check('adapter.previous reports adapter.js with its browserDetails', () => {
      const theirs = first.adapter.browserDetails;
      const expected = [{ name: 'adapter.js', browserDetails: { browser: theirs.browser, version: theirs.version } }];
      assert(json(adapter.previous) === json(expected), `previous is ${json(adapter.previous)}, expected ${json(expected)}`);
    });
    await check('global adapter is rtcshim\'s, browser as adapter.js detected it', () => {
      assert(adapter !== first.adapter && RTCSHIM_VERSION.test(adapter.version) && Array.isArray(adapter.applied), 'the global adapter is not rtcshim\'s');
      assert(!('commonShim' in adapter), 'rtcshim\'s adapter carries adapter.js members');
      assert(adapter.browserDetails.browser === first.adapter.browserDetails.browser,
        `rtcshim says ${adapter.browserDetails.browser}, adapter.js said ${first.adapter.browserDetails.browser}`);
    });
    await check('applies no shim a page without adapter.js does not need', async () => {
      const alone = (await referenceAdapter('rtcshim')).applied;
      const extra = adapter.applied.map((s) => s.name).filter((name) => alone.indexOf(name) < 0);
      assert(extra.length === 0, `applied only on top of adapter.js: ${extra}`);
      // (measured: in Firefox 153 adapter.js 9.0.6 leaves legacy-get-user-media not needed; in Chromium 156 none)
    });
  }
  await check('events fire once: track, addstream, icecandidate, negotiationneeded', eventsOnce);
  await check('legacy callbacks fire once: createOffer, setLocalDescription', legacyCallbacksOnce);
  await check('call: audio and data channel', call);
  await check('legacy call: addStream, getLocalStreams, onaddstream, callback signalling', legacyCall);
  await check('getStats: a maplike RTCStatsReport', statsReport);
  await check('legacy removeStream: removestream fires once', legacyRemoveStream);
  await check('capture: spec errors, legacy navigator.getUserMedia once', capture);
  await check('no shim failed to install', () => {
    const ours = kind === 'twice' ? first.adapter : adapter;
    const failed = ours.skipped.filter((s) => !/^(not needed|opt-in)/.test(s.reason));
    assert(failed.length === 0, `${json(failed)}`);
  });
  closeLegacyCall();
  await done();
})();
