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

type Callable = (this: unknown, ...args: unknown[]) => unknown;

/**
 * A function called `name` with `length` formal parameters that runs `impl`: given its shape when
 * it is made, not redefined afterwards. Redefining `name` and `length` on a function costs Firefox
 * about 25 µs each at page load (measured with `npm run bench -- --extra`: five wrappers 0.52 ms
 * with the two redefinitions, 0.27 ms made with their shape), and rtcshim wraps methods at every
 * page load. Lengths above 3 fall back to `copyShape`.
 */
export function shaped(name: string, length: number, impl: Callable): Callable {
  let fn: Callable;
  // Named evaluation: a function in an object literal takes the computed key as its name.
  // Each body passes `arguments` on whole, so a wrapper never drops or adds an argument (rest
  // parameters would change `length`, the point of these shapes).
  /* eslint-disable prefer-rest-params */
  if (length === 0) {
    fn = { [name]: function (this: unknown): unknown { return Reflect.apply(impl, this, arguments); } }[name]!;
  } else if (length === 1) {
    fn = { [name]: function (this: unknown, _a: unknown): unknown { return Reflect.apply(impl, this, arguments); } }[name]!;
  } else if (length === 2) {
    fn = { [name]: function (this: unknown, _a: unknown, _b: unknown): unknown { return Reflect.apply(impl, this, arguments); } }[name]!;
  } else if (length === 3) {
    fn = {
      [name]: function (this: unknown, _a: unknown, _b: unknown, _c: unknown): unknown { return Reflect.apply(impl, this, arguments); },
    }[name]!;
  } else {
    fn = function (this: unknown): unknown { return Reflect.apply(impl, this, arguments); };
    copyShape(fn, name, length);
  }
  /* eslint-enable prefer-rest-params */
  return fn;
}
