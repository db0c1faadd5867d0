// The CSP pages: served with a strict Content-Security-Policy header (script-src 'self', no
// 'unsafe-eval', no 'unsafe-inline'; one page also requires Trusted Types for script sinks), so
// every script is an external file. rtcshim must load and patch as on an untouched page of this
// engine (reference()), cause no violation while loading or in a call, and the policy must be in
// force (a canary at the end: eval, and with Trusted Types an innerHTML string, are refused and
// reported).
import { assert, check, done } from '../_common/harness.js';
import { assertClean, legacyCall, names, reference, specCall } from './lib.js';

const trustedTypes = location.pathname.split('/')[1].indexOf('trusted-types') >= 0;

(async () => {
  const watch = window.hostileWatch;
  await check('loads without error or CSP violation', () => assertClean());
  await check('patched as on a page without CSP', async () => {
    const ref = await reference();
    const applied = names(window.adapter.applied);
    assert(JSON.stringify(applied) === JSON.stringify(ref.applied),
      `applied ${applied.join(',')} but the reference applied ${ref.applied.join(',')}; skipped here: ${window.adapter.skipped.filter((s) => ref.applied.indexOf(s.name) >= 0).map((s) => `${s.name} (${s.reason})`).join(', ')}`);
    return `${applied.length} applied, as in the reference`;
  });
  await check('call: spec API', () => specCall(new RTCPeerConnection(), new RTCPeerConnection()));
  await check('call: legacy API', () => legacyCall(new RTCPeerConnection(), new RTCPeerConnection()));
  await check('no CSP violation while loading and calling', () => assertClean());
  await check('the policy is in force', async () => {
    const before = watch.violations.length;
    let evalError = null;
    try {
      (0, eval)('1');
    } catch (err) {
      evalError = err;
    }
    assert(evalError, 'eval ran: the page has no CSP without unsafe-eval');
    let ttError = null;
    if (trustedTypes) {
      try {
        document.createElement('div').innerHTML = '<b>a string</b>';
      } catch (err) {
        ttError = err;
      }
      assert(ttError, 'a string was assigned to innerHTML: Trusted Types are not enforced');
    }
    // violation events are dispatched asynchronously
    for (let i = 0; i < 50 && watch.violations.length < before + (trustedTypes ? 2 : 1); i++) await new Promise((r) => setTimeout(r, 20));
    const seen = watch.violations.slice(before);
    assert(seen.length === (trustedTypes ? 2 : 1), `the canary caused ${seen.length} violation events: ${seen.join(' | ')}`);
    return `refused: eval (${evalError.name})${ttError ? `, innerHTML string (${ttError.name})` : ''}; reported: ${seen.join(' | ')}`;
  });
  await done();
})();
