// Printed, not judged: what one setRemoteDescription call costs with each column's script loaded
// (native | webrtc-adapter | rtcshim), on real captured offers (test/fixtures/sdp/
// chromium156-offer.sdp, firefox153-offer.sdp), as captured and without their final CRLF (the
// quirk final-line-ending rewrites: rtcshim's rewrite path; natively Chromium rejects such an SDP
// and Firefox drops its last line).
//
// Method: one page per column and round (--srd-calls split over 4 rounds, the column order
// turning each round), the column's script loaded untimed. Per case, one RTCPeerConnection for the whole
// page; each call is setRemoteDescription({type: 'offer', sdp}) followed, when it succeeded, by an
// untimed setRemoteDescription({type: 'rollback'}), so every timed call starts from the same
// `stable` state. Why one connection and a rollback, not a fresh connection
// per call: a fresh one adds its construction, its teardown and the garbage collection of closed
// connections (a few ms, and noisy) to a quantity of microseconds, and Chromium caps the live
// connections of a page. The cases take turns call by call, so drift hits them alike. Per call the
// page records the time until the call returns (what the wrapper's synchronous work, the rewrite
// included, adds to the engine's own) and until its promise settles (what the app awaits). The
// report prints medians; "added" is rtcshim's median minus native's on the SDP as captured, so
// for the rewrite rows it is the whole rewrite path (the engine then reads the same SDP).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launch, sleep } from './launch.mjs';
import { ROOT } from './paths.mjs';
import { quantile } from './stats.mjs';
import { withJsonBody } from './json-body.mjs';

export const SRD_COLUMNS = ['native', 'adapterjs', 'rtcshim'];
const ROUNDS = 4;
const WARMUP_CALLS = 20;
const FIXTURES = ['chromium156-offer.sdp', 'firefox153-offer.sdp'];

const HEADERS = {
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
};

/** The cases: each fixture as captured and without its final line ending. */
export function srdCases() {
  const out = [];
  for (const file of FIXTURES) {
    const sdp = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sdp', file), 'latin1');
    out.push({ id: `${file}`, file, variant: 'as captured', sdp });
    out.push({ id: `${file} no-crlf`, file, variant: 'no final CRLF', sdp: sdp.replace(/\r?\n$/, '') });
  }
  return out;
}

