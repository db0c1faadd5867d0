import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim, withMediaSourceIds } from '../../../../src/shims/stats/stats-media-source-id';
import type { Stats } from '../../../../src/stats/spec-members';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

// Firefox 153's stats, as measured (test/e2e/stats.e2e.js): media-source and outbound-rtp, unlinked.
const firefox: Stats[] = [
  { id: 'out-a', type: 'outbound-rtp', mid: '0', kind: 'audio' },
  { id: 'out-v', type: 'outbound-rtp', mid: '1', kind: 'video', mediaSourceId: 'kept' },
  { id: 'src-a', type: 'media-source', kind: 'audio', trackIdentifier: '{mic}' },
];

describe('stats-media-source-id', () => {
  it('is not needed outside Gecko; leaves getStats identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.chromium73, engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('links each outbound-rtp to the media-source of its sent track; keeps what is there; copies', () => {
    const out = withMediaSourceIds(firefox, (s) => (s.mid === '0' ? '{mic}' : undefined));
    assert.equal(out[0]!.mediaSourceId, 'src-a');
    assert.equal(out[1]!.mediaSourceId, 'kept');
    assert.equal('mediaSourceId' in firefox[0]!, false, 'the input is not changed');
    assert.equal(withMediaSourceIds(firefox, () => '{other}')[0]!.mediaSourceId, undefined, 'no source, no link');
  });

  it('finds the track through the transceiver of the stream\'s mid', async () => {
    const win = fakeWindow(engines.firefox153);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    (PC.prototype as unknown as { getStats: unknown }).getStats = () => Promise.resolve(new Map(firefox.map((s) => [s.id, s])));
    assert.ok(installIfNeeded(shim, win));
    const pc = new PC();
    Object.defineProperty(pc, 'getTransceivers', { value: () => [{ mid: '0', sender: { track: { id: '{mic}' } } }] });
    const report = (await pc.getStats()) as unknown as Map<string, Stats>;
    assert.equal(report.get('out-a')?.mediaSourceId, 'src-a');
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.firefox153));
});
