// A CommonJS module in a node16/nodenext project (tsconfig.node16.json, tsconfig.nodenext.json):
// types from the `require` conditions of `exports`, which are `export =`. test/unit/types.test.ts
// type-checks this file and runs its output.
import adapter = require('rtcshim');
import factory = require('rtcshim/factory');
// No esModuleInterop: this reads `.default` at run time, which is the adapter itself.
import imported from 'rtcshim';

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error('cjs consumer: ' + what);
}

const browser: string = adapter.browserDetails.browser;
const skipped: ReadonlyArray<{ name: string; reason: string }> = adapter.skipped;

expect(typeof adapter.disableLog === 'function', 'import x = require() gives the adapter object');
expect(imported === adapter && adapter.default === adapter, 'the default import and .default are the adapter itself');
expect(browser === 'Not a browser.', 'Node is "Not a browser.", not ' + browser);
expect(skipped.length > 0, 'every shim is reported as skipped');
expect(factory.createAdapter({}).disableLog === adapter.disableLog, 'one copy of the code');
console.log('ok cjs.cts');
