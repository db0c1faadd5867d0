// Helpers for the hostile pages (scripts/consumers/hostile.mjs). An ES module served at
// /_hostile/lib.js; the harness (check, assert, done) comes from /_common/.
import { assert, audioStream, withTimeout } from '../_common/harness.js';

export { audioStream, specCall } from '../_common/harness.js';

const MARK = Symbol.for('rtcshim.patch');

/**
 * The tags of every rtcshim layer of `fn`: a method several shims wrap is the outermost wrapper,
 * whose mark's `original` is the next layer in, down to the native function.
 */
function tagsOf(fn) {
  const tags = [];
  for (let layer = fn; typeof layer === 'function' && layer[MARK]; layer = layer[MARK].original) tags.push(layer[MARK].tag);
  return tags;
}

/**
 * Where rtcshim's functions sit in window `w`: { tag: [location] }. Every function rtcshim
 * installs carries a mark (src/patch/mark.ts) naming the shim (or shared hook: `sdp-rewrites`,
 * `connection-hook`, ...) that installed it; this walks the window's own globals, each constructor and its prototype, navigator and
 * navigator.mediaDevices, and lists each marked value, getter or setter as `owner.key`. Owners are
 * labelled so that `ownerIn` finds the same object in another window.
 */
export function footprint(w) {
  const out = {};
  const seen = new Set();
  const visit = (obj, label) => {
    if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null || seen.has(obj)) return;
    seen.add(obj);
    for (const key of Reflect.ownKeys(obj)) {
      let desc;
      try {
        desc = Object.getOwnPropertyDescriptor(obj, key);
      } catch {
        continue;
      }
      for (const part of ['value', 'get', 'set']) {
        const where = label + '|' + String(key) + (part === 'value' ? '' : ' (' + part + ')');
        for (const tag of tagsOf(desc && desc[part])) {
          const list = out[tag] = out[tag] || [];
          if (list.indexOf(where) < 0) list.push(where);
        }
      }
    }
  };
  visit(w, 'window');
  for (const name of Object.getOwnPropertyNames(w)) {
    let desc;
    try {
      desc = Object.getOwnPropertyDescriptor(w, name);
    } catch {
      continue;
    }
    const value = desc && desc.value;
    if (typeof value !== 'function') continue;
    visit(value, name);
    if (typeof value.prototype === 'object') visit(value.prototype, name + '.prototype');
  }
  visit(w.navigator, 'navigator');
  visit(w.navigator.mediaDevices, 'navigator.mediaDevices');
  return out;
}

/** The object a footprint location's owner names, in window `w`. */
export function ownerIn(w, location) {
  const label = location.split('|')[0];
  if (label === 'window') return w;
  if (label === 'navigator') return w.navigator;
  if (label === 'navigator.mediaDevices') return w.navigator.mediaDevices;
  const [name, proto] = label.split('.');
  const ctor = Object.getOwnPropertyDescriptor(w, name);
  const value = ctor && ctor.value;
  return proto ? value && value.prototype : value;
}

/** Whether location `location` in window `w` holds a function with a layer marked `tag`. */
export function markedIn(w, location, tag) {
  const owner = ownerIn(w, location);
  if (!owner) return false;
  const [, rest] = location.split('|');
  const m = /^(.*?)(?: \((get|set)\))?$/.exec(rest);
  const desc = Object.getOwnPropertyDescriptor(owner, m[1]);
  return tagsOf(desc && desc[m[2] || 'value']).indexOf(tag) >= 0;
}

/**
 * This engine's rtcshim on an untouched page: an iframe (/_hostile/ref.html, no CSP, nothing
 * frozen) loads /_pkg/adapter.js and posts { applied, skipped, footprint } back.
 */
export function reference() {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the reference frame did not answer')), 10000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== frame.contentWindow || !event.data || event.data.kind !== 'reference') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data);
    });
    frame.src = '/_hostile/ref.html';
    document.body.appendChild(frame);
  });
}

export const names = (list) => list.map((s) => s.name);

function trickle(a, b) {
  a.onicecandidate = (e) => e.candidate && b.addIceCandidate(e.candidate);
  b.onicecandidate = (e) => e.candidate && a.addIceCandidate(e.candidate);
}

/**
 * A call with the legacy API rtcshim promises everywhere: addStream, onaddstream, callback
 * createOffer/createAnswer/setLocalDescription/setRemoteDescription, getLocalStreams,
 * getRemoteStreams and getStreamById; plus a data channel message. Closes both.
 */
export async function legacyCall(a, b, source = audioStream()) {
  // the spec's legacy methods return a Promise<undefined>; the result goes to the callback
  const cb = (pc, method, ...args) => new Promise((resolve, reject) => {
    const r = pc[method](...args, resolve, reject);
    if (r && typeof r.then === 'function') r.then((v) => v === undefined || reject(new Error(`${method} with callbacks resolved to ${v}`)));
  });
  try {
    trickle(a, b);
    const stream = source.stream;
    a.addStream(stream);
    assert(a.getLocalStreams().length === 1 && a.getLocalStreams()[0] === stream, 'getLocalStreams() lacks the added stream');
    const gotStream = new Promise((resolve) => { b.onaddstream = (e) => resolve(e.stream); });
    const gotMessage = new Promise((resolve) => {
      b.ondatachannel = (e) => { e.channel.onmessage = (m) => resolve(m.data); };
    });
    const channel = a.createDataChannel('chat');
    channel.onopen = () => channel.send('hello, legacy');
    const offer = await cb(a, 'createOffer');
    assert(offer && offer.type === 'offer' && /^v=0/.test(offer.sdp), 'createOffer(success, failure) gave no offer');
    await cb(a, 'setLocalDescription', offer);
    await cb(b, 'setRemoteDescription', offer);
    const answer = await cb(b, 'createAnswer');
    await cb(b, 'setLocalDescription', answer);
    await cb(a, 'setRemoteDescription', answer);
    const remote = await withTimeout(gotStream, 'addstream event');
    assert(remote.id === stream.id, 'onaddstream: remote stream id differs');
    assert(b.getRemoteStreams().indexOf(remote) >= 0, 'getRemoteStreams() lacks the remote stream');
    assert(b.getStreamById(stream.id) === remote, 'getStreamById did not find the remote stream');
    const message = await withTimeout(gotMessage, 'data channel message');
    assert(message === 'hello, legacy', `data channel got ${message}`);
  } finally {
    source.stop();
    a.close();
    b.close();
  }
}

/**
 * Throws when the page recorded errors or CSP violations so far, or (unless `adapter` is false)
 * has no global adapter.
 */
export function assertClean({ adapter = true } = {}) {
  const w = window.hostileWatch;
  assert(w, 'watch.js did not run');
  assert(w.errors.length === 0, `window errors: ${w.errors.join(' | ')}`);
  assert(w.violations.length === 0, `CSP violations: ${w.violations.join(' | ')}`);
  if (adapter) assert(typeof window.adapter === 'object' && window.adapter !== null, 'no window.adapter');
}
