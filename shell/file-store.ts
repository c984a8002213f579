/**
 * The world persisted to one JSON file (Node only). Every top-level transaction runs under the
 * file's lock, first reloading the file if another process changed it, then saving atomically
 * before it commits, so two shells on one file never lose each other's changes. A file that is
 * missing, unreadable, of a newer schema, not JSON, or invalid is reported with its name and the
 * first problem, and is never overwritten. Passwords are only ever salted hashes in the world.
 *
 * File format: { "format": "exo-emulator-world", "schemaVersion": 3, "revision": n, "savedAt": iso, "world": {...} }
 */
import { resolve } from 'node:path';
import type { World } from '../src/model/world';
import { WORLD_SCHEMA_VERSION } from '../src/model/world';
import { MAX_REVISION, parseWorldFileText, validRevision, WORLD_FILE_FORMAT } from '../src/store/world-file';
import { WorldError } from '../src/model/messages';
import { MemoryStateStore } from '../src/store/memory-store';
import type { ReadonlyWorld, StateStore, WorldChangeListener, WorldSnapshot } from '../src/store/state-store';
import { removeStaleTemps, writeFileAtomic } from './atomic-write';
import { acquireLock, LockUnavailableError, type LockOptions } from './lock';
import { jsonChunks } from './json-chunks';
import { ioReason, nodeFs, UNWRITABLE, type StoreFs } from './store-fs';

export { WORLD_FILE_FORMAT, MAX_REVISION } from '../src/store/world-file';

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

function stampOf(path: string, fs: StoreFs = nodeFs): Stamp | null {
  try {
    const s = fs.statSync(path);
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
export function readWorldFile(path: string, fs: StoreFs = nodeFs): { world: World; revision: number; stamp: Stamp } {
  let text: string;
  let stamp: Stamp;
  try {
    const fd = fs.openSync(path, 'r');
    try {
      const s = fs.fstatSync(fd);
      stamp = { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
      text = fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new WorldError('StoreFileMissing', [path]);
    throw new WorldError('StoreFileUnreadable', [path, errorText(e)]);
  }
  const { world, revision } = parseWorldFileText(text, path);
  return { world, revision, stamp };
}

function* serialise(world: ReadonlyWorld, revision: number): Generator<string> {
  // Never `Infinity` or `NaN` in the file (String() of them is not JSON).
  if (!validRevision(revision)) throw new RangeError(`revision ${revision} is not a whole number from 0 to ${MAX_REVISION}`);
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
  /**
   * Set while a top-level transaction runs without the lock because the folder cannot be written
   * (read-only, full, denied): reading works, and a save is refused with this reason.
   */
  private unwritable: string | null = null;
  private readonly fs: StoreFs;
  /** Stale temporary files are looked for once, at the first lock, and after breaking a stale lock. */
  private tempsChecked = false;

  private constructor(path: string, world: World, revision: number, stamp: Stamp | null, options: FileStoreOptions) {
    this.path = path;
    this.revision = revision;
    this.stamp = stamp;
    this.fs = options.fs ?? nodeFs;
    this.lockOptions = { ...options, onStaleLock: () => (this.tempsChecked = false) };
    const initial = JSON.stringify(world);
    this.memory = new MemoryStateStore(world, {
      resetTo: options.resetTo ?? (() => JSON.parse(initial) as World),
      beforeCommit: (w) => this.save(w),
    });
  }

  /** Opens an existing world file (it must exist and be valid). */
  static open(path: string, options: FileStoreOptions = {}): FileStateStore {
    const full = resolve(path);
    const { world, revision, stamp } = readWorldFile(full, options.fs);
    return new FileStateStore(full, world, revision, stamp, options);
  }

  /** Creates a new world file; refuses to replace an existing one. */
  static create(path: string, world: World, options: FileStoreOptions = {}): FileStateStore {
    const full = resolve(path);
    const fs = options.fs ?? nodeFs;
    const release = acquireLock(full, options);
    let stamp: Stamp | null;
    try {
      if (fs.existsSync(full)) throw new WorldError('StoreFileExists', [full]);
      removeStaleTemps(full, fs);
      try {
        writeFileAtomic(full, serialise(world, 1), fs);
      } catch (e) {
        throw new WorldError('StoreWriteFailed', [full, ioReason(e)]);
      }
      stamp = stampOf(full, fs); // under the lock: nobody else can have replaced it yet
    } finally {
      release();
    }
    return new FileStateStore(full, world, 1, stamp, options);
  }

  /** Opens the file if it exists, else creates it from `create()`. */
  static openOrCreate(path: string, create: () => World, options: FileStoreOptions = {}): FileStateStore {
    return (options.fs ?? nodeFs).existsSync(resolve(path)) ? FileStateStore.open(path, options) : FileStateStore.create(path, create(), options);
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
    this.replaceAndSave(() => this.memory.restore(snapshot));
  }

  reset(): void {
    this.replaceAndSave(() => this.memory.reset());
  }

  /** Replaces the world in memory and saves it; if the save fails, memory goes back as it was. */
  private replaceAndSave(replace: () => void): void {
    this.locked(() => {
      const before = this.memory.read() as World;
      replace();
      try {
        this.save(this.memory.read());
      } catch (e) {
        this.memory.replaceWorld(before, { kind: 'restore' });
        throw e;
      }
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
    let release: () => void;
    try {
      release = acquireLock(this.path, this.lockOptions);
    } catch (e) {
      // A folder that cannot be written still reads: the transaction runs, and saving is refused.
      if (!(e instanceof LockUnavailableError) || !UNWRITABLE.has(e.code ?? '')) throw e;
      this.unwritable = ioReason(e.ioError);
      try {
        return fn();
      } finally {
        this.unwritable = null;
      }
    }
    this.saving = true;
    try {
      if (!this.tempsChecked) {
        this.tempsChecked = true;
        removeStaleTemps(this.path, this.fs);
      }
      return fn();
    } finally {
      this.saving = false;
      release();
    }
  }

  /** Reloads the file when another process replaced it since we last read or wrote it. */
  private refreshIfChanged(): void {
    const now = stampOf(this.path, this.fs);
    if (sameStamp(now, this.stamp)) return;
    const { world, revision, stamp } = readWorldFile(this.path, this.fs);
    this.revision = revision;
    this.stamp = stamp;
    this.memory.replaceWorld(world);
  }

  /**
   * Saves the world of a transaction about to commit. On failure it throws StoreSaveFailed ("The world
   * could not be saved to '<file>': <reason>. Nothing was changed."): the transaction then rolls
   * back, the file keeps its previous content, and no temporary file is left.
   */
  private save(world: ReadonlyWorld): void {
    if (this.unwritable !== null) throw new WorldError('StoreSaveFailed', [this.path, this.unwritable]);
    if (!this.saving) throw new WorldError('StoreWriteFailed', [this.path, 'the file is not locked by this process']);
    const next = this.revision + 1;
    try {
      writeFileAtomic(this.path, serialise(world, next), this.fs);
    } catch (e) {
      throw new WorldError('StoreSaveFailed', [this.path, ioReason(e)]);
    }
    this.revision = next;
    this.stamp = stampOf(this.path, this.fs);
  }
}
