/**
 * The virtual file system (FileSystem of src/engine/services.ts) over the world's `files` map.
 * It never touches the host's disk; shell/mounted-fs.ts can overlay host folders in Node.
 * Writes go through store transactions, so a failing cmdlet also undoes its file writes.
 */
import { FileSystemError, type FileSystem } from '../engine/services';
import type { StateStore } from '../store/state-store';
import type { FileNode, World } from './world';
import { decodeBase64, encodeBase64 } from './base64';
import { formatWorldMessage, type WorldMessageId } from './messages';
import { isRoot, keyOf, leafOf, parentOf, parseAbsolute, resolvePath } from './paths';

export const DEFAULT_HOME = 'C:\\Users\\Administrator';

function fsError(code: FileSystemError['code'], id: WorldMessageId, path: string): FileSystemError {
  return new FileSystemError(code, path, formatWorldMessage(id, [path]));
}

/** Creates `path` and any missing parent folders (roots must exist). */
export function ensureDirectory(world: World, path: string, now: number): void {
  const chain: string[] = [];
  for (let p: string | null = path; p !== null; p = parentOf(p)) {
    const node = world.files.nodes[keyOf(p)];
    if (node) {
      if (node.kind !== 'directory') throw fsError('NotADirectory', 'FsNotADirectory', p);
      break;
    }
    if (isRoot(p)) {
      const drive = /^([A-Za-z]):\\$/.exec(p);
      throw drive ? fsError('InvalidPath', 'FsDriveNotFound', drive[1]!) : fsError('ItemNotFound', 'FsPathNotFound', p);
    }
    chain.push(p);
  }
  for (const p of chain.reverse())
    world.files.nodes[keyOf(p)] = { path: p, kind: 'directory', base64: '', length: 0, lastWriteTime: now };
}

/** Creates a file (and its folders) directly in world data: for scenario seeding. */
export function seedFile(world: World, path: string, bytes: Uint8Array, now: number): void {
  const parent = parentOf(path);
  if (parent) ensureDirectory(world, parent, now);
  world.files.nodes[keyOf(path)] = { path, kind: 'file', base64: encodeBase64(bytes), length: bytes.length, lastWriteTime: now };
}

export class VirtualFileSystem implements FileSystem {
  constructor(
    private readonly store: StateStore,
    private readonly home: string = DEFAULT_HOME,
  ) {}

  private now(): number {
    return this.store.read().clock.now;
  }

  private node(abs: string): Readonly<FileNode> | undefined {
    return this.store.read().files.nodes[keyOf(abs)];
  }

  getLocation(): string {
    return this.store.read().files.location;
  }

  setLocation(path: string): void {
    const abs = this.resolve(path);
    const n = this.node(abs);
    if (!n) throw fsError('ItemNotFound', 'FsPathNotFound', abs);
    if (n.kind !== 'directory') throw fsError('NotADirectory', 'FsNotADirectory', abs);
    this.store.transaction((w) => {
      w.files.location = n.path;
    });
  }

  resolve(path: string): string {
    const abs = resolvePath(path, this.getLocation(), this.home);
    if (abs === null) throw fsError('InvalidPath', 'FsInvalidPath', path);
    // Keep the stored case of existing items (Windows shows the case they were created with).
    return this.node(abs)?.path ?? abs;
  }

  exists(path: string): boolean {
    return this.node(this.resolve(path)) !== undefined;
  }

  isDirectory(path: string): boolean {
    return this.node(this.resolve(path))?.kind === 'directory';
  }

  readBytes(path: string): Uint8Array {
    const abs = this.resolve(path);
    const n = this.node(abs);
    if (!n) throw fsError('ItemNotFound', 'FsPathNotFound', abs);
    if (n.kind === 'directory') throw fsError('IsADirectory', 'FsAccessDenied', abs);
    return decodeBase64(n.base64);
  }

  readText(path: string): string {
    return new TextDecoder('utf-8').decode(this.readBytes(path)).replace(/^\uFEFF/, '');
  }

  writeBytes(path: string, data: Uint8Array): void {
    const abs = this.resolve(path);
    this.store.transaction((w) => this.put(w, abs, data));
  }

