// The page each sample loads, in two chunks (see run-browser.mjs for when each is sent).
//
// Everything between __t0 and __t1 is the classic script; nothing else runs on the main thread
// (the page has no other resources, no timers, no listeners). The budget is judged on t1 - t0,
// what the page waits for. "Script alone" is t0 to the script element's load event, which fires
// synchronously right after the script ran; the rest of t1 - t0 is the parser resuming (it may
// yield to queued tasks after a long script). The native column is an empty script apart from
// the per-load comment.

// Where a column's script is loaded from: a unique URL per load (cold), or one URL per column (warm).
export const scriptUrl = (col, token, warm) => (warm ? `/lib/${col}.js?warm` : `/lib/${col}.js?t=${token}`);

// `heap` is the engine's page code for reading the heap (chromium.mjs, firefox.mjs): `head` runs
// in the first chunk, `before` right before t0, `after(done)` after t1; done(bytes, whyNot, info).
export function pageHead(col, token, warm, heap) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>rtcshim bench ${col}</title>
<link rel="preload" as="script" href="${scriptUrl(col, token, warm)}">
<script>
${heap.head}
</script>
</head><body>
`;
}

export function pageTail(col, token, warm, heap) {
  const src = scriptUrl(col, token, warm);
  return `<script>
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
var __h0 = ${heap.before};
var __t0 = performance.now();
</script>
<script src="${src}" onload="window.__tl = performance.now()"></script>
<script>
var __t1 = performance.now();
(${heap.after})(function (__h1, heapWhyNot, heapInfo) {
  var url = new URL('${src}', location.href).href;
  var rt = performance.getEntriesByName(url)[0];
  var a = window.adapter;
  // timer granularity: smallest non-zero step of performance.now()
  var g = Infinity, p = performance.now();
  for (var i = 0; i < 2000 && g > 0.0005; i++) { var q = performance.now(); if (q > p) { g = Math.min(g, q - p); p = q; } }
  var r = {
    col: ${JSON.stringify(col)}, token: ${JSON.stringify(token)},
    ms: __t1 - __t0, msScript: window.__tl != null ? window.__tl - __t0 : null, h0: __h0, h1: __h1,
    preloaded: rt ? rt.responseEnd > 0 && rt.responseEnd <= __t0 : null,
    fetchEndBeforeT0Ms: rt ? __t0 - rt.responseEnd : null,
    errors: window.__errors,
    adapter: a ? { browser: a.browserDetails && a.browserDetails.browser, version: a.browserDetails && a.browserDetails.version,
      applied: Array.isArray(a.applied) ? a.applied.length : null } : null,
    isolated: self.crossOriginIsolated === true, timerStepMs: g,
    diag: window.__benchDiag || null, // optional: whatever an instrumented bundle leaves here
    heapWhyNot: heapWhyNot || null, heapInfo: heapInfo || null,
    ua: navigator.userAgent
  };
  fetch('/result', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(r) })
    .then(function (res) { return res.json(); })
    .then(function (j) { if (j.next) location.replace(j.next); });
});
</script>
</body></html>
`;
}
