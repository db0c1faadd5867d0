// hostile-worker: the script bundles in classic workers (importScripts) and the auto ESM entry,
// bundled, in a module worker. They must load without a throw, find no browser ("Not a
// browser.", as adapter.js says), patch nothing and say why every shim was skipped.
import { assert, check, done } from '../_common/harness.js';

function run(url, options) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, options);
    const timer = setTimeout(() => reject(new Error('the worker did not answer')), 10000);
    worker.onmessage = (e) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(`worker error: ${e.message || 'failed to load'}`));
    };
  });
}

function expectIdle(out, { global }) {
  assert(!out.error, `it threw: ${out.error}`);
  assert(out.loaded && out.hasAdapter, 'no adapter');
  assert(out.browser === 'Not a browser.', `browserDetails.browser is ${out.browser}`);
  assert(out.version === null, `browserDetails.version is ${out.version}`);
  assert(out.applied === 0, `${out.applied} shims applied`);
  assert(out.skipped > 0 && out.reasons.length === 1 && out.reasons[0] === 'no window', `skipped reasons: ${out.reasons.join(' | ')}`);
  assert(out.extract === 99, 'extractVersion does not work');
  assert(!out.installed && out.marked.length === 0, `patched: ${out.marked.join(', ')}`);
  if (global === false) assert(out.globalAdapter === 'undefined', 'the ESM entry set a global adapter');
  return `${out.skipped} skipped: ${out.reasons[0]}`;
}

(async () => {
  for (const bundle of ['adapter.js', 'adapter.min.js']) {
    await check(`classic worker: importScripts ${bundle}`, async () => expectIdle(await run(`/_hostile/worker-classic.js?bundle=${bundle}`), {}));
  }
  await check("module worker: import adapter from 'rtcshim' (bundled)", async () => expectIdle(await run('/hostile-worker/worker-module.js', { type: 'module' }), { global: false }));
  await done();
})();
