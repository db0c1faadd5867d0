import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/data-channel/sctp-transport';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

type FakePC = RTCPeerConnection & { fakeConnect(mms?: number): void };

/** Two Chromium 73 connections; pc1 offers, `edit` rewrites the answer pc1 applies. */
async function negotiated(edit: (sdp: string) => string = (s) => s): Promise<{ pc1: FakePC; pc2: FakePC }> {
  const win = fakeWindow(engines.chromium73);
  assert.equal(installIfNeeded(shim, win), 'RTCPeerConnection.sctp is missing');
  const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
  const pc1 = new PC() as FakePC;
  const pc2 = new PC() as FakePC;
  assert.equal(pc1.sctp, null, 'null before any description');
  const offer = await pc1.createOffer();
  await pc1.setLocalDescription(offer);
  assert.equal(pc1.sctp, null, 'null while the offer is pending');
  await pc2.setRemoteDescription(offer);
  const answer = await pc2.createAnswer();
  await pc2.setLocalDescription(answer);
  await pc1.setRemoteDescription({ type: 'answer', sdp: edit(answer.sdp ?? '') });
  return { pc1, pc2 };
}

describe('sctp-transport', () => {
  it('is not needed where the engine has sctp; leaves the prototype identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.safari17PromiseOnly]);
  });

  it('once SCTP is negotiated: one transport, 65536 when the remote side says nothing, connecting', async () => {
    const { pc1, pc2 } = await negotiated();
    const sctp = pc1.sctp!;
    assert.equal(pc1.sctp, sctp, 'the same object every time');
    assert.equal(sctp.maxMessageSize, 65536);
    assert.equal(sctp.state, 'connecting');
    assert.equal(sctp.transport, null);
    assert.equal(sctp.maxChannels, null);
    assert.ok(pc2.sctp, 'the answerer has one too');
  });

  it('maxMessageSize follows the remote a=max-message-size, capped at what Chromium sends; 0 is any size', async () => {
    const at = (size: string) => (sdp: string): string => sdp.replace('a=sctp-port:5000', 'a=sctp-port:5000\r\na=max-message-size:' + size);
    assert.equal((await negotiated(at('16384'))).pc1.sctp!.maxMessageSize, 16384);
    assert.equal((await negotiated(at('1073741823'))).pc1.sctp!.maxMessageSize, 262144);
    assert.equal((await negotiated(at('0'))).pc1.sctp!.maxMessageSize, 262144);
  });

  it('state: statechange when connected (handler and listener), closed by close() without an event; maxChannels from a=sctpmap', async () => {
    const { pc1 } = await negotiated((sdp) => sdp.replace('a=sctp-port:5000', 'a=sctpmap:5000 webrtc-datachannel 1024'));
    const sctp = pc1.sctp!;
    const seen: string[] = [];
    sctp.onstatechange = () => seen.push('handler ' + sctp.state);
    sctp.addEventListener('statechange', () => seen.push('listener ' + sctp.state));
    pc1.fakeConnect();
    assert.deepEqual(seen, ['handler connected', 'listener connected']);
    assert.equal(sctp.maxChannels, 1024);
    pc1.close();
    assert.equal(sctp.state, 'closed');
    pc1.dispatchEvent(new Event('connectionstatechange'));
    assert.deepEqual(seen.length, 2);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
