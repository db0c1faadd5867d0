// Tiny static server for the repo root, used by `npm start` to show the demo.
// Binds 127.0.0.1 only; PORT env or 8080, or a free port if that one is taken.
// No dependencies: node:http + node:fs.
import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const ROOT = await realpath(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const wanted = process.env.PORT === undefined || process.env.PORT === '' ? 8080 : Number(process.env.PORT);
if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
  console.error(`serve: PORT must be an integer 0-65535, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.sdp': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function send(res, code, text, headers = {}) {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : `${text}\n`);
}

// Map a URL path to a file inside ROOT, or null. Rejects "..", dot-segments (.git, .cache),
// NUL bytes, bad escapes, and symlinks that lead outside the repo.
async function locate(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/').filter(Boolean);
  if (segments.some((s) => s.startsWith('.'))) return null;
  const file = join(ROOT, ...segments);
  if (file !== ROOT && !file.startsWith(ROOT + sep)) return null;
  try {
    const real = await realpath(file);
    if (real !== ROOT && !real.startsWith(ROOT + sep)) return null;
    return { file: real, stats: await stat(real) };
  } catch {
    return null;
  }
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url, `http://${HOST}`);
  if (url.pathname === '/') {
    send(res, 302, 'see /demo/', { Location: '/demo/' });
    return;
  }
  let found = await locate(url.pathname);
  if (found && found.stats.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      send(res, 301, 'moved', { Location: `${url.pathname}/${url.search}` });
      return;
    }
    found = await locate(`${url.pathname}index.html`);
  }
  if (!found || !found.stats.isFile()) {
    send(res, 404, 'not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(found.file).toLowerCase()] || 'application/octet-stream',
    'Content-Length': found.stats.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function listen(port) {
  return new Promise((ok, fail) => {
    const server = createServer((req, res) => {
      handle(req, res).catch((err) => {
        if (!res.headersSent) send(res, 500, 'internal error');
        else res.destroy();
        console.error('serve:', err);
      });
    });
    server.once('error', fail);
    server.listen(port, HOST, () => ok(server));
  });
}

let server;
try {
  server = await listen(wanted);
} catch (err) {
  if (err.code !== 'EADDRINUSE' || wanted === 0) throw err;
  console.error(`serve: port ${wanted} is taken, using a free one`);
  server = await listen(0);
}

if (!existsSync(join(ROOT, 'dist', 'adapter.js'))) {
  console.error('serve: dist/adapter.js is missing; run `npm run build` (or `npm start`)');
}
console.log(`rtcshim demo: http://${HOST}:${server.address().port}/demo/`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
