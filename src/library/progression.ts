/**
 * How migration batches progress, as a test author chooses (moto's state manager):
 * - 'time' (default): the virtual clock drives the simulator (src/model/migration/simulator.ts);
 * - 'immediate': after each cmdlet call a started batch runs to its next resting status (Synced,
 *   Completed, Stopped, Failed...) without the clock moving;
 * - { manual: { pollsPerStatus: N } }: every N-th Get-Migration* call moves each batch in motion one
 *   status on, before the call reads it. The clock still drives the simulator when it is advanced.
 * A step brings the due instants of a batch and its users forward to now and runs the simulator's own
 * event handling (runMigration), so every status, count and report line is the simulator's.
 */
import type { World } from '../model/world';
import type { StateStore } from '../store/state-store';
import { runMigration } from '../model/migration/simulator';
import { LibraryError } from './messages';

export type ProgressionMode = 'time' | 'immediate' | { manual: { pollsPerStatus: number } };

/** Statuses a batch leaves on its own (the others wait for an administrator or the clock). */
const IN_MOTION = new Set(['Starting', 'Syncing', 'Completing', 'Stopping', 'Removing']);

/** Runs the simulator at `now` for batches in motion until each changed status once; true if any did. */
export function stepBatches(world: World, now: number): boolean {
  const state = world.tenant.migration;
  const moving = state.batches.filter((b) => IN_MOTION.has(b.status)).map((b) => ({ name: b.name, status: b.status }));
  let changed = false;
  for (const { name, status } of moving) {
    for (let guard = 0; guard < 1000; guard++) {
      const b = state.batches.find((x) => x.name === name);
      if (!b || b.status !== status) {
        changed = true;
        break;
      }
      let pulled = false;
      if (b.transitionDueAt !== null && b.transitionDueAt > now) (b.transitionDueAt = now), (pulled = true);
      for (const u of state.users) if (u.batchId === name && u.nextEventAt !== null && u.nextEventAt > now) (u.nextEventAt = now), (pulled = true);
      const before = JSON.stringify([b.status, state.users.filter((u) => u.batchId === name).map((u) => u.status)]);
      runMigration(world, now);
      const after = state.batches.find((x) => x.name === name);
      const same = after && JSON.stringify([after.status, state.users.filter((u) => u.batchId === name).map((u) => u.status)]) === before;
      if (same && !pulled) break; // waiting for something outside the simulator (approval, an administrator)
    }
  }
  return changed;
}

export class Progressions {
  private mode: ProgressionMode = 'time';
  private polls = 0;

  constructor(private readonly store: StateStore) {}

  set(kind: 'MigrationBatch', mode: ProgressionMode): void {
    if (kind !== 'MigrationBatch') throw new LibraryError('UnknownProgressionKind', [String(kind)]);
    if (typeof mode === 'object') {
      const n = mode.manual.pollsPerStatus;
      if (!Number.isInteger(n) || n < 1) throw new LibraryError('BadPollsPerStatus', [String(n)]);
    }
    this.mode = mode;
    this.polls = 0;
  }

  get(kind: 'MigrationBatch' = 'MigrationBatch'): ProgressionMode {
    if (kind !== 'MigrationBatch') throw new LibraryError('UnknownProgressionKind', [String(kind)]);
    return this.mode;
  }

  /** Before a cmdlet call: counts Get-Migration* polls in manual mode. */
  beforeCall(cmdletName: string): void {
    if (typeof this.mode !== 'object' || !/^Get-Migration/i.test(cmdletName) || this.store.inTransaction) return;
    this.polls++;
    if (this.polls % this.mode.manual.pollsPerStatus === 0) this.step();
  }

  /** After a top-level cmdlet call: immediate mode settles every batch in motion, one status per commit. */
  afterCall(): void {
    if (this.mode !== 'immediate' || this.store.inTransaction) return;
    for (let guard = 0; guard < 100 && this.step(); guard++);
  }

  private step(): boolean {
    // Most calls find nothing in motion: no transaction (and no commit event) for them.
    if (!this.store.read().tenant.migration.batches.some((b) => IN_MOTION.has(b.status))) return false;
    return this.store.transaction((w) => stepBatches(w, w.clock.now));
  }
}
