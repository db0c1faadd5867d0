import assert from 'node:assert/strict';
import { markOf } from '../../src/patch/mark';
import { describe, it, mock } from 'node:test';
import { createAdapter, createAdapterWith } from '../../src/factory';
import { disableLog, disableWarnings } from '../../src/log';
import { registry } from '../../src/registry';
import type { Adapter, Shim, ShimContext, ShimWindow } from '../../src/types';
import { engines, fakeWindow, windowRefusing, type FakeEngine } from '../support/fake-window';
import { assertSameSurface, contextFor, installIfNeeded, surface } from '../support/context';
import { assertInstallAtomic, writesOf } from '../support/locked-window';

const names = (list: ReadonlyArray<{ name: string }>): string[] => list.map((s) => s.name);


/**
 * A fake `engine` window whose `RTCPeerConnection` an app replaced with its own subclass before
 * rtcshim installed, then createAdapter over it: the applied list must be an untouched window's,
 * and no behaviour test may construct the app's class.
 */
function withAppSubclass(engine: keyof typeof engines) {
  const win = fakeWindow(engines[engine]);
  const Engine = win.RTCPeerConnection as typeof RTCPeerConnection;
  let count = 0;
  class AppPC extends Engine {
    constructor(config?: RTCConfiguration) {
      super(config);
      count += 1;
    }
  }
  Object.assign(win, { RTCPeerConnection: AppPC });
  const untouched = names(createAdapter({ window: fakeWindow(engines[engine]) }).applied);
  const adapter = createAdapter({ window: win });
  assert.deepEqual(names(adapter.applied), untouched);
  assert.equal(count, 0, "no behaviour test constructs the app's class");
  return { win, Engine, AppPC, adapter, constructed: () => count };
}

