import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/data-channel/send-max-message-size';
import { chromiumUserAgent, engines, fakeWindow } from '../../../support/fake-window';
import { assertChromiumRangeEndsAt, assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

type FakePC = RTCPeerConnection & { fakeConnect(mms?: number): void; fakeIncoming(label: string): void };
const chromium123 = { ...engines.chromium156, userAgent: chromiumUserAgent(123), oversizeSend: 'closes' as const };

function open(mms: number): { channel: RTCDataChannel & { fakeSent: unknown[] }; pc: FakePC } {
  const win = fakeWindow(chromium123);
  assert.notEqual(installIfNeeded(shim, win), false);
  const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)() as FakePC;
  const channel = pc.createDataChannel('x') as RTCDataChannel & { fakeSent: unknown[] };
  pc.fakeConnect(mms);
  return { channel, pc };
}

describe('send-max-message-size', () => {
  it('is not needed in Chromium 156 or Safari; leaves send identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.safari17PromiseOnly]);
    const win = fakeWindow(engines.chromium156);
    const send = (win.RTCDataChannel as typeof RTCDataChannel).prototype.send;
    installIfNeeded(shim, win);
    assert.equal((win.RTCDataChannel as typeof RTCDataChannel).prototype.send, send);
  });

  it('the Blink range ends at the measured version; needed in Gecko', () => {
    assertChromiumRangeEndsAt(shim, 155);
    assert.equal(installIfNeeded(shim, fakeWindow(engines.firefox153)), 'Gecko sends a string over maxMessageSize');
  });

  it('the fake models Chromium 123: an oversize message closes the channel', () => {
    const win = fakeWindow(chromium123);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)() as FakePC;
    const channel = pc.createDataChannel('x');
    pc.fakeConnect(4);
    channel.send('12345');
    assert.equal(channel.readyState, 'closed');
  });

  it('throws a TypeError for more bytes than maxMessageSize and keeps the channel open; up to it sends', () => {
    const { channel } = open(8);
    assert.throws(() => channel.send('123456789'), TypeError);
    assert.throws(() => channel.send(new Uint8Array(9)), TypeError);
    assert.throws(() => channel.send(new ArrayBuffer(9)), TypeError);
    assert.throws(() => channel.send(new Blob(['123456789'])), TypeError);
    assert.throws(() => channel.send('ééééé'), TypeError, 'UTF-8 bytes, not UTF-16 units (10 > 8)');
    assert.throws(() => channel.send('😀😀😀'), TypeError, '12 bytes');
    assert.equal(channel.readyState, 'open');
    channel.send('12345678');
    channel.send('éééé');
    channel.send('😀😀');
    channel.send(new Uint8Array(8));
    assert.equal(channel.fakeSent.length, 4);
  });

  it('a channel that is not open keeps the engine\'s InvalidStateError; a received channel is checked too', () => {
    const { channel, pc } = open(8);
    channel.close();
    assert.throws(() => channel.send('123456789'), { name: 'InvalidStateError' });
    let received: RTCDataChannel | undefined;
    pc.addEventListener('datachannel', (e) => (received = (e as RTCDataChannelEvent).channel));
    pc.fakeIncoming('in');
    assert.throws(() => received!.send('123456789'), TypeError);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, chromium123));
});