  writeText(path: string, text: string, options: { append?: boolean } = {}): void {
    const abs = this.resolve(path);
    const encoded = new TextEncoder().encode(text);
    this.store.transaction((w) => {
      const existing = w.files.nodes[keyOf(abs)];
      if (options.append && existing && existing.kind === 'file') {
        const old = decodeBase64(existing.base64);
        const joined = new Uint8Array(old.length + encoded.length);
        joined.set(old);
        joined.set(encoded, old.length);
        this.put(w, abs, joined);
      } else this.put(w, abs, encoded);
    });
  }

  private put(w: World, abs: string, data: Uint8Array): void {
    const existing = w.files.nodes[keyOf(abs)];
    if (existing?.kind === 'directory') throw fsError('IsADirectory', 'FsAccessDenied', abs);
    const parent = parentOf(abs);
    const p = parent === null ? undefined : w.files.nodes[keyOf(parent)];
    if (parent === null || !p || p.kind !== 'directory') throw fsError('ItemNotFound', 'FsPartOfPathNotFound', abs);
    w.files.nodes[keyOf(abs)] = {
      path: existing?.path ?? abs,
      kind: 'file',
      base64: encodeBase64(data),
      length: data.length,
      lastWriteTime: w.clock.now,
    };
  }

  list(path: string): { name: string; isDirectory: boolean; length: number; lastWriteTime: number }[] {
    const abs = this.resolve(path);
    const n = this.node(abs);
    if (!n) throw fsError('ItemNotFound', 'FsPathNotFound', abs);
    if (n.kind !== 'directory') throw fsError('NotADirectory', 'FsNotADirectory', abs);
    const key = keyOf(abs);
    const prefix = key.endsWith('\\') ? key : key + '\\';
    const out: { name: string; isDirectory: boolean; length: number; lastWriteTime: number }[] = [];
    for (const [k, child] of Object.entries(this.store.read().files.nodes)) {
      if (k.length > prefix.length && k.startsWith(prefix) && !k.slice(prefix.length).includes('\\'))
        out.push({ name: leafOf(child.path), isDirectory: child.kind === 'directory', length: child.length, lastWriteTime: child.lastWriteTime });
    }
    // Folders first, then files, each by name (the order Get-ChildItem shows).
    return out.sort((a, b) =>
      a.isDirectory !== b.isDirectory ? (a.isDirectory ? -1 : 1) : a.name.toLowerCase().localeCompare(b.name.toLowerCase()),
    );
  }

  createDirectory(path: string): void {
    const abs = this.resolve(path);
    const now = this.now();
    this.store.transaction((w) => ensureDirectory(w, abs, now));
  }

  setLastWriteTime(path: string, ms: number): void {
    const abs = this.resolve(path);
    const key = keyOf(abs);
    if (!this.node(abs)) throw fsError('ItemNotFound', 'FsPathNotFound', abs);
    this.store.transaction((w) => {
      const n = w.files.nodes[key];
      if (n) w.files.nodes[key] = { ...n, lastWriteTime: ms };
    });
  }

  /** Removes a file, or a folder with everything under it (the cmdlet asks about -Recurse first). */
  remove(path: string): void {
    const abs = this.resolve(path);
    const n = this.node(abs);
    if (!n) throw fsError('ItemNotFound', 'FsPathNotFound', abs);
    if (isRoot(abs)) throw fsError('AccessDenied', 'FsAccessDenied', abs);
    const key = keyOf(abs);
    const location = keyOf(this.getLocation());
    this.store.transaction((w) => {
      delete w.files.nodes[key];
      if (n.kind === 'directory') {
        const prefix = key + '\\';
        for (const k of Object.keys(w.files.nodes)) if (k.startsWith(prefix)) delete w.files.nodes[k];
        // Leaving the current location inside a removed folder would strand the session.
        if (location === key || location.startsWith(prefix)) w.files.location = parentOf(abs) ?? abs;
      }
    });
  }
}

/** Whether `path` is absolute in the virtual file system's syntax. */
export function isAbsolutePath(path: string): boolean {
  return parseAbsolute(path) !== null;
}