describe('createAdapter', () => {
  it('without a window patches nothing and reports every shim skipped', () => {
    const adapter = createAdapter();
    assert.deepEqual(adapter.browserDetails, { browser: 'Not a browser.', version: null });
    assert.deepEqual(adapter.applied, []);
    assert.deepEqual(names(adapter.skipped), names(registry));
    assert.ok(adapter.skipped.every((s) => s.reason === 'no window'));
  });

  it('on a page with no WebRTC at all patches nothing and throws nothing', () => {
    const win = fakeWindow({ ...engines.webkitGtkNoPeerConnection, mediaDevices: false });
    delete win.MediaStream; // no capture at all either
    delete win.HTMLMediaElement; // nor playback
    const before = surface(win);
    const adapter = createAdapter({ window: win });
    assert.deepEqual(adapter.applied, []);
    assert.equal(adapter.skipped.length, registry.length);
    assertSameSurface(before, surface(win));
  });

  it('has the adapter.js surface plus applied, skipped and version', () => {
    const adapter = createAdapter({ window: fakeWindow(engines.chromium156) });
    assert.deepEqual(adapter.browserDetails, { browser: 'chrome', version: 156 });
    assert.equal(adapter.extractVersion('Chrome/56.0.1', /Chrom(e|ium)\/(\d+)\./, 2), 56);
    assert.equal(typeof adapter.disableLog, 'function');
    assert.equal(typeof adapter.disableWarnings, 'function');
    assert.match(adapter.version, /^\d+\.\d+\.\d+/);
  });

  it('browserDetails.supportsUnifiedPlan is set where adapter.js sets it: Safari only', () => {
    assert.ok(!('supportsUnifiedPlan' in createAdapter({ window: fakeWindow(engines.firefox153) }).browserDetails));
    assert.ok(!('supportsUnifiedPlan' in createAdapter({ window: fakeWindow(engines.chromium73) }).browserDetails));
    const noTransceiver = createAdapter({ window: fakeWindow(engines.safari17PromiseOnly) }).browserDetails;
    assert.ok('supportsUnifiedPlan' in noTransceiver);
    assert.equal(noTransceiver.supportsUnifiedPlan, undefined);
    class Transceiver {
      get currentDirection(): null {
        return null;
      }
    }
    const safari = fakeWindow(engines.safari17PromiseOnly);
    Object.assign(safari, { RTCRtpTransceiver: Transceiver });
    assert.deepEqual(createAdapter({ window: safari }).browserDetails, { browser: 'safari', version: 605, supportsUnifiedPlan: true });
    const hostile = fakeWindow(engines.safari17PromiseOnly);
    Object.defineProperty(hostile, 'RTCRtpTransceiver', { get() { throw new Error('nope'); } });
    assert.equal(createAdapter({ window: hostile }).browserDetails.supportsUnifiedPlan, undefined);
  });

  it('applies exactly what each modelled engine needs, and explains each decision', () => {
    const expected: Array<[keyof typeof engines, string[]]> = [
      ['chromium156', ['final-line-ending', 'extmap-bundle-collision', 'offer-constraints', 'add-ice-candidate-ufrag', 'get-stream-by-id', 'legacy-callbacks', 'legacy-get-stats', 'close-data-channels', 'legacy-data-channel-options', 'update-ice', 'default-ice-servers', 'identity-members', 'identity-event-handlers', 'get-user-media-async-errors', 'legacy-constraints', 'get-sources', 'get-user-media-failure-optional', 'media-stream-stop', 'src-object-aliases', 'object-url-stream']],
      ['firefox153', ['final-line-ending', 'simulcast-draft-syntax', 'offer-constraints', 'add-ice-candidate-syntax', 'remove-stream', 'remove-stream-event', 'get-stream-by-id', 'stream-tracks', 'legacy-callbacks', 'stats-selection', 'stats-media-source-id', 'legacy-get-stats', 'close-data-channels', 'sctp-closed', 'send-max-message-size', 'legacy-data-channel-options', 'get-configuration-url', 'update-ice', 'default-ice-servers', 'identity-event-handlers', 'create-dtmf-sender', 'prefixed-aliases', 'get-user-media-errors', 'legacy-constraints', 'get-sources', 'legacy-get-user-media', 'media-stream-stop', 'src-object-aliases', 'object-url-stream']],
      ['chromium73', ['final-line-ending', 'description-init-result', 'offer-to-receive', 'offer-constraints', 'implicit-set-local-description', 'add-ice-candidate-end', 'add-ice-candidate-state', 'ice-candidate-end-init', 'ice-candidate-fields', 'ice-candidate-to-json', 'add-ice-candidate-ufrag', 'restart-ice', 'get-stream-by-id', 'legacy-callbacks', 'stats-spec-members', 'legacy-get-stats', 'close-data-channels', 'sctp-transport', 'send-max-message-size', 'legacy-data-channel-options', 'data-channel-reliability', 'closed-connection-events', 'get-configuration-ice-servers', 'update-ice', 'default-ice-servers', 'can-trickle-ice-candidates', 'identity-members', 'identity-event-handlers', 'get-user-media-async-errors', 'legacy-constraint-unknown-names', 'get-sources', 'get-user-media-failure-optional', 'media-stream-stop', 'src-object-aliases', 'object-url-stream']],
      ['safari17PromiseOnly', ['final-line-ending', 'extmap-allow-mixed', 'offer-to-receive', 'offer-constraints', 'add-stream', 'remove-stream', 'remove-stream-event', 'get-stream-by-id', 'stream-tracks', 'legacy-callbacks', 'legacy-get-stats', 'legacy-data-channel-options', 'ice-server-url', 'update-ice', 'default-ice-servers', 'identity-members', 'identity-event-handlers', 'create-dtmf-sender', 'legacy-constraints', 'get-sources', 'legacy-get-user-media', 'media-stream-stop', 'src-object-aliases', 'object-url-stream']],
      ['firefox33CallbackOnly', ['unprefixed-constructors', 'promise-methods', 'final-line-ending', 'simulcast-draft-syntax', 'sctp-legacy-syntax', 'offer-constraints', 'ice-candidate-fields', 'add-ice-candidate-syntax', 'restart-ice', 'connection-state', 'legacy-callbacks', 'stats-selection', 'stats-media-source-id', 'close-data-channels', 'sctp-closed', 'send-max-message-size', 'legacy-data-channel-options', 'get-configuration-url', 'update-ice', 'default-ice-servers', 'can-trickle-ice-candidates', 'identity-event-handlers', 'get-user-media-errors', 'spec-constraints-to-require', 'media-devices-object', 'legacy-get-user-media', 'media-stream-stop', 'stream-get-track-by-id']],
      ['chrome45CallbackOnly', ['unprefixed-constructors', 'promise-methods', 'final-line-ending', 'extmap-allow-mixed', 'description-init-result', 'offer-constraints', 'implicit-set-local-description', 'add-ice-candidate-end', 'add-ice-candidate-state', 'ice-candidate-fields', 'ice-candidate-to-json', 'add-ice-candidate-ufrag', 'restart-ice', 'connection-state', 'legacy-callbacks', 'stats-spec-members', 'close-data-channels', 'send-max-message-size', 'legacy-data-channel-options', 'closed-connection-events', 'get-configuration-ice-servers', 'update-ice', 'default-ice-servers', 'can-trickle-ice-candidates', 'identity-members', 'identity-event-handlers', 'get-user-media-async-errors', 'get-user-media-errors', 'spec-constraints-to-legacy', 'media-devices-object', 'get-user-media-failure-optional', 'legacy-get-user-media', 'media-stream-stop']],
      ['webkitGtkNoPeerConnection', ['legacy-constraints', 'get-sources', 'legacy-get-user-media', 'media-stream-stop', 'src-object-aliases', 'object-url-stream']],
    ];
    for (const [engine, applied] of expected) {
      const adapter = createAdapter({ window: fakeWindow(engines[engine]) });
      assert.deepEqual(names(adapter.applied), applied, engine);
      assert.equal(adapter.applied.length + adapter.skipped.length, registry.length, engine);
      for (const a of adapter.applied) assert.ok(a.reason.length > 0 && a.found.length > 0, engine + ' ' + a.name);
      for (const s of adapter.skipped) assert.match(s.reason, /^not needed/, engine + ' ' + s.name);
    }
  });

  it('a second call on the same window changes nothing and says so', () => {
    const win = fakeWindow(engines.firefox153);
    const first = createAdapter({ window: win });
    const before = surface(win);
    const second = createAdapter({ window: win });
    assertSameSurface(before, surface(win));
    assert.deepEqual(second.applied, []);
    assert.ok(second.skipped.every((s) => /already patched by rtcshim/.test(s.reason)));
    assert.equal(second.skipped.length, registry.length);
    assert.ok(first.applied.length > 0);
  });

  it('patches only the window it is given', () => {
    const a = fakeWindow(engines.firefox153);
    const b = fakeWindow(engines.firefox153);
    const untouched = surface(b);
    createAdapter({ window: a });
    assertSameSurface(untouched, surface(b));
    assert.equal(a.mozRTCPeerConnection, a.RTCPeerConnection);
  });

  it('honours disable', () => {
    const win = fakeWindow(engines.firefox153);
    const adapter = createAdapter({ window: win, disable: ['prefixed-aliases'] });
    assert.equal(win.mozRTCPeerConnection, undefined);
    assert.deepEqual(adapter.skipped.find((s) => s.name === 'prefixed-aliases'), { name: 'prefixed-aliases', reason: 'disabled by options' });
  });

  it('a frozen prototype is skipped and reported, never thrown', () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    Object.freeze((win.RTCPeerConnection as typeof RTCPeerConnection).prototype);
    const adapter = createAdapter({ window: win });
    const skipped = adapter.skipped.find((s) => s.name === 'legacy-callbacks');
    assert.match(skipped?.reason ?? '', /could not install: .*(frozen|non-configurable)/);
    assert.ok(names(adapter.applied).includes('legacy-get-user-media'));
  });

  it("an app's RTCPeerConnection subclass put in place before install: the engine's class is patched, the app's left alone", () => {
    // Found by the consumers' hostile pages (scripts/consumers/hostile.mjs): rtcshim patched the
    // app's class, and in Firefox sctp-closed was skipped ("AppPC.prototype.sctp is not an accessor").
    const { win, Engine, AppPC, constructed } = withAppSubclass('firefox153');
    assert.equal(win.RTCPeerConnection, AppPC);
    assert.deepEqual(Object.getOwnPropertyNames(AppPC.prototype), ['constructor'], "nothing written on the app's prototype");
    assert.deepEqual(Object.getOwnPropertyNames(AppPC).sort(), ['length', 'name', 'prototype'], "nothing written on the app's class");
    assert.equal(markOf(Reflect.get(Engine.prototype, 'getStreamById'))?.tag, 'get-stream-by-id');
    assert.equal(markOf(Object.getOwnPropertyDescriptor(Engine.prototype, 'sctp')?.get)?.tag, 'sctp-closed');
    const pc = new AppPC();
    assert.ok(pc instanceof AppPC && typeof Reflect.get(pc, 'getStreamById') === 'function');
    assert.equal(constructed(), 1);
  });

  for (const engine of ['chromium73', 'safari17PromiseOnly'] as const) {
    it(`${engine}: an app subclass under a shim that wraps the constructor: the engine's class is patched, the wrapper constructs the app's`, () => {
      // Here a shim replaces window.RTCPeerConnection with a wrapper of what it finds there (the
      // app's class); the shims after it found the wrapper and patched the app's prototype (11 to
      // 13 members) before peerConnectionConstructor looked through the wrapper.
      const { win, Engine, AppPC, adapter, constructed } = withAppSubclass(engine);
      assert.ok(adapter.applied.some((s) => s.name === 'ice-server-url' || s.name === 'get-configuration-ice-servers'), 'a constructor-wrapping shim applies here');
      // only `constructor` (the wrapper, so that pc.constructor === window.RTCPeerConnection)
      assert.deepEqual(Object.getOwnPropertyNames(AppPC.prototype), ['constructor'], "nothing else written on the app's prototype");
      assert.equal(markOf(Reflect.get(Engine.prototype, 'updateIce'))?.tag, 'update-ice');
      const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
      const pc = new PC({ iceServers: [{ urls: 'stun:stun.example.org' }] });
      assert.ok(pc instanceof AppPC && pc instanceof PC, "the wrapper constructs the app's class");
      assert.equal(constructed(), 1);
      assert.equal(typeof Reflect.get(pc, 'updateIce'), 'function');
    });
  }

  it('a frozen window is reported and left alone', () => {
    const win = Object.freeze(fakeWindow(engines.firefox153));
    const adapter = createAdapter({ window: win });
    assert.deepEqual(adapter.applied, []);
    assert.match(adapter.skipped[0]?.reason ?? '', /cannot be marked/);
  });

  it('a hostile window (throwing getters) never makes it throw', () => {
    const hostile = {} as ShimWindow;
    Object.defineProperty(hostile, 'navigator', { get() { throw new Error('nope'); } });
    Object.defineProperty(hostile, 'RTCPeerConnection', { get() { throw new Error('nope'); } });
    const adapter = createAdapter({ window: hostile });
    assert.equal(adapter.browserDetails.browser, 'Not a supported browser.');
    assert.ok(adapter.skipped.some((s) => /behaviour test failed/.test(s.reason)));
  });

  it('after patching, spec code and legacy code both run on a prefixed-only, callback-only engine', async () => {
    const win = fakeWindow(engines.firefox33CallbackOnly);
    createAdapter({ window: win });
    const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
    const pc1 = new PC({ iceServers: [] });
    const pc2 = new (win.mozRTCPeerConnection as typeof RTCPeerConnection)();
    await pc1.setLocalDescription(await pc1.createOffer());
    await new Promise<void>((resolve, reject) => {
      pc2.setRemoteDescription(pc1.localDescription as RTCSessionDescriptionInit, () => {
        pc2.createAnswer((answer) => {
          pc2.setLocalDescription(answer, resolve, reject);
        }, reject);
      }, reject);
    });
    await pc1.setRemoteDescription(pc2.localDescription as RTCSessionDescriptionInit);
    assert.deepEqual([pc1.signalingState, pc2.signalingState], ['stable', 'stable']);
  });

  it('createAdapterWith runs exactly the given shims, in order; createAdapter is it over the registry', () => {
    const calls: string[] = [];
    const seen: ShimContext[] = [];
    const probe = (name: string, found: string | false): Shim => ({
      name,
      area: 'peer-connection',
      reason: 'test shim ' + name,
      needed(ctx) {
        calls.push('needed ' + name);
        seen.push(ctx);
        return found;
      },
      install(ctx) {
        calls.push('install ' + name);
        assert.equal(ctx.log, ctx.log, 'one logger per shim, made once');
      },
    });
    const win = fakeWindow(engines.chromium156);
    const adapter = createAdapterWith([probe('a', false), probe('b', 'b is broken')], { window: win });
    assert.deepEqual(calls, ['needed a', 'needed b', 'install b']);
    assert.deepEqual(adapter.applied, [{ name: 'b', reason: 'test shim b', found: 'b is broken' }]);
    assert.deepEqual(adapter.skipped, [{ name: 'a', reason: 'not needed: this engine behaves' }]);
    assert.equal(seen[0]?.window, win);
    assert.deepEqual(seen[0]?.browser, { browser: 'chrome', version: 156, engine: 'blink' });
    assert.notEqual(seen[0]?.log, seen[1]?.log, 'each shim logs under its own name');
    const viaRegistry = createAdapter({ window: fakeWindow(engines.firefox153) });
    const direct = createAdapterWith(registry, { window: fakeWindow(engines.firefox153) });
    assert.deepEqual(viaRegistry.applied, direct.applied);
    assert.deepEqual(viaRegistry.skipped, direct.skipped);
  });
});

