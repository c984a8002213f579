/**
 * Atomic file replacement: write a temporary file next to the target, fsync it, rename it over
 * the target (atomic on POSIX and NTFS), then fsync the folder. A crash at any point leaves
 * either the old file or the new one, never a torn mix.
 *
 * A process killed mid-save leaves its temporary file behind. Each one is named after the target,
 * the host and the writer's pid (`.<file>.<host>.<pid>.<n>.tmp`), so `removeStaleTemps` (run by the
 * next process that takes the file's lock) removes exactly those of a dead writer on this host and
 * nothing else in the folder.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { nodeFs, type StoreFs } from './store-fs';

let counter = 0;

/** This host's name as it may appear in a file name. */
export function hostTag(): string {
  return hostname().replace(/[^A-Za-z0-9-]/g, '_') || 'localhost';
}

/** A temporary file's path beside `path`, of the kind `removeStaleTemps` recognises. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${hostTag()}.${process.pid}.${++counter}.tmp`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True if a process with this pid runs on this host (EPERM: it runs, as another user). */
/**
 * When the process with `pid` started, as an opaque token (Linux: field 22 of /proc/<pid>/stat, clock
 * ticks since boot; see proc(5)); null where the system does not say. A lock records its holder's, so
 * a pid reused by an unrelated process after the holder died does not keep the lock alive.
 */
export function processStartToken(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that dead writers on this host left beside `path` (for the file and
 * for its lock); returns how many. Files of live processes, of other hosts, and anything not of
 * this exact pattern are left alone. Errors are ignored: cleaning up is a courtesy, never a failure.
 */
export function removeStaleTemps(path: string, fs: StoreFs = nodeFs): number {
  const dir = dirname(path);
  const base = escapeRegExp(basename(path));
  const pattern = new RegExp(`^\\.${base}(?:\\.lock)?\\.([A-Za-z0-9_-]+)\\.(\\d+)\\.\\d+\\.tmp$`);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  const host = hostTag();
  let removed = 0;
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || m[1] !== host) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || processAlive(pid)) continue;
    try {
      fs.unlinkSync(join(dir, name));
      removed++;
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}

/** Writes `data` to a new file at `target` (which must not exist yet), fsynced; the fd is closed. */
export function writeNewFile(target: string, data: string | Iterable<string>, fs: StoreFs = nodeFs): void {
  const fd = fs.openSync(target, 'wx', 0o600);
  try {
    // Chunks are encoded into a 1 MB buffer as they come, so each chunk's string dies young (keeping
    // them in a list until a write made the garbage collector copy ~70 MB for a 100,000-mailbox world).
    const buffer = Buffer.allocUnsafe(1 << 20);
    let used = 0;
    const writeAll = (bytes: Buffer, length: number): void => {
      let off = 0;
      while (off < length) off += fs.writeSync(fd, bytes, off, length - off);
    };
    for (const chunk of typeof data === 'string' ? [data] : data) {
      // At most 3 UTF-8 bytes per UTF-16 unit (a surrogate pair is 2 units for 4 bytes).
      if (used + chunk.length * 3 > buffer.length) {
        writeAll(buffer, used);
        used = 0;
      }
      if (chunk.length * 3 > buffer.length) {
        const bytes = Buffer.from(chunk, 'utf8');
        writeAll(bytes, bytes.length);
      } else used += buffer.write(chunk, used, 'utf8');
    }
    writeAll(buffer, used);
    fs.fsyncSync(fd);
  } catch (e) {
    try {
      fs.closeSync(fd);
    } catch {
      /* closing after a failed write may fail too */
    }
    try {
      fs.unlinkSync(target);
    } catch {
      /* the temp file may not exist */
    }
    throw e;
  }
  fs.closeSync(fd);
}

/** Writes `data` (a string, or chunks of one) to `path` atomically. */
export function writeFileAtomic(path: string, data: string | Iterable<string>, fs: StoreFs = nodeFs): void {
  const tmp = tempPathFor(path);
  writeNewFile(tmp, data, fs);
  try {
    fs.renameSync(tmp, path);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
  try {
    const dirFd = fs.openSync(dirname(path), 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // Some platforms (Windows) cannot fsync a folder; the rename is still atomic there.
  }
}
