/**
 * Seeded randomness (mulberry32). The generator's whole state is one 32-bit number kept in the
 * world (`world.random.state`), so a saved world continues the same sequence after a reload.
 */
import type { RandomState } from './world';

/** One step: returns the next state and a float in [0, 1). */
export function mulberry32Step(state: number): { state: number; value: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { state: next, value };
}

export function initialRandomState(seed: number): RandomState {
  return { seed: seed >>> 0, state: seed >>> 0 };
}

/** A standalone generator for pure code (scenario expansion) that must not touch the world. */
export class SeededRandom {
  constructor(private state: number) {}
  next(): number {
    const r = mulberry32Step(this.state);
    this.state = r.state;
    return r.value;
  }
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  hex(bytes: number): string {
    let s = '';
    for (let i = 0; i < bytes; i++) s += this.int(0, 255).toString(16).padStart(2, '0');
    return s;
  }
  /** A GUID-shaped string (version-4 layout), reproducible from the seed. */
  guid(): string {
    const h = this.hex(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  get currentState(): number {
    return this.state;
  }
}
