/**
 * The shell's REPL: the shared read loop (src/repl/loop.ts) over the process's terminal, with
 * history kept in a file (PSReadLine's incremental save).
 */
import type { TerminalHost } from '../terminal-host';
import { appendHistory, loadHistory } from './history-file';
import { isSensitiveLine } from '../../src/engine/secrets';
import { runReplLoop } from '../../src/repl/loop';
import type { ReplSession } from '../../src/repl/session';

export interface ReplOptions {
  session: ReplSession;
  host: TerminalHost;
  /** History file; null keeps history in memory only. */
  historyPath: string | null;
  noLogo?: boolean;
}

export function runRepl({ session, host, historyPath, noLogo }: ReplOptions): number {
  return runReplLoop({
    session,
    host,
    noLogo,
    history: historyPath && host.input.isTTY ? loadHistory(historyPath) : [],
    // PSReadLine's DefaultAddToHistoryHandler: a line that may hold a secret stays in memory only (secrets.ts).
    onHistoryAdd: (text) => {
      if (historyPath && !isSensitiveLine(text)) appendHistory(historyPath, text);
    },
  });
}
