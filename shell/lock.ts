/**
 * An advisory lock file (`<file>.lock`) so two shells on one world file take turns. The holder
 * writes its pid and host; a waiter polls for a bounded time, breaks the lock if its holder is a
 * dead process on this host (or an empty lock older than `staleMs`), else gives up with a clear error.
 * Synchronous on purpose: the engine's transactions are synchronous.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { WorldError } from '../src/model/messages';

export interface LockOptions {
  /** How long to wait for another holder (default 10 s). */
  timeoutMs?: number;
  /** An unreadable/empty lock older than this is considered abandoned (default 30 s). */
  staleMs?: number;
}

interface LockInfo {
  pid: number;
  host: string;
  at: string;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function readInfo(lockPath: string): { info: LockInfo | null; raw: string } | null {
  try {
    const raw = readFileSync(lockPath, 'utf8');
    try {
      const info = JSON.parse(raw) as LockInfo;
      return { info: typeof info.pid === 'number' ? info : null, raw };
    } catch {
      return { info: null, raw };
    }
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(lockPath: string, found: { info: LockInfo | null }, staleMs: number): boolean {
  if (found.info) return found.info.host === hostname() && found.info.pid !== process.pid && !processAlive(found.info.pid);
  try {
    return Date.now() - statSync(lockPath).mtimeMs > staleMs;
  } catch {
    return false;
  }
}

/** Takes the lock for `file`; returns the function that releases it. */
export function acquireLock(file: string, options: LockOptions = {}): () => void {
  const lockPath = `${file}.lock`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  let delay = 2;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      const info: LockInfo = { pid: process.pid, host: hostname(), at: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      return () => {
        // Remove only our own lock (a waiter may have broken it as stale and taken it).
        const current = readInfo(lockPath);
        if (current?.info?.pid === process.pid && current.info.host === info.host && current.info.at === info.at) {
          try {
            unlinkSync(lockPath);
          } catch {
            /* already removed */
          }
        }
      };
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code !== 'EEXIST') throw new WorldError('StoreLockFailed', [file, `${err.code ?? 'Error'}: ${err.message.replace(/^[A-Z]+: /, '')}`]);
    }
    const found = readInfo(lockPath);
    if (found && isStale(lockPath, found, staleMs)) {
      // Re-read just before breaking, so a lock freshly taken by someone else survives.
      const again = readInfo(lockPath);
      if (again && again.raw === found.raw) {
        try {
          unlinkSync(lockPath);
        } catch {
          /* someone else broke it first */
        }
      }
      continue;
    }
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
