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
  kind: WorldChange['kind'];
}

/** What the journal knows of a plain object it has met: its proxy (once made) and where it hangs. */
interface Node {
  proxy: object | null;
  parent: object | null;
  key: PropertyKey;
}

/** Read through a journal proxy to the plain object behind it (see `rawOf`). */
const RAW = Symbol('journal.raw');
/** Read through a journal proxy to the journal recording it (see `journalOf`). */
const SELF = Symbol('journal.self');

/** Which writes `writesSince` visits: those of `key` on any object, and every write to `target`. */
export interface WriteFilter {
  key: PropertyKey;
  target: object;
}

/** A position in a journal's write log (see `Journal.writesSince`). */
export interface WriteCursor {
  readonly journal: Journal;
  readonly at: number;
  readonly rollbacks: number;
}

/**
 * The plain object behind a transaction's recording proxy (or `value` itself when it is not one).
 * For read-only scans of big lists inside a transaction (the migration simulator's due times):
 * never write through it, since writes there are not journaled.
 */
export function rawOf<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  return ((value as Record<PropertyKey, unknown>)[RAW] as T | undefined) ?? value;
}

/** The journal recording writes through `value` when it is one of its proxies, else null. */
export function journalOf(value: unknown): Journal | null {
  if (typeof value !== 'object' || value === null) return null;
  return ((value as Record<PropertyKey, unknown>)[SELF] as Journal | undefined) ?? null;
}

/**
 * A value computed from the world, reused while the journal of `live` records no further write.
 * For scans asked twice in a row with nothing written between (the migration service computes its
 * next due time at the end of a run, then the clock asks for it again). Without a journal (a plain
 * world) nothing can be told, so the value is computed every time.
 */
export class UntilWrite<T> {
  private readonly memo = new WeakMap<object, { cursor: WriteCursor; value: T }>();

  get(world: object, live: unknown, compute: () => T): T {
    const journal = journalOf(live);
    if (!journal) return compute();
    const key = rawOf(world);
    const m = this.memo.get(key);
    const c = journal.cursor();
    if (m && m.cursor.journal === c.journal && m.cursor.at === c.at && m.cursor.rollbacks === c.rollbacks) return m.value;
    const value = compute();
    this.memo.set(key, { cursor: journal.cursor(), value });
    return value;
  }
}

export class Journal {
  private readonly entries: JournalEntry[] = [];
  /** Bumped by every rollback: a cursor taken before one can't tell what was undone. */
  private rollbacks = 0;
  /**
   * One entry per plain object reached or stored: its proxy and its parent (for change paths).
   * Paths themselves are computed only when `changes()` is asked (a clock advance writes thousands
   * of fields; most commits never need them).
   */
  private readonly nodes = new WeakMap<object, Node>();

  /** A recording view of `root`. */
  wrapRoot<T extends object>(root: T): T {
    return this.wrap(root, null, '') as T;
  }

  /** Position to roll back to for a nested transaction. */
  get mark(): number {
    return this.entries.length;
  }

  /** Undoes every write after `mark`, newest first. */
  rollbackTo(mark: number): void {
    if (mark < this.entries.length) this.rollbacks++;
    for (let i = this.entries.length - 1; i >= mark; i--) {
      const e = this.entries[i]!;
      if (e.had) (e.target as Record<PropertyKey, unknown>)[e.key] = e.old;
      else delete (e.target as Record<PropertyKey, unknown>)[e.key];
    }
    this.entries.length = mark;
  }

  /** The current end of the write log. */
  cursor(): WriteCursor {
    return { journal: this, at: this.entries.length, rollbacks: this.rollbacks };
  }

  /**
   * Calls `visit` with the plain object and key of every write recorded since `cursor` (oldest
   * first) and returns true; returns false, visiting nothing, when the writes since can't be told
   * (another journal's cursor, or a rollback undid some). For indexes kept next to the world that
   * follow its changes instead of rescanning it (the license grace index).
   */
  writesSince(cursor: WriteCursor, visit: (target: object, key: PropertyKey) => void, only?: WriteFilter): boolean {
    if (cursor.journal !== this || cursor.rollbacks !== this.rollbacks || cursor.at > this.entries.length) return false;
    const entries = this.entries;
    for (let i = cursor.at; i < entries.length; i++) {
      const e = entries[i]!;
      // Filtered here, without a call per write: an index usually follows one field among thousands of writes.
      if (only && e.key !== only.key && e.target !== only.target) continue;
      visit(e.target, e.key);
    }
    return true;
  }

  /** Whether anything was written (cheap; `changes()` builds the paths). */
  get hasChanges(): boolean {
    return this.entries.length > 0;
  }

