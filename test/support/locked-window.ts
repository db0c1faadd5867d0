/**
 * Partly locked fake windows, for the promise that an install is all or nothing. Which members a
 * shim writes, and in what order, is read from the install journal (installed, then undone);
 * one write is then made to fail while the earlier ones still succeed, and `createAdapterWith`
 * must leave every member exactly as it was and report the shim skipped. Works for any shim, so
 * a new shim is covered by the registry-wide test in test/unit/factory.test.ts without code here.
 */
import assert from 'node:assert/strict';
import { createAdapterWith } from '../../src/factory';
import { disableWarnings } from '../../src/log';
import { describeTarget } from '../../src/patch/define';
import { record, rollback, type Change, type PropertyChange } from '../../src/patch/journal';
import type { Adapter, Shim, ShimWindow } from '../../src/types';
import { assertSameSurface, contextFor, surface } from './context';
import { fakeWindow, windowRefusing, type FakeEngine } from './fake-window';

function isPropertyChange(change: Change): change is PropertyChange {
  return typeof change !== 'function';
}

function describeWrite(win: ShimWindow, write: PropertyChange): string {
  return (write.target === win ? 'window' : describeTarget(write.target)) + '.' + String(write.key);
}

/** The members `shim` writes on `win`, in write order; the window is left as it was. */
export function writesOf(shim: Shim, win: ShimWindow): PropertyChange[] {
  const changes: Change[] = [];
  record(changes, () => shim.install(contextFor(win)));
  assert.deepEqual(rollback(changes), [], 'undoing ' + shim.name + ' on an unlocked window');
  return changes.filter(isPropertyChange);
}

interface Locked {
  /** The window to give createAdapter (a Proxy when a window member is locked). */
  window: ShimWindow;
  /** True when only this write fails; false when the lock may stop earlier writes too. */
  exact: boolean;
}

/**
 * Makes one write fail. A window member: the window behind a Proxy that refuses that key
 * (`windowRefusing`), so the writer's checks pass and the write itself throws. An existing
 * member of another object: made non-configurable, so the writer throws a PatchError. A new key
 * on another object can only be refused by making the object non-extensible, which refuses the
 * shim's other new keys on it too (not exact).
 */
export function lockWrite(win: ShimWindow, write: PropertyChange): Locked {
  if (write.target === win) return { window: windowRefusing(win, write.key), exact: true };
  if (Object.getOwnPropertyDescriptor(write.target, write.key)) {
    Object.defineProperty(write.target, write.key, { configurable: false });
    return { window: win, exact: true };
  }
  Object.preventExtensions(write.target);
  return { window: win, exact: false };
}

function assertSameDescriptor(before: PropertyDescriptor | undefined, after: PropertyDescriptor | undefined, what: string): void {
  if (!before || !after) {
    assert.equal(after, before, what + ' exists as before');
    return;
  }
  // Field by field with ===: the same function objects, not equal-looking ones. (assert.ok: Node
  // 20's assert.equal drops the message when two functions differ.)
  for (const field of ['value', 'get', 'set', 'writable', 'enumerable', 'configurable'] as const) {
    assert.ok(after[field] === before[field], what + ': ' + field + ' changed');
  }
}

/**
 * Locks the `at`-th write `shim` makes on the window `build()` returns (`at` > 0: some members
 * were already replaced when it fails) and asserts that createAdapterWith([shim]) reports it
 * skipped and leaves every member it writes, and the whole WebRTC surface, as it was.
 */
export function assertInstallAtomic(shim: Shim, build: () => ShimWindow, at: number): void {
  const win = build();
  const untouched = surface(win);
  const writes = writesOf(shim, win);
  assertSameSurface(untouched, surface(win));
  const write = writes[at];
  assert.ok(at > 0 && write, shim.name + ' writes more than ' + String(at) + ' members');
  const what = shim.name + ' locked at ' + describeWrite(win, write);
  const locked = lockWrite(win, write);
  const before = writes.map((w) => Object.getOwnPropertyDescriptor(w.target, w.key));
  const beforeSurface = surface(win);

  if (locked.exact) {
    // The lock really stops the install part-way: every earlier write was made.
    const partial: Change[] = [];
    assert.throws(() => record(partial, () => shim.install(contextFor(locked.window))), what);
    assert.equal(partial.filter(isPropertyChange).length, at, what + ': writes made before the lock');
    assert.deepEqual(rollback(partial), []);
  }

  // The failure is expected: keep its warning out of the test output.
  disableWarnings(true);
  let adapter: Adapter;
  try {
    adapter = createAdapterWith([shim], { window: locked.window });
  } finally {
    disableWarnings(false);
  }
  assert.deepEqual(adapter.applied, [], what);
  assert.equal(adapter.skipped.length, 1, what);
  const reason = adapter.skipped[0]!.reason;
  assert.match(reason, /^could not install: /, what);
  assert.doesNotMatch(reason, /could not be undone/, what);
  writes.forEach((w, i) => {
    assertSameDescriptor(before[i], Object.getOwnPropertyDescriptor(w.target, w.key), what + ': ' + describeWrite(win, w));
  });
  assertSameSurface(beforeSurface, surface(win));
}

/**
 * "Locked part-way ⇒ nothing changed", for a shim test: in `engine` (after `prepare`, which runs
 * the shims this one depends on), the last member the shim writes is locked, and every member
 * it writes is left as it was.
 */
export function assertAllOrNothing(shim: Shim, engine: FakeEngine, prepare: (win: ShimWindow) => void = () => {}): void {
  const build = (): ShimWindow => {
    const win = fakeWindow(engine);
    prepare(win);
    return win;
  };
  assertInstallAtomic(shim, build, writesOf(shim, build()).length - 1);
}
