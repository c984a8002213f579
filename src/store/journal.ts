/**
 * The undo journal behind transactions. The world is plain data; inside a transaction `fn` sees
 * it through proxies that record the previous value of every property before it is written or
 * deleted. Commit drops the journal; rollback replays it backwards. Proxies are created lazily
 * for the objects `fn` actually reaches, so the cost follows what is touched, not the world's size.
 */
import type { WorldChange } from './state-store';

interface JournalEntry {
  target: object;
  key: PropertyKey;
  had: boolean;
  old: unknown;
}

interface Origin {
  parent: object | null;
  key: PropertyKey;
}

/** Read through a journal proxy to the plain object behind it (see `rawOf`). */
const RAW = Symbol('journal.raw');

/**
 * The plain object behind a transaction's recording proxy (or `value` itself when it is not one).
 * For read-only scans of big lists inside a transaction (the migration simulator's due times):
 * never write through it, since writes there are not journaled.
 */
export function rawOf<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  return ((value as Record<PropertyKey, unknown>)[RAW] as T | undefined) ?? value;
}

export class Journal {
  private readonly entries: JournalEntry[] = [];
  private readonly proxyOf = new WeakMap<object, object>();
  private readonly targetOf = new WeakMap<object, object>();
  private readonly origin = new WeakMap<object, Origin>();
  /**
   * Changed properties in first-write order, for change events. Paths are computed only when
   * `changes()` is asked (a clock advance writes thousands of fields; most commits never need them).
   */
  private readonly changed: { target: object; key: string; kind: WorldChange['kind'] }[] = [];
  private readonly changedKeys = new WeakMap<object, Set<string>>();

  /** A recording view of `root`. */
  wrapRoot<T extends object>(root: T): T {
    this.origin.set(root, { parent: null, key: '' });
    return this.wrap(root) as T;
  }

  /** Position to roll back to for a nested transaction. */
  get mark(): number {
    return this.entries.length;
  }

  /** Undoes every write after `mark`, newest first. */
  rollbackTo(mark: number): void {
    for (let i = this.entries.length - 1; i >= mark; i--) {
      const e = this.entries[i]!;
      if (e.had) (e.target as Record<PropertyKey, unknown>)[e.key] = e.old;
      else delete (e.target as Record<PropertyKey, unknown>)[e.key];
    }
    this.entries.length = mark;
  }

  /** The changes recorded so far (after a full rollback there are none to report). */
  changes(): WorldChange[] {
    const out: WorldChange[] = [];
    const seen = new Set<string>();
    for (const c of this.changed) {
      const path = this.pathOf(c.target, c.key);
      if (seen.has(path)) continue;
      seen.add(path);
      out.push({ path, kind: c.kind });
    }
    return out;
  }

  /** One handler for every proxy of this journal (no closures per wrapped object: less garbage on big worlds). */
  private readonly handler: ProxyHandler<object> = {
    get: (t, key) => {
      if (key === RAW) return t;
      const value = Reflect.get(t, key);
      if (typeof value !== 'object' || value === null || typeof key === 'symbol') return value;
      const existing = this.proxyOf.get(value);
      if (existing) return existing;
      if (!this.origin.has(value)) this.origin.set(value, { parent: t, key });
      return this.wrap(value);
    },
    set: (t, key, value) => {
      // Writing the value a property already has changes nothing: no journal entry, no change event
      // (the simulator re-states unchanged fields on every pass; recording them was most of its cost).
      const stored0 = typeof value === 'object' && value !== null ? this.unwrap(value) : value;
      if (Object.prototype.hasOwnProperty.call(t, key) && Object.is((t as Record<PropertyKey, unknown>)[key], stored0)) return true;
      // Shrinking an array through `length` drops elements without a delete per index: journal them.
      if (Array.isArray(t) && key === 'length' && typeof value === 'number')
        for (let i = t.length - 1; i >= value; i--) if (Object.prototype.hasOwnProperty.call(t, i)) this.record(t, String(i), 'delete');
      this.record(t, key, 'set');
      const stored = this.unwrap(value);
      // A newly stored object is reached through this key from now on (for change paths).
      if (typeof stored === 'object' && stored !== null && typeof key !== 'symbol') this.origin.set(stored, { parent: t, key });
      return Reflect.set(t, key, stored);
    },
    defineProperty: (t, key, descriptor) => {
      this.record(t, key, 'set');
      if ('value' in descriptor) descriptor = { ...descriptor, value: this.unwrap(descriptor.value) };
      return Reflect.defineProperty(t, key, descriptor);
    },
    deleteProperty: (t, key) => {
      if (!Object.prototype.hasOwnProperty.call(t, key)) return true;
      this.record(t, key, 'delete');
      return Reflect.deleteProperty(t, key);
    },
  };

  private wrap(target: object): object {
    const existing = this.proxyOf.get(target);
    if (existing) return existing;
    const proxy = new Proxy(target, this.handler);
    this.proxyOf.set(target, proxy);
    this.targetOf.set(proxy, target);
    return proxy;
  }

  private record(target: object, key: PropertyKey, kind: WorldChange['kind']): void {
    // Writing past an array's end grows its length implicitly; journal the old length first so
    // rollback shrinks the array back instead of leaving a hole.
    if (Array.isArray(target) && typeof key === 'string' && key !== 'length') {
      const index = Number(key);
      if (Number.isInteger(index) && index >= target.length)
        this.entries.push({ target, key: 'length', had: true, old: target.length });
    }
    const had = Object.prototype.hasOwnProperty.call(target, key);
    this.entries.push({ target, key, had, old: had ? (target as Record<PropertyKey, unknown>)[key] : undefined });
    if (typeof key !== 'symbol') {
      // Array length changes are implied by the index writes next to them.
      if (Array.isArray(target) && key === 'length') return;
      const k = String(key);
      let keys = this.changedKeys.get(target);
      if (!keys) this.changedKeys.set(target, (keys = new Set()));
      if (!keys.has(k)) {
        keys.add(k);
        this.changed.push({ target, key: k, kind });
      }
    }
  }

  private pathOf(target: object, key: string | number): string {
    const parts: string[] = [String(key)];
    let cur: object | null = target;
    for (let depth = 0; cur && depth < 64; depth++) {
      const o = this.origin.get(cur);
      if (!o || o.parent === null) break;
      parts.push(String(o.key));
      cur = o.parent;
    }
    return parts.reverse().join('.');
  }

  /**
   * Values stored into the world must be plain data, never our proxies: a value built from world
   * objects (`arr.filter(...)`) contains proxies, so new containers are unwrapped recursively.
   * World objects themselves (proxy targets) never contain proxies and are not walked.
   */
  private unwrap(value: unknown, seen?: Set<object>): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const target = this.targetOf.get(value);
    if (target) return target;
    if (this.proxyOf.has(value)) return value;
    const visited = seen ?? new Set<object>();
    if (visited.has(value)) return value;
    visited.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (typeof v === 'object' && v !== null) value[i] = this.unwrap(v, visited);
      }
    } else {
      for (const k of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[k];
        if (typeof v === 'object' && v !== null) (value as Record<string, unknown>)[k] = this.unwrap(v, visited);
      }
    }
    return value;
  }
}
