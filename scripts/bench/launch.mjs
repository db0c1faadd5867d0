// Start one browser on one URL with a fresh profile, and stop exactly it afterwards.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The version a binary prints for --version, or null. */
export function versionOf(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const m = (r.stdout || '').match(/(\d+\.[\d.]+\w*)/);
  return m ? m[1] : null;
}

export function launch(engine, url, prefix = 'rtcshim-bench') {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-${engine.name}-`));
  // own process group so that we can stop exactly the browser we started and its children
  const child = spawn(engine.bin, engine.launchArgs(url, profile), { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  return {
    child,
    profile,
    stderr: () => stderr,
    exited: () => exited,
    async stop() {
      // only the process group of the browser we spawned
      const signalGroup = (sig) => {
        try {
          process.kill(-child.pid, sig);
        } catch {
          // ESRCH: the group is already gone
        }
      };
      const waitExit = async (ms) => {
        const t = Date.now();
        while (!exited && Date.now() - t < ms) await sleep(50);
      };
      if (!exited) {
        signalGroup('SIGTERM');
        await waitExit(3000);
      }
      if (!exited) {
        signalGroup('SIGKILL');
        await waitExit(2000);
      }
      // children of the group may outlive the leader for a moment
      signalGroup('SIGKILL');
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
