/** `session.clock`: the virtual clock as Date values and durations ('3d', '90m', '01:30:00'). */
import type { WorldClock } from '../model/clock';
import type { ProcessRegistry } from '../model/processes';
import type { StateStore } from '../store/state-store';
import { parseDuration } from '../duration';

/** 'manual': time moves only when advanced; { speed }: real time times speed (1 = real time). */
export type ClockOption = 'manual' | { speed: number };

export interface SessionClock {
  now(): Date;
  /**
   * Moves the clock forward, running everything that falls due on the way: one commit per due
   * instant, so session events report every status a batch passes through.
   */
  advance(duration: string | number): void;
  /** 0 = manual. */
  setSpeed(speed: number): void;
}

export function sessionClock(clock: WorldClock, store: StateStore, processes: ProcessRegistry): SessionClock {
  const nextDue = (): number | null => {
    let due: number | null = null;
    for (const p of processes.list()) {
      const t = p.nextDue(store.read());
      if (t !== null && (due === null || t < due)) due = t;
    }
    return due;
  };
  const advance = (ms: number) => {
    clock.sync();
    const target = clock.now() + ms;
    // Bounded: each step runs what is due, which moves every process's next instant past it.
    for (let guard = 0; guard < 100_000; guard++) {
      const due = nextDue();
      if (due === null || due > target) break;
      clock.advance(Math.max(0, due - clock.now()));
    }
    clock.advance(Math.max(0, target - clock.now()));
  };
  return {
    now: () => new Date(clock.now()),
    advance: (d) => advance(typeof d === 'number' ? d : parseDuration(d)),
    setSpeed: (speed) => clock.setSpeed(speed),
  };
}

export function applyClockOption(clock: WorldClock, option: ClockOption | undefined): void {
  if (option === undefined) return;
  clock.setSpeed(option === 'manual' ? 0 : option.speed);
}
