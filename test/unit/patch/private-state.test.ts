import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { privateState } from '../../../src/patch/private-state';

describe('privateState', () => {
  it('initialises lazily, once per owner, and returns the same value afterwards', () => {
    const inits: object[] = [];
    const state = privateState<object, { count: number }>((owner) => {
      inits.push(owner);
      return { count: 0 };
    });
    const owner = {};
    assert.equal(inits.length, 0, 'nothing runs before the first get');
    const value = state.get(owner);
    value.count += 1;
    assert.equal(state.get(owner), value);
    assert.equal(state.get(owner).count, 1);
    assert.deepEqual(inits, [owner]);
    assert.equal(inits[0], owner, 'init receives the owner');
  });

  it('keeps owners apart', () => {
    const state = privateState<object, string[]>(() => []);
    const a = {};
    const b = {};
    state.get(a).push('a');
    assert.deepEqual(state.get(b), []);
    assert.deepEqual(state.get(a), ['a']);
  });

  it('keeps separate states apart for the same owner', () => {
    const first = privateState<object, string[]>(() => []);
    const second = privateState<object, string[]>(() => []);
    const owner = {};
    first.get(owner).push('x');
    assert.deepEqual(second.get(owner), []);
  });

  it('peek does not initialise', () => {
    let inits = 0;
    const state = privateState<object, number[]>(() => {
      inits += 1;
      return [];
    });
    const owner = {};
    assert.equal(state.peek(owner), undefined);
    assert.equal(inits, 0);
    const value = state.get(owner);
    assert.equal(state.peek(owner), value);
    assert.equal(inits, 1);
  });

  it('delete forgets; the next get initialises again', () => {
    let inits = 0;
    const state = privateState<object, number[]>(() => {
      inits += 1;
      return [inits];
    });
    const owner = {};
    const first = state.get(owner);
    state.delete(owner);
    assert.equal(state.peek(owner), undefined);
    const second = state.get(owner);
    assert.notEqual(second, first);
    assert.deepEqual(second, [2]);
  });

  it('hangs nothing on the owner, and works on frozen owners', () => {
    const state = privateState<object, { n: number }>(() => ({ n: 1 }));
    const owner = {};
    const frozen = Object.freeze({});
    state.get(owner).n = 5;
    state.get(frozen).n = 7;
    assert.deepEqual(Reflect.ownKeys(owner), []);
    assert.deepEqual(Reflect.ownKeys(frozen), []);
    assert.equal(Object.getPrototypeOf(owner), Object.prototype);
    assert.equal(state.get(owner).n, 5);
    assert.equal(state.get(frozen).n, 7);
  });
});
