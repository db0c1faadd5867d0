// An ES module app (tsconfig.node16.json, tsconfig.nodenext.json, tsconfig.bundler.json): types
// from the `import` conditions of `exports`. test/unit/types.test.ts type-checks this file and
// runs its output in Node (for the bundler mode too: Node resolves the same `import` entries).
import adapter from 'rtcshim';
import { createAdapter, type Adapter, type AdapterOptions, type AppliedShim, type BrowserName } from 'rtcshim/factory';

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error('esm consumer: ' + what);
}

const name: BrowserName = adapter.browserDetails.browser;
const known = name === 'chrome' || name === 'firefox' || name === 'safari' || name === 'edge';
const unified: boolean | undefined = adapter.browserDetails.supportsUnifiedPlan;
const own: Adapter = createAdapter({ window: null, disable: ['prefixed-aliases'] });
// The DOM's own window is a valid `window` option (no cast), in a browser or under SSR.
const options: AdapterOptions = { window: typeof window === 'undefined' ? null : window, enable: ['some-opt-in'], disable: [] };
const version: number | null = createAdapter(options).browserDetails.version;
const applied: readonly AppliedShim[] = own.applied;
// @ts-expect-error an adapter from the factory has no `default`; only the entry's has
expect(own.default === undefined, 'a factory adapter has no default');

expect(typeof adapter === 'object' && adapter !== null, 'the default import is the adapter, not ' + typeof adapter);
expect(adapter.default === adapter, '.default is the adapter itself');
expect(Object.keys(adapter).indexOf('default') < 0, '.default is not enumerable');
expect(name === 'Not a browser.' && !known && unified === undefined, 'Node is "Not a browser."');
expect(version === null && applied.length === 0, 'no window under Node: nothing applied, no version');
expect(own.disableLog === adapter.disableLog, 'rtcshim and rtcshim/factory share one copy of the code');
// Drift between the published types and the build: every member the `Adapter` type declares,
// and no other (`satisfies` rejects a missing or an extra key), must be the built object's own
// enumerable keys, for the factory's adapter and the entry's.
const ADAPTER_MEMBERS = {
  browserDetails: true, extractVersion: true, disableLog: true, disableWarnings: true,
  applied: true, skipped: true, version: true, previous: true,
} satisfies Record<keyof Adapter, true>;
const declared = Object.keys(ADAPTER_MEMBERS).sort().join();
expect(Object.keys(own).sort().join() === declared, 'createAdapter() keys ' + Object.keys(own).sort().join() + ' differ from the type\'s ' + declared);
expect(Object.keys(adapter).sort().join() === declared, 'the entry adapter keys ' + Object.keys(adapter).sort().join() + ' differ from the type\'s ' + declared);
console.log('ok esm.mts');
