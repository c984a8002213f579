/**
 * Overlays host folders on the virtual file system (Node only, and only when the user asks for a
 * mount): paths under a mount's virtual root go to the host folder, everything else to the world.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
  utimesSync,
} from 'node:fs';
import { join } from 'node:path';
import { FileSystemError, type FileSystem } from '../src/engine/services';
import { formatWorldMessage } from '../src/model/messages';
import { keyOf, parseAbsolute, resolvePath } from '../src/model/paths';
import { DEFAULT_HOME } from '../src/model/vfs';

export interface Mount {
  /** Absolute virtual path, e.g. `C:\Data`. */
  virtualRoot: string;
  hostPath: string;
}

export class MountedFileSystem implements FileSystem {
  private readonly mounts: { key: string; root: string; hostPath: string }[];
  /** Set while the current location is inside a mount (the world cannot hold it: the folder is not in it). */
  private mountedLocation: string | null = null;

  constructor(
    private readonly inner: FileSystem,
    mounts: Mount[],
    private readonly home: string = DEFAULT_HOME,
  ) {
    this.mounts = mounts.map((m) => {
      const root = inner.resolve(m.virtualRoot);
      // The mount point shows up in listings of its parent.
      if (!inner.exists(root)) inner.createDirectory(root);
      return { key: keyOf(root), root, hostPath: m.hostPath };
    });
  }

  /** The host path for a virtual path inside a mount, or null. */
  private host(abs: string): string | null {
    const k = keyOf(abs);
    for (const m of this.mounts) {
      if (k === m.key) return m.hostPath;
      if (k.startsWith(m.key + '\\')) return join(m.hostPath, ...abs.slice(m.root.length + 1).split('\\'));
    }
    return null;
  }

  private notFound(abs: string): FileSystemError {
    return new FileSystemError('ItemNotFound', abs, formatWorldMessage('FsPathNotFound', [abs]));
  }

  getLocation(): string {
    return this.mountedLocation ?? this.inner.getLocation();
  }

  setLocation(path: string): void {
    const abs = this.resolve(path);
    const h = this.host(abs);
    if (h === null) {
      this.inner.setLocation(abs);
      this.mountedLocation = null;
      return;
    }
    if (!existsSync(h) || !statSync(h).isDirectory()) throw this.notFound(abs);
    this.mountedLocation = abs;
  }

  resolve(path: string): string {
    if (this.mountedLocation === null || parseAbsolute(path)) return this.inner.resolve(path);
    const abs = resolvePath(path, this.mountedLocation, this.home);
    if (abs === null) throw new FileSystemError('InvalidPath', path, formatWorldMessage('FsInvalidPath', [path]));
    return abs;
  }

  exists(path: string): boolean {
    const abs = this.resolve(path);
    const h = this.host(abs);
    return h === null ? this.inner.exists(abs) : existsSync(h);
  }

  isDirectory(path: string): boolean {
    const abs = this.resolve(path);
    const h = this.host(abs);
    return h === null ? this.inner.isDirectory(abs) : existsSync(h) && statSync(h).isDirectory();
  }

  readBytes(path: string): Uint8Array {
    const abs = this.resolve(path);
    const h = this.host(abs);
    if (h === null) return this.inner.readBytes(abs);
    if (!existsSync(h)) throw this.notFound(abs);
    return new Uint8Array(readFileSync(h));
  }

  readText(path: string): string {
    return new TextDecoder('utf-8').decode(this.readBytes(path)).replace(/^\uFEFF/, '');
  }

  writeBytes(path: string, data: Uint8Array): void {
    const abs = this.resolve(path);
    const h = this.host(abs);
    if (h === null) this.inner.writeBytes(abs, data);
    else writeFileSync(h, data);
  }

  writeText(path: string, text: string, options?: { append?: boolean }): void {
    const abs = this.resolve(path);
    const h = this.host(abs);
    if (h === null) this.inner.writeText(abs, text, options);
    else if (options?.append) appendFileSync(h, text, 'utf8');
    else writeFileSync(h, text, 'utf8');
  }

  list(path: string): { name: string; isDirectory: boolean; length: number; lastWriteTime: number }[] {
    const abs = this.resolve(path);
    const h = this.host(abs);
    if (h === null) return this.inner.list(abs);
    if (!existsSync(h)) throw this.notFound(abs);
    return readdirSync(h).map((name) => {
      const s = statSync(join(h, name));
      return { name, isDirectory: s.isDirectory(), length: s.isDirectory() ? 0 : s.size, lastWriteTime: s.mtimeMs };
    });
  }

  createDirectory(path: string): void {
    const abs = this.resolve(path);
    const h = this.host(abs);
    if (h === null) this.inner.createDirectory(abs);
    else mkdirSync(h, { recursive: true });
  }

  setLastWriteTime(path: string, ms: number): void {
    const abs = this.resolve(path);
    const h = this.host(abs);
    if (h === null) return this.inner.setLastWriteTime?.(abs, ms);
    if (!existsSync(h)) throw this.notFound(abs);
    utimesSync(h, new Date(), new Date(ms));
  }

  remove(path: string): void {
    const abs = this.resolve(path);
    const h = this.host(abs);
    if (h === null) return this.inner.remove(abs);
    if (!existsSync(h)) throw this.notFound(abs);
    rmSync(h, { recursive: true });
  }
}
