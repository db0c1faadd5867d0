// @ts-check
// A plain CommonJS script (checked as JavaScript against the package's typings): code written
// for webrtc-adapter requires the package and sometimes reads `.default`. Both must be the
// adapter object. test/unit/types.test.ts type-checks this file and runs it.
'use strict';

const adapter = require('rtcshim');
const { createAdapter } = require('rtcshim/factory');

/** @param {boolean} ok @param {string} what */
function expect(ok, what) {
  if (!ok) throw new Error('require consumer: ' + what);
}

/** @type {string} */
const browser = adapter.browserDetails.browser;
expect(typeof adapter.disableLog === 'function', 'require() gives the adapter object');
expect(require('rtcshim').default === adapter, "require('rtcshim').default is the same object");
expect(adapter.default.default === adapter, '.default is the adapter itself, all the way down');
expect(JSON.stringify(Object.keys(adapter)).indexOf('"default"') < 0, '.default is not enumerable');
expect(browser === 'Not a browser.', 'Node is "Not a browser.", not ' + browser);
expect(createAdapter({}).disableWarnings === adapter.disableWarnings, 'one copy of the code');
console.log('ok require.cjs');
