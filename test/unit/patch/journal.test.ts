import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { defineOwn, installAtomically, record, recordUndo, rollback, type Change } from '../../../src/patch/journal';
import { PatchError } from '../../../src/patch/errors';

const method = { value: (): string => 'ours', writable: true, enumerable: true, configurable: true };

function keysOf(changes: readonly Change[]): PropertyKey[] {
  return changes.map((c) => (typeof c === 'function' ? 'undo' : c.key));
}

describe('journal: defineOwn', () => {
  it('outside a recording it only writes', () => {
    const target: Record<string, unknown> = {};
    defineOwn(target, 'x', method);
    assert.equal(Object.getOwnPropertyDescriptor(target, 'x')?.value, method.value);
  });

  it('records the target, key and own descriptor before the write, in write order', () => {
    const target: Record<string, unknown> = { a: 1 };
    const changes: Change[] = [];
    record(changes, () => {
      defineOwn(target, 'a', method);
      defineOwn(target, 'b', method);
    });
    assert.deepEqual(changes, [
      { target, key: 'a', previous: { value: 1, writable: true, enumerable: true, configurable: true } },
      { target, key: 'b', previous: undefined },
    ]);
    assert.equal(target.a, method.value, 'the writes stay until rolled back');
  });

  it('a write that throws changes nothing and is not recorded', () => {
    const target = Object.preventExtensions({}) as Record<string, unknown>;
    const changes: Change[] = [];
    assert.throws(() => record(changes, () => defineOwn(target, 'x', method)), TypeError);
    assert.deepEqual(changes, []);
  });
});

describe('journal: rollback', () => {
  it('restores an own value with its exact flags (non-enumerable, non-writable)', () => {
    const target = {};
    const original = { value: 'native', writable: false, enumerable: false, configurable: true };
    Object.defineProperty(target, 'm', original);
    const changes: Change[] = [];
    record(changes, () => defineOwn(target, 'm', method));
    assert.deepEqual(rollback(changes), []);
    assert.deepEqual(Object.getOwnPropertyDescriptor(target, 'm'), original);
  });

  it('restores an own accessor: the same get and set functions and flags', () => {
    const target = {};
    const get = (): number => 1;
    const set = (_v: number): void => undefined;
    Object.defineProperty(target, 'attr', { get, set, enumerable: true, configurable: true });
    const changes: Change[] = [];
    record(changes, () => defineOwn(target, 'attr', method));
    rollback(changes);
    const desc = Object.getOwnPropertyDescriptor(target, 'attr');
    assert.equal(desc?.get, get);
    assert.equal(desc?.set, set);
    assert.deepEqual(desc, { get, set, enumerable: true, configurable: true });
  });

  it('an accessor replaced by a value and a value by an accessor come back as they were', () => {
    const target: Record<string, unknown> = { v: 1 };
    const get = (): number => 2;
    Object.defineProperty(target, 'a', { get, configurable: true, enumerable: false });
    const changes: Change[] = [];
    record(changes, () => {
      defineOwn(target, 'v', { get: () => 3, configurable: true });
      defineOwn(target, 'a', { value: 4, writable: true, configurable: true });
    });
    rollback(changes);
    assert.deepEqual(Object.getOwnPropertyDescriptor(target, 'v'), { value: 1, writable: true, enumerable: true, configurable: true });
    assert.deepEqual(Object.getOwnPropertyDescriptor(target, 'a'), { get, set: undefined, enumerable: false, configurable: true });
  });

  it('deletes a property that did not exist, and an inherited one shows through again', () => {
    const parent = { inherited: 'native' };
    const target = Object.create(parent) as Record<string, unknown>;
    const sym = Symbol('key');
    const changes: Change[] = [];
    record(changes, () => {
      defineOwn(target, 'inherited', method);
      defineOwn(target, sym, method);
    });
    rollback(changes);
    assert.deepEqual(Reflect.ownKeys(target), []);
    assert.equal(target.inherited, 'native');
  });

  it('undoes newest first: a key written twice gets its first previous back', () => {
    const target: Record<string, unknown> = { k: 'native' };
    const order: string[] = [];
    const changes: Change[] = [];
    record(changes, () => {
      defineOwn(target, 'k', { value: 'first', writable: true, enumerable: false, configurable: true });
      recordUndo(() => order.push('undo 1'));
      defineOwn(target, 'k', { value: 'second', writable: true, enumerable: false, configurable: true });
      recordUndo(() => order.push('undo 2'));
    });
    assert.deepEqual(keysOf(changes), ['k', 'undo', 'k', 'undo']);
    rollback(changes);
    assert.deepEqual(order, ['undo 2', 'undo 1']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(target, 'k'), { value: 'native', writable: true, enumerable: true, configurable: true });
  });

  it('keeps going past a change it cannot undo, and returns each error', () => {
    const a: Record<string, unknown> = { x: 1 };
    const b: Record<string, unknown> = {};
    const changes: Change[] = [];
    record(changes, () => {
      defineOwn(a, 'x', method);
      defineOwn(b, 'y', { value: 1, writable: true, configurable: true });
    });
    // Someone locked both after the install wrote them.
    Object.defineProperty(b, 'y', { configurable: false });
    Object.freeze(a);
    const errors = rollback(changes);
    assert.equal(errors.length, 2);
    assert.ok(errors[0] instanceof PatchError, 'a key that cannot be deleted');
    assert.match((errors[0] as Error).message, /y could not be deleted/);
    assert.ok(errors[1] instanceof TypeError, 'a descriptor that cannot be redefined');
  });

  it('a throwing undo function is reported like any other', () => {
    const boom = new Error('boom');
    const changes: Change[] = [];
    record(changes, () => recordUndo(() => {
      throw boom;
    }));
    assert.deepEqual(rollback(changes), [boom]);
  });

  it('recordUndo outside a recording keeps nothing', () => {
    let called = false;
    recordUndo(() => {
      called = true;
    });
    const changes: Change[] = [];
    record(changes, () => undefined);
    rollback(changes);
    assert.deepEqual(changes, []);
    assert.equal(called, false);
  });
});

