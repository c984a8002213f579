/**
 * The interactive loop: banner, `PS <location>> ` prompt, line editor with history and
 * completion, run, repeat; `exit` or Ctrl+D on an empty line leaves (after saving the world when
 * the session persists one). With piped standard input it reads lines instead (no prompt, no
 * banner), joining lines while the parser says the input is incomplete.
 */
import type { TerminalHost } from '../terminal-host';
import { LineEditor } from './editor';
import { History } from './history';
import { appendHistory, loadHistory } from './history-file';
import { message } from './messages';
import { isSensitiveLine } from '../../src/engine/secrets';
import { readEditedLine } from './read-line';
import type { ExecuteResult, ReplSession } from './session';

export interface ReplOptions {
  session: ReplSession;
  host: TerminalHost;
  /** History file; null keeps history in memory only. */
  historyPath: string | null;
  noLogo?: boolean;
}

/** `exit` / `exit 3` typed at the prompt (pwsh's exit keyword at top level leaves the shell). */
const EXIT_LINE = /^\s*exit(?:\s+(-?\d+))?\s*;?\s*$/i;

export function runRepl(options: ReplOptions): number {
  const { host } = options;
  try {
    return host.input.isTTY ? interactiveLoop(options) : pipedLoop(options);
  } finally {
    options.session.save?.();
    host.input.close();
  }
}

function interactiveLoop({ session, host, historyPath, noLogo }: ReplOptions): number {
  const history = new History(historyPath ? loadHistory(historyPath) : []);
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
    const result = readEditedLine(host.input, terminal, editor, message('Prompt', session.location()));
    if (result.type === 'eof') return 0;
    if (result.type === 'cancel') continue;
    const text = result.text;
    // PSReadLine's DefaultAddToHistoryHandler: a line that may hold a secret stays in memory only (secrets.ts).
    if (history.add(text) && historyPath && !isSensitiveLine(text)) appendHistory(historyPath, text);
    const exit = EXIT_LINE.exec(text);
    if (exit) return exit[1] ? Number(exit[1]) : 0;
    const outcome = run(session, host, text);
    if (outcome.exitCode !== undefined) return outcome.exitCode;
  }
}

function pipedLoop({ session, host }: ReplOptions): number {
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
function run(session: ReplSession, host: TerminalHost, text: string): ExecuteResult {
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
