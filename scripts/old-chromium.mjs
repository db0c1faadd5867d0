#!/usr/bin/env node
// Fetch the old headless Chromium builds that chrome-aws-lambda and @sparticuz/chromium ship
// inside their npm tarballs (see ../shared/BROWSERS.md), unpack them into .cache/browsers/ and
// print their paths. Which builds, and where they go: scripts/browsers.cjs (OLD_CHROMIUMS).
//
//   node scripts/old-chromium.mjs            # fetch if missing, print NAME=path lines
//   node scripts/old-chromium.mjs --check    # also launch each one and print its user agent
//
// Programmatic: `import { ensureOldChromiums } from './old-chromium.mjs'` →
// { chromium73: '/abs/path', chromium92: '/abs/path', chromium123: '/abs/path' }.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { cachedChromiumPath, cacheDir, CHROMIUM_FLAGS, OLD_CHROMIUMS } from './browsers.cjs';
import { reexecInLoopbackNetns } from './netns.mjs';

function fetchOne(key) {
  return fetchChromiumPackage(OLD_CHROMIUMS[key].pkg, key);
}

/**
 * Fetch (or reuse) the headless Chromium inside npm package `pkg` (e.g. `@sparticuz/chromium@131.0.0`)
 * into .cache/browsers/<dirName>/chromium; returns the binary's path.
 */
export function fetchChromiumPackage(pkg, dirName) {
  const bin = cachedChromiumPath(dirName);
  const marker = path.join(cacheDir, dirName, 'SOURCE');
  if (fs.existsSync(bin) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === pkg) {
    return bin;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `rtcshim-${dirName}-`));
  try {
    // `npm pack` downloads the tarball through npm's own cache (fast on reruns); --json names the file.
    const out = execFileSync('npm', ['pack', pkg, '--json', '--pack-destination', work], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const tgz = path.join(work, JSON.parse(out)[0].filename);
    execFileSync('tar', ['-xzf', tgz, '-C', work, '--wildcards', 'package/bin/chromium*.br'], {
      stdio: 'inherit',
    });
    const binDir = path.join(work, 'package', 'bin');
    const br = fs.readdirSync(binDir).find((f) => /^chromium.*\.br$/.test(f));
    if (!br) throw new Error(`${pkg}: no bin/chromium*.br in the tarball`);
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    const tmp = `${bin}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, zlib.brotliDecompressSync(fs.readFileSync(path.join(binDir, br))));
    fs.chmodSync(tmp, 0o755);
    fs.renameSync(tmp, bin);
    fs.writeFileSync(marker, `${pkg}\n`);
    return bin;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Fetch (or reuse) every old Chromium; returns { key: absolutePath }. */
export function ensureOldChromiums(keys = Object.keys(OLD_CHROMIUMS)) {
  const result = {};
  for (const key of keys) result[key] = fetchOne(key);
  return result;
}

// Launch the binary headless on a data: URL and read its user agent. `--version` prints nothing
// useful for these builds; --dump-dom needs no DevTools port and exits on its own.
export function userAgentOf(bin) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rtcshim-ua-'));
  try {
    const page = 'data:text/html,<script>document.write(navigator.userAgent)</script>';
    const r = spawnSync(
      bin,
      [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--dump-dom', page],
      { encoding: 'utf8', timeout: 60000 },
    );
    const m = /<body>([^<]*)<\/body>/.exec(r.stdout || '');
    return m ? m[1].trim() : `(no user agent: status ${r.status}, ${(r.stderr || '').trim().split('\n').pop()})`;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Fetch first (the namespace has no registry); --check then launches the browsers, which as
  // root must happen inside a loopback-only namespace: the re-run finds every build in the cache.
  const paths = ensureOldChromiums();
  if (process.argv.includes('--check')) {
    reexecInLoopbackNetns(fileURLToPath(import.meta.url), (why) => {
      console.error(`old-chromium: ${why}`);
      process.exit(2);
    });
  }
  for (const [key, bin] of Object.entries(paths)) {
    console.log(`${OLD_CHROMIUMS[key].env}=${bin}`);
    if (process.argv.includes('--check')) console.log(`  ${userAgentOf(bin)}`);
  }
}
