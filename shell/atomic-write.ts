/**
 * Atomic file replacement: write a temporary file next to the target, fsync it, rename it over
 * the target (atomic on POSIX and NTFS), then fsync the folder. A crash at any point leaves
 * either the old file or the new one, never a torn mix.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** Writes `data` (a string, or chunks of one) to `path` atomically. */
export function writeFileAtomic(path: string, data: string | Iterable<string>): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    // Chunks are gathered into ~1 MB writes.
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = (): void => {
      const bytes = Buffer.from(pending.join(''), 'utf8');
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      pending = [];
      pendingLength = 0;
    };
    for (const chunk of typeof data === 'string' ? [data] : data) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= 1 << 20) flush();
    }
    flush();
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* the temp file may not exist */
    }
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
  try {
    const dirFd = openSync(dirname(path), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Some platforms (Windows) cannot fsync a folder; the rename is still atomic there.
  }
}
