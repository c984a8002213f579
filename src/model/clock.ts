/**
 * The virtual clock service (Clock of src/engine/services.ts) over a state store. Time moves on
 * Start-Sleep / explicit `advance`, and, when `world.clock.speed` > 0, with real time multiplied
 * by the speed (folded in by `sync()`, which the session calls before each command).
 */
import type { Clock } from '../engine/services';
import type { StateStore } from '../store/state-store';
import { advanceWorld, type ProcessRegistry, type ProcessRun } from './processes';

export interface WorldClockOptions {
  /** Real time source in ms; defaults to Date.now (available in browsers and Node). */
  realTime?: () => number;
}

export class WorldClock implements Clock {
  private readonly realTime: () => number;
  private anchor: number;
  /** What the last advance ran, for diagnostics and tests. */
  lastRuns: ProcessRun[] = [];

  constructor(
    private readonly store: StateStore,
    private readonly processes: ProcessRegistry,
    options: WorldClockOptions = {},
  ) {
    this.realTime = options.realTime ?? (() => Date.now());
    this.anchor = this.realTime();
  }

  /** Virtual now, including real time not yet folded in. */
  now(): number {
    const c = this.store.read().clock;
    return c.now + Math.floor(this.pendingReal() * c.speed);
  }

  advance(ms: number): void {
    this.advanceBy(ms);
  }

  /** Folds elapsed real time (times the speed) into the world and runs what fell due. */
  sync(): ProcessRun[] {
    return this.advanceBy(0);
  }

  setSpeed(speed: number): void {
    this.sync();
    this.store.transaction((w) => {
      w.clock.speed = speed;
    });
  }

  private pendingReal(): number {
    return Math.max(0, this.realTime() - this.anchor);
  }

  private advanceBy(ms: number): ProcessRun[] {
    const speed = this.store.read().clock.speed;
    const real = Math.floor(this.pendingReal() * speed);
    const runs = this.store.transaction((w) => advanceWorld(w, this.processes.list(), real + ms, this.store.read()));
    this.anchor = this.realTime();
    this.lastRuns = runs;
    return runs;
  }
}
