/**
 * The REPL's read loop, shared by the shell (shell/repl/repl.ts) and the browser lab (web/worker.ts):
 * banner, `PS <location>> ` prompt, line editor with history and completion, run, repeat; `exit` or
 * Ctrl+D on an empty line leaves. With piped input it reads lines instead (no prompt, no banner),
 * joining lines while the parser says the input is incomplete. Only the I/O differs between the two.
 */
import { LineEditor } from './editor';
import { History } from './history';
import type { ReplHost } from './host';
import { message } from './messages';
import { readEditedLine } from './read-line';
import type { ExecuteResult, ReplSession } from './session';

export interface ReplLoopOptions {
  session: ReplSession;
  host: ReplHost;
  /** Entries to start the history with (oldest first). */
  history?: readonly string[];
  /** Called with each entry the history kept (the shell appends it to its history file). */
  onHistoryAdd?: (entry: string) => void;
  /** Called after each command line ran (the browser lab saves the world then). */
  afterRun?: (text: string, result: ExecuteResult) => void;
  /** Called each time the prompt is about to wait for a new line. */
  atPrompt?: () => void;
  noLogo?: boolean;
}

/** `exit` / `exit 3` typed at the prompt (pwsh's exit keyword at top level leaves the shell). */
const EXIT_LINE = /^\s*exit(?:\s+(-?\d+))?\s*;?\s*$/i;

export function runReplLoop(options: ReplLoopOptions): number {
  const { host } = options;
  try {
    return host.input.isTTY ? interactiveLoop(options) : pipedLoop(options);
  } finally {
    options.session.save?.();
    host.input.close();
  }
}

function interactiveLoop({ session, host, history: initial, onHistoryAdd, afterRun, atPrompt, noLogo }: ReplLoopOptions): number {
  const history = new History(initial ?? []);
  const editor = new LineEditor({
    history,
    complete: (text, cursor) => session.complete(text, cursor),
    isIncomplete: (text) => session.isIncomplete(text),
  });
  if (!noLogo) host.writeRaw(withNewline(session.banner()));
  const terminal = { write: (s: string) => host.writeRaw(s), width: () => host.width() };
  // Raw mode for the whole session: Ctrl+C while a command runs arrives as a character the host
  // can see (stopRequested) instead of a signal that would kill the process mid-transaction.
  host.input.setRaw(true);
  for (;;) {
    editor.reset();
    // The prompt redraws from column 0: end a line left open (Write-Host -NoNewline) so it stays visible.
    if (!host.atLineStart) host.writeRaw('\n');
    atPrompt?.();
    const result = readEditedLine(host.input, terminal, editor, message('Prompt', session.location()));
    if (result.type === 'eof') return 0;
    if (result.type === 'cancel') continue;
    const text = result.text;
    if (history.add(text)) onHistoryAdd?.(text);
    const exit = EXIT_LINE.exec(text);
    if (exit) return exit[1] ? Number(exit[1]) : 0;
    const outcome = run(session, host, text);
    afterRun?.(text, outcome);
    if (outcome.exitCode !== undefined) return outcome.exitCode;
  }
}

function pipedLoop({ session, host }: ReplLoopOptions): number {
  let pending = '';
  let last: ExecuteResult = { success: true };
  for (;;) {
    const line = host.input.readLine();
    if (line === null) break;
    pending = pending ? pending + '\n' + line : line;
    if (session.isIncomplete(pending)) continue;
    const text = pending;
    pending = '';
    if (!text.trim()) continue;
    const exit = EXIT_LINE.exec(text);
    if (exit) return exit[1] ? Number(exit[1]) : 0;
    last = run(session, host, text);
    if (last.exitCode !== undefined) return last.exitCode;
  }
  // Input ended inside an unfinished statement: run it so the parser reports what is missing.
  if (pending.trim()) last = run(session, host, pending);
  return last.success ? 0 : 1;
}

/** Runs one input; an engine failure is shown as an error and the shell goes on. */
function run(session: ReplSession, host: ReplHost, text: string): ExecuteResult {
  try {
    return session.execute(text);
  } catch (e) {
    host.write('error', withNewline(e instanceof Error ? e.message : String(e)));
    return { success: false };
  } finally {
    // pwsh clears the progress display when the command line ends.
    host.resetProgress();
  }
}

function withNewline(s: string): string {
  return s.endsWith('\n') ? s : s + '\n';
}
