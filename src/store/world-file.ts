/**
 * The world file's format, browser-safe: the shell's -State file (shell/file-store.ts) and the
 * browser lab's saved and exported world (web/) are the same text, so `exo-shell lab check` grades
 * either. Format: { "format": "exo-emulator-world", "schemaVersion": n, "revision": n, "savedAt": iso, "world": {...} }
 */
import type { World } from '../model/world';
import { WORLD_SCHEMA_VERSION } from '../model/world';
import { upgradeWorld } from '../model/world-upgrade';
import { WorldError } from '../model/messages';
import { firstWorldProblem } from '../model/validate';
import { checkWorld } from '../model/invariants';
import type { ReadonlyWorld } from './state-store';

export const WORLD_FILE_FORMAT = 'exo-emulator-world';

/** The largest revision a file may hold: the next save's revision must still be exact. */
export const MAX_REVISION = Number.MAX_SAFE_INTEGER - 1;

export function validRevision(r: unknown): r is number {
  return typeof r === 'number' && Number.isSafeInteger(r) && r >= 0 && r <= MAX_REVISION;
}

/** The whole file's text in one string (the shell streams the same text in chunks). */
export function worldFileText(world: ReadonlyWorld, revision: number, savedAt: Date = new Date()): string {
  if (!validRevision(revision)) throw new RangeError(`revision ${revision} is not a whole number from 0 to ${MAX_REVISION}`);
  return JSON.stringify({ format: WORLD_FILE_FORMAT, schemaVersion: WORLD_SCHEMA_VERSION, revision, savedAt: savedAt.toISOString(), world }) + '\n';
}

/**
 * Reads and checks a world file's text; throws a WorldError naming `path` and the first problem.
 * An older schema is upgraded first.
 */
export function parseWorldFileText(text: string, path: string): { world: World; revision: number } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new WorldError('StoreFileInvalidJson', [path, (e as Error).message]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new WorldError('StoreFileNotAWorld', [path, 'the top level is not an object']);
  const env = data as Record<string, unknown>;
  if (env.format !== WORLD_FILE_FORMAT)
    throw new WorldError('StoreFileNotAWorld', [path, `"format" is ${JSON.stringify(env.format ?? null)}, expected "${WORLD_FILE_FORMAT}"`]);
  if (typeof env.schemaVersion !== 'number' || !Number.isInteger(env.schemaVersion))
    throw new WorldError('StoreFileNotAWorld', [path, '"schemaVersion" is not an integer']);
  // The revision counts saves: a hand edit to a negative, fractional or huge one (1e999 parses as
  // Infinity) would be saved back as text JSON cannot read, so it is refused here.
  if (env.revision !== undefined && !validRevision(env.revision))
    throw new WorldError('StoreRevisionInvalid', [path, MAX_REVISION, typeof env.revision === 'number' ? String(env.revision) : JSON.stringify(env.revision) ?? 'undefined']);
  if (env.schemaVersion > WORLD_SCHEMA_VERSION)
    throw new WorldError('StoreFileNewerSchema', [path, env.schemaVersion, WORLD_SCHEMA_VERSION]);
  // An older file is brought up to this version's shape before it is checked (world-upgrade.ts).
  if (env.schemaVersion < WORLD_SCHEMA_VERSION) upgradeWorld(env.world, env.schemaVersion);
  const problem = firstWorldProblem(env.world);
  if (problem) throw new WorldError('StoreFileSchemaInvalid', [path, `/world${problem.startsWith('(root)') ? problem.slice(6) : problem}`]);
  const world = env.world as World;
  const issues = checkWorld(world, 1, '/world');
  if (issues.length > 0) throw new WorldError('StoreFileInvariant', [path, issues[0]!.message]);
  return { world, revision: validRevision(env.revision) ? env.revision : 0 };
}