describe('createAdapter: an install is all or nothing', () => {
  /** A window of `engine` on which the shims before registry[k] have run, as the factory runs them. */
  const windowBefore = (engine: FakeEngine, k: number) => (): ShimWindow => {
    const win = fakeWindow(engine);
    for (let j = 0; j < k; j++) installIfNeeded(registry[j]!, win);
    return win;
  };

  it('every shim that changes more than one member, failing at any later member, leaves each one as it was', () => {
    const covered = new Map<string, string[]>();
    for (const [engineName, engine] of Object.entries(engines) as Array<[string, FakeEngine]>) {
      registry.forEach((shim, k) => {
        const build = windowBefore(engine, k);
        const probe = build();
        if (shim.needed(contextFor(probe)) === false) return;
        const count = writesOf(shim, probe).length;
        if (count < 2) return;
        covered.set(shim.name, [...(covered.get(shim.name) ?? []), engineName + ':' + String(count)]);
        for (let at = 1; at < count; at++) assertInstallAtomic(shim, build, at);
      });
    }
    // Pinned so that the loop above cannot silently test nothing; a new multi-member shim adds a line.
    // Values: engine:number of members written.
    assert.deepEqual(Object.fromEntries(covered), {
      'final-line-ending': ['chromium156:2', 'firefox153:2', 'chromium73:2', 'firefox40PrefixedOnly:2', 'firefox33CallbackOnly:2', 'chrome45CallbackOnly:2', 'safari17PromiseOnly:2'],
      'offer-constraints': ['chromium156:2', 'firefox153:2', 'chromium73:2', 'firefox40PrefixedOnly:2', 'firefox33CallbackOnly:2', 'chrome45CallbackOnly:2', 'safari17PromiseOnly:2'],
      'legacy-callbacks': ['chromium156:5', 'firefox153:5', 'chromium73:5', 'firefox40PrefixedOnly:5', 'firefox33CallbackOnly:5', 'chrome45CallbackOnly:5', 'safari17PromiseOnly:5'],
      'default-ice-servers': ['chromium156:2', 'firefox153:2', 'chromium73:2', 'firefox40PrefixedOnly:2', 'firefox33CallbackOnly:2', 'chrome45CallbackOnly:2', 'safari17PromiseOnly:2'],
      'identity-members': ['chromium156:5', 'chromium73:5', 'chrome45CallbackOnly:5', 'safari17PromiseOnly:5'],
      'identity-event-handlers': ['chromium156:4', 'firefox153:4', 'chromium73:4', 'firefox40PrefixedOnly:4', 'firefox33CallbackOnly:4', 'chrome45CallbackOnly:4', 'safari17PromiseOnly:4'],
      'close-data-channels': ['chromium156:12', 'firefox153:12', 'chromium73:12', 'firefox40PrefixedOnly:12', 'firefox33CallbackOnly:12', 'chrome45CallbackOnly:12'],
      'sctp-transport': ['chromium73:3'],
      'sctp-closed': ['firefox153:2', 'firefox40PrefixedOnly:2', 'firefox33CallbackOnly:2'],
      'data-channel-reliability': ['chromium73:2'],
      'closed-connection-events': ['chromium73:5', 'chrome45CallbackOnly:5'],
      'get-user-media-async-errors': ['chromium156:2', 'chromium73:2'],
      'get-user-media-errors': ['firefox153:2'],
      'legacy-constraints': ['chromium156:3', 'firefox153:2'],
      'legacy-constraint-unknown-names': ['chromium73:3'],
      'media-devices-object': ['firefox40PrefixedOnly:2', 'firefox33CallbackOnly:2', 'chrome45CallbackOnly:2'],
      'get-user-media-failure-optional': ['chromium156:2', 'chromium73:2'],
      'remove-stream': ['firefox153:2', 'firefox40PrefixedOnly:2', 'safari17PromiseOnly:2'],
      'remove-stream-event': ['firefox153:4', 'firefox40PrefixedOnly:4', 'safari17PromiseOnly:4'],
      'prefixed-aliases': ['firefox153:3'],
      'description-init-result': ['chromium73:2', 'chrome45CallbackOnly:2'],
      'add-ice-candidate-end': ['chromium73:2', 'chrome45CallbackOnly:2'],
      'ice-candidate-end-init': ['chromium73:4'],
      'ice-candidate-fields': ['chromium73:13', 'firefox40PrefixedOnly:10', 'firefox33CallbackOnly:10', 'chrome45CallbackOnly:10'],
      'restart-ice': ['chromium73:3', 'firefox40PrefixedOnly:3', 'firefox33CallbackOnly:3', 'chrome45CallbackOnly:3'],
      'get-configuration-ice-servers': ['chromium73:5', 'chrome45CallbackOnly:5'],
      'unprefixed-constructors': ['firefox40PrefixedOnly:3', 'firefox33CallbackOnly:3', 'chrome45CallbackOnly:2'],
      'connection-state': ['firefox40PrefixedOnly:4', 'firefox33CallbackOnly:4', 'chrome45CallbackOnly:4'],
      'promise-methods': ['firefox33CallbackOnly:5', 'chrome45CallbackOnly:5'],
      'add-stream': ['safari17PromiseOnly:7'],
      'stream-tracks': ['firefox153:4', 'firefox40PrefixedOnly:4', 'safari17PromiseOnly:4'],
      'ice-server-url': ['safari17PromiseOnly:3'],
      'src-object-aliases': ['chromium156:2', 'firefox153:2', 'chromium73:2', 'safari17PromiseOnly:2', 'webkitGtkNoPeerConnection:2'],
      'object-url-stream': ['chromium156:4', 'firefox153:4', 'chromium73:4', 'safari17PromiseOnly:4', 'webkitGtkNoPeerConnection:4'],
    });
  });
});

