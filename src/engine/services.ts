/**
 * What the engine needs from the world without knowing the world: a file system, a clock and a
 * source of randomness. The model (src/model) implements these over the state store; tests can
 * pass small in-memory ones. Nothing here touches Node built-ins, so the core runs in a browser.
 */

/** Paths are Windows-style as the docs write them (`C:\Users\Administrator\Desktop\a.csv`, `\\server\share\x`). */
export interface FileSystem {
  /** The current location, e.g. `C:\Users\Administrator`. */
  getLocation(): string;
  setLocation(path: string): void;
  /** Resolves a relative path against the current location and normalises separators and case of the drive. */
  resolve(path: string): string;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /** Throws FileSystemError('ItemNotFound') when missing. */
  readBytes(path: string): Uint8Array;
  /** UTF-8 (a BOM is stripped). */
  readText(path: string): string;
  writeBytes(path: string, data: Uint8Array): void;
  writeText(path: string, text: string, options?: { append?: boolean }): void;
  /** Child names (files and folders) of a folder. */
  list(path: string): { name: string; isDirectory: boolean; length: number; lastWriteTime: number }[];
  createDirectory(path: string): void;
  remove(path: string): void;
  /** Sets an item's LastWriteTime (ms since the epoch): Copy-Item and Move-Item keep the source's, as Windows does. */
  setLastWriteTime?(path: string, ms: number): void;
}

export class FileSystemError extends Error {
  constructor(
    readonly code: 'ItemNotFound' | 'NotADirectory' | 'IsADirectory' | 'AccessDenied' | 'InvalidPath',
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileSystemError';
  }
}

/** The virtual clock: milliseconds since the Unix epoch, UTC. */
export interface Clock {
  now(): number;
  /** Moves time forward (Start-Sleep, an explicit advance); the world runs what falls due. */
  advance(ms: number): void;
}

/** Seeded randomness, so runs are reproducible. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
}
