import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/stats/legacy-get-stats';
import { engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, viaCallbacks } from '../../../support/context';

type PC = RTCPeerConnection & { getStats(...args: unknown[]): Promise<unknown> };

function shimmedPC(engine: FakeEngine): { pc: PC; win: ReturnType<typeof fakeWindow> } {
  const win = fakeWindow(engine);
  assert.notEqual(installIfNeeded(shim, win), false);
  return { pc: new (win.RTCPeerConnection as typeof RTCPeerConnection)() as PC, win };
}

describe('legacy-get-stats', () => {
  it('is not needed without a promise getStats (callback-only Chrome 45, no RTCPeerConnection); leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chrome45CallbackOnly, engines.webkitGtkNoPeerConnection]);
  });

  it('getStats(success) and getStats(success, selector) answer with the spec report where the engine dropped the form', async () => {
    const { pc, win } = shimmedPC(engines.chromium156);
    const [outcome, report, returned] = await viaCallbacks((ok) => pc.getStats(ok));
    assert.equal(outcome, 'success');
    assert.ok(report instanceof (win.RTCStatsReport as typeof Map));
    assert.equal((report as Map<string, { type: string }>).get('P')?.type, 'peer-connection');
    assert.equal(await returned, undefined);
    const [outcome2, report2] = await viaCallbacks((ok) => pc.getStats(ok, null));
    assert.equal(outcome2, 'success');
    assert.ok(report2 instanceof (win.RTCStatsReport as typeof Map));
  });

  it('getStats(selector, success, failure) (Firefox legacy form) calls back with the report or the spec error', async () => {
    const { pc, win } = shimmedPC(engines.firefox153);
    const [outcome, report] = await viaCallbacks((ok, fail) => pc.getStats(null, ok, fail));
    assert.equal(outcome, 'success');
    assert.ok(report instanceof (win.RTCStatsReport as typeof Map));
    const foreign = new (win.MediaStreamTrack as new (kind: string) => object)('audio');
    const [bad, error] = await viaCallbacks((ok, fail) => pc.getStats(foreign, ok, fail));
    assert.equal(bad, 'failure');
    assert.equal((error as DOMException).name, 'InvalidAccessError');
    const [wrongType, typeError] = await viaCallbacks((ok, fail) => pc.getStats({}, ok, fail));
    assert.equal(wrongType, 'failure');
    assert.ok(typeError instanceof TypeError);
  });

  it('a success callback without a failure callback, and a failure callback second', async () => {
    const { pc } = shimmedPC(engines.firefox153);
    assert.equal((await viaCallbacks((ok) => pc.getStats(null, ok)))[0], 'success');
    assert.equal((await viaCallbacks((ok, fail) => pc.getStats(ok, fail)))[0], 'success');
  });

  it('leaves Chromium 73\'s own getStats(success) answer (the legacy RTCStatsResponse) and fixes getStats(selector, success)', async () => {
    const { pc, win } = shimmedPC(engines.chromium73);
    const [outcome, response] = await viaCallbacks((ok) => pc.getStats(ok));
    assert.equal(outcome, 'success');
    assert.equal(typeof (response as { result?: unknown }).result, 'function', 'the engine\'s legacy response');
    const [outcome2, report] = await viaCallbacks((ok, fail) => pc.getStats(null, ok, fail));
    assert.equal(outcome2, 'success');
    assert.ok(report instanceof (win.RTCStatsReport as typeof Map));
  });

  it('the promise form is the engine\'s, with the selector alone', async () => {
    const { pc, win } = shimmedPC(engines.chromium73);
    assert.ok((await pc.getStats()) instanceof (win.RTCStatsReport as typeof Map));
    assert.ok((await pc.getStats(null, undefined)) instanceof (win.RTCStatsReport as typeof Map));
    await assert.rejects(pc.getStats(new (win.MediaStreamTrack as new (kind: string) => object)('video')), { name: 'InvalidAccessError' });
  });

  it('a callback that is not callable is a TypeError', async () => {
    const { pc } = shimmedPC(engines.chromium156);
    await assert.rejects(pc.getStats(null, 5, () => {}), TypeError);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
