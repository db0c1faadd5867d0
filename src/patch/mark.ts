/**
 * Every function rtcshim installs carries a mark: which shim installed it and what it replaced.
 * The key is `Symbol.for` so a second copy of the library recognises the first one's work, which
 * is what makes installing twice the same as installing once.
 */
const MARK: unique symbol = Symbol.for('rtcshim.patch') as never;

interface PatchMark {
  readonly tag: string;
  readonly original: unknown;
}

type Marked = { [MARK]?: PatchMark };

export function markOf(value: unknown): PatchMark | undefined {
  if ((typeof value !== 'function' && typeof value !== 'object') || value === null) return undefined;
  return (value as Marked)[MARK];
}

/** Marks a function or object we created ourselves (never an app's object). */
export function setMark(ours: object, tag: string, original: unknown): void {
  Object.defineProperty(ours, MARK, { value: { tag, original }, enumerable: false });
}

/** The native value a patched function replaced, or the value itself if it is not ours. */
export function originalOf<T>(value: T): T {
  let current: unknown = value;
  for (let mark = markOf(current); mark; mark = markOf(current)) current = mark.original;
  return current as T;
}

/** Gives `fn` the `name` and `length` of the function it stands in for. */
export function copyShape(fn: object, name: string, length: number): void {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  Object.defineProperty(fn, 'length', { value: length, configurable: true });
}
