import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/implicit-set-local-description';
import { chromiumUserAgent, engines, fakeWindow } from '../../../support/fake-window';
import { assertChromiumRangeEndsAt, assertIdempotent, assertNotNeededAndUntouched, installIfNeeded, installWithLegacyCallbacks, viaCallbacks } from '../../../support/context';

describe('implicit-set-local-description', () => {
  it('the measured range for {type} without sdp: needed through Chromium 151 (149 measured wrong, 152 right), not from 152', () => {
    assertChromiumRangeEndsAt(shim, 151);
  });

  it('is not needed where setLocalDescription() takes no argument; leaves the engine identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('is needed where the argument is required and then creates the offer or answer itself', async () => {
    const win = fakeWindow(engines.chromium73);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    await assert.rejects(new PC().setLocalDescription(), TypeError, 'the fake models the old engine');
    assert.match(String(installIfNeeded(shim, win)), /length is 1/);
    const pc1 = new PC();
    const pc2 = new PC();
    assert.equal(await pc1.setLocalDescription(), undefined);
    assert.equal(pc1.signalingState, 'have-local-offer');
    assert.equal(pc1.localDescription?.type, 'offer');
    await pc2.setRemoteDescription(pc1.localDescription as RTCSessionDescription);
    await pc2.setLocalDescription();
    assert.equal(pc2.signalingState, 'stable');
    assert.equal(pc2.localDescription?.type, 'answer');
    await pc1.setRemoteDescription(pc2.localDescription as RTCSessionDescription);
    assert.equal(pc1.signalingState, 'stable');
  });

  it('where the engine has the argument-less form, hands it () and a {type} the state implies, unchanged', async () => {
    // Chromium 92-151: no argument works natively; {type} without sdp does not.
    const win = fakeWindow({ ...engines.chromium156, userAgent: chromiumUserAgent(123) });
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const proto = PC.prototype as unknown as Record<string, unknown>;
    const engineSld = proto.setLocalDescription as (this: RTCPeerConnection, ...a: unknown[]) => Promise<void>;
    const calls: unknown[][] = [];
    proto.setLocalDescription = Object.defineProperty(function (this: RTCPeerConnection, ...a: unknown[]) {
      calls.push(a);
      return engineSld.apply(this, a);
    }, 'length', { value: 0 });
    assert.match(String(installIfNeeded(shim, win)), /Chromium 123/);

    const pc1 = new PC();
    await pc1.setLocalDescription();
    await pc1.setLocalDescription({ type: 'offer' });
    assert.deepEqual(calls, [[], []], 'both went to the engine as setLocalDescription()');
    assert.equal(pc1.signalingState, 'have-local-offer');

    const pc2 = new PC();
    await pc2.setRemoteDescription(pc1.localDescription as RTCSessionDescription);
    calls.length = 0;
    await pc2.setLocalDescription({ type: 'pranswer' });
    assert.equal(calls.length, 1);
    assert.equal((calls[0]![0] as RTCSessionDescriptionInit).type, 'pranswer', 'pranswer is created here and set with its sdp');
    assert.match(String((calls[0]![0] as RTCSessionDescriptionInit).sdp), /^v=0/);
    calls.length = 0;
    await assert.rejects(pc2.setLocalDescription({ type: 'offer' }), { name: 'InvalidStateError' }, 'an offer the state does not imply');
  });

  it('treats null, {type} and {type, sdp: ""} as implicit too, and honours pranswer', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const pc1 = new PC();
    await pc1.setLocalDescription(null as unknown as RTCSessionDescriptionInit);
    assert.equal(pc1.signalingState, 'have-local-offer');
    const pc2 = new PC();
    await pc2.setLocalDescription({ type: 'offer' });
    assert.equal(pc2.signalingState, 'have-local-offer');
    const pc3 = new PC();
    await pc3.setRemoteDescription(pc1.localDescription as RTCSessionDescription);
    await pc3.setLocalDescription({ type: 'pranswer', sdp: '' });
    assert.equal(pc3.signalingState, 'have-local-pranswer');
    assert.equal(pc3.localDescription?.type, 'pranswer');
  });

  it('passes explicit descriptions through untouched, errors included', async () => {
    const win = fakeWindow(engines.chromium73);
    installIfNeeded(shim, win);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    await assert.rejects(pc.setLocalDescription({ type: 'answer', sdp: 'v=0\r\n' }), { name: 'InvalidStateError' });
    assert.equal(pc.signalingState, 'stable');
    pc.close();
    await assert.rejects(pc.setLocalDescription(), { name: 'InvalidStateError' });
  });

  it('the legacy callback form still works (under legacy-callbacks), and length is the spec\'s 0', async () => {
    const win = fakeWindow(engines.chromium73);
    installWithLegacyCallbacks(shim, win);
    assert.equal((win.RTCPeerConnection as typeof RTCPeerConnection).prototype.setLocalDescription.length, 0);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const offer = await pc.createOffer();
    const [outcome, , returned] = await viaCallbacks((ok, fail) => pc.setLocalDescription(offer, ok, fail));
    assert.deepEqual([outcome, returned, pc.signalingState], ['success', undefined, 'have-local-offer']);
    const pc2 = new (win.RTCPeerConnection as typeof RTCPeerConnection)();
    const [implicit] = await viaCallbacks((ok, fail) => (pc2.setLocalDescription as unknown as (...a: unknown[]) => unknown).call(pc2, undefined, ok, fail));
    assert.deepEqual([implicit, pc2.signalingState], ['success', 'have-local-offer']);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
