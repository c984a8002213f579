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
    // Chunks are encoded into a 1 MB buffer as they come, so each chunk's string dies young (keeping
    // them in a list until a write made the garbage collector copy ~70 MB for a 100,000-mailbox world).
    const buffer = Buffer.allocUnsafe(1 << 20);
    let used = 0;
    const writeAll = (bytes: Buffer, length: number): void => {
      let off = 0;
      while (off < length) off += writeSync(fd, bytes, off, length - off);
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
