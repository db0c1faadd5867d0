// The frozen pages: an object rtcshim may write to was frozen before rtcshim loaded (lock.js).
// rtcshim must load without a throw, install every shim the freeze does not stop, report each
// shim it stopped in `skipped` with why, and claim in `applied` only what is really on the window.
// What "every shim" means comes from this engine: rtcshim in an untouched iframe (reference()).
import { assert, check, done } from '../_common/harness.js';
import { assertClean, footprint, markedIn, names, ownerIn, reference, specCall } from './lib.js';

const WHY = /frozen|non-configurable|not extensible/;

(async () => {
  const lock = window.hostileLock;
  const adapter = window.adapter;
  let ref = null;
  await check('loads without error, the lock held', () => {
    assertClean();
    assert(lock && lock.objects.every((o) => Object.isFrozen(o)), 'the page lock did not hold');
  });
  try {
    ref = await reference();
  } catch (err) {
    ref = { error: err };
  }
  const applied = adapter ? names(adapter.applied) : [];
  const skipped = adapter ? adapter.skipped : [];
  const refOk = () => assert(!ref.error, String(ref.error));
  // a reference shim "touches the lock" when one of its own functions sits on a frozen object
  const touchesLock = (name) => (ref.footprint[name] || []).some((loc) => lock.objects.indexOf(ownerIn(window, loc)) >= 0);
  await check('applied: only what is really installed', () => {
    refOk();
    const here = footprint(window);
    const wrong = [];
    for (const name of applied) {
      if (touchesLock(name)) wrong.push(`${name} (its functions sit on the frozen ${lock.label})`);
      for (const loc of ref.footprint[name] || []) if (!markedIn(window, loc, name)) wrong.push(`${name}: ${loc.replace('|', '.')} not installed`);
    }
    for (const s of skipped) if (here[s.name]) wrong.push(`${s.name} skipped but left ${here[s.name].join(', ')}`);
    assert(wrong.length === 0, wrong.join('; '));
    return `${applied.length} applied`;
  });
  // what the reference applied and this page did not
  const stopped = () => ref.applied.filter((n) => applied.indexOf(n) < 0);
  await check('skipped: what the lock stopped, saying why', () => {
    refOk();
    const bad = [];
    for (const name of stopped()) {
      const s = skipped.find((x) => x.name === name);
      if (!s) bad.push(`${name} neither applied nor skipped`);
      else if (!WHY.test(s.reason) || s.reason.indexOf(lock.label + '.') < 0) bad.push(`${name}: reason "${s.reason}" does not say that ${lock.label} is locked`);
    }
    assert(bad.length === 0, bad.join('; '));
    const list = stopped();
    return list.length ? `stopped by the lock: ${list.map((n) => `${n} (${skipped.find((x) => x.name === n).reason})`).join(', ')}` : 'the lock stopped nothing';
  });
  // The reason's claim, against the reference window: a shim reported stopped at `<lock>.<member>`
  // must write that member there (some rtcshim function sits on it in the reference; shims on a
  // shared hook, e.g. the SDP rewrites, carry the hook's mark, not their own); every other shim the
  // reference applied must be applied here.
  await check('patched where the lock does not reach', () => {
    refOk();
    const written = new Set();
    for (const locs of Object.values(ref.footprint)) {
      for (const loc of locs) if (lock.objects.indexOf(ownerIn(window, loc)) >= 0) written.add(loc.split('|')[1].replace(/ \((get|set)\)$/, ''));
    }
    const bad = [];
    for (const name of stopped()) {
      const s = skipped.find((x) => x.name === name);
      const m = s && /could not install: (.+?) cannot be redefined/.exec(s.reason);
      const member = m && m[1].startsWith(lock.label + '.') ? m[1].slice(lock.label.length + 1) : null;
      if (!member || !written.has(member)) bad.push(`${name} (${s ? s.reason : 'not reported'})`);
    }
    assert(bad.length === 0, `not applied, though rtcshim writes no such member of ${lock.label} in the reference: ${bad.join(', ')}`);
    return `${applied.length} of the reference's ${ref.applied.length} applied; the lock covers ${written.size} members rtcshim writes`;
  });
  await check('call with what still works', () => specCall(new RTCPeerConnection(), new RTCPeerConnection()));
  await done();
})();
