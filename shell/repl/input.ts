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

/** What the supervisor (shell/supervisor.ts) asked since the last look. */
export interface SupervisorMessages {
  /** SIGINT reached the supervisor: seen as a typed Ctrl+C. */
  interrupt: boolean;
  /** SIGTERM/SIGHUP, or the supervisor is gone: stop the command, then input ends. */
  quit: boolean;
}

/** The REPL child's control pipe from its supervisor, read without blocking. */
export interface SupervisorChannel {
  read(): SupervisorMessages;
}

/** Between two looks at the keyboard and the supervisor while waiting at a supervised prompt. */
const PROMPT_POLL_MS = 10;
/** ... and once nothing was typed for a second. */
const PROMPT_IDLE_POLL_MS = 30;

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
  /** The supervisor asked the REPL to leave: every read ends the input from now on. */
  private quitting = false;

  /**
   * `supervisor`: the supervised REPL's control pipe. Its interrupt reads as a typed Ctrl+C (in poll()
   * and at the prompt), its quit stops the running command (as Ctrl+C) and then ends the input. At a
   * supervised prompt the keyboard is polled (non-blocking, every PROMPT_POLL_MS) instead of read
   * blocking, so that a quit is seen there too.
   */
  constructor(
    private readonly fd = 0,
    private readonly control: RawModeControl = processStdinControl(),
    private readonly supervisor: SupervisorChannel | null = null,
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

  /** Whether the supervisor asked the REPL to leave (SIGTERM/SIGHUP). */
  get quitRequested(): boolean {
    return this.quitting;
  }

  /** Blocks until some input is available; null at end of input. */
  readChunk(): string | null {
    if (this.quitting) return null;
    if (this.pending) {
      const out = this.pending;
      this.pending = '';
      return out;
    }
    return this.readMore();
  }

  /** Reads one line (without its line break); null at end of input. A last line without a break is returned. */
  readLine(): string | null {
    if (this.quitting) return null;
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
   * fd 0 keeps its blocking mode. A supervisor's interrupt or quit comes first, as a Ctrl+C.
   */
  poll(): string {
    const asked = this.askSupervisor();
    if (!this.isTTY) return asked;
    return asked + (this.readTtyNow() ?? '');
  }

  /**
   * '\x03' when the supervisor sent an interrupt, and at every look once it asked to quit (a command
   * that swallowed one stop, in a Read-Host say, is stopped at its next poll).
   */
  private askSupervisor(): string {
    if (!this.supervisor) return '';
    const m = this.supervisor.read();
    if (m.quit) this.quitting = true;
    return m.interrupt || this.quitting ? '\x03' : '';
  }

  /** The non-blocking descriptor on the controlling terminal; null when there is none. */
  private ttyPollFd(): number | null {
    if (this.pollFd === undefined) {
      try {
        this.pollFd = openSync('/dev/tty', constants.O_RDONLY | constants.O_NONBLOCK);
      } catch {
        this.pollFd = null;
      }
    }
    return this.pollFd;
  }

  /** What was typed ('' when nothing), without blocking; null when the terminal is gone. */
  private readTtyNow(): string | null {
    const fd = this.ttyPollFd();
    if (fd === null) return '';
    const buf = Buffer.alloc(4096);
    try {
      const n = readSync(fd, buf, 0, buf.length, null);
      return n > 0 ? this.decoder.write(buf.subarray(0, n)) : null;
    } catch (e) {
      const code = errorCode(e);
      return code === 'EIO' || code === 'ENXIO' ? null : '';
    }
  }

  /** A supervised prompt: waits for keys or a message from the supervisor, looking at both in turn. */
  private readPolling(): string | null {
    const start = Date.now();
    for (;;) {
      const asked = this.askSupervisor();
      if (this.quitting) return null;
      const typed = this.readTtyNow();
      if (typed === null) {
        this.ended = true;
        return asked || null;
      }
      if (asked || typed) return asked + typed;
      sleep(Date.now() - start < 1000 ? PROMPT_POLL_MS : PROMPT_IDLE_POLL_MS);
    }
  }

  close(): void {
    if (typeof this.pollFd === 'number') closeSync(this.pollFd);
    this.pollFd = null;
    this.setRaw(false);
  }

  private readMore(): string | null {
    if (this.ended) return null;
    if (this.supervisor && this.isTTY && this.ttyPollFd() !== null) return this.readPolling();
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
