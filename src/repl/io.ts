/**
 * The terminal I/O the REPL core needs, and nothing more: the shell implements it over fd 0/1
 * (shell/repl/input.ts, shell/terminal-host.ts), the browser lab over a SharedArrayBuffer ring and
 * xterm.js (web/). Everything in src/repl is browser-safe: no Node built-in.
 */

/** Synchronous keyboard input: the engine is synchronous, so a prompt blocks until the answer comes. */
export interface ReplInput {
  /** True when a person types (line editing, raw keys); false for piped lines. */
  readonly isTTY: boolean;
  readonly isRaw: boolean;
  setRaw(on: boolean): void;
  /** Blocks until some input is available; null at end of input. */
  readChunk(): string | null;
  /** Reads one line (without its line break); null at end of input. */
  readLine(): string | null;
  /** Puts text back so the next read returns it first. */
  unread(text: string): void;
  /** Non-blocking look at the keyboard while a command runs: what was typed ('' when nothing). */
  poll(): string;
  /** The user's side asked to leave (the shell's supervisor): a prompt inside a command stops. */
  readonly quitRequested: boolean;
  /** Text to show above the line being edited, produced while the input waited (optional). */
  takeNotice?(): string;
  close(): void;
}

export interface TerminalOutput {
  write(s: string): void;
  width(): number;
}

/** Where the host's text goes: a terminal or a pipe. */
export interface OutputSink {
  write(s: string): void;
  readonly isTTY: boolean;
  /** Current columns when a terminal. */
  columns?(): number | undefined;
}