describe('createAdapter: a locked or hostile window', () => {
  const descriptors = (obj: object): PropertyDescriptorMap => Object.getOwnPropertyDescriptors(obj);
  /** createAdapter with its expected "could not install" warnings kept out of the test output. */
  const quietly = (win: ShimWindow, disable?: string[]): Adapter => {
    disableWarnings(true);
    try {
      return createAdapter({ window: win, disable });
    } finally {
      disableWarnings(false);
    }
  };

  it('one member non-configurable: the members the shim replaced before it are put back exactly', () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    const proto = (win.RTCPeerConnection as typeof RTCPeerConnection).prototype;
    Object.defineProperty(proto, 'addIceCandidate', { configurable: false });
    const before = descriptors(proto);
    // The legacy-streams shims and the SDP shims also wrap setRemoteDescription here; left out,
    // every signaling method is legacy-callbacks' alone to put back.
    const adapter = quietly(win, ['add-stream', 'remove-stream-event', 'final-line-ending', 'extmap-allow-mixed']);
    assert.match(adapter.skipped.find((s) => s.name === 'legacy-callbacks')?.reason ?? '', /^could not install: .*addIceCandidate .*non-configurable/);
    assert.deepEqual(names(adapter.applied), ['offer-to-receive', 'offer-constraints', 'remove-stream', 'legacy-get-stats', 'legacy-data-channel-options', 'ice-server-url', 'update-ice', 'default-ice-servers', 'identity-members', 'identity-event-handlers', 'create-dtmf-sender', 'legacy-constraints', 'get-sources', 'legacy-get-user-media', 'media-stream-stop', 'src-object-aliases', 'object-url-stream'],
      'the other shims still install');
    const after = descriptors(proto);
    // createOffer/createAnswer keep the offer shims' wrappers (installed before legacy-callbacks)
    for (const key of ['createOffer', 'createAnswer']) assert.equal(markOf(after[key]?.value)?.tag, 'offer-constraints', key);
    for (const key of ['setLocalDescription', 'setRemoteDescription', 'addIceCandidate']) {
      assert.ok(after[key]?.value === before[key]?.value, key + ' is the native function again');
      assert.deepEqual(after[key], before[key], key);
    }
  });

  it('a window that refuses the constructor after its prototype was patched: the prototype is put back', () => {
    const win = fakeWindow(engines.safari17PromiseOnly);
    const Native = win.RTCPeerConnection as typeof RTCPeerConnection;
    const before = Object.getOwnPropertyDescriptor(Native.prototype, 'constructor');
    const adapter = quietly(windowRefusing(win, 'RTCPeerConnection'));
    assert.match(adapter.skipped.find((s) => s.name === 'ice-server-url')?.reason ?? '', /^could not install: .*RTCPeerConnection/);
    assert.deepEqual(Object.getOwnPropertyDescriptor(Native.prototype, 'constructor'), before);
    assert.ok(Native.prototype.constructor === Native);
    assert.ok(win.RTCPeerConnection === Native);
  });

  it('a Proxy window whose traps throw never makes it throw: every shim is reported', () => {
    const traps = ['get', 'has', 'defineProperty', 'getOwnPropertyDescriptor', 'deleteProperty', 'isExtensible', 'ownKeys', 'getPrototypeOf'] as const;
    for (const engine of [engines.firefox33CallbackOnly, engines.firefox153, engines.safari17PromiseOnly]) {
      for (const trap of traps) {
        const hostile = new Proxy(fakeWindow(engine), {
          [trap]: (): never => {
            throw new Error('trap ' + trap);
          },
        });
        let adapter: Adapter | undefined;
        assert.doesNotThrow(() => {
          adapter = quietly(hostile);
        }, trap);
        assert.equal((adapter?.applied.length ?? 0) + (adapter?.skipped.length ?? 0), registry.length, trap);
      }
    }
  });

  it('says why for each hostile trap', () => {
    const reasons = (handler: ProxyHandler<ShimWindow>): string[] =>
      quietly(new Proxy(fakeWindow(engines.firefox33CallbackOnly), handler)).skipped.map((s) => s.name + ': ' + s.reason);
    const boom = (): never => {
      throw new Error('boom');
    };
    assert.ok(reasons({ get: boom }).every((r) => /: window cannot be read: boom$/.test(r)));
    assert.ok(reasons({ defineProperty: boom }).every((r) => /: window cannot be marked as patched: boom$/.test(r)));
    assert.ok(reasons({ has: boom }).includes('unprefixed-constructors: behaviour test failed: boom'));
    assert.ok(reasons({ getOwnPropertyDescriptor: boom }).includes('unprefixed-constructors: could not install: boom'));
    const unprintable = {
      toString(): string {
        throw new Error('no');
      },
    };
    const throwsUnprintable = (): never => {
      throw unprintable;
    };
    assert.ok(reasons({ defineProperty: throwsUnprintable }).every((r) => /cannot be marked as patched: an error that cannot be printed$/.test(r)));
  });

  it('a window that refuses a write part-way and then refuses the undo: reported with what was left', () => {
    const win = fakeWindow(engines.firefox33CallbackOnly);
    const hostile = new Proxy(win, {
      defineProperty: (target, key, desc) => {
        if (key === 'RTCSessionDescription') throw new Error('refused');
        return Reflect.defineProperty(target, key, desc);
      },
      deleteProperty: (): never => {
        throw new Error('undo refused');
      },
    });
    const adapter = quietly(hostile);
    assert.equal(
      adapter.skipped.find((s) => s.name === 'unprefixed-constructors')?.reason,
      'could not install: refused; 1 change could not be undone: undo refused',
    );
    assert.ok(win.RTCPeerConnection === win.mozRTCPeerConnection, 'the write the window would not let us undo');
  });
});

