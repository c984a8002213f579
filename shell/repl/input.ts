/**
 * Synchronous standard input. The engine is synchronous, so prompts (Read-Host, Get-Credential,
 * -Confirm) must block until the user answers: we read fd 0 with fs.readSync instead of stream
 * events. A non-blocking descriptor (EAGAIN) is retried after a short sleep (Atomics.wait, which
 * blocks without spinning). On a terminal, raw mode is switched through process.stdin and always
 * restored when the process exits.
 */
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const RETRY_MS = 10;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

export interface RawModeControl {
  readonly isTTY: boolean;
  setRawMode(on: boolean): void;
}

function processStdinControl(): RawModeControl {
  const stdin = process.stdin as NodeJS.ReadStream;
  return {
    isTTY: Boolean(stdin.isTTY),
    setRawMode(on) {
      if (stdin.isTTY) stdin.setRawMode(on);
    },
  };
}

export class SyncInput {
  private readonly decoder = new StringDecoder('utf8');
  /** Decoded text read but not consumed yet (type-ahead, the rest of a piped chunk). */
  private pending = '';
  private ended = false;
  private raw = false;
  private pollFd: number | null | undefined;
  private exitHookInstalled = false;

  constructor(
    private readonly fd = 0,
    private readonly control: RawModeControl = processStdinControl(),
  ) {}

  /** Input that is only `text` (then ends): scripted answers, tests. */
  static fromText(text: string): SyncInput {
    const input = new SyncInput(-1, { isTTY: false, setRawMode: () => undefined });
    input.pending = text;
    input.ended = true;
    return input;
  }

  get isTTY(): boolean {
    return this.control.isTTY;
  }

  get isRaw(): boolean {
    return this.raw;
  }

  /** Raw mode on a terminal (no-op otherwise); restored on process exit even after a crash. */
  setRaw(on: boolean): void {
    if (!this.isTTY || this.raw === on) return;
    this.control.setRawMode(on);
    this.raw = on;
    if (on && !this.exitHookInstalled) {
      this.exitHookInstalled = true;
      process.once('exit', () => {
        if (this.raw) this.control.setRawMode(false);
      });
    }
  }

  /** Blocks until some input is available; null at end of input. */
  readChunk(): string | null {
    if (this.pending) {
      const out = this.pending;
      this.pending = '';
      return out;
    }
    return this.readMore();
  }

  /** Reads one line (without its line break); null at end of input. A last line without a break is returned. */
  readLine(): string | null {
    for (;;) {
      const nl = this.pending.search(/\r?\n/);
      if (nl >= 0) {
        const line = this.pending.slice(0, nl);
        this.pending = this.pending.slice(nl + (this.pending[nl] === '\r' ? 2 : 1));
        return line;
      }
      const more = this.readMore();
      if (more === null) {
        if (!this.pending) return null;
        const last = this.pending;
        this.pending = '';
        return last;
      }
      this.pending += more;
    }
  }

  /** Puts text back so the next read returns it first (type-ahead seen while polling). */
  unread(text: string): void {
    this.pending = text + this.pending;
  }

  /**
   * Non-blocking look at the keyboard while a command runs: returns what was typed ('' when
   * nothing). Reads through a second, non-blocking descriptor on the controlling terminal so
   * fd 0 keeps its blocking mode.
   */
  poll(): string {
    if (!this.isTTY) return '';
    if (this.pollFd === undefined) {
      try {
        this.pollFd = openSync('/dev/tty', constants.O_RDONLY | constants.O_NONBLOCK);
      } catch {
        this.pollFd = null;
      }
    }
    if (this.pollFd === null) return '';
    const buf = Buffer.alloc(1024);
    try {
      const n = readSync(this.pollFd, buf, 0, buf.length, null);
      return n > 0 ? this.decoder.write(buf.subarray(0, n)) : '';
    } catch {
      return '';
    }
  }

  close(): void {
    if (typeof this.pollFd === 'number') closeSync(this.pollFd);
    this.pollFd = null;
    this.setRaw(false);
  }

  private readMore(): string | null {
    if (this.ended) return null;
    const buf = Buffer.alloc(4096);
    for (;;) {
      let n: number;
      try {
        n = readSync(this.fd, buf, 0, buf.length, null);
      } catch (e) {
        const code = errorCode(e);
        if (code === 'EAGAIN' || code === 'EWOULDBLOCK' || code === 'EINTR') {
          sleep(RETRY_MS);
          continue;
        }
        if (code === 'EOF' || code === 'EIO' || code === 'ENXIO') {
          this.ended = true;
          return null;
        }
        throw e;
      }
      if (n === 0) {
        this.ended = true;
        const rest = this.decoder.end();
        return rest ? rest : null;
      }
      const text = this.decoder.write(buf.subarray(0, n));
      if (text) return text;
    }
  }
}
