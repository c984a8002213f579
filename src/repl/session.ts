/**
 * What the REPL needs from a session (the lead's src/session.ts implements it; session-adapter.ts
 * builds one over the engine's Runspace meanwhile).
 */
import type { CompletionResult } from '../completion/types';

export interface ExecuteResult {
  success: boolean;
  /** Set when the script ran `exit [n]`: the shell leaves with this code. */
  exitCode?: number;
}

export interface ReplSession {
  execute(script: string): ExecuteResult;
  /** True when the parser reports only that the input ended too early (continue with `>> `). */
  isIncomplete(text: string): boolean;
  /** The current location for the prompt, e.g. `C:\Users\Administrator`. */
  location(): string;
  complete(text: string, cursor: number): CompletionResult;
  /** Persists the world (-State); called once when the shell leaves. */
  save?(): void;
  /** Which world is loaded, how virtual time passes, how to get help (wrapped to the terminal). */
  banner(): string;
}
