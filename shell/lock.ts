/**
 * An advisory lock file (`<file>.lock`) so two shells on one world file take turns. The holder
 * writes its pid and host; a waiter polls for a bounded time and gives up with a clear error.
 *
 * A lock left by a killed process is taken over at once: its holder is a dead process on this host,
 * or (a lock from an older version killed between creating and writing it) it is empty or unreadable
 * and older than `staleMs`. The lock is written whole into a temporary file and then linked to its
 * name (link fails if the name exists, atomically), so a lock of this version is never seen empty;
 * where the file system has no hard links, it is created exclusively and then written.
 * Synchronous on purpose: the engine's transactions are synchronous.
 */
import { hostname } from 'node:os';
import { WorldError } from '../src/model/messages';
import { processAlive, processStartToken, removeStaleTemps, tempPathFor, writeNewFile } from './atomic-write';
import { nodeFs, type StoreFs } from './store-fs';

export interface LockOptions {
  /** How long to wait for another holder (default 10 s). */
  timeoutMs?: number;
  /** An unreadable/empty lock older than this is considered abandoned (default 2 s). */
  staleMs?: number;
  /** The file operations (tests inject failures); default node:fs. */
  fs?: StoreFs;
  /** Called when a stale lock was broken (after a crash): the store then removes stale temporary files. */
  onStaleLock?: () => void;
}

interface LockInfo {
  pid: number;
  host: string;
  at: string;
  /** The holder's start token (processStartToken), where the system has one. */
  start?: string;
}

const START = processStartToken(process.pid);

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function readInfo(fs: StoreFs, lockPath: string): { info: LockInfo | null; raw: string } | null {
  try {
    const raw = fs.readFileSync(lockPath, 'utf8');
    try {
      const info = JSON.parse(raw) as LockInfo;
      return { info: info && typeof info.pid === 'number' ? info : null, raw };
    } catch {
      return { info: null, raw };
    }
  } catch {
    return null;
  }
}

/** The holder is still running: its pid is alive and (where recorded) is the same process, not a reuse of the pid. */
function holderAlive(info: LockInfo): boolean {
  if (!processAlive(info.pid)) return false;
  if (info.start === undefined) return true;
  const now = processStartToken(info.pid);
  return now === null || now === info.start;
}

function isStale(fs: StoreFs, lockPath: string, found: { info: LockInfo | null }, staleMs: number): boolean {
  if (found.info) return found.info.host === hostname() && found.info.pid !== process.pid && !holderAlive(found.info);
  try {
    return Date.now() - fs.statSync(lockPath).mtimeMs > staleMs;
  } catch {
    return false;
  }
}

/** A lock could not be taken because of the folder (read-only, full, denied): `code` says why. */
export class LockUnavailableError extends WorldError {
  constructor(
    file: string,
    readonly ioError: NodeJS.ErrnoException,
  ) {
    super('StoreLockFailed', [file, `${ioError.code ?? 'Error'}: ${String(ioError.message).replace(/^[A-Z]+: /, '')}`]);
  }
  get code(): string | undefined {
    return this.ioError.code;
  }
}

const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** Creates the lock file whole; false if it exists already. */
function createLock(fs: StoreFs, lockPath: string, text: string): boolean {
  const tmp = tempPathFor(lockPath);
  try {
    writeNewFile(tmp, text, fs);
  } catch (e) {
    // Named as the lock it was to become (the temporary name means nothing to a user).
    const err = e as NodeJS.ErrnoException;
    if (typeof err.message === 'string') err.message = err.message.split(tmp).join(lockPath);
    throw err;
  }
  try {
    fs.linkSync(tmp, lockPath);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_LINKS.has(code)) throw e;
  } finally {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* removed already */
    }
  }
  // No hard links here: create it exclusively, then write (a crash in between leaves an empty lock).
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    const bytes = Buffer.from(text);
    fs.writeSync(fd, bytes, 0, bytes.length);
  } catch (e) {
    fs.closeSync(fd);
    fs.unlinkSync(lockPath);
    throw e;
  }
  fs.closeSync(fd);
  return true;
}

/**
 * Removes a stale lock whose text is `raw`. Breakers take turns through `<lock>.break` (created
 * exclusively, held for microseconds), and re-read the lock under it: without that, two waiters
 * could both see the same stale lock, one break it and take a new one, and the other then remove
 * that live lock. A `.break` file older than `staleMs` was left by a killed breaker and is removed.
 */
function breakStaleLock(fs: StoreFs, lockPath: string, raw: string, staleMs: number): boolean {
  const breaker = `${lockPath}.break`;
  let fd: number;
  try {
    fd = fs.openSync(breaker, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return false;
    try {
      if (Date.now() - fs.statSync(breaker).mtimeMs > staleMs) fs.unlinkSync(breaker);
    } catch {
      /* its breaker finished */
    }
    return false;
  }
  try {
    fs.closeSync(fd);
    const again = readInfo(fs, lockPath);
    if (!again || again.raw !== raw) return false;
    fs.unlinkSync(lockPath);
    return true;
  } catch {
    return false;
  } finally {
    try {
      fs.unlinkSync(breaker);
    } catch {
      /* removed already */
    }
  }
}

/** Takes the lock for `file`; returns the function that releases it. */
export function acquireLock(file: string, options: LockOptions = {}): () => void {
  const fs = options.fs ?? nodeFs;
  const lockPath = `${file}.lock`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 2_000;
  const deadline = Date.now() + timeoutMs;
  let delay = 2;
  for (;;) {
    const info: LockInfo = { pid: process.pid, host: hostname(), at: new Date().toISOString(), ...(START ? { start: START } : {}) };
    let created: boolean;
    try {
      created = createLock(fs, lockPath, JSON.stringify(info));
    } catch (e) {
      throw new LockUnavailableError(file, e as NodeJS.ErrnoException);
    }
    if (created) {
      return () => {
        // Remove only our own lock (a waiter may have broken it as stale and taken it).
        const current = readInfo(fs, lockPath);
        if (current?.info?.pid === process.pid && current.info.host === info.host && current.info.at === info.at) {
          try {
            fs.unlinkSync(lockPath);
          } catch {
            /* already removed */
          }
        }
      };
    }
    const found = readInfo(fs, lockPath);
    if (found && isStale(fs, lockPath, found, staleMs) && breakStaleLock(fs, lockPath, found.raw, staleMs)) {
      options.onStaleLock?.();
      continue;
    }
    // Released between our attempt and the read: try again at once (it is not a holder to report).
    if (!found && !fs.existsSync(lockPath)) continue;
    if (Date.now() >= deadline) {
      const holder = found?.info;
      throw new WorldError('StoreLockTimeout', [
        file,
        holder ? holder.pid : 'unknown',
        holder ? `${holder.host}, since ${holder.at}` : 'lock file unreadable',
        timeoutMs,
      ]);
    }
    sleepSync(delay);
    delay = Math.min(delay * 2, 50);
  }
}

export { removeStaleTemps };
