// Keeps the floor scripts honest: a floor script must make exactly the changes rtcshim makes in
// its engine. Before the timed pages, each browser loads rtcshim and its floor script once more,
// each on a page that snapshots the own properties of window, of the WebRTC and media interface
// objects and their prototypes, of navigator and of navigator.mediaDevices before the script,
// and lists which of them the script added, replaced or removed. (Symbol-keyed marks are not listed, and
// window.adapter and the page's own __ variables are left out.) The two lists must be equal.
// Printed, not judged: a floor that differs makes the floor ratios wrong, not the budgets.

// Snapshots are kept in the page (the values themselves, compared by identity). The objects to
// walk are chosen before the script runs, each once under its first name: an alias the script
// adds (mozRTCPeerConnection) shows as one added global, not as a copy of every member.
const SNAPSHOT = `var __roots = (function () {
  var roots = [['window.', window]], seen = [window];
  var take = function (path, o) {
    if (!o || (typeof o !== 'object' && typeof o !== 'function') || seen.indexOf(o) >= 0) return;
    seen.push(o);
    roots.push([path, o]);
  };
  var globals = Object.getOwnPropertyNames(window);
  for (var i = 0; i < globals.length; i++) {
    var name = globals[i];
    if (!/RTC|Media|Navigator|^URL$|HTML(Media|Video|Audio)Element/.test(name)) continue;
    var value;
    try { value = window[name]; } catch (e) { continue; }
    if (typeof value !== 'function') continue;
    take(name + '.', value);
    take(name + '.prototype.', value.prototype);
  }
  take('navigator.', navigator);
  take('navigator.mediaDevices.', navigator.mediaDevices);
  return roots;
})();
var __snapshot = function () {
  var out = {};
  for (var r = 0; r < __roots.length; r++) {
    var path = __roots[r][0], o = __roots[r][1], names = Object.getOwnPropertyNames(o);
    for (var i = 0; i < names.length; i++) {
      var d = null;
      try { d = Object.getOwnPropertyDescriptor(o, names[i]); } catch (e) { /* keep null */ }
      out[path + names[i]] = d ? [d.value, d.get, d.set] : [];
    }
  }
  return out;
};
var __before = __snapshot();`;

const DIFF = `var __after = __snapshot(), __changes = [], __k;
var __is = function (x, y) { return x === y || (x !== x && y !== y); }; // NaN is itself
var __same = function (a, b) { return a.length === b.length && __is(a[0], b[0]) && __is(a[1], b[1]) && __is(a[2], b[2]); };
for (__k in __after) if (!(__k in __before)) __changes.push('added ' + __k); else if (!__same(__before[__k], __after[__k])) __changes.push('replaced ' + __k);
for (__k in __before) if (!(__k in __after)) __changes.push('removed ' + __k);
__changes = __changes.filter(function (c) { return !/ window\\.(adapter|__)/.test(c); }).sort();
var __a = window.adapter;
var __applied = __a && __a.applied ? __a.applied.map(function (s) { return typeof s === 'string' ? s : s.name; }) : null;`;

/** The check page for column `col`; it posts { col, changes, applied } to /check. */
export function checkPage(col, src) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>rtcshim bench check ${col}</title>
<script>${SNAPSHOT}</script>
<script src="${src}"></script>
<script>${DIFF}
fetch('/check', { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ col: ${JSON.stringify(col)}, changes: __changes, applied: __applied }) })
  .then(function (res) { return res.json(); })
  .then(function (j) { if (j.next) location.replace(j.next); });
</script></head><body></body></html>
`;
}

/** The columns to check: rtcshim and the floor, when the engine has one. */
export const checkedColumns = (cols) => (cols.includes('floor') ? ['rtcshim', 'floor'] : []);

/** { same, changes, onlyRtcshim, onlyFloor, applied: { rtcshim, floor } } from the two pages' posts. */
export function compareChanges(checks) {
  const ours = checks.find((c) => c.col === 'rtcshim');
  const floor = checks.find((c) => c.col === 'floor');
  if (!ours || !floor) return null;
  const onlyRtcshim = ours.changes.filter((c) => !floor.changes.includes(c));
  const onlyFloor = floor.changes.filter((c) => !ours.changes.includes(c));
  return {
    same: !onlyRtcshim.length && !onlyFloor.length,
    changes: ours.changes,
    onlyRtcshim,
    onlyFloor,
    applied: { rtcshim: ours.applied, floor: floor.applied },
  };
}
