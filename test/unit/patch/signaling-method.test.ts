import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLegacyCall } from '../../../src/patch/legacy-callbacks';
import { markOf } from '../../../src/patch/mark';
import { overloadKind, wrapSignalingMethod, type SignalingMethod } from '../../../src/patch/signaling-method';
import type { Method } from '../../../src/patch/wrap-method';
import { assertSameSurface, contextFor, surface, viaCallbacks } from '../../support/context';
import { engines, fakeWindow, type FakeEngine } from '../../support/fake-window';

type Loose = (...args: unknown[]) => unknown;

/** A promise form that records its calls and tags what the native resolves with. */
function recording(calls: unknown[][]): (native: Method) => Method {
  return (native) =>
    function (this: unknown, ...args: unknown[]): unknown {
      calls.push(args);
      return Promise.resolve(native.apply(this, args)).then((value) => ({ wrapped: value }));
    };
}

function setup(engine: FakeEngine = engines.chromium156) {
  const win = fakeWindow(engine);
  const PC = win.RTCPeerConnection as typeof RTCPeerConnection;
  return { win, PC, proto: PC.prototype, ctx: contextFor(win) };
}

const method = (proto: RTCPeerConnection, key: SignalingMethod): Loose => proto[key] as unknown as Loose;

describe('wrapSignalingMethod', () => {
  it('overloadKind: create for createOffer/createAnswer, apply for the others', () => {
    assert.equal(overloadKind('createOffer'), 'create');
    assert.equal(overloadKind('createAnswer'), 'create');
    assert.equal(overloadKind('setLocalDescription'), 'apply');
    assert.equal(overloadKind('setRemoteDescription'), 'apply');
    assert.equal(overloadKind('addIceCandidate'), 'apply');
  });

  it('a promise-form call goes through the wrapper, with this and the arguments', async () => {
    const { PC, proto, ctx } = setup();
    const calls: unknown[][] = [];
    wrapSignalingMethod(ctx, 'createOffer', 'test', recording(calls));
    const pc = new PC();
    const options = { iceRestart: true };
    const result = (await method(proto, 'createOffer').call(pc, options)) as { wrapped: RTCSessionDescriptionInit };
    assert.equal(result.wrapped.type, 'offer');
    assert.deepEqual(calls, [[options]]);
    assert.equal(calls[0]![0], options);
  });

  it('a legacy createOffer(success, failure) goes to the native untouched: the wrapper never runs', async () => {
    const { PC, proto, ctx } = setup();
    const calls: unknown[][] = [];
    const native = method(proto, 'createOffer');
    wrapSignalingMethod(ctx, 'createOffer', 'test', recording(calls));
    assert.notEqual(method(proto, 'createOffer'), native);
    const pc = new PC();
    const [outcome, value] = await viaCallbacks((ok, fail) => pc.createOffer(ok, fail));
    assert.equal(outcome, 'success');
    assert.equal((value as RTCSessionDescriptionInit).type, 'offer');
    assert.ok(!('wrapped' in (value as object)), 'the native result, not the wrapper one');
    assert.deepEqual(calls, []);
  });

  it('routes exactly the calls isLegacyCall calls legacy to the native (apply methods)', async () => {
    const { PC, proto, ctx } = setup();
    const calls: unknown[][] = [];
    wrapSignalingMethod(ctx, 'setRemoteDescription', 'test', recording(calls));
    const pc1 = new PC();
    const offer = await pc1.createOffer();
    const ok = (): void => {};
    const fail = (): void => {};
    const forms: unknown[][] = [[offer], [offer, undefined], [offer, undefined, undefined], [offer, ok, fail], [offer, ok], [offer, null, fail]];
    for (const args of forms) {
      calls.length = 0;
      const pc = new PC();
      await Promise.resolve(method(proto, 'setRemoteDescription').apply(pc, args)).catch(() => {});
      assert.equal(calls.length === 0, isLegacyCall('apply', args), 'args ' + String(args.length) + ': ' + args.map((a) => typeof a).join(','));
    }
    assert.equal(isLegacyCall('apply', [offer, ok, fail]), true, 'the table has legacy forms');
    assert.equal(isLegacyCall('apply', [offer, undefined]), false, 'and promise forms');
  });

  it('a lone function is a legacy createOffer/createAnswer call', async () => {
    const { PC, proto, ctx } = setup();
    const calls: unknown[][] = [];
    wrapSignalingMethod(ctx, 'createOffer', 'test', recording(calls));
    const fn = (): void => {};
    assert.equal(isLegacyCall('create', [fn]), true);
    await Promise.resolve(method(proto, 'createOffer').call(new PC(), fn)).catch(() => {});
    assert.deepEqual(calls, []);
  });

  it('keeps name and length by default; `length` overrides the length', () => {
    const { proto, ctx } = setup(engines.chromium73);
    assert.equal(method(proto, 'setLocalDescription').length, 1);
    assert.equal(method(proto, 'addIceCandidate').length, 1);
    wrapSignalingMethod(ctx, 'setLocalDescription', 'test', recording([]));
    wrapSignalingMethod(ctx, 'addIceCandidate', 'test', recording([]), 0);
    assert.equal(method(proto, 'setLocalDescription').name, 'setLocalDescription');
    assert.equal(method(proto, 'setLocalDescription').length, 1);
    assert.equal(method(proto, 'addIceCandidate').name, 'addIceCandidate');
    assert.equal(method(proto, 'addIceCandidate').length, 0);
  });

  it('marks the wrapper with the tag and the native; the same tag again is a no-op', () => {
    const { proto, ctx } = setup();
    const native = method(proto, 'addIceCandidate');
    let built = 0;
    const build = (n: Method): Method => {
      built++;
      return n;
    };
    wrapSignalingMethod(ctx, 'addIceCandidate', 'my-shim', build);
    const once = method(proto, 'addIceCandidate');
    assert.equal(markOf(once)?.tag, 'my-shim');
    assert.equal(markOf(once)?.original, native);
    wrapSignalingMethod(ctx, 'addIceCandidate', 'my-shim', build);
    assert.equal(method(proto, 'addIceCandidate'), once);
    assert.equal(built, 1);
  });

  it('is a no-op on a window without RTCPeerConnection (none at all, or prefixed only)', () => {
    for (const engine of [engines.webkitGtkNoPeerConnection, engines.chrome45CallbackOnly, engines.firefox40PrefixedOnly]) {
      const win = fakeWindow(engine);
      const before = surface(win);
      let built = 0;
      wrapSignalingMethod(contextFor(win), 'createOffer', 'test', (n) => {
        built++;
        return n;
      });
      assertSameSurface(before, surface(win));
      assert.equal(built, 0, engine.userAgent);
    }
  });
});
