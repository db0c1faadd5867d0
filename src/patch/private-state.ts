/**
 * Per-instance state for shims, kept in a module-private WeakMap so nothing is hung on objects
 * the app can see (no `pc._streams`).
 */
export interface PrivateState<K extends object, V> {
  get(owner: K): V;
  peek(owner: K): V | undefined;
  delete(owner: K): void;
}

export function privateState<K extends object, V>(init: (owner: K) => V): PrivateState<K, V> {
  const map = new WeakMap<K, V>();
  return {
    get(owner: K): V {
      let value = map.get(owner);
      if (value === undefined) {
        value = init(owner);
        map.set(owner, value);
      }
      return value;
    },
    peek: (owner: K) => map.get(owner),
    delete: (owner: K) => {
      map.delete(owner);
    },
  };
}
