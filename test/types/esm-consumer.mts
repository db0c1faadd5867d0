// An ESM app importing the published package by name (checked by test/unit/types.test.ts).
import adapter from 'rtcshim';
import { createAdapter, type Adapter, type AppliedShim } from 'rtcshim/factory';

export const browser: string = adapter.browserDetails.browser;
export const version: number | null = adapter.browserDetails.version;
export const applied: AppliedShim[] = adapter.applied;
export const own: Adapter = createAdapter({ window: null, disable: ['prefixed-aliases'] });
// @ts-expect-error the default export is the adapter itself; it has no `.default`
export const trap: unknown = adapter.default;
