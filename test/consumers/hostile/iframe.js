// hostile-iframe: rtcshim's script bundle in a page and in its same-origin iframe (child.html).
// Each window is patched once, by its own copy (the parent's mark is not the child's), and
// connections of the two windows call each other with objects crossing realms: descriptions,
// candidates, streams and callbacks made in one window, used by the other's patched methods.
import { assert, check, done } from '../_common/harness.js';
import { assertClean, audioStream, legacyCall, names, specCall } from './lib.js';

const INSTALLED = Symbol.for('rtcshim.installed');

function loadFrame(src) {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`${src} did not load`)), 10000);
    frame.onload = () => {
      clearTimeout(timer);
      resolve(frame.contentWindow);
    };
    frame.src = src;
    document.body.appendChild(frame);
  });
}

(async () => {
  const child = await loadFrame('/_hostile/child.html');
  await check('each window patched once, by its own copy', () => {
    assertClean();
    assert(child.hostileWatch && child.hostileWatch.errors.length === 0, `child errors: ${child.hostileWatch && child.hostileWatch.errors.join(' | ')}`);
    const mine = window.adapter;
    const its = child.adapter;
    assert(its && typeof its === 'object' && its !== mine, "the child has no adapter of its own");
    assert(window[INSTALLED] && window[INSTALLED].applied === mine.applied, "the parent's mark is not its own adapter's");
    assert(child[INSTALLED] && child[INSTALLED].applied === its.applied, "the child's mark is not its own adapter's");
    assert(JSON.stringify(names(its.applied)) === JSON.stringify(names(mine.applied)),
      `the child applied ${names(its.applied).join(',')}, the parent ${names(mine.applied).join(',')}`);
    assert(!its.skipped.some((s) => /already patched/.test(s.reason)), "the child's copy thought its window was patched");
    const ours = window.RTCPeerConnection.prototype.getStreamById;
    const theirs = child.RTCPeerConnection.prototype.getStreamById;
    assert(typeof theirs === 'function' && theirs !== ours && Object.getPrototypeOf(theirs) === child.Function.prototype,
      "the child's getStreamById is not its own copy's");
    return `${mine.applied.length} shims in each window`;
  });
  await check('call: spec API, parent to child', () => specCall(new RTCPeerConnection(), new child.RTCPeerConnection(), audioStream(window)));
  await check("call: legacy API, child to parent, with the child's stream", () =>
    legacyCall(new child.RTCPeerConnection(), new RTCPeerConnection(), audioStream(child)));
  await check('call: legacy API, parent to child', () => legacyCall(new RTCPeerConnection(), new child.RTCPeerConnection(), audioStream(window)));
  await done();
})();
