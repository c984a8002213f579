/**
 * Small in-memory services and a scripted host for tests and examples: a Windows-style file system,
 * a fixed clock that advances on request, a seeded random source, and a host that answers prompts
 * from queues and records everything written.
 */
import { FileSystemError, type Clock, type FileSystem, type Random } from './services';
import type { CmdletServices } from './cmdlet';
import type { ChoiceDescription, Host, HostStream } from './host';

function norm(path: string): string {
  return path.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase();
}

export class MemoryFileSystem implements FileSystem {
  private files = new Map<string, { path: string; data: Uint8Array; mtime: number }>();
  private dirs = new Set<string>(['c:', 'c:\\users', 'c:\\users\\administrator']);
  constructor(private location = 'C:\\Users\\Administrator') {}
  getLocation(): string {
    return this.location;
  }
  setLocation(path: string): void {
    this.location = this.resolve(path);
  }
  resolve(path: string): string {
    let p = path.replace(/\//g, '\\');
    if (!/^[a-z]:/i.test(p) && !p.startsWith('\\\\')) p = this.location + '\\' + p;
    const parts: string[] = [];
    for (const seg of p.split('\\')) {
      if (seg === '.' || (seg === '' && parts.length)) continue;
      if (seg === '..') parts.pop();
      else parts.push(seg);
    }
    const out = parts.join('\\');
    return out.length === 2 ? out + '\\' : out.replace(/^([a-z]):/, (m) => m.toUpperCase());
  }
  exists(path: string): boolean {
    const k = norm(this.resolve(path));
    return this.files.has(k) || this.dirs.has(k);
  }
  isDirectory(path: string): boolean {
    return this.dirs.has(norm(this.resolve(path)));
  }
  readBytes(path: string): Uint8Array {
    const f = this.files.get(norm(this.resolve(path)));
    if (!f) throw new FileSystemError('ItemNotFound', path, `Could not find file '${this.resolve(path)}'.`);
    return f.data;
  }
  readText(path: string): string {
    const t = new TextDecoder().decode(this.readBytes(path));
    return t.startsWith('\uFEFF') ? t.slice(1) : t;
  }
  writeBytes(path: string, data: Uint8Array): void {
    const full = this.resolve(path);
    this.files.set(norm(full), { path: full, data, mtime: 0 });
  }
  writeText(path: string, text: string, options?: { append?: boolean }): void {
    const prev = options?.append && this.exists(path) ? this.readText(path) : '';
    this.writeBytes(path, new TextEncoder().encode(prev + text));
  }
  list(path: string): { name: string; isDirectory: boolean; length: number; lastWriteTime: number }[] {
    const base = norm(this.resolve(path)) + '\\';
    return [...this.files.entries()]
      .filter(([k]) => k.startsWith(base) && !k.slice(base.length).includes('\\'))
      .map(([, f]) => ({ name: f.path.slice(f.path.lastIndexOf('\\') + 1), isDirectory: false, length: f.data.length, lastWriteTime: f.mtime }));
  }
  createDirectory(path: string): void {
    this.dirs.add(norm(this.resolve(path)));
  }
  remove(path: string): void {
    const k = norm(this.resolve(path));
    if (!this.files.delete(k) && !this.dirs.delete(k)) throw new FileSystemError('ItemNotFound', path, `Cannot find path '${path}' because it does not exist.`);
  }
}

export class FixedClock implements Clock {
  constructor(private ms = Date.UTC(2026, 10, 24, 8, 42, 44)) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** mulberry32: small, seeded, reproducible. */
export class SeededRandom implements Random {
  constructor(private seed = 42) {}
  next(): number {
    let t = (this.seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

export function memoryServices(extra: Record<string, unknown> = {}): CmdletServices {
  return {
    fs: new MemoryFileSystem(),
    clock: new FixedClock(),
    random: new SeededRandom(),
    get<T>(name: string): T | undefined {
      return extra[name] as T | undefined;
    },
  };
}

/** A host that records output and answers prompts from queues (null = input ended). */
export class TestHost implements Host {
  readonly name = 'TestHost';
  text = '';
  readonly writes: { stream: HostStream; text: string }[] = [];
  readonly prompts: string[] = [];
  constructor(
    readonly interactive = false,
    public lines: (string | null)[] = [],
    public choices: number[] = [],
    private columns = 120,
  ) {}
  width(): number {
    return this.columns;
  }
  write(stream: HostStream, text: string): void {
    this.text += text;
    this.writes.push({ stream, text });
  }
  readLine(prompt: string): string | null {
    this.prompts.push(prompt);
    this.text += prompt;
    const l = this.lines.length ? this.lines.shift()! : null;
    if (l !== null) this.text += l + '\n';
    return l;
  }
  readSecret(prompt: string): string | null {
    this.prompts.push(prompt);
    this.text += prompt + '\n';
    return this.lines.length ? this.lines.shift()! : null;
  }
  promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): number {
    const labels = choices.map((c) => {
      const i = c.label.indexOf('&');
      const key = i >= 0 ? c.label[i + 1] : c.label[0];
      return `[${key.toUpperCase()}] ${c.label.replace('&', '')}`;
    });
    const def = choices[defaultChoice];
    const defKey = def ? def.label[def.label.indexOf('&') + 1].toUpperCase() : '';
    const prompt = `${caption}\n${message}\n${labels.join('  ')}  [?] Help (default is "${defKey}"): `;
    this.prompts.push(prompt);
    this.text += prompt + '\n';
    return this.choices.length ? this.choices.shift()! : -1;
  }
}