  /** The changes recorded so far, one per changed property in first-write order (undone writes are gone). */
  changes(): WorldChange[] {
    const out: WorldChange[] = [];
    const seen = new Set<string>();
    for (const e of this.entries) {
      // Array length changes are implied by the index writes next to them.
      if (typeof e.key === 'symbol' || (Array.isArray(e.target) && e.key === 'length')) continue;
      const path = this.pathOf(e.target, String(e.key));
      if (seen.has(path)) continue;
      seen.add(path);
      out.push({ path, kind: e.kind });
    }
    return out;
  }

  /** One handler for every proxy of this journal (no closures per wrapped object: less garbage on big worlds). */
  private readonly handler: ProxyHandler<object> = {
    get: (t, key) => {
      if (key === RAW) return t;
      if (key === SELF) return this;
      const value = Reflect.get(t, key);
      if (typeof value !== 'object' || value === null || typeof key === 'symbol') return value;
      return this.nodes.get(value)?.proxy ?? this.wrap(value, t, key);
    },
    set: (t, key, value) => {
      // Writing the value a property already has changes nothing: no journal entry, no change event
      // (the simulator re-states unchanged fields on every pass; recording them was most of its cost).
      const stored = this.unwrap(value);
      if (Object.prototype.hasOwnProperty.call(t, key) && Object.is((t as Record<PropertyKey, unknown>)[key], stored)) return true;
      // Shrinking an array through `length` drops elements without a delete per index: journal them.
      if (Array.isArray(t) && key === 'length' && typeof value === 'number')
        for (let i = t.length - 1; i >= value; i--) if (Object.prototype.hasOwnProperty.call(t, i)) this.record(t, String(i), 'delete');
      this.record(t, key, 'set');
      // A newly stored object is reached through this key from now on (for change paths).
      if (typeof stored === 'object' && stored !== null && typeof key !== 'symbol') {
        const node = this.nodes.get(stored);
        if (node) (node.parent = t), (node.key = key);
        else this.nodes.set(stored, { proxy: null, parent: t, key });
      }
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

  private wrap(target: object, parent: object | null, key: PropertyKey): object {
    const node = this.nodes.get(target);
    if (node?.proxy) return node.proxy;
    const proxy = new Proxy(target, this.handler);
    if (node) node.proxy = proxy;
    else this.nodes.set(target, { proxy, parent, key });
    return proxy;
  }

  private record(target: object, key: PropertyKey, kind: WorldChange['kind']): void {
    // Writing past an array's end grows its length implicitly; journal the old length first so
    // rollback shrinks the array back instead of leaving a hole.
    if (Array.isArray(target) && typeof key === 'string' && key !== 'length') {
      const index = Number(key);
      if (Number.isInteger(index) && index >= target.length)
        this.entries.push({ target, key: 'length', had: true, old: target.length, kind: 'set' });
    }
    const had = Object.prototype.hasOwnProperty.call(target, key);
    this.entries.push({ target, key, had, old: had ? (target as Record<PropertyKey, unknown>)[key] : undefined, kind });
  }

  private pathOf(target: object, key: string | number): string {
    const parts: string[] = [String(key)];
    let cur: object | null = target;
    for (let depth = 0; cur && depth < 64; depth++) {
      const node = this.nodes.get(cur);
      if (!node || node.parent === null) break;
      parts.push(String(node.key));
      cur = node.parent;
    }
    return parts.reverse().join('.');
  }

  /**
   * Values stored into the world must be plain data, never our proxies: a value built from world
   * objects (`arr.filter(...)`) contains proxies, so new containers are unwrapped recursively.
   * World objects themselves (proxy targets) never contain proxies and are not walked.
   */
  private unwrap(value: unknown, depth = 0): unknown {
    if (typeof value !== 'object' || value === null) return value;
    // Our proxy: the plain object behind it (a world object, never walked).
    const raw = (value as Record<PropertyKey, unknown>)[RAW];
    if (raw) return raw;
    // A world object already met: plain, holds no proxies. World data is a tree (it is saved as
    // JSON), so a depth bound stands in for cycle tracking and allocates nothing.
    if (this.nodes.has(value) || depth > 64) return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (typeof v === 'object' && v !== null) value[i] = this.unwrap(v, depth + 1);
      }
    } else {
      const o = value as Record<string, unknown>;
      for (const k in o) {
        if (!Object.prototype.hasOwnProperty.call(o, k)) continue;
        const v = o[k];
        if (typeof v === 'object' && v !== null) o[k] = this.unwrap(v, depth + 1);
      }
    }
    return value;
  }
}