describe('journal: record', () => {
  it('a nested recording that is kept joins the outer one; the outer rollback undoes both', () => {
    const target: Record<string, unknown> = {};
    const outer: Change[] = [];
    const inner: Change[] = [];
    record(outer, () => {
      defineOwn(target, 'a', method);
      record(inner, () => defineOwn(target, 'b', method));
      defineOwn(target, 'c', method);
    });
    assert.deepEqual(keysOf(inner), ['b']);
    assert.deepEqual(keysOf(outer), ['a', 'b', 'c']);
    rollback(outer);
    assert.deepEqual(Object.keys(target), []);
  });

  it('after a recording ends, even by a throw, writes are no longer recorded', () => {
    const changes: Change[] = [];
    assert.throws(() => record(changes, () => {
      throw new Error('x');
    }));
    defineOwn({}, 'later', method);
    assert.deepEqual(changes, []);
  });
});

describe('journal: installAtomically', () => {
  it('keeps a successful install and returns null', () => {
    const target: Record<string, unknown> = {};
    assert.equal(installAtomically(() => defineOwn(target, 'x', method)), null);
    assert.equal(target.x, method.value);
  });

  it('a failed install leaves every member it wrote as it was and returns the error', () => {
    const proto = { a: 'native a', b: 'native b' };
    Object.defineProperty(proto, 'hidden', { value: 'h', writable: false, enumerable: false, configurable: true });
    const before = Object.getOwnPropertyDescriptors(proto);
    const error = new Error('third member locked');
    const failure = installAtomically(() => {
      defineOwn(proto, 'a', method);
      defineOwn(proto, 'hidden', method);
      defineOwn(proto, 'added', method);
      throw error;
    });
    assert.deepEqual(failure, { error, undoErrors: [] });
    assert.deepEqual(Object.getOwnPropertyDescriptors(proto), before);
  });

  it('reports what could not be undone', () => {
    const target: Record<string, unknown> = {};
    const failure = installAtomically(() => {
      defineOwn(target, 'x', { value: 1, writable: true, configurable: true });
      Object.freeze(target);
      throw new Error('late');
    });
    assert.equal(failure?.undoErrors.length, 1);
    assert.equal(target.x, 1);
  });
});

describe('journal: coverage of src/patch', () => {
  it('every write to an object rtcshim does not own goes through defineOwn', () => {
    // Outside journal.ts, Object.defineProperty may only shape a function rtcshim made itself
    // (its name, length, mark or prototype) or an event it made (fire-event.ts);
    // install-record.ts's window mark is meant to stay.
    const ownFunctions = /Object\.defineProperty\((fn|ours|get|set|Wrapped|event),/;
    const anyWrite = /Object\.(defineProperty|defineProperties|assign|setPrototypeOf)\(|Reflect\.(set|defineProperty|deleteProperty)\(/;
    const dir = path.resolve(__dirname, '..', '..', '..', 'src', 'patch');
    const offenders: string[] = [];
    for (const file of fs.readdirSync(dir)) {
      if (file === 'journal.ts' || file === 'install-record.ts') continue;
      fs.readFileSync(path.join(dir, file), 'utf8').split('\n').forEach((line, i) => {
        const code = line.trim();
        if (code.startsWith('*') || code.startsWith('//')) return;
        if (anyWrite.test(code) && !ownFunctions.test(code) && !/Object\.setPrototypeOf\(Wrapped,/.test(code)) {
          offenders.push(file + ':' + String(i + 1) + ': ' + code);
        }
      });
    }
    assert.deepEqual(offenders, []);
  });
});
