/**
 * The one interface every part of the emulator uses to reach the world.
 *
 * Guarantees:
 * - `transaction(fn)` is all or nothing: if `fn` throws, every change it made is undone and the
 *   world is deep-equal to what it was before. The cost is proportional to what `fn` touches
 *   (an undo journal), never to the world's size. Transactions nest: an inner transaction that
 *   throws undoes only its own changes (a savepoint) and rethrows.
 * - `fn` must be synchronous and must only change the world through the object it is given
 *   (inside, world objects are journaling proxies: copy them with spread or JSON, not structuredClone).
 * - Readers outside a transaction get a read-only view; do not keep references across transactions.
 * - Change events are delivered after a transaction commits (never for one that rolled back),
 *   and after snapshot restores and resets.
 */
import type { World } from '../model/world';
import type { DeepReadonly } from './readonly';

export type ReadonlyWorld = DeepReadonly<World>;

/** One changed property, as a path from the world's root (`tenant.migration.batches.0.status`). */
export interface WorldChange {
  path: string;
  kind: 'set' | 'delete';
}

export type WorldChangeEvent =
  | { kind: 'commit'; changes: WorldChange[] }
  | { kind: 'restore' }
  | { kind: 'reset' }
  | { kind: 'reload' };

export type WorldChangeListener = (event: WorldChangeEvent) => void;

/** An opaque copy of the world taken by `snapshot()`. */
export interface WorldSnapshot {
  readonly takenAt: number;
  readonly json: string;
}

export interface StateStore {
  /** The current world, read-only. */
  read(): ReadonlyWorld;
  /** Runs `fn` on the world; applies all of its changes or none. Returns what `fn` returns. */
  transaction<T>(fn: (world: World) => T): T;
  /** True while a transaction is running (nested calls join it as a savepoint). */
  readonly inTransaction: boolean;
  snapshot(): WorldSnapshot;
  restore(snapshot: WorldSnapshot): void;
  /** Back to the world the store started with (its scenario's initial state). */
  reset(): void;
  /** The whole world as JSON text (what the file store saves inside its envelope). */
  exportJson(): string;
  /** Subscribes to change events; returns the unsubscribe function. */
  subscribe(listener: WorldChangeListener): () => void;
}
