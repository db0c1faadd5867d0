/**
 * The built package, as users load it: `require`, `import`, the factory entry, and the
 * `<script>` bundles evaluated against fake windows. Needs `npm run build` (npm test runs it).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { describe, it, type TestContext } from 'node:test';
import type { Adapter, AdapterOptions, EntryAdapter } from '../../src/types';
import { engines, fakeWindow } from '../support/fake-window';

const root = path.resolve(__dirname, '..', '..');
const dist = (file: string): string => path.join(root, 'dist', file);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

function loadScript(file: string, win: Record<string, unknown>): void {
  assert.ok(fs.existsSync(dist(file)), 'dist/' + file + ' is missing: run npm run build');
  win.window = win;
  vm.createContext(win);
  vm.runInContext(fs.readFileSync(dist(file), 'utf8'), win, { filename: file });
}

describe('package', () => {
  it('package.json points every entry at a built file', () => {
    type Target = string | { types: string; default: string };
    const exportsMap = pkg.exports as Record<string, Record<string, Target>>;
    const files = (t: Target | undefined): string[] => (typeof t === 'string' ? [t] : t ? [t.types, t.default] : ['missing']);
    for (const entry of ['.', './factory']) {
      const e = exportsMap[entry];
      assert.ok(e, entry);
      for (const key of ['import', 'require']) {
        for (const file of files(e[key])) assert.ok(fs.existsSync(path.join(root, file)), entry + ' ' + key + ': ' + file);
      }
      assert.ok(e.types || (typeof e.import === 'object' && typeof e.require === 'object'), entry + ' has types');
    }
    for (const key of ['main', 'module', 'types', 'unpkg', 'jsdelivr']) assert.ok(fs.existsSync(path.join(root, String(pkg[key]))), key);
    assert.ok(fs.existsSync(dist('adapter.min.js.map')));
    assert.deepEqual(Object.keys(pkg.dependencies as object), ['sdp-transform']);
    assert.match(String((pkg.dependencies as Record<string, string>)['sdp-transform']), /^~2\.15\./);
    assert.equal(pkg.types, './dist/types/index.d.cts', 'node10 resolution reads `types`: the `export =` typings of main');
    const typesVersions = pkg.typesVersions as Record<string, Record<string, string[]>>;
    assert.ok(fs.existsSync(path.join(root, typesVersions['*']!.factory![0]!)), 'typesVersions maps rtcshim/factory for node10');
    const sideEffects = pkg.sideEffects as string[];
    for (const file of sideEffects) assert.ok(fs.existsSync(path.join(root, file)), 'sideEffects: ' + file);
    assert.ok(!sideEffects.some((f) => f.includes('factory') || f.includes('core')), 'the factory entry and the shared chunk are side-effect free');
  });

  it('require("rtcshim") returns the adapter object itself, and its .default is the same object', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const adapter = require(dist('rtcshim.cjs')) as EntryAdapter;
    assert.equal(adapter.default, adapter);
    assert.ok(!Object.keys(adapter).includes('default'), '.default is not enumerable');
    assert.equal(adapter.browserDetails.browser, 'Not a browser.');
    assert.equal(typeof adapter.disableLog, 'function');
  });

  it('import the ESM entries: default adapter, and a factory with no side effects', async () => {
    const esm = (await import(pathToFileURL(dist('rtcshim.mjs')).href)) as { default: EntryAdapter };
    assert.equal(esm.default.browserDetails.browser, 'Not a browser.');
    assert.equal(esm.default.default, esm.default);
    const factory = (await import(pathToFileURL(dist('factory.mjs')).href)) as { createAdapter: (o: AdapterOptions) => Adapter };
    const win = fakeWindow(engines.firefox153);
    assert.equal(win.mozRTCPeerConnection, undefined, 'importing the factory patched nothing');
    const adapter = factory.createAdapter({ window: win });
    assert.equal(adapter.browserDetails.browser, 'firefox');
    assert.equal(win.mozRTCPeerConnection, win.RTCPeerConnection);
  });

  it('the CJS factory works the same', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createAdapter } = require(dist('factory.cjs')) as { createAdapter: (o: AdapterOptions) => Adapter };
    const adapter = createAdapter({ window: fakeWindow(engines.chromium73) });
    assert.deepEqual(adapter.browserDetails, { browser: 'chrome', version: 73 });
  });

  // Both entries of one module system are built together around one chunk (rtcshim-core.*): an
  // app that imports both has one copy of the code, so one logging setting.
  const oneCopy = (entry: Adapter, createAdapter: (o: AdapterOptions) => Adapter, t: TestContext): void => {
    const own = createAdapter({ window: fakeWindow(engines.firefox153) });
    assert.equal(own.disableLog, entry.disableLog, 'one log module');
    const logged = t.mock.method(console, 'log', () => undefined);
    try {
      entry.disableLog(false);
      createAdapter({ window: fakeWindow(engines.firefox153) });
      assert.ok(
        logged.mock.calls.some((c) => c.arguments[0] === 'rtcshim:prefixed-aliases'),
        'disableLog(false) through the entry turns on the factory\'s logging',
      );
    } finally {
      entry.disableLog(true);
    }
  };

  it('rtcshim.mjs and factory.mjs share one chunk', async (t) => {
    const esm = (await import(pathToFileURL(dist('rtcshim.mjs')).href)) as { default: Adapter };
    const factory = (await import(pathToFileURL(dist('factory.mjs')).href)) as { createAdapter: (o: AdapterOptions) => Adapter };
    assert.match(fs.readFileSync(dist('factory.mjs'), 'utf8'), /from '\.\/rtcshim-core\.mjs'/);
    oneCopy(esm.default, factory.createAdapter, t);
  });

  it('rtcshim.cjs and factory.cjs share one chunk', (t) => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const entry = require(dist('rtcshim.cjs')) as Adapter;
    const factory = require(dist('factory.cjs')) as { createAdapter: (o: AdapterOptions) => Adapter };
    /* eslint-enable @typescript-eslint/no-require-imports */
    assert.match(fs.readFileSync(dist('factory.cjs'), 'utf8'), /require\('\.\/rtcshim-core\.cjs'\)/);
    oneCopy(entry, factory.createAdapter, t);
  });

  for (const file of ['adapter.js', 'adapter.min.js']) {
    it(file + ' by <script> patches the page and sets the global adapter', () => {
      const win = fakeWindow(engines.firefox153);
      loadScript(file, win);
      const adapter = win.adapter as EntryAdapter;
      assert.equal(adapter.browserDetails.browser, 'firefox');
      assert.equal(adapter.default, adapter);
      assert.ok(adapter.applied.some((a) => a.name === 'prefixed-aliases'));
      assert.equal(win.mozRTCPeerConnection, win.RTCPeerConnection);
    });
  }

  it('adapter_no_global.js patches the page without a global', () => {
    const win = fakeWindow(engines.firefox153);
    loadScript('adapter_no_global.js', win);
    assert.equal(win.adapter, undefined);
    assert.equal(win.mozRTCPeerConnection, win.RTCPeerConnection);
  });

  it('two copies on one page: the second changes nothing and says so', () => {
    const win = fakeWindow(engines.firefox153);
    loadScript('adapter.js', win);
    const first = win.adapter as Adapter;
    const aliased = win.mozRTCPeerConnection;
    vm.runInContext(fs.readFileSync(dist('adapter.min.js'), 'utf8'), win);
    const second = win.adapter as Adapter;
    assert.notEqual(first, second);
    assert.equal(second.applied.length, 0);
    assert.ok(second.skipped.every((s) => /already patched/.test(s.reason)));
    assert.equal(win.mozRTCPeerConnection, aliased);
  });

  it('loads in a worker-like or SSR global (no window) without throwing', () => {
    const sandbox: Record<string, unknown> = { navigator: { userAgent: 'Node' } };
    vm.createContext(sandbox);
    vm.runInContext(fs.readFileSync(dist('adapter.js'), 'utf8'), sandbox);
    assert.equal((sandbox.adapter as Adapter).browserDetails.browser, 'Not a browser.');
  });
});