// The timed page (modern engines only: Chromium 156, Firefox 153).
function page(col, cases, calls) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>rtcshim bench srd ${col}</title></head><body>
<script>window.__errors = []; window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });</script>
<script src="/lib/${col}.js"></script>
<script>
(async function () {
  const cases = ${JSON.stringify(cases.map((c) => ({ id: c.id, sdp: c.sdp })))};
  const state = cases.map((c) => ({ id: c.id, pc: new RTCPeerConnection(), returned: [], settled: [], ok: 0, errors: {} }));
  for (let i = 0; i < ${WARMUP_CALLS + calls}; i++) {
    for (let k = 0; k < cases.length; k++) {
      const s = state[k];
      let p;
      const t0 = performance.now();
      try { p = s.pc.setRemoteDescription({ type: 'offer', sdp: cases[k].sdp }); } catch (e) { p = Promise.reject(e); }
      const t1 = performance.now();
      let error = null;
      try { await p; } catch (e) { error = (e && e.name) || String(e); }
      const t2 = performance.now();
      if (error === null) await s.pc.setRemoteDescription({ type: 'rollback' });
      if (i < ${WARMUP_CALLS}) continue;
      s.returned.push(t1 - t0);
      s.settled.push(t2 - t0);
      if (error === null) s.ok++; else s.errors[error] = (s.errors[error] || 0) + 1;
    }
  }
  for (const s of state) { s.pc.close(); delete s.pc; }
  fetch('/srd-result', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ col: ${JSON.stringify(col)}, cases: state, errors: window.__errors, adapter: !!window.adapter, isolated: self.crossOriginIsolated === true }) })
    .then(function (res) { return res.json(); })
    .then(function (j) { if (j.next) location.replace(j.next); });
})().catch(function (e) {
  fetch('/srd-result', { method: 'POST', body: JSON.stringify({ col: ${JSON.stringify(col)}, failed: String(e && e.stack || e) }) });
});
</script></body></html>
`;
}

/**
 * Runs the step in one browser. Resolves with { cells: { [caseId]: { [col]: { n, returnedMedian,
 * settledMedian, ok, errors } } }, notes, wallMs }; rejects when the browser exits or stalls.
 */
export async function runSrd(engine, bundles, { calls }) {
  const cases = srdCases();
  const perRound = Math.max(1, Math.round(calls / ROUNDS));
  const schedule = [];
  // the column order turns each round, so that none is always the browser's first page
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < SRD_COLUMNS.length; i++) schedule.push({ col: SRD_COLUMNS[(r + i) % SRD_COLUMNS.length], round: r });
  }
  const results = [];
  let done;
  const finished = new Promise((r) => (done = r));
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://127.0.0.1');
    let m;
    if (req.method === 'GET' && (m = u.pathname.match(/^\/srd\/(\d+)$/)) && schedule[Number(m[1])]) {
      res.writeHead(200, { ...HEADERS, 'content-type': 'text/html; charset=utf-8' });
      return void res.end(page(schedule[Number(m[1])].col, cases, perRound));
    }
    if (req.method === 'GET' && (m = u.pathname.match(/^\/lib\/([\w-]+)\.js$/)) && bundles[m[1]] !== undefined) {
      res.writeHead(200, { ...HEADERS, 'content-type': 'text/javascript; charset=utf-8' });
      return void res.end(bundles[m[1]]);
    }
    if (req.method === 'POST' && u.pathname === '/srd-result') {
      withJsonBody(req, res, (r) => {
        results.push(r);
        if (r.failed) return void (res.writeHead(200, HEADERS).end('{}'), done(`page failed: ${r.failed}`));
        const more = results.length < schedule.length;
        res.writeHead(200, { ...HEADERS, 'content-type': 'application/json' });
        res.end(JSON.stringify(more ? { next: `/srd/${results.length}` } : {}));
        if (!more) done('done');
      });
      return;
    }
    res.writeHead(404, HEADERS).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const t = Date.now();
  const b = launch(engine, `http://127.0.0.1:${server.address().port}/srd/0`);
  const exited = new Promise((r) => b.child.on('exit', (code) => r(`exited (code ${code})`)));
  // generous: a call with its rollback takes 1-10 ms on a busy 2-core machine
  const timeout = sleep(60_000 + schedule.length * perRound * cases.length * 50).then(() => 'timeout');
  const how = await Promise.race([finished, exited, timeout]);
  await b.stop();
  server.closeAllConnections?.();
  await new Promise((r) => server.close(r));
  if (how !== 'done') throw new Error(`${engine.label} setRemoteDescription step: ${how} after ${results.length}/${schedule.length} pages`);

  const cells = {};
  const notes = new Set();
  for (const c of cases) {
    cells[c.id] = {};
    for (const col of SRD_COLUMNS) {
      const mine = results.filter((r) => r.col === col).map((r) => r.cases.find((x) => x.id === c.id));
      const returned = mine.flatMap((x) => x.returned);
      const settled = mine.flatMap((x) => x.settled);
      const errors = {};
      for (const x of mine) for (const [k, v] of Object.entries(x.errors)) errors[k] = (errors[k] || 0) + v;
      cells[c.id][col] = {
        n: returned.length,
        returnedMedian: quantile(returned, 0.5),
        settledMedian: quantile(settled, 0.5),
        settledP90: quantile(settled, 0.9),
        ok: mine.reduce((n, x) => n + x.ok, 0),
        errors,
      };
    }
  }
  for (const r of results) {
    for (const e of r.errors) notes.add(`${r.col}: page error: ${e}`);
    if (r.col !== 'native' && !r.adapter) notes.add(`${r.col}: WARNING: window.adapter missing after load`);
    if (!r.isolated) notes.add('not cross-origin isolated: coarse performance.now()');
  }
  return { cases: cases.map(({ id, file, variant }) => ({ id, file, variant })), cells, notes: [...notes], wallMs: Date.now() - t };
}
