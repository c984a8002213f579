/**
 * The REPL's Host (src/engine/host.ts) over any terminal I/O: the shell's fd 0/1 (shell/terminal-host.ts)
 * or the browser lab's ring and xterm.js (web/). Output is coloured per stream when the sink is a
 * terminal and colours are on. Prompts are synchronous: on a terminal they use the line editor
 * (Read-Host), masked input (secrets) and PromptForChoice's hot keys; with piped input they read
 * the next lines (Get-Credential: the user name line, then the password line).
 */
import type { ChoiceDescription, Host, HostStream, ProgressRecord } from '../engine/host';
import { StopRequestedSignal } from '../engine/errors';
import { PendingProgress } from '../formatting/progress';
import { colorLines, colorsEnabled, consoleColorCode, STREAM_COLORS, stripAnsi } from './ansi';
import { LineEditor } from './editor';
import type { OutputSink, ReplInput } from './io';
import { message } from './messages';
import { readEditedLine } from './read-line';

export const DEFAULT_WIDTH = 120;

/** Prefixes pwsh's console host puts before these streams' messages. */
const PREFIXES: Partial<Record<HostStream, string>> = { warning: 'WARNING: ', verbose: 'VERBOSE: ', debug: 'DEBUG: ' };

export interface ReplHostOptions<I extends ReplInput = ReplInput> {
  input: I;
  stdout: OutputSink;
  stderr: OutputSink;
  /** False under -NonInteractive. Defaults to true. */
  interactive?: boolean;
  /** NO_COLOR and TERM decide colours (no-color.org); default: none set. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Real time in ms for spacing progress redraws (tests pass a fixed one). */
  now?: () => number;
  /** Least time between two redraws of an unchanged set of activities (default 50 ms). */
  progressIntervalMs?: number;
}

export class ReplHost<I extends ReplInput = ReplInput> implements Host {
  readonly name = 'ConsoleHost';
  readonly interactive: boolean;
  readonly input: I;
  private readonly stdout: OutputSink;
  private readonly stderr: OutputSink;
  private readonly colorOut: boolean;
  private readonly colorErr: boolean;
  /** A Ctrl+C seen while polling during a command, until the engine asks. */
  private stopPending = false;
  /** The activities shown (Write-Progress, long-running commands) and how many lines they take now. */
  private readonly pending = new PendingProgress();
  private progressLines = 0;
  private progressDirty = false;
  private lastProgressDraw = -Infinity;
  private readonly now: () => number;
  private readonly progressIntervalMs: number;

  constructor(options: ReplHostOptions<I>) {
    const env = options.env ?? {};
    this.input = options.input;
    this.stdout = options.stdout;
    this.stderr = options.stderr;
    this.interactive = options.interactive ?? true;
    this.colorOut = colorsEnabled(this.stdout.isTTY, env);
    this.colorErr = colorsEnabled(this.stderr.isTTY, env);
    this.now = options.now ?? (() => Date.now());
    this.progressIntervalMs = options.progressIntervalMs ?? 50;
  }

  get colors(): boolean {
    return this.colorOut;
  }

  width(): number {
    return this.stdout.columns?.() || DEFAULT_WIDTH;
  }

  write(stream: HostStream, text: string, options?: { foregroundColor?: string; backgroundColor?: string }): void {
    const toErr = stream === 'error';
    const colors = toErr ? this.colorErr : this.colorOut;
    const prefix = PREFIXES[stream];
    let body = prefix && !stripAnsi(text).startsWith(prefix) ? prefix + text : text;
    if (!colors) body = stripAnsi(body);
    else if (stream === 'error' || stream === 'warning' || stream === 'verbose' || stream === 'debug') {
      body = colorLines(body, STREAM_COLORS[stream]);
    } else if (options?.foregroundColor || options?.backgroundColor) {
      body = colorLines(body, consoleColorCode(options.foregroundColor) + consoleColorCode(options.backgroundColor, true));
    }
    // In raw mode the terminal still maps \n to CR LF (libuv keeps ONLCR), so text is written as is.
    this.hideProgress();
    (toErr ? this.stderr : this.stdout).write(body);
    if (body) this.atLineStart = body.endsWith('\n');
    // The progress display comes back below the new output, as pwsh's does.
    if (this.progressDirty || !this.pending.empty) this.drawProgress();
  }

  /**
   * A progress record (src/engine/host.ts): shown as pwsh 7.6's Minimal view, one line per
   * activity at the cursor, below the output so far (src/formatting/progress.ts). Nothing is shown
   * when standard output is not a terminal. Redraws of the same activities are spaced by
   * progressIntervalMs; a new or completed activity redraws at once.
   */
  progress(record: ProgressRecord): void {
    if (!this.stdout.isTTY) return;
    const before = this.pending.size;
    this.pending.update(record);
    const changed = record.recordType === 'Completed' || this.pending.size !== before;
    if (changed || this.now() - this.lastProgressDraw >= this.progressIntervalMs) this.drawProgress();
    else this.progressDirty = true;
  }

  /** Clears the progress display and forgets its activities (pwsh does when the command line ends). */
  resetProgress(): void {
    this.hideProgress();
    this.pending.clear();
    this.progressDirty = false;
  }

  private hideProgress(): void {
    if (this.progressLines === 0) return;
    // The cursor sits at the start of the display's first line: erase from there down.
    this.stdout.write('\r\x1b[J');
    this.progressLines = 0;
  }

