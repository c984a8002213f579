/**
 * The world persisted to one JSON file (Node only). Every top-level transaction runs under the
 * file's lock, first reloading the file if another process changed it, then saving atomically
 * before it commits, so two shells on one file never lose each other's changes. A file that is
 * missing, unreadable, of a newer schema, not JSON, or invalid is reported with its name and the
 * first problem, and is never overwritten. Passwords are only ever salted hashes in the world.
 *
 * File format: { "format": "exo-emulator-world", "schemaVersion": 3, "revision": n, "savedAt": iso, "world": {...} }
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { World } from '../src/model/world';
import { WORLD_SCHEMA_VERSION } from '../src/model/world';
import { upgradeWorld } from '../src/model/world-upgrade';
import { WorldError } from '../src/model/messages';
import { firstWorldProblem } from '../src/model/validate';
import { checkWorld } from '../src/model/invariants';
import { MemoryStateStore } from '../src/store/memory-store';
import type { ReadonlyWorld, StateStore, WorldChangeListener, WorldSnapshot } from '../src/store/state-store';
import { writeFileAtomic } from './atomic-write';
import { acquireLock, type LockOptions } from './lock';
import { jsonChunks } from './json-chunks';

export const WORLD_FILE_FORMAT = 'exo-emulator-world';

export interface FileStoreOptions extends LockOptions {
  /** World that `reset()` returns to; defaults to the world as first loaded or created. */
  resetTo?: () => World;
}

