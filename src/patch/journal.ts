/**
 * The install journal, which makes a shim's install all or nothing. Every property src/patch/
 * writes on an object it does not own (a prototype, a global, a navigator) goes through
 * `defineOwn`. While an install is being recorded, `defineOwn` notes the target, the key and the
 * own descriptor the key had, or that it had none. If the install throws part-way (a
 * non-configurable member, a window that refuses a write), `installAtomically` undoes those
 * writes newest first: the old descriptor is defined again exactly, or the key is deleted. The
 * shim then leaves nothing behind.
 *
 * It is on the page-load path: the journal is a plain array made per install, and nothing is
 * recorded (or read) when no install is open.
 */
import { PatchError } from './errors';

/** A property as it was before one write; `previous` undefined means it was not an own property. */
export interface PropertyChange {
  readonly target: object;
  readonly key: PropertyKey;
  readonly previous: PropertyDescriptor | undefined;
}

/** Undoes a change to src/patch/'s own module state (a WeakMap entry, not a property). */
export type Undo = () => void;

export type Change = PropertyChange | Undo;

/** Why an install did not happen, and whether undoing it left anything behind. */
export interface InstallFailure {
  /** What the install threw. */
  readonly error: unknown;
  /** What undoing its changes threw, one per change left in place; empty when all were undone. */
  readonly undoErrors: unknown[];
}

/** The journal of the install running now; null when none is (writes then go unrecorded). */
let open: Change[] | null = null;

/**
 * `Object.defineProperty`, recorded. Recorded after the write: on an ordinary object a define
 * that throws has changed nothing (the descriptor is validated before anything is written), so
 * only writes that happened need undoing.
 */
export function defineOwn(target: object, key: PropertyKey, descriptor: PropertyDescriptor): void {
  const journal = open;
  if (!journal) {
    Object.defineProperty(target, key, descriptor);
    return;
  }
  const previous = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, descriptor);
  journal.push({ target, key, previous });
}

/** Records how to undo a change to src/patch/'s own state, when an install is being recorded. */
export function recordUndo(undo: Undo): void {
  if (open) open.push(undo);
}

/**
 * Runs `fn`, appending every change it makes to `changes` in order. The changes stay in place:
 * the caller keeps them or passes them to `rollback`. Inside another recording, changes that
 * were kept also join the outer journal, so an outer rollback undoes them too.
 */
export function record(changes: Change[], fn: () => void): void {
  const outer = open;
  open = changes;
  try {
    fn();
  } finally {
    open = outer;
  }
  if (outer) for (let i = 0; i < changes.length; i++) outer.push(changes[i]!);
}

/**
 * Undoes `changes` newest first, so a key written twice gets its first `previous` back. A change
 * that cannot be undone does not stop the others; the errors are returned (empty: all undone).
 */
export function rollback(changes: readonly Change[]): unknown[] {
  const errors: unknown[] = [];
  for (let i = changes.length - 1; i >= 0; i--) {
    try {
      undoChange(changes[i]!);
    } catch (error) {
      errors.push(error);
    }
  }
  return errors;
}

function undoChange(change: Change): void {
  if (typeof change === 'function') {
    change();
  } else if (change.previous) {
    // A descriptor from getOwnPropertyDescriptor is complete: value or get/set, and every flag.
    Object.defineProperty(change.target, change.key, change.previous);
  } else if (!Reflect.deleteProperty(change.target, change.key)) {
    throw new PatchError(String(change.key) + ' could not be deleted');
  }
}

/** Runs one shim's install as a transaction: all of it stays, or none of it. Null on success. */
export function installAtomically(install: () => void): InstallFailure | null {
  const changes: Change[] = [];
  try {
    record(changes, install);
    return null;
  } catch (error) {
    return { error, undoErrors: rollback(changes) };
  }
}
