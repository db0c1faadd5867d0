// Test support, not app code: what the legacy pages' check modules share. The checks drive each
// app as its user did (clicking its buttons) and read what the app itself keeps (its globals, its
// video elements); they never call WebRTC for the app.
import { assert, check, done } from '/_common/harness.js';

export { assert, check, done };

// Every page must report within the consumers run's limit (30 s for all pages at once): once a
// wait has timed out, later waits only get what is left of this budget.
const deadline = Date.now() + 20000;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The windows whose errors a timed-out wait reports (what went wrong, rather than only what did not happen).
let watched = [window];
export function watch(wins) {
  watched = wins;
}

/** Resolves with fn()'s first truthy value, polling; rejects after `ms` (or at the deadline). */
export async function waitFor(fn, what, ms = 10000) {
  const end = Math.min(Date.now() + ms, deadline);
  for (;;) {
    let value = false;
    try {
      value = fn();
    } catch {
      value = false;
    }
    if (value) return value;
    if (Date.now() > end) {
      const errors = [].concat(...watched.map(errorsOf));
      throw new Error(`timed out waiting for ${what}${errors.length ? ` (errors so far: ${errors.join('; ')})` : ''}`);
    }
    await sleep(50);
  }
}

/** The errors watch.js kept for a window (the page's own, or one of its frames). */
export function errorsOf(win) {
  return win.legacyWatch ? win.legacyWatch.errors : ['watch.js did not run in ' + win.location.pathname];
}

/**
 * Records each call of the app's failure callbacks (global functions the app names at each call,
 * so replacing the global catches them) as an error of that window: the legacy apps only log them.
 */
export function recordFailureCallbacks(win, names) {
  for (const name of names) {
    const original = win[name];
    if (typeof original !== 'function') throw new Error(`the app has no ${name}()`);
    win[name] = function (...args) {
      const error = args.find((a) => a && typeof a === 'object' && 'message' in a);
      errorsOf(win).push(`the app's ${name} ran: ${error ? `${error.name}: ${error.message}` : args.map(String).join(', ')}`);
      return original.apply(this, args);
    };
  }
}

export function assertNoErrors(wins, since = []) {
  const errors = [];
  wins.forEach((win, i) => errors.push(...errorsOf(win).slice(since[i] || 0)));
  assert(errors.length === 0, errors.join('; '));
}

// Chromium may hold back a muted autoplaying video that is out of view: say where this page is.
function inView(win) {
  let top = 0;
  for (let w = win; w.frameElement; w = w.parent) top += w.frameElement.getBoundingClientRect().top;
  return `page at y ${Math.round(top)} of a ${window.top.innerHeight}px high viewport`;
}

/** A video element shows moving pictures: it has a size and its clock advances. */
export async function assertPlaying(video, what) {
  const state = () => `(paused ${video.paused}, readyState ${video.readyState}, error ${video.error && video.error.message}, ${inView(video.ownerDocument.defaultView)})`;
  await waitFor(() => video.videoWidth > 0, `${what}: videoWidth > 0`).catch((err) => { throw new Error(`${err.message} ${state()}`); });
  const start = video.currentTime;
  await waitFor(() => video.currentTime > start + 0.2, `${what}: currentTime to advance from ${start}`)
    .catch((err) => { throw new Error(`${err.message} ${state()}`); });
  return `${video.videoWidth}x${video.videoHeight}`;
}

export const iceUp = (pc) => Boolean(pc) && (pc.iceConnectionState === 'connected' || pc.iceConnectionState === 'completed');

export const isFirefox = () => /Firefox\//.test(navigator.userAgent);
