// A CommonJS app requiring the published package by name (checked by test/unit/types.test.ts).
import adapter = require('rtcshim');
import factory = require('rtcshim/factory');

export const browser: string = adapter.browserDetails.browser;
export const skipped: ReadonlyArray<{ name: string; reason: string }> = adapter.skipped;
export const own = factory.createAdapter({});
// @ts-expect-error require('rtcshim') is the adapter itself; it has no `.default`
export const trap: unknown = adapter.default;
