// Private network namespaces for the browsers (../shared/BROWSERS.md: as root, browsers must not
// reach the network). NETNS_SCRIPT + canUseNetns: the karma runs and the cross-engine calls (loopback
// plus an isolated veth link). reexecInLoopbackNetns: loopback only, for the probes.
import { spawn, spawnSync } from 'node:child_process';
import process from 'node:process';

// The shell line from BROWSERS.md: run "$@" in a new network namespace with lo and a veth pair.
// One change: the veth links get no IPv6 link-local address (addrgenmode none). Otherwise that
// address appears a second or so after the link comes up (duplicate address detection), just as
// the browsers load the test page; Chromium then sees a network change and fails the requests in
// flight (ERR_NETWORK_CHANGED): whole test files went missing, their requests never reached karma.
// That mechanism is inferred; measured: about 4 runs in 10 of the three old engines lost files
// before this change, none of 10 after.
export const NETNS_SCRIPT =
  'ip link set lo up; ip link add veth0 type veth peer name veth1; ' +
  'ip link set veth0 addrgenmode none; ip link set veth1 addrgenmode none; ' +
  'ip addr add 10.213.0.1/24 dev veth0; ip link set veth0 up; ip link set veth1 up; ' +
  'ip route add default dev veth0; exec "$@"';

// `ip` and `unshare` live in /usr/sbin and /usr/bin; a root PATH without sbin still finds them.
export const SYSTEM_PATH = [process.env.PATH, '/usr/local/sbin', '/usr/sbin', '/sbin', '/usr/bin', '/bin'].filter(Boolean).join(':');

export function canUseNetns() {
  if (process.env.RTCSHIM_NO_NETNS === '1') return false;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], {
    stdio: 'pipe',
    encoding: 'utf8',
    env: { ...process.env, PATH: SYSTEM_PATH },
  });
  if (probe.status !== 0) {
    console.warn(`netns: root, but no network namespace (${(probe.stderr || probe.error || '').toString().trim()}); running without one`);
    return false;
  }
  return true;
}

const INSIDE = 'RTCSHIM_IN_NETNS';

// Re-run the current Node script inside a namespace with only loopback up. A script whose server
// and browsers must share one namespace calls this first; it returns only inside the namespace (or
// when it need not move: not root, or already inside).
export function reexecInLoopbackNetns(scriptPath, onError) {
  if (process.getuid?.() !== 0 || process.env[INSIDE] === '1') return;
  const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    onError('cannot create a network namespace (unshare -n + ip link set lo up)');
    return;
  }
  const r = spawnSync(
    'unshare',
    ['-n', 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh', process.execPath, scriptPath, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, [INSIDE]: '1' } },
  );
  if (r.error) onError(`cannot run unshare (${r.error.message})`);
  process.exit(r.status ?? 2);
}

/**
 * Run `node scriptPath ...args` inside a private namespace with NETNS_SCRIPT's links, with
 * RTCSHIM_IN_NETNS=1 (scripts/cross.mjs, scripts/consumers.mjs); resolves with its exit code.
 * Signals to this process are forwarded.
 */
export function runInNetns(scriptPath, args, { env = process.env, cwd } = {}) {
  const child = spawn('unshare', ['-n', 'sh', '-c', NETNS_SCRIPT, 'sh', process.execPath, scriptPath, ...args], {
    cwd,
    stdio: 'inherit',
    env: { ...env, PATH: SYSTEM_PATH, [INSIDE]: '1' },
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('error', (err) => {
      console.error(`netns: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (status) => resolve(status === null ? 1 : status));
  });
}
