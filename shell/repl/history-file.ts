/**
 * Where history persists: ~/.exo-shell_history, or the file named by EXO_SHELL_HISTORY (tests
 * point it into a temporary folder). Entries are appended as they are accepted, so two shells
 * running at once both keep theirs, as PSReadLine's incremental save does.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatHistoryEntry, parseHistoryFile } from '../../src/repl/history';

export function historyFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.EXO_SHELL_HISTORY || join(homedir(), '.exo-shell_history');
}

export function loadHistory(path: string): string[] {
  try {
    return parseHistoryFile(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
}

/** Appends one entry; failures (read-only home...) are ignored: history is a convenience. */
export function appendHistory(path: string, entry: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, formatHistoryEntry(entry));
  } catch {
    // Not persisting history never stops the shell.
  }
}
