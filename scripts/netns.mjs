// Re-run the current Node script inside a private network namespace with only loopback up
// (../shared/BROWSERS.md: as root, browsers must not reach the network). A script whose server and
// browsers must share one namespace calls this first; it returns only inside the namespace (or when
// it need not move: not root, or already inside).
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const INSIDE = 'RTCSHIM_IN_NETNS';

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
