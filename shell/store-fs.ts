/**
 * The few synchronous file operations the state file store uses (saves, the lock, cleaning up after
 * a killed save), behind one interface so tests can inject failures (a full disk, a read-only
 * folder) without a real one. The default is node:fs itself.
 */
import * as fs from 'node:fs';

export interface StoreFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  fstatSync(fd: number): fs.Stats;
  statSync(path: string): fs.Stats;
  readFileSync(pathOrFd: string | number, encoding: 'utf8'): string;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, newPath: string): void;
  unlinkSync(path: string): void;
  readdirSync(path: string): string[];
  existsSync(path: string): boolean;
}

export const nodeFs: StoreFs = {
  openSync: (p, f, m) => fs.openSync(p, f, m),
  writeSync: (fd, b, o, l) => fs.writeSync(fd, b, o, l),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  fstatSync: (fd) => fs.fstatSync(fd),
  statSync: (p) => fs.statSync(p),
  readFileSync: (p, e) => fs.readFileSync(p, e),
  renameSync: (a, b) => fs.renameSync(a, b),
  linkSync: (a, b) => fs.linkSync(a, b),
  unlinkSync: (p) => fs.unlinkSync(p),
  readdirSync: (p) => fs.readdirSync(p),
  existsSync: (p) => fs.existsSync(p),
};

/** An errno error as node:fs raises it (`ENOSPC: no space left on device, write`). */
export function errnoError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const text: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EDQUOT: 'disk quota exceeded',
    EIO: 'i/o error',
  };
  const e = new Error(`${code}: ${text[code] ?? code.toLowerCase()}, ${syscall}${path ? ` '${path}'` : ''}`) as NodeJS.ErrnoException;
  e.code = code;
  e.syscall = syscall;
  if (path) e.path = path;
  return e;
}

/**
 * The reason a file operation failed, in .NET's words as pwsh prints them (`Set-Content` on a full
 * disk: "No space left on device : '/mnt/x.txt'"; on a read-only mount: "Read-only file system : ...";
 * a denied path: "Access to the path '...' is denied."), without the path (the caller names the file).
 */
export function ioReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOSPC':
      return 'No space left on device';
    case 'EROFS':
      return 'Read-only file system';
    case 'EACCES':
    case 'EPERM':
      return 'Access to the path is denied';
    case 'EDQUOT':
      return 'Disk quota exceeded';
    case 'EIO':
      return 'Input/output error';
    default:
      return String(err?.message ?? e).replace(/^[A-Z]+: /, '').replace(/\.$/, '');
  }
}

/** Codes meaning "this folder cannot be written now": the store still reads, and a save is refused. */
export const UNWRITABLE = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT']);
