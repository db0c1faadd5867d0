// One browser run: a server on 127.0.0.1 serves the pages and scripts from memory and collects
// one sample per page load; the browser walks the schedule page by page.
//
// How a sample is taken:
//   - `no-store`, and COOP/COEP so that the page is cross-origin isolated (finer performance.now());
//   - the page comes in two chunks: the first holds <link rel=preload> of the script; the second
//     (inline t0, classic <script src>, inline t1) is sent only once the script's response has been
//     written plus --settle-ms, so the script's bytes are already in the renderer and t1 - t0 is
//     parse + compile + execute + patch without the fetch (each sample checks this with Resource
//     Timing and records `preloaded`);
//   - cold (the default): each load appends a unique comment to the script, so no in-memory or
//     on-disk code cache can serve a previous compile; warm: one cacheable source per column.
import http from 'node:http';
import { checkedColumns, checkPage } from './floor-check.mjs';
import { launch, sleep } from './launch.mjs';
import { pageHead, pageTail } from './pages.mjs';
import { schedule as makeSchedule } from './schedule.mjs';
import { withJsonBody } from './json-body.mjs';

const COMMON_HEADERS = {
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Resolves with { samples, checks, wallMs }; rejects when the browser exits, fails to start or
 * stalls. The floor check's pages (floor-check.mjs) come first, untimed.
 */
export async function runBrowser(engine, bundles, opts) {
  const name = engine.name;
  const schedule = makeSchedule(Object.keys(bundles), opts);
  const checkCols = checkedColumns(Object.keys(bundles));
  const checks = [];
  let next = 0;
  const samples = [];
  const pending = new Map(); // token -> resolve() when its bundle has been written
  let done;
  const finished = new Promise((r) => (done = r));

  const server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://127.0.0.1');
    let m;
    if (req.method === 'GET' && (m = u.pathname.match(/^\/page\/(\d+)$/))) {
      const i = Number(m[1]);
      const s = schedule[i];
      if (!s) return void res.writeHead(404).end();
      const token = `${name}-${i}-${Math.random().toString(36).slice(2, 10)}`;
      s.token = token;
      const bundleWritten = new Promise((r) => pending.set(token, r));
      res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/html; charset=utf-8' });
      res.write(pageHead(s.col, token, opts.warm, engine.heap));
      // the rest of the page only once the bundle is in the renderer (warm: it may come from the
      // HTTP cache without a request, so wait a fixed time instead)
      const wait = opts.warm ? sleep(300).then(() => 'ok') : Promise.race([bundleWritten.then(() => 'ok'), sleep(5000).then(() => 'timeout')]);
      wait.then(async (how) => {
        if (how === 'timeout') s.noPreload = true;
        await sleep(opts.settleMs);
        res.end(pageTail(s.col, token, opts.warm, engine.heap));
      });
      return;
    }
    if (req.method === 'GET' && (m = u.pathname.match(/^\/check\/(\d+)$/)) && checkCols[Number(m[1])]) {
      const col = checkCols[Number(m[1])];
      res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/html; charset=utf-8' });
      res.end(checkPage(col, `/lib/${col}.js?t=check`));
      return;
    }
    if (req.method === 'POST' && u.pathname === '/check') {
      withJsonBody(req, res, (check) => {
        checks.push(check);
        const more = checks.length < checkCols.length;
        res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'application/json' });
        res.end(JSON.stringify({ next: more ? `/check/${checks.length}` : '/page/0' }));
      });
      return;
    }
    if (req.method === 'GET' && (m = u.pathname.match(/^\/lib\/([\w-]+)\.js$/)) && bundles[m[1]] !== undefined) {
      const token = u.searchParams.get('t') || '';
      // cold: unique source per load, so no compile cache of any kind can hit; warm: one cacheable source
      const body = opts.warm ? bundles[m[1]] : Buffer.concat([bundles[m[1]], Buffer.from(`\n//# bench=${token}\n`)]);
      const caching = opts.warm ? { 'cache-control': 'public, max-age=86400' } : {};
      res.writeHead(200, { ...COMMON_HEADERS, ...caching, 'content-type': 'text/javascript; charset=utf-8', 'content-length': body.length });
      res.end(body, () => {
        const r = pending.get(token);
        if (r) {
          pending.delete(token);
          r();
        }
      });
      return;
    }
    if (req.method === 'POST' && u.pathname === '/result') {
      withJsonBody(req, res, (r) => {
        const s = schedule.find((x) => x.token === r.token);
        if (s && !s.result) {
          s.result = r;
          samples.push({ browser: name, round: s.round, warmup: s.warmup, ...r });
          next = schedule.indexOf(s) + 1;
        }
        const more = next < schedule.length;
        res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'application/json' });
        res.end(JSON.stringify(more ? { next: `/page/${next}` } : {}));
        if (!more) done('done');
      });
      return;
    }
    if (u.pathname === '/favicon.ico') return void res.writeHead(204, COMMON_HEADERS).end();
    res.writeHead(404, COMMON_HEADERS).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const t = Date.now();
  const b = launch(engine, `http://127.0.0.1:${port}${checkCols.length ? '/check/0' : '/page/0'}`);
  const exitedEarly = new Promise((r) => b.child.on('exit', (code) => r(`exited (code ${code})`)));
  const spawnError = new Promise((r) => b.child.on('error', (e) => r(`failed to start: ${e.message}`)));
  // generous: startup plus one second per page (a page takes 0.15-0.3 s on a busy 2-core machine)
  const timeout = sleep(30_000 + schedule.length * 1000).then(() => 'timeout');
  const how = await Promise.race([finished, exitedEarly, spawnError, timeout]);
  await b.stop();
  server.closeAllConnections?.();
  await new Promise((r) => server.close(r));
  if (how !== 'done') {
    throw new Error(
      `${engine.label}: ${how} after ${samples.length}/${schedule.length} pages` +
        (b.stderr() ? `\n--- browser stderr (tail) ---\n${b.stderr().trim().split('\n').slice(-15).join('\n')}` : ''),
    );
  }
  return { samples, checks, wallMs: Date.now() - t };
}
