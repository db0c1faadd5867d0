// The cross-engine calls' server (scripts/cross.mjs): one HTTP server on 127.0.0.1 that serves the
// call page and dist/adapter.js, and relays signaling between the two pages of a room over
// WebSocket (`ws`). Messages `to: 'peer'` go to the room's other page (kept until it connects);
// every other message goes to the room's handler, i.e. the runner (results, logs, descriptions).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { WebSocketServer } from 'ws';

const FILES = {
  '/dist/adapter.js': 'dist/adapter.js',
  '/test/cross/call.html': 'test/cross/call.html',
  '/test/cross/call.js': 'test/cross/call.js',
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const ROLES = ['offerer', 'answerer'];

/**
 * Starts the server; resolves with { port, openRoom(id, onMessage), close() }. `noShim` serves an
 * empty dist/adapter.js (diagnosis: the engines without rtcshim).
 */
export async function startRelay(root, { noShim = false } = {}) {
  const rooms = new Map();

  const server = http.createServer((req, res) => {
    const rel = FILES[new URL(req.url, 'http://relay').pathname];
    if (!rel) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
      return;
    }
    if (noShim && rel === FILES['/dist/adapter.js']) {
      res.writeHead(200, { 'Content-Type': TYPES['.js'], 'Cache-Control': 'no-store' }).end('// RTCSHIM_CROSS_NO_SHIM\n');
      return;
    }
    fs.readFile(path.join(root, rel), (err, body) => {
      if (err) res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${err.message}\n`);
      else res.writeHead(200, { 'Content-Type': TYPES[path.extname(rel)], 'Cache-Control': 'no-store' }).end(body);
    });
  });

  const wss = new WebSocketServer({ server, path: '/relay' });
  wss.on('connection', (socket, req) => {
    const query = new URL(req.url, 'http://relay').searchParams;
    const room = rooms.get(query.get('room'));
    const role = query.get('role');
    if (!room || !ROLES.includes(role) || room.sockets[role]) {
      socket.close(1008, 'unknown room or role');
      return;
    }
    const other = role === 'offerer' ? 'answerer' : 'offerer';
    room.sockets[role] = socket;
    for (const text of room.queue[role].splice(0)) socket.send(text);
    socket.on('message', (data) => {
      const text = String(data);
      let msg;
      try {
        msg = JSON.parse(text);
      } catch {
        room.onMessage(role, { kind: 'log', text: `unparsable message: ${text.slice(0, 200)}` });
        return;
      }
      if (msg.to !== 'peer') {
        room.onMessage(role, msg);
      } else if (room.sockets[other]?.readyState === 1) {
        room.sockets[other].send(text);
      } else {
        room.queue[other].push(text);
      }
    });
    socket.on('close', () => room.onMessage(role, { kind: 'closed' }));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });

  return {
    port: server.address().port,
    openRoom(id, onMessage) {
      const room = { sockets: {}, queue: { offerer: [], answerer: [] }, onMessage };
      rooms.set(id, room);
      return {
        close() {
          rooms.delete(id);
          for (const socket of Object.values(room.sockets)) socket.terminate();
        },
      };
    },
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