/** Identifies one version of the file: a save renames a new file in (new inode, new times). */
export interface Stamp {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

function stampOf(path: string): Stamp | null {
  try {
    const s = statSync(path);
    return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
  } catch {
    return null;
  }
}

function sameStamp(a: Stamp | null, b: Stamp | null): boolean {
  return !!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.message.replace(/^[A-Z]+: /, '')}` : String(err.message ?? e);
}

/**
 * Reads and checks a world file; throws a WorldError naming the file and the first problem. The
 * stamp comes from the same open file as the text (a writer may rename a new file in between).
 */
export function readWorldFile(path: string): { world: World; revision: number; stamp: Stamp } {
  let text: string;
  let stamp: Stamp;
  try {
    const fd = openSync(path, 'r');
    try {
      const s = fstatSync(fd);
      stamp = { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new WorldError('StoreFileMissing', [path]);
    throw new WorldError('StoreFileUnreadable', [path, errorText(e)]);
  }
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
  if (env.schemaVersion > WORLD_SCHEMA_VERSION)
    throw new WorldError('StoreFileNewerSchema', [path, env.schemaVersion, WORLD_SCHEMA_VERSION]);
  // An older file is brought up to this version's shape before it is checked (world-upgrade.ts).
  if (env.schemaVersion < WORLD_SCHEMA_VERSION) upgradeWorld(env.world, env.schemaVersion);
  const problem = firstWorldProblem(env.world);
  if (problem) throw new WorldError('StoreFileSchemaInvalid', [path, `/world${problem.startsWith('(root)') ? problem.slice(6) : problem}`]);
  const world = env.world as World;
  const issues = checkWorld(world, 1);
  if (issues.length > 0) throw new WorldError('StoreFileInvariant', [path, issues[0]!.message]);
  return { world, revision: typeof env.revision === 'number' ? env.revision : 0, stamp };
}

function* serialise(world: ReadonlyWorld, revision: number): Generator<string> {
  yield '{"format":"' + WORLD_FILE_FORMAT + '","schemaVersion":' + WORLD_SCHEMA_VERSION + ',"revision":' + revision +
    ',"savedAt":' + JSON.stringify(new Date().toISOString()) + ',"world":';
  yield* jsonChunks(world);
  yield '}\n';
}

export class FileStateStore implements StateStore {
  readonly path: string;
  private readonly memory: MemoryStateStore;
  private revision: number;
  private stamp: Stamp | null;
  private readonly lockOptions: LockOptions;
  /** Set while a top-level transaction holds the lock, so the save knows the next revision. */
  private saving = false;

  private constructor(path: string, world: World, revision: number, stamp: Stamp | null, options: FileStoreOptions) {
    this.path = path;
    this.revision = revision;
    this.stamp = stamp;
    this.lockOptions = options;
    const initial = JSON.stringify(world);
    this.memory = new MemoryStateStore(world, {
      resetTo: options.resetTo ?? (() => JSON.parse(initial) as World),
      beforeCommit: (w) => this.save(w),
    });
  }

  /** Opens an existing world file (it must exist and be valid). */
  static open(path: string, options: FileStoreOptions = {}): FileStateStore {
    const full = resolve(path);
    const { world, revision, stamp } = readWorldFile(full);
    return new FileStateStore(full, world, revision, stamp, options);
  }

  /** Creates a new world file; refuses to replace an existing one. */
  static create(path: string, world: World, options: FileStoreOptions = {}): FileStateStore {
    const full = resolve(path);
    const release = acquireLock(full, options);
    let stamp: Stamp | null;
    try {
      if (existsSync(full)) throw new WorldError('StoreFileExists', [full]);
      writeFileAtomic(full, serialise(world, 1));
      stamp = stampOf(full); // under the lock: nobody else can have replaced it yet
    } finally {
      release();
    }
    return new FileStateStore(full, world, 1, stamp, options);
  }

  /** Opens the file if it exists, else creates it from `create()`. */
  static openOrCreate(path: string, create: () => World, options: FileStoreOptions = {}): FileStateStore {
    return existsSync(resolve(path)) ? FileStateStore.open(path, options) : FileStateStore.create(path, create(), options);
  }

  get inTransaction(): boolean {
    return this.memory.inTransaction;
  }

  read(): ReadonlyWorld {
    if (!this.memory.inTransaction) this.refreshIfChanged();
    return this.memory.read();
  }

  transaction<T>(fn: (world: World) => T): T {
    if (this.memory.inTransaction) return this.memory.transaction(fn);
    return this.locked(() => {
      this.refreshIfChanged();
      return this.memory.transaction(fn);
    });
  }

  snapshot(): WorldSnapshot {
    this.read();
    return this.memory.snapshot();
  }

  restore(snapshot: WorldSnapshot): void {
    this.locked(() => {
      this.memory.restore(snapshot);
      this.save(this.memory.read());
    });
  }

  reset(): void {
    this.locked(() => {
      this.memory.reset();
      this.save(this.memory.read());
    });
  }

  exportJson(): string {
    this.read();
    return this.memory.exportJson();
  }

  subscribe(listener: WorldChangeListener): () => void {
    return this.memory.subscribe(listener);
  }

  /** The file's revision this store last read or wrote (increases by one per saved transaction). */
  get currentRevision(): number {
    return this.revision;
  }

  private locked<T>(fn: () => T): T {
    const release = acquireLock(this.path, this.lockOptions);
    this.saving = true;
    try {
      return fn();
    } finally {
      this.saving = false;
      release();
    }
  }

  /** Reloads the file when another process replaced it since we last read or wrote it. */
  private refreshIfChanged(): void {
    const now = stampOf(this.path);
    if (sameStamp(now, this.stamp)) return;
    const { world, revision, stamp } = readWorldFile(this.path);
    this.revision = revision;
    this.stamp = stamp;
    this.memory.replaceWorld(world);
  }

  private save(world: ReadonlyWorld): void {
    if (!this.saving) throw new WorldError('StoreWriteFailed', [this.path, 'the file is not locked by this process']);
    const next = this.revision + 1;
    try {
      writeFileAtomic(this.path, serialise(world, next));
    } catch (e) {
      throw new WorldError('StoreWriteFailed', [this.path, errorText(e)]);
    }
    this.revision = next;
    this.stamp = stampOf(this.path);
  }
}
