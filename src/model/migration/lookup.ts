/**
 * Case-insensitive lookups by address for the simulator's hot paths (a 2,000-mailbox batch must not
 * scan every list on every event). An index is cached per array: items appended since the last call
 * are added, and it is rebuilt when the array shrinks or is replaced (a store snapshot clones it).
 * Addresses are not renamed in place by the model, so a hit whose object is still in place is trusted.
 */
import { rawOf } from '../../store/journal';

interface Entry {
  index: number;
  /** The plain object that was at `index`: a hit is trusted only while it is still there. */
  item: unknown;
}

interface Cached {
  length: number;
  /** plain[length - 1] when filled: a different object there means the tail was rolled back or replaced. */
  last: unknown;
  map: Map<string, Entry>;
}

const caches = new Map<string, WeakMap<object, Cached>>();

function fill<T>(c: Cached, plain: readonly T[], keys: (item: T) => string[]): void {
  for (let i = c.length; i < plain.length; i++) {
    const item = plain[i]!;
    for (const k of keys(item)) if (!c.map.has(k.toLowerCase())) c.map.set(k.toLowerCase(), { index: i, item });
  }
  c.length = plain.length;
  c.last = plain[plain.length - 1];
}

/** The entry for `key` in the index of `plain`, brought up to date first. */
function entryOf<T>(name: string, plain: readonly T[], keys: (item: T) => string[], key: string): Entry | undefined {
  let byList = caches.get(name);
  if (!byList) caches.set(name, (byList = new WeakMap()));
  let c = byList.get(plain);
  if (!c || c.length > plain.length || (c.length > 0 && plain[c.length - 1] !== c.last)) byList.set(plain, (c = { length: 0, last: undefined, map: new Map() }));
  fill(c, plain, keys);
  let e = c.map.get(key);
  if (e && plain[e.index] !== e.item) {
    c.length = 0;
    c.last = undefined;
    c.map.clear();
    fill(c, plain, keys);
    e = c.map.get(key);
  }
  return e;
}

/**
 * The item of `list` whose key (one of `keys(item)`, compared case-insensitively) is `key`, which
 * must be lower-cased already. The index is kept per plain array (not per transaction proxy, so it
 * survives from one transaction to the next) and holds positions: the hit is read through `list`, so
 * inside a transaction the caller gets the recording view it can write to. A position whose object
 * moved (a rollback, a removal) makes the index rebuild. `name` tells indexes of one list apart.
 * Called for every user on every simulator event: it allocates nothing on a hit.
 */
export function findBy<T>(name: string, list: readonly T[], keys: (item: T) => string[], key: string): T | undefined {
  const e = entryOf(name, rawOf(list), keys, key);
  return e ? list[e.index] : undefined;
}

/** Whether `findBy` would find an item. */
export function hasBy<T>(name: string, list: readonly T[], keys: (item: T) => string[], key: string): boolean {
  return entryOf(name, rawOf(list), keys, key) !== undefined;
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
