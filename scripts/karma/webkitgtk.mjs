#!/usr/bin/env node
// The "browser process" of karma's `webkitgtk` launcher (scripts/karma/launchers.cjs): WebKitGTK's
// MiniBrowser driven through WebKitWebDriver, because that is the only way MiniBrowser grants its
// mock camera and microphone without a prompt (../shared/BROWSERS.md, "WebKitGTK under karma").
//
//   node scripts/karma/webkitgtk.mjs '<options JSON>' <url>
//   options: { binary, driver, args }   (scripts/browsers.cjs: webkitgtkOptions())
//
// 1. starts Xvfb on a free display, unless DISPLAY is set;
// 2. starts WebKitWebDriver on a free loopback port and waits until it is ready;
// 3. opens a W3C WebDriver session (browserName MiniBrowser, webkitgtk:browserOptions) with plain
//    fetch, no npm dependency; prints `browserVersion <v>` (the launcher reads it: MiniBrowser's
//    user agent carries no WebKitGTK version);
// 4. navigates to `url` (karma's capture page) and stays until karma stops it:
// 5. on SIGTERM/SIGINT, or when stdin closes (karma spawns it with a pipe, so a karma that died
//    without signalling closes it), deletes the session (which quits MiniBrowser) and ends only the
//    processes it started itself.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const [optionsJson, url] = process.argv.slice(2);
if (!optionsJson || !url) {
  console.error('usage: node scripts/karma/webkitgtk.mjs \'{"binary","driver","args"}\' <url>');
  process.exit(2);
}
const options = JSON.parse(optionsJson);
const children = [];
let driverUrl = null;
let session = null; // the promise of POST /session, once sent
let stopping = false;

function start(cmd, args, extra = {}) {
  // stop() may have run while this process was still setting up: start nothing it would not end
  if (stopping) throw new Error('stopped before starting ' + cmd);
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], ...extra });
  children.push(child);
  child.on('error', (err) => fail(`${cmd}: ${err.message}`));
  child.on('exit', (code, signal) => {
    if (!stopping) fail(`${cmd} exited (${signal || code}) before karma stopped the browser`);
  });
  return child;
}

// Xvfb picks the first free display itself and writes its number to fd 3 (-displayfd).
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
    });
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display within 10 s')), 10000);
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function request(method, path, body, timeoutMs = 60000) {
  const response = await fetch(driverUrl + path, {
    method,
    headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json = await response.json();
  if (!response.ok) {
    const v = json && json.value ? json.value : {};
    throw new Error(`WebDriver ${method} ${path}: ${v.error || response.status} ${v.message || ''}`.trim());
  }
  return json.value;
}

async function waitForDriver() {
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      const status = await request('GET', '/status', null, 2000);
      if (status && status.ready) return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer within 15 s (${err.message})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stop(code) {
  if (stopping) return;
  stopping = true;
  const id = session && (await session.then((value) => value.sessionId, () => null));
  if (id) {
    try {
      await request('DELETE', `/session/${id}`, null, 3000);
    } catch (err) {
      console.error(`webkitgtk: could not delete the WebDriver session: ${err.message}`);
    }
  }
  // The driver first, then the X server (a MiniBrowser left behind loses its display and exits).
  for (const child of children.slice().reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([new Promise((resolve) => child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 1000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }
  process.exit(code);
}

function fail(message) {
  console.error(`webkitgtk: ${message}`);
  stop(1);
}

process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
process.stdin.on('end', () => stop(0));
process.stdin.resume();

// A machine without the packages: say which, rather than karma's "cannot start".
const missing = [options.binary, options.driver].filter((file) => !fs.existsSync(file));
if (!process.env.DISPLAY && spawnSync('Xvfb', ['-help'], { stdio: 'ignore' }).error) missing.push('Xvfb');
if (missing.length) {
  console.error(`webkitgtk: ${missing.join(', ')} not found: apt-get install webkit2gtk-driver xvfb (Debian), or set WEBKITGTK_BIN / WEBKIT_WEBDRIVER_BIN`);
  process.exit(1);
}

try {
  const env = { ...process.env };
  if (!env.DISPLAY) env.DISPLAY = await startXvfb();
  const port = await freePort();
  driverUrl = `http://127.0.0.1:${port}`;
  start(options.driver, [`--port=${port}`, '--host=local'], { env });
  await waitForDriver();
  session = request('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: options.binary, args: options.args },
      },
    },
  });
  const { sessionId, capabilities } = await session;
  console.log(`browserVersion ${capabilities.browserVersion}`);
  if (!stopping) await request('POST', `/session/${sessionId}/url`, { url }, 120000);
} catch (err) {
  fail(err.message);
}
