import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('src/index.ts', () => {
  it('imports in Node (no window) without throwing and patches nothing', async () => {
    assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
    const { default: adapter } = await import('../../src/index');
    assert.equal(adapter.browserDetails.browser, 'Not a browser.');
    assert.equal(adapter.browserDetails.version, null);
    assert.deepEqual(adapter.applied, []);
    assert.ok(adapter.skipped.length > 0);
  });

  it("the adapter is its own `default`, not enumerable (require('webrtc-adapter').default habits)", async () => {
    const { default: adapter } = await import('../../src/index');
    assert.equal(adapter.default, adapter);
    assert.deepEqual(Object.keys(adapter).sort(), ['applied', 'browserDetails', 'disableLog', 'disableWarnings', 'extractVersion', 'previous', 'skipped', 'version']);
  });
});
