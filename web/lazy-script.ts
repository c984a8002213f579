/**
 * Scripts the worker loads only when a command needs them (issue 18: what a page loads first stays
 * small): importScripts is synchronous in a classic worker, so a cmdlet can wait for its data or
 * library in the middle of a call, as the engine runs synchronously. Each script sets one global.
 */
declare const importScripts: (...urls: string[]) => void;

const loaded = new Set<string>();

/** Runs `file` (next to worker.js) once and returns the global it sets. */
export function loadWorkerScript<T>(file: string, global: string): T {
  if (!loaded.has(file)) {
    importScripts(new URL(file, self.location.href).href);
    loaded.add(file);
  }
  const value = (self as unknown as Record<string, unknown>)[global];
  if (value === undefined) throw new Error(`${file} did not define ${global}`);
  return value as T;
}

/** The names of the lazily loaded scripts and the globals they set (scripts/build-web.mjs builds them). */
export const LAZY_GLOBALS = { 'help.js': 'exoReferenceHelp' } as const;
