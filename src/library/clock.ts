/** `session.clock`: the virtual clock as Date values and durations ('3d', '90m', '01:30:00'). */
import type { WorldClock } from '../model/clock';
import { parseDuration } from '../duration';

/** 'manual': time moves only when advanced; { speed }: real time times speed (1 = real time). */
export type ClockOption = 'manual' | { speed: number };

export interface SessionClock {
  now(): Date;
  /** Moves the clock forward, running everything that falls due on the way. */
  advance(duration: string | number): void;
  /** 0 = manual. */
  setSpeed(speed: number): void;
}

export function sessionClock(clock: WorldClock): SessionClock {
  return {
    now: () => new Date(clock.now()),
    advance: (d) => clock.advance(typeof d === 'number' ? d : parseDuration(d)),
    setSpeed: (speed) => clock.setSpeed(speed),
  };
}

export function applyClockOption(clock: WorldClock, option: ClockOption | undefined): void {
  if (option === undefined) return;
  clock.setSpeed(option === 'manual' ? 0 : option.speed);
}