describe('createAdapter: adapter.js loaded first (its script bundle, global `adapter`)', () => {
  /** What adapter.js 9's bundle leaves as `window.adapter` (members as in its adapter_factory). */
  const adapterJsGlobal = (browser: string, version: number | null): Record<string, unknown> => ({
    browserDetails: { browser, version },
    commonShim: {},
    browserShim: {},
    extractVersion: () => null,
    disableLog: () => '',
    disableWarnings: () => '',
    sdp: {},
  });
  const withGlobal = (engine: FakeEngine, global: unknown): ShimWindow => {
    const win = fakeWindow(engine);
    Object.assign(win, { adapter: global });
    return win;
  };

  it('is reported in `previous`, with its browserDetails copied, and logged once', () => {
    disableLog(false);
    const log = mock.method(console, 'log', () => undefined);
    try {
      const found = adapterJsGlobal('firefox', 153);
      const win = withGlobal(engines.firefox153, found);
      const adapter = createAdapter({ window: win });
      assert.deepEqual(adapter.previous, [{ name: 'adapter.js', browserDetails: { browser: 'firefox', version: 153 } }]);
      assert.notEqual(adapter.previous[0]?.browserDetails, found.browserDetails, 'a copy, not adapter.js\'s object');
      assert.ok(adapter.applied.length > 0, 'rtcshim still installs what the engine needs');
      const said = log.mock.calls.map((c) => c.arguments.join(' ')).filter((line) => /adapter\.js was loaded first/.test(line));
      assert.equal(said.length, 1);
      // a second copy of rtcshim on that window finds rtcshim's global, not adapter.js's: nothing more to say
      Object.assign(win, { adapter });
      assert.deepEqual(createAdapter({ window: win }).previous, []);
      assert.equal(log.mock.calls.filter((c) => /adapter\.js was loaded first/.test(c.arguments.join(' '))).length, 1);
    } finally {
      mock.restoreAll();
      disableLog(true);
    }
  });

  it('older adapter.js releases (one member per engine, no version) are recognised too', () => {
    const old = { browserDetails: { browser: 'chrome', version: undefined }, chromeShim: {} };
    assert.deepEqual(createAdapter({ window: withGlobal(engines.chromium156, old) }).previous, [
      { name: 'adapter.js', browserDetails: { browser: 'chrome', version: null } },
    ]);
  });

  it('absent: `previous` is empty, on every path (no window, a second call, a plain page)', () => {
    assert.deepEqual(createAdapter().previous, []);
    const win = fakeWindow(engines.chromium156);
    assert.deepEqual(createAdapter({ window: win }).previous, []);
    assert.deepEqual(createAdapter({ window: win }).previous, []);
  });

  it('a global `adapter` that is rtcshim\'s own, or something unrelated, is not reported', () => {
    const ours = createAdapter({ window: fakeWindow(engines.chromium156) });
    const unrelated: unknown[] = [
      ours,
      { browserShim: {}, commonShim: {} }, // adapter.js's members without browserDetails
      { browserDetails: { browser: 'chrome', version: 156 } }, // browserDetails alone: not adapter.js's
      { browserDetails: null, commonShim: {} },
      { browserDetails: { browser: 42 }, commonShim: {} },
      { name: 'some app object' },
      'adapter',
      42,
      null,
      () => undefined,
    ];
    for (const global of unrelated) {
      assert.deepEqual(createAdapter({ window: withGlobal(engines.chromium156, global) }).previous, [], String(global));
    }
  });

  it('a hostile global (throwing getters, a throwing Proxy) never makes it throw', () => {
    const throwingGetter: Record<string, unknown> = { commonShim: {} };
    Object.defineProperty(throwingGetter, 'browserDetails', { get() { throw new Error('nope'); } });
    const throwingDetails = { commonShim: {}, browserDetails: {} };
    Object.defineProperty(throwingDetails.browserDetails, 'browser', { get() { throw new Error('nope'); } });
    const trap = (): never => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: trap, has: trap, getOwnPropertyDescriptor: trap, ownKeys: trap });
    for (const global of [throwingGetter, throwingDetails, proxy]) {
      const adapter = createAdapter({ window: withGlobal(engines.chromium156, global) });
      assert.deepEqual(adapter.previous, []);
      assert.ok(adapter.applied.length > 0);
    }
    const win = fakeWindow(engines.chromium156);
    Object.defineProperty(win, 'adapter', { get() { throw new Error('nope'); } });
    const adapter = createAdapter({ window: win });
    assert.deepEqual(adapter.previous, []);
    assert.ok(adapter.applied.length > 0, 'the window is still patched');
  });
});
