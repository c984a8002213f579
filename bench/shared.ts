/** Helpers the bench modules share. */
import { createRequire } from 'node:module';

/** The middle value of the runs (the upper one of two middles). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A dev dependency loaded at run time (never bundled into the bench); null when it is not installed. */
export function loadDevDependency<T>(name: string): T | null {
  try {
    return createRequire(import.meta.url)(name) as T;
  } catch {
    return null;
  }
}