  private drawProgress(): void {
    // After Write-Host -NoNewline the display waits for the line to end rather than overwrite it.
    if (!this.atLineStart) {
      this.progressDirty = true;
      return;
    }
    this.hideProgress();
    this.progressDirty = false;
    this.lastProgressDraw = this.now();
    const lines = this.pending.render(this.width());
    if (lines.length === 0) return;
    // Drawn downwards from the cursor, which then goes back to the first line, where output resumes.
    this.stdout.write(lines.join('\n') + (lines.length > 1 ? `\x1b[${lines.length - 1}A` : '') + '\r');
    this.progressLines = lines.length;
  }

  /** Whether the last text written ended its line (false after Write-Host -NoNewline). */
  atLineStart = true;

  /** Writes text to the terminal as-is (the REPL's prompt, banner, ^C). */
  writeRaw(text: string): void {
    this.hideProgress();
    this.stdout.write(this.colorOut ? text : stripAnsi(text));
    if (text) this.atLineStart = /\n$/.test(text);
  }

  readLine(prompt: string): string | null {
    this.stopIfQuitting();
    this.hideProgress();
    if (!this.input.isTTY) return this.readPipedLine(prompt);
    const result = readEditedLine(this.input, this.terminal(), new LineEditor(), prompt);
    this.stopIfQuitting();
    return result.type === 'accept' ? result.text : null;
  }

  /**
   * The supervisor asked the REPL to leave (SIGTERM/SIGHUP) while a command prompts (Read-Host,
   * Get-Credential, -Confirm): the command line stops as for Ctrl+C rather than go on with a null
   * answer (a loop around Read-Host would prompt again until the engine's next poll).
   */
  private stopIfQuitting(): void {
    if (this.input.quitRequested) throw new StopRequestedSignal();
  }

  readSecret(prompt: string): string | null {
    this.stopIfQuitting();
    this.hideProgress();
    if (!this.input.isTTY) return this.readPipedLine(prompt);
    this.stdout.write(prompt);
    const wasRaw = this.input.isRaw;
    this.input.setRaw(true);
    let secret = '';
    try {
      for (;;) {
        const chunk = this.input.readChunk();
        if (chunk === null) {
          this.stdout.write('\r\n');
          this.stopIfQuitting();
          return null;
        }
        for (let i = 0; i < chunk.length; i++) {
          const c = chunk[i];
          if (c === '\r' || c === '\n') {
            const rest = chunk.slice(i + (c === '\r' && chunk[i + 1] === '\n' ? 2 : 1));
            this.input.unread(rest);
            this.stdout.write('\r\n');
            return secret;
          }
          if (c === '\x03') {
            this.stdout.write(message('Interrupted') + '\r\n');
            return null;
          }
          if (c === '\x7f' || c === '\x08') {
            if (secret) {
              secret = [...secret].slice(0, -1).join('');
              this.stdout.write('\b \b');
            }
            continue;
          }
          if (c === '\x1b') {
            // Escape sequences (arrows...) are not part of a password: skip the sequence.
            const m = /^\x1b(\[[0-9;]*[A-Za-z~]|O[A-Z]|.)?/.exec(chunk.slice(i));
            i += (m?.[0].length ?? 1) - 1;
            continue;
          }
          if (c < ' ') continue;
          secret += c;
          this.stdout.write('*');
        }
      }
    } finally {
      this.input.setRaw(wasRaw);
    }
  }

  promptForChoice(caption: string, messageText: string, choices: ChoiceDescription[], defaultChoice: number): number {
    const parsed = choices.map(parseChoice);
    const defaultKey = parsed[defaultChoice]?.hotKey;
    const line =
      [...parsed.map((c) => `[${c.hotKey}] ${c.text}`), message('ChoiceHelpHotKey')].join('  ') +
      (defaultKey ? ' ' + message('ChoiceDefault', defaultKey) : '') +
      ': ';
    this.hideProgress();
    if (caption) this.stdout.write(caption + '\n');
    if (messageText) this.stdout.write(messageText + '\n');
    for (;;) {
      const answer = this.readLine(line);
      if (answer === null) return -1;
      const a = answer.trim().toLowerCase();
      if (a === '' && defaultChoice >= 0 && defaultChoice < choices.length) return defaultChoice;
      if (a === '?') {
        for (const [i, c] of parsed.entries()) this.stdout.write(`${c.hotKey} - ${choices[i].help ?? c.text}\n`);
        continue;
      }
      const index = parsed.findIndex((c) => c.hotKey.toLowerCase() === a || c.text.toLowerCase() === a);
      if (index >= 0) return index;
    }
  }

  /**
   * Whether the user pressed Ctrl+C since the last call (while a command runs, the terminal is in
   * raw mode: Ctrl+C arrives as a character, and other keys are kept as type-ahead).
   */
  stopRequested(): boolean {
    const typed = this.input.poll();
    if (typed) {
      const at = typed.indexOf('\x03');
      if (at >= 0) {
        this.stopPending = true;
        this.input.unread(typed.slice(at + 1));
      } else this.input.unread(typed);
    }
    const stop = this.stopPending;
    this.stopPending = false;
    return stop;
  }

  private readPipedLine(prompt: string): string | null {
    this.stdout.write(prompt);
    const line = this.input.readLine();
    // Keep later output off the prompt's line (the answer was not echoed).
    this.stdout.write('\n');
    return line;
  }

  private terminal() {
    return { write: (s: string) => this.stdout.write(s), width: () => this.width() };
  }
}

/** '&Yes' -> hot key 'Y', text 'Yes'; a label without '&' uses its first character. */
export function parseChoice(c: ChoiceDescription): { hotKey: string; text: string } {
  const amp = c.label.indexOf('&');
  const text = c.label.replace('&', '');
  const hotKey = amp >= 0 && amp + 1 < c.label.length ? c.label[amp + 1].toUpperCase() : text.charAt(0).toUpperCase();
  return { hotKey, text };
}

