// A CommonJS app on TypeScript's classic resolution (tsconfig.node10*.json: `moduleResolution:
// node10`, `module: commonjs`, with and without esModuleInterop). That resolution ignores
// `exports`, so the package's `types` (the `export =` typings) and `typesVersions` (the factory
// subpath) must serve it. test/unit/types.test.ts type-checks this file and runs its output.
import adapter from 'rtcshim';
import required = require('rtcshim');
import { createAdapter, type Adapter, type BrowserName } from 'rtcshim/factory';
import factory = require('rtcshim/factory');

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error('node10 consumer: ' + what);
}

// Types: every name adapter.js code compares against, and adapter.js's optional member.
const name: BrowserName = adapter.browserDetails.browser;
const known = name === 'chrome' || name === 'firefox' || name === 'safari' || name === 'edge';
const unified: boolean | undefined = required.browserDetails.supportsUnifiedPlan;
const own: Adapter = createAdapter({ window: null });
// @ts-expect-error an adapter from the factory has no `default`; only the entry's has
expect(own.default === undefined, 'a factory adapter has no default');

// Run time: every form is the adapter object (a default import used to be undefined here).
expect(typeof adapter === 'object' && adapter !== null, 'the default import is the adapter, not ' + typeof adapter);
expect(adapter === required, 'import x = require() gives the same object');
expect(adapter.default === adapter && required.default === required, '.default is the adapter itself');
expect(Object.keys(adapter).indexOf('default') < 0, '.default is not enumerable');
expect(name === 'Not a browser.' && !known && unified === undefined, 'Node is "Not a browser."');
expect(factory.createAdapter === createAdapter, 'one factory module');
expect(own.disableLog === adapter.disableLog, 'the entry and the factory share one copy of the code');
console.log('ok node10.ts');
