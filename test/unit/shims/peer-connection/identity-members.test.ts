import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shim } from '../../../../src/shims/peer-connection/identity-members';
import { engines, fakeWindow } from '../../../support/fake-window';
import { assertIdempotent, assertNotNeededAndUntouched, installIfNeeded } from '../../../support/context';

type IdentityPC = RTCPeerConnection & {
  peerIdentity: Promise<unknown>;
  idpLoginUrl: string | null;
  idpErrorInfo: string | null;
  setIdentityProvider(provider?: string, options?: object): void;
  getIdentityAssertion(): Promise<string>;
};

const settled = (p: Promise<unknown>): Promise<string> =>
  Promise.race([
    p.then(() => 'resolved', (e: { name?: string; errorDetail?: string }) => 'rejected ' + String(e.name) + (e.errorDetail ? ' ' + e.errorDetail : '')),
    new Promise<string>((r) => setTimeout(() => r('pending'), 20)),
  ]);

function chromium(withRTCError = false): { PC: new () => IdentityPC } {
  const win = fakeWindow(engines.chromium156);
  if (withRTCError) {
    win.RTCError = class extends DOMException {
      readonly errorDetail: string;
      constructor(init: { errorDetail: string }, message: string) {
        super(message, 'OperationError');
        this.errorDetail = init.errorDetail;
      }
    } as unknown as typeof RTCError;
  }
  assert.equal(installIfNeeded(shim, win), 'no IdP support');
  return { PC: win.RTCPeerConnection as unknown as new () => IdentityPC };
}

describe('identity-members', () => {
  it('is not needed where the engine has an IdP (Firefox); leaves it identical', () => {
    assertNotNeededAndUntouched(shim, [engines.firefox153, engines.webkitGtkNoPeerConnection]);
  });

  it('peerIdentity is one promise per connection, pending (no identity can be validated), also after close()', async () => {
    const { PC } = chromium();
    const pc = new PC();
    assert.ok(pc.peerIdentity instanceof Promise);
    assert.equal(pc.peerIdentity, pc.peerIdentity);
    assert.notEqual(new PC().peerIdentity, pc.peerIdentity);
    pc.close();
    assert.equal(await settled(pc.peerIdentity), 'pending');
    assert.equal(pc.idpLoginUrl, null);
    assert.equal(pc.idpErrorInfo, null);
  });

  it('getIdentityAssertion rejects: InvalidStateError without an IdP or when closed, the IdP load failure after one is set', async () => {
    const { PC } = chromium(true);
    const pc = new PC();
    assert.equal(await settled(pc.getIdentityAssertion()), 'rejected InvalidStateError');
    assert.equal(pc.setIdentityProvider('idp.example.org', { protocol: 'default' }), undefined);
    assert.equal(await settled(pc.getIdentityAssertion()), 'rejected OperationError idp-load-failure');
    assert.equal(await settled(new PC().getIdentityAssertion()), 'rejected InvalidStateError', 'per connection');
    pc.close();
    assert.equal(await settled(pc.getIdentityAssertion()), 'rejected InvalidStateError');
    const { PC: NoRTCError } = chromium();
    const other = new NoRTCError();
    other.setIdentityProvider('idp.example.org');
    assert.equal(await settled(other.getIdentityAssertion()), 'rejected OperationError', 'a DOMException without RTCError');
  });

  it('setIdentityProvider: TypeError without a provider, InvalidStateError when closed; shaped', () => {
    const { PC } = chromium();
    const pc = new PC();
    assert.equal(PC.prototype.setIdentityProvider.length, 1);
    assert.equal(PC.prototype.getIdentityAssertion.length, 0);
    assert.throws(() => pc.setIdentityProvider(), TypeError);
    pc.close();
    assert.throws(() => pc.setIdentityProvider('idp.example.org'), { name: 'InvalidStateError' });
  });

  it('installed twice is the same as once', () => assertIdempotent(shim, engines.chromium73));
});
