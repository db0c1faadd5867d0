import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markOf, originalOf, setMark, shaped } from '../../../src/patch/mark';

describe('shaped', () => {
  it('makes a function with the given name and length that runs impl with this and every argument', () => {
    for (const length of [0, 1, 2, 3, 5]) {
      const calls: Array<{ self: unknown; args: unknown[] }> = [];
      const fn = shaped('createOffer', length, function (this: unknown, ...args: unknown[]) {
        calls.push({ self: this, args });
        return 'result';
      });
      assert.equal(fn.name, 'createOffer', String(length));
      assert.equal(fn.length, length);
      const self = {};
      assert.equal(fn.call(self, 1, undefined, 3, 4, 5, 6), 'result');
      assert.deepEqual(calls, [{ self, args: [1, undefined, 3, 4, 5, 6] }], 'no argument dropped or added');
      assert.equal(fn.call(self), 'result');
      assert.deepEqual(calls[1]?.args, [], 'no undefined padding for declared parameters');
    }
  });

  it('passes exceptions through', () => {
    const boom = new TypeError('x');
    const fn = shaped('m', 1, () => {
      throw boom;
    });
    assert.throws(() => fn.call({}), (e: unknown) => e === boom);
  });
});

describe('marks', () => {
  it('originalOf follows marks back to the first unmarked value', () => {
    const native = (): number => 1;
    const a = shaped('m', 0, native);
    setMark(a, 'one', native);
    const b = shaped('m', 0, a);
    setMark(b, 'two', a);
    assert.equal(markOf(b)?.tag, 'two');
    assert.equal(originalOf(b), native);
    assert.equal(originalOf(native), native);
    assert.equal(markOf(null), undefined);
  });
});
