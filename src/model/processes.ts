/**
 * Time-dependent behaviour of the world is a set of event-driven processes. Advancing the clock
 * jumps from one due instant to the next (never ticks), so 30 simulated days cost as many steps
 * as there are events. Other layers (the migration simulator) register their own processes.
 */
import type { World } from './world';
import type { ReadonlyWorld } from '../store/state-store';
import { WorldError } from './messages';

export interface WorldProcess {
  /** Unique, for diagnostics and the runaway guard. */
  name: string;
  /**
   * The next instant (ms since epoch) this process has work, or null for none. May be in the past.
   * `world` is the plain world to scan; `live` is the same world as `run` gets it (inside a store
   * transaction, its recording view: `journalOf(live)` then tells what was written since).
   */
  nextDue(world: ReadonlyWorld, live?: World): number | null;
  /** Does the work due at `now` (world.clock.now === now); must move its next due time past `now`. */
  run(world: World, now: number): void;
}

export class ProcessRegistry {
  private readonly items: WorldProcess[] = [];

  /** Adds a process (replacing one of the same name); returns a function that removes it. */
  register(proc: WorldProcess): () => void {
    const i = this.items.findIndex((p) => p.name === proc.name);
    if (i >= 0) this.items[i] = proc;
    else this.items.push(proc);
    return () => {
      const j = this.items.indexOf(proc);
      if (j >= 0) this.items.splice(j, 1);
    };
  }

  list(): readonly WorldProcess[] {
    return this.items;
  }
}

export interface ProcessRun {
  name: string;
  at: number;
}

/** How many times one process may run at the same instant before it is declared a runaway. */
const MAX_RUNS_AT_ONE_INSTANT = 10_000;

/**
 * Moves `world.clock.now` forward by `ms`, running every process as it falls due, in time order
 * (registration order breaks ties). Work already overdue runs first, at the current instant.
 * `view` is the same world read without the transaction's recording proxies (the store's `read()`
 * inside its transaction): due times are scanned there, which is much cheaper on big worlds.
 */
export function advanceWorld(world: World, processes: readonly WorldProcess[], ms: number, view: ReadonlyWorld = world): ProcessRun[] {
  if (ms < 0) throw new WorldError('ClockNegativeAdvance', [ms]);
  const target = world.clock.now + ms;
  const runs: ProcessRun[] = [];
  let lastInstant = Number.NaN;
  const runsAtInstant = new Map<string, number>();
  for (;;) {
    let next: WorldProcess | null = null;
    let nextAt = Infinity;
    for (const p of processes) {
      const due = p.nextDue(view, world);
      if (due !== null && due <= target && due < nextAt) {
        next = p;
        nextAt = due;
      }
    }
    if (!next) break;
    const at = Math.max(nextAt, world.clock.now);
    if (at !== lastInstant) {
      runsAtInstant.clear();
      lastInstant = at;
    }
    const count = (runsAtInstant.get(next.name) ?? 0) + 1;
    if (count > MAX_RUNS_AT_ONE_INSTANT) throw new WorldError('ClockRunaway', [next.name, MAX_RUNS_AT_ONE_INSTANT]);
    runsAtInstant.set(next.name, count);
    world.clock.now = at;
    next.run(world, at);
    runs.push({ name: next.name, at });
  }
  world.clock.now = target;
  return runs;
}
