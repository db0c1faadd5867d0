import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/data-channel/close-data-channels';
import { engines, fakeWindow, type FakeEngine } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

type FakePC = RTCPeerConnection & { fakeConnect(mms?: number): void; fakeIncoming(label: string): void };
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

function setup(engine: FakeEngine = engines.chromium156): { win: ReturnType<typeof fakeWindow>; pc: FakePC } {
  const win = fakeWindow(engine);
  assert.notEqual(installIfNeeded(shim, win), false);
  return { win, pc: new (win.RTCPeerConnection as typeof RTCPeerConnection)() as FakePC };
}

describe('close-data-channels', () => {
  it('is not needed outside Blink and Gecko; leaves RTCDataChannel identical', () => {
    assertNotNeededAndUntouched(shim, [engines.safari17PromiseOnly, engines.webkitGtkNoPeerConnection]);
    const win = fakeWindow(engines.safari17PromiseOnly);
    const proto = (win.RTCDataChannel as typeof RTCDataChannel).prototype;
    const before = Object.getOwnPropertyNames(proto).map((k) => Object.getOwnPropertyDescriptor(proto, k)?.get ?? Object.getOwnPropertyDescriptor(proto, k)?.value);
    installIfNeeded(shim, win);
    assert.deepEqual(Object.getOwnPropertyNames(proto).map((k) => Object.getOwnPropertyDescriptor(proto, k)?.get ?? Object.getOwnPropertyDescriptor(proto, k)?.value), before);
  });

  it('the fake models the engines: channels stay open after close() and fire close later', async () => {
    const win = fakeWindow(engines.chromium156);
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)() as FakePC;
    const channel = pc.createDataChannel('x');
    pc.close();
    assert.equal(channel.readyState, 'connecting');
    let closed = 0;
    channel.addEventListener('close', () => closed++);
    await tick();
    assert.equal(closed, 1);
  });

  it('created and received channels read closed right after close(), fire nothing after, and send() throws InvalidStateError', async () => {
    const { pc } = setup(engines.firefox153);
    const created = pc.createDataChannel('a');
    const connecting = pc.createDataChannel('b');
    pc.fakeConnect();
    const received: RTCDataChannel[] = [];
    pc.addEventListener('datachannel', (e) => received.push((e as RTCDataChannelEvent).channel));
    pc.fakeIncoming('c');
    assert.equal(received.length, 1);
    const events: string[] = [];
    for (const ch of [created, connecting, received[0]!]) {
      ch.onclose = () => events.push('onclose ' + ch.label);
      ch.addEventListener('close', () => events.push('close ' + ch.label));
      ch.addEventListener('message', { handleEvent: () => events.push('message ' + ch.label) });
    }
    assert.equal(created.readyState, 'open');
    created.dispatchEvent(new Event('message'));
    assert.deepEqual(events, ['message a'], 'events flow while the connection is open');
    pc.close();
    assert.deepEqual([created.readyState, connecting.readyState, received[0]!.readyState], ['closed', 'closed', 'closed']);
    assert.throws(() => created.send('x'), { name: 'InvalidStateError' });
    created.dispatchEvent(new Event('message'));
    await tick();
    assert.deepEqual(events, ['message a']);
  });

  it('a channel of an open connection is untouched: its own close() fires close', async () => {
    const { pc } = setup();
    const channel = pc.createDataChannel('x');
    pc.fakeConnect();
    channel.send('ok');
    let closed = false;
    channel.onclose = () => (closed = true);
    channel.close();
    assert.equal(channel.readyState, 'closing');
    await tick();
    assert.equal(channel.readyState, 'closed');
    assert.equal(closed, true);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium156));
});
