/**
 * Per-instance state for shims, kept in a module-private WeakMap so nothing is hung on objects
 * the app can see (no underscore-named properties on a connection).
 */
export interface PrivateState<K extends object, V> {
  get(owner: K): V;
  peek(owner: K): V | undefined;
  delete(owner: K): void;
}

/** The WeakMap is made on the first `get`: declaring state costs nothing at page load. */
export function privateState<K extends object, V>(init: (owner: K) => V): PrivateState<K, V> {
  let map: WeakMap<K, V> | undefined;
  return {
    get(owner: K): V {
      if (!map) map = new WeakMap<K, V>();
      let value = map.get(owner);
      if (value === undefined) {
        value = init(owner);
        map.set(owner, value);
      }
      return value;
    },
    peek: (owner: K) => (map ? map.get(owner) : undefined),
    delete: (owner: K) => {
      if (map) map.delete(owner);
    },
  };
}
