/**
 * The embedded default store: the world lives in memory; transactions use the undo journal;
 * snapshots are JSON copies (explicit and rare, so their cost may follow the world's size).
 */
import type { World } from '../model/world';
import { WorldError } from '../model/messages';
import { Journal } from './journal';
import type {
  ReadonlyWorld,
  WorldChange,
  StateStore,
  WorldChangeEvent,
  WorldChangeListener,
  WorldSnapshot,
} from './state-store';

export interface MemoryStoreOptions {
  /** Builds the world `reset()` returns to; defaults to a copy of the initial world taken now. */
  resetTo?: () => World;
  /**
   * Called at the end of a top-level transaction that changed something, before it commits, with
   * the world in its new state; if it throws, the transaction rolls back (the file store saves here).
   * `changes` builds the list of changed paths when called (most hooks never need it).
   */
  beforeCommit?: (world: World, changes: () => WorldChange[]) => void;
}

function isThenable(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

export class MemoryStateStore implements StateStore {
  private world: World;
  private journal: Journal | null = null;
  private proxy: World | null = null;
  private readonly listeners = new Set<WorldChangeListener>();
  private readonly resetTo: () => World;
  private readonly beforeCommit: MemoryStoreOptions['beforeCommit'];

  constructor(initial: World, options: MemoryStoreOptions = {}) {
    this.world = initial;
    this.beforeCommit = options.beforeCommit;
    if (options.resetTo) this.resetTo = options.resetTo;
    else {
      const json = JSON.stringify(initial);
      this.resetTo = () => JSON.parse(json) as World;
    }
  }

  read(): ReadonlyWorld {
    return this.world;
  }

  get inTransaction(): boolean {
    return this.journal !== null;
  }

  transaction<T>(fn: (world: World) => T): T {
    if (this.journal && this.proxy) return this.savepoint(this.journal, this.proxy, fn);
    const journal = new Journal();
    const proxy = journal.wrapRoot(this.world);
    this.journal = journal;
    this.proxy = proxy;
    let result: T;
    let changed: boolean;
    // Change paths cost a walk up the origin chain per written field; built once, only when asked.
    let list: WorldChange[] | null = null;
    const changes = () => (list ??= journal.changes());
    try {
      result = this.savepoint(journal, proxy, fn);
      changed = journal.hasChanges;
      if (changed && this.beforeCommit) {
        try {
          this.beforeCommit(this.world, changes);
        } catch (e) {
          journal.rollbackTo(0);
          throw e;
        }
      }
    } finally {
      this.journal = null;
      this.proxy = null;
    }
    if (changed && this.listeners.size > 0)
      this.emit({
        kind: 'commit',
        get changes() {
          return changes();
        },
      });
    return result;
  }

  private savepoint<T>(journal: Journal, proxy: World, fn: (world: World) => T): T {
    const mark = journal.mark;
    try {
      const result = fn(proxy);
      if (isThenable(result)) throw new WorldError('TransactionNotSynchronous');
      return result;
    } catch (e) {
      journal.rollbackTo(mark);
      throw e;
    }
  }

  snapshot(): WorldSnapshot {
    this.refuseInTransaction('take a snapshot');
    return { takenAt: this.world.clock.now, json: JSON.stringify(this.world) };
  }

  restore(snapshot: WorldSnapshot): void {
    this.refuseInTransaction('restore a snapshot');
    this.world = JSON.parse(snapshot.json) as World;
    this.emit({ kind: 'restore' });
  }

  reset(): void {
    this.refuseInTransaction('reset the world');
    this.world = this.resetTo();
    this.emit({ kind: 'reset' });
  }

  exportJson(): string {
    return JSON.stringify(this.world);
  }

  subscribe(listener: WorldChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces the whole world (the file store's reload); not for cmdlets. */
  replaceWorld(world: World, event: WorldChangeEvent = { kind: 'reload' }): void {
    this.refuseInTransaction('replace the world');
    this.world = world;
    this.emit(event);
  }

  private refuseInTransaction(what: string): void {
    if (this.journal) throw new WorldError('TransactionInProgress', [what]);
  }

  private emit(event: WorldChangeEvent): void {
    for (const l of this.listeners) l(event);
  }
}
