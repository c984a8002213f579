/**
 * Case-insensitive lookups by address for the simulator's hot paths (a 2,000-mailbox batch must not
 * scan every list on every event). An index is cached per array: items appended since the last call
 * are added, and it is rebuilt when the array shrinks or is replaced (a store snapshot clones it).
 * Entries are the live objects. Addresses are not renamed in place by the model, so hits are trusted.
 */
interface Cached {
  length: number;
  map: Map<string, unknown>;
}

const caches = new Map<string, WeakMap<object, Cached>>();

/** Keys are lower-cased: look up with `key.toLowerCase()`. */
export function indexBy<T>(name: string, list: readonly T[], keys: (item: T) => string[]): ReadonlyMap<string, T> {
  let byList = caches.get(name);
  if (!byList) caches.set(name, (byList = new WeakMap()));
  let c = byList.get(list);
  if (!c || c.length > list.length) byList.set(list, (c = { length: 0, map: new Map() }));
  for (let i = c.length; i < list.length; i++) for (const k of keys(list[i]!)) if (!c.map.has(k.toLowerCase())) c.map.set(k.toLowerCase(), list[i]);
  c.length = list.length;
  return c.map as Map<string, T>;
}

/**
 * A value derived from an array, recomputed when the array is replaced, changes length, or `version`
 * changes (callers pass a counter bumped on every insertion, so remove-one-add-one is seen too).
 */
const derived = new Map<string, WeakMap<object, { length: number; version: number; value: unknown }>>();

export function derive<T>(name: string, list: readonly unknown[], version: number, compute: () => T): T {
  let byList = derived.get(name);
  if (!byList) derived.set(name, (byList = new WeakMap()));
  const c = byList.get(list);
  if (c && c.length === list.length && c.version === version) return c.value as T;
  const value = compute();
  byList.set(list, { length: list.length, version, value });
  return value;
}
