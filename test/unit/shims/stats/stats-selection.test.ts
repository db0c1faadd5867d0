import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/stats/stats-selection';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

// Firefox 153's answer to getStats(track), as measured (test/e2e/stats.e2e.js): the connection's stats too.
const firefoxReport = (): Map<string, { id: string; type: string }> =>
  new Map(['peer-connection', 'data-channel', 'outbound-rtp', 'codec', 'media-source'].map((type) => [type, { id: type, type }]));

describe('stats-selection', () => {
  it('is not needed outside Gecko; leaves getStats identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('a selector\'s report leaves out peer-connection and data-channel stats; getStats() keeps them', async () => {
    const win = fakeWindow(engines.firefox153);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const calls: unknown[][] = [];
    (PC.prototype as unknown as { getStats: unknown }).getStats = function (...args: unknown[]) {
      calls.push(args);
      return Promise.resolve(firefoxReport());
    };
    assert.ok(installIfNeeded(shim, win));
    const pc = new PC();
    const track = {} as MediaStreamTrack;
    const selected = await pc.getStats(track);
    assert.ok(selected instanceof Map, 'a report of the engine\'s prototype');
    assert.deepEqual([...selected.keys()], ['outbound-rtp', 'codec', 'media-source']);
    assert.deepEqual([...(await pc.getStats()).keys()].length, 5);
    assert.deepEqual([...(await pc.getStats(null)).keys()].length, 5, 'a null selector is the whole connection');
    assert.equal(calls[0]![0], track, 'the engine got the selector');
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
