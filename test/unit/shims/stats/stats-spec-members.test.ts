import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/stats/stats-spec-members';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertChromiumRangeEndsAt, assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

describe('stats-spec-members', () => {
  it('is not needed after Chromium 92, in Firefox or Safari; leaves getStats identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('answers the promise form with a report that has the spec members; a legacy call goes to the engine', async () => {
    const win = fakeWindow(engines.chromium73);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const proto = PC.prototype as unknown as { getStats: (...args: unknown[]) => unknown };
    const engineReport = new Map<string, unknown>([['c', { id: 'c', type: 'local-candidate', timestamp: 1, ip: '10.0.0.1' }]]);
    const calls: unknown[][] = [];
    proto.getStats = function (...args: unknown[]) {
      calls.push(args);
      return typeof args[0] === 'function' ? undefined : Promise.resolve(engineReport);
    };
    assert.ok(installIfNeeded(shim, win));
    const pc = new PC();
    const report = (await pc.getStats()) as unknown as Map<string, Record<string, unknown>>;
    assert.ok(report instanceof Map, 'of the engine report\'s prototype');
    assert.equal(report.get('c')?.address, '10.0.0.1');
    assert.equal((engineReport.get('c') as Record<string, unknown>).address, undefined, 'the engine\'s stats object is not changed');
    const callback = (): void => {};
    assert.equal((pc.getStats as (...a: unknown[]) => unknown)(callback), undefined);
    assert.equal(calls.at(-1)![0], callback, 'the legacy call reached the engine as it was');
  });

  it('ends at the last Chromium measured with obsolete track stats', () => assertChromiumRangeEndsAt(shim, 92));

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
