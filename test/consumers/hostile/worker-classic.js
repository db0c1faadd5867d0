/* global importScripts */
// A classic worker: importScripts() of the script bundle named in the query (?bundle=adapter.js),
// then what it did, posted back. No window here: nothing may be patched, nothing thrown.
var out = {};
var bundle = new URL(location.href).searchParams.get('bundle');
try {
  importScripts('/_pkg/' + bundle);
  out.loaded = true;
} catch (e) {
  out.error = String(e && e.message || e);
}
var a = self.adapter;
out.hasAdapter = typeof a === 'object' && a !== null;
if (out.hasAdapter) {
  out.browser = a.browserDetails.browser;
  out.version = a.browserDetails.version;
  out.applied = a.applied.length;
  out.skipped = a.skipped.length;
  out.reasons = a.skipped.map(function (s) { return s.reason; }).filter(function (r, i, all) { return all.indexOf(r) === i; });
  out.extract = a.extractVersion('Chrome/99.0', /Chrome\/(\d+)\./, 1);
}
// any function rtcshim installs carries this mark (src/patch/mark.ts)
var MARK = Symbol.for('rtcshim.patch');
out.marked = [];
Object.getOwnPropertyNames(self).forEach(function (name) {
  var d = Object.getOwnPropertyDescriptor(self, name);
  var v = d && d.value;
  [v, v && v.prototype].forEach(function (o) {
    if (!o || (typeof o !== 'object' && typeof o !== 'function')) return;
    Object.getOwnPropertyNames(o).forEach(function (k) {
      var p = Object.getOwnPropertyDescriptor(o, k);
      [p.value, p.get, p.set].forEach(function (f) { if (typeof f === 'function' && f[MARK]) out.marked.push(name + '.' + k); });
    });
  });
});
out.installed = Symbol.for('rtcshim.installed') in self;
postMessage(out);
