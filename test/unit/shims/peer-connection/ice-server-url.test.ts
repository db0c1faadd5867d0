import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/ice-server-url';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, assertSameSurface, installIfNeeded, surface } from '../../../support/context';
import { assertAllOrNothing } from '../../../support/locked-window';

const legacyConfig = (): RTCConfiguration => Object.freeze({
  iceServers: Object.freeze([Object.freeze({ url: 'stun:127.0.0.1:3478' }) as unknown as RTCIceServer]),
}) as RTCConfiguration;

describe('ice-server-url', () => {
  it('is not needed where the engine reads RTCIceServer.url; leaves the constructor identical', () => {
    assertNotNeededAndUntouched(shim, [engines.chromium156, engines.firefox153, engines.chromium73]);
  });

  it('probes engines outside Blink and Gecko: a WebKit that reads url is left identical', () => {
    const win = fakeWindow({ ...engines.safari17PromiseOnly, readsIceUrl: true });
    const before = surface(win);
    assert.equal(installIfNeeded(shim, win), false);
    assertSameSurface(before, surface(win));
  });

  it('the behaviour test constructs no connection', () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    const Native = win.RTCPeerConnection as typeof RTCPeerConnection;
    let constructed = 0;
    const Counting = class extends Native {
      constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
        super(...args);
        constructed += 1;
      }
    };
    win.RTCPeerConnection = Counting;
    assert.ok(shim.needed({ window: win, browser: { browser: 'safari', version: 605, engine: 'webkit' }, log: { log() {}, warn() {}, deprecated() {} } }));
    assert.equal(constructed, 0);
  });

  it('renames url to urls where the engine only knows urls, without touching the caller\'s object', () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    const Native = win.RTCPeerConnection as typeof RTCPeerConnection;
    assert.throws(() => new Native(legacyConfig()), TypeError, 'the fake models the engine');
    assert.match(String(installIfNeeded(shim, win)), /no url member/);
    const config = legacyConfig();
    const pc = new (win.RTCPeerConnection as typeof RTCPeerConnection)(config);
    assert.deepEqual(pc.getConfiguration().iceServers, [{ urls: 'stun:127.0.0.1:3478' }]);
    assert.deepEqual(config, { iceServers: [{ url: 'stun:127.0.0.1:3478' }] });
  });

  it('keeps instanceof, subclassing, constructor and statics working on the wrapped constructor', () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    const Native = win.RTCPeerConnection as typeof RTCPeerConnection & { generateCertificate?: unknown };
    (Native as unknown as Record<string, unknown>).generateCertificate = function generateCertificate(): string {
      return 'cert';
    };
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    assert.notEqual(PC, Native);
    assert.equal(PC.name, Native.name);
    assert.equal(PC.length, Native.length);
    const pc = new PC(legacyConfig());
    assert.ok(pc instanceof PC);
    assert.ok(pc instanceof Native);
    assert.equal(pc.constructor, PC);
    class Mine extends PC {
      hello(): string {
        return 'hi';
      }
    }
    const mine = new Mine(legacyConfig());
    assert.ok(mine instanceof Mine && mine instanceof PC);
    assert.equal(mine.hello(), 'hi');
    assert.deepEqual(mine.getConfiguration().iceServers, [{ urls: 'stun:127.0.0.1:3478' }]);
    assert.equal((PC as unknown as { generateCertificate(): string }).generateCertificate(), 'cert');
    assert.throws(() => (PC as unknown as () => void)(), TypeError);
  });

  it('keeps a spec configuration, and no arguments, exactly as given', () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    installIfNeeded(shim, win);
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    assert.deepEqual(new PC({ iceServers: [{ urls: ['stun:a', 'stun:b'] }] }).getConfiguration().iceServers, [{ urls: ['stun:a', 'stun:b'] }]);
    assert.deepEqual(new PC().getConfiguration().iceServers, []);
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.safari17PromiseOnly));

  it('a member locked part-way leaves every member as it was', () => assertAllOrNothing(shim, engines.safari17PromiseOnly));
});
