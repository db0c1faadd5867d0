// A module worker (bundled with esbuild, format esm, from an app with the tarball installed):
// `import adapter from 'rtcshim'`, the auto entry, in a worker.
import adapter from 'rtcshim';

postMessage({
  loaded: true,
  hasAdapter: typeof adapter === 'object' && adapter !== null,
  browser: adapter.browserDetails.browser,
  version: adapter.browserDetails.version,
  applied: adapter.applied.length,
  skipped: adapter.skipped.length,
  reasons: adapter.skipped.map((s) => s.reason).filter((r, i, all) => all.indexOf(r) === i),
  extract: adapter.extractVersion('Chrome/99.0', /Chrome\/(\d+)\./, 1),
  globalAdapter: typeof self.adapter,
  installed: Symbol.for('rtcshim.installed') in self,
  marked: [],
});
