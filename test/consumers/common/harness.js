// Shared by every consumer app (bundled into each): reports each check to scripts/consumers.mjs
// (POST /report), and one call between two RTCPeerConnections in this page.
const app = location.pathname.split('/')[1];

function send(msg) {
  return fetch('/report', { method: 'POST', body: JSON.stringify({ app, ...msg }) }).catch(() => {});
}

/** Runs one check; a string it returns is reported as the check's detail (what it measured). */
export async function check(name, fn) {
  try {
    const detail = await fn();
    await send({ name, ok: true, ...(typeof detail === 'string' ? { detail } : {}) });
  } catch (err) {
    await send({ name, ok: false, error: describe(err) });
  }
}

// Firefox's `stack` leaves out the error's name and message: keep both.
function describe(err) {
  if (!err || !err.stack) return String(err);
  const stack = String(err.stack);
  return stack.includes(String(err.message)) ? stack : `${err}\n${stack}`;
}

export function assert(ok, message) {
  if (!ok) throw new Error(message);
}

export function done() {
  return send({ done: true, userAgent: navigator.userAgent });
}

/** What auto-patching or createAdapter({window}) did to this page, for the checks. */
export function patched() {
  return typeof RTCPeerConnection.prototype.getStreamById === 'function';
}

export function expectedBrowser() {
  return /Firefox\//.test(navigator.userAgent) ? 'firefox' : 'chrome';
}

export const withTimeout = (promise, what) => Promise.race([
  promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), 10000)),
]);

/** An audio stream from an AudioContext of window `w`; stop() closes the context. */
export function audioStream(w = window) {
  const ctx = new w.AudioContext();
  const dest = ctx.createMediaStreamDestination();
  const osc = ctx.createOscillator();
  osc.connect(dest);
  osc.start();
  return { stream: dest.stream, stop: () => ctx.close() };
}

/**
 * A call with the spec API between `a` and `b` (either may come from another window), offerer ->
 * answerer: audio (addTrack/ontrack) and a data channel message. `b.getStreamById` (a shim every
 * engine here gets) must find the remote stream where it exists. Closes both.
 */
export async function specCall(a, b, source = audioStream()) {
  try {
    a.onicecandidate = (e) => e.candidate && b.addIceCandidate(e.candidate);
    b.onicecandidate = (e) => e.candidate && a.addIceCandidate(e.candidate);
    const stream = source.stream;
    a.addTrack(stream.getAudioTracks()[0], stream);
    const gotTrack = new Promise((resolve) => { b.ontrack = (e) => resolve(e); });
    const gotMessage = new Promise((resolve) => {
      b.ondatachannel = (e) => { e.channel.onmessage = (m) => resolve(m.data); };
    });
    const channel = a.createDataChannel('chat');
    channel.onopen = () => channel.send('hello from the offerer');
    await a.setLocalDescription(await a.createOffer());
    await b.setRemoteDescription(a.localDescription);
    await b.setLocalDescription(await b.createAnswer());
    await a.setRemoteDescription(b.localDescription);
    const track = await withTimeout(gotTrack, 'remote track');
    assert(track.track.kind === 'audio', `remote track is ${track.track.kind}`);
    assert(track.streams[0] && track.streams[0].id === stream.id, 'remote stream id differs');
    if (typeof b.getStreamById === 'function') {
      assert(b.getStreamById(stream.id) === track.streams[0], 'getStreamById did not find the remote stream');
    }
    const message = await withTimeout(gotMessage, 'data channel message');
    assert(message === 'hello from the offerer', `data channel got ${message}`);
  } finally {
    source.stop();
    a.close();
    b.close();
  }
}

/** The bundler pages' call: two connections of this page; getStreamById must be there. */
export function call() {
  assert(typeof RTCPeerConnection.prototype.getStreamById === 'function', 'getStreamById missing: the page is not patched');
  return specCall(new RTCPeerConnection(), new RTCPeerConnection());
}
