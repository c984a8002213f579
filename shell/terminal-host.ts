/**
 * The Host for a real terminal, and for piped standard input/output: the REPL core's host
 * (src/repl/host.ts) over the process's file descriptors. Output goes to stdout (errors to stderr,
 * as pwsh does on Unix), coloured only on a terminal without NO_COLOR.
 */
import { writeSync } from 'node:fs';
import { ReplHost } from '../src/repl/host';
import type { OutputSink } from '../src/repl/io';
import { SyncInput } from './repl/input';

export { DEFAULT_WIDTH, parseChoice } from '../src/repl/host';
export type { OutputSink } from '../src/repl/io';

export interface TerminalHostOptions {
  input?: SyncInput;
  stdout?: OutputSink;
  stderr?: OutputSink;
  /** False under -NonInteractive. Defaults to true. */
  interactive?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Real time in ms for spacing progress redraws (tests pass a fixed one). */
  now?: () => number;
  /** Least time between two redraws of an unchanged set of activities (default 50 ms). */
  progressIntervalMs?: number;
}

function processSink(stream: NodeJS.WriteStream, fd: number): OutputSink {
  return {
    write: (s) => writeAllSync(fd, s),
    isTTY: Boolean(stream.isTTY),
    columns: () => {
      if (!stream.isTTY) return undefined;
      return terminalColumns(stream);
    },
  };
}

/**
 * The terminal's width now. The stream's `columns` (and its getWindowSize(), which returns the same
 * cached pair) are updated on SIGWINCH by the event loop, which the REPL never returns to while it
 * waits for keys or runs a command: a resize would never be seen. The tty handle's getWindowSize asks
 * the terminal (ioctl TIOCGWINSZ) at each call; it is Node's internal binding, hence the fallback.
 */
function terminalColumns(stream: NodeJS.WriteStream): number | undefined {
  const handle = (stream as unknown as { _handle?: { getWindowSize?(size: number[]): number } })._handle;
  if (typeof handle?.getWindowSize === 'function') {
    const size = [0, 0];
    try {
      if (handle.getWindowSize(size) === 0 && size[0]! > 0) return size[0];
    } catch {
      // fall back to the cached width
    }
  }
  return stream.columns;
}

/**
 * Synchronous write of the whole text: the shell never yields to the event loop while a command
 * runs, so stream buffering would hold output back until the command ends.
 */
function writeAllSync(fd: number, s: string): void {
  const data = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

/** The shell's host: standard input read synchronously, stdout and stderr written synchronously, the process's NO_COLOR. */
export class TerminalHost extends ReplHost<SyncInput> {
  constructor(options: TerminalHostOptions = {}) {
    super({
      ...options,
      env: options.env ?? process.env,
      input: options.input ?? new SyncInput(0),
      stdout: options.stdout ?? processSink(process.stdout, 1),
      stderr: options.stderr ?? processSink(process.stderr, 2),
    });
  }
}
