/**
 * The host: where output text goes and where prompts come from (pwsh's PSHost / PSHostUserInterface).
 * The engine is synchronous, so prompts are too: the terminal host in shell/ answers them from the
 * keyboard (or standard input when not interactive), a test host from a queue, a browser host as it can.
 */

export type HostStream = 'output' | 'error' | 'warning' | 'verbose' | 'debug' | 'information' | 'host';

/**
 * What Write-Progress (and a long-running command) reports: pwsh's ProgressRecord with the source
 * it came from. -1 means "not given" for the numbers, as in pwsh.
 */
export interface ProgressRecord {
  /** -Id: which activity this record updates (0 by default). */
  activityId: number;
  /** -ParentId: the activity this one is nested under, or -1. */
  parentActivityId: number;
  activity: string;
  /** -Status ('Processing' by default). */
  statusDescription: string;
  /** -CurrentOperation, or null. */
  currentOperation: string | null;
  /** 0-100, or -1 when not given. */
  percentComplete: number;
  /** -1 when not given. */
  secondsRemaining: number;
  /** 'Completed' removes the activity from the display (-Completed). */
  recordType: 'Processing' | 'Completed';
  /** Who reported it (-SourceId; 0 for Write-Progress without it): activities are keyed by source and id. */
  sourceId: number;
}

export interface ChoiceDescription {
  /** With the hot key marked by '&', e.g. '&Yes', 'Yes to &All'. */
  label: string;
  help?: string;
}

export interface Host {
  /** Name shown by $Host.Name. */
  readonly name: string;
  /** Whether a person can answer prompts (false under -NonInteractive or without a terminal). */
  readonly interactive: boolean;
  /** Terminal width in columns for formatting (120 when not a terminal, as Out-String uses). */
  width(): number;
  /** Writes text (already formatted, with its newline) on a stream; the host decides colours. */
  write(stream: HostStream, text: string, options?: { foregroundColor?: string; backgroundColor?: string }): void;
  /** Reads a line for a prompt; null when input has ended or the user cancelled (Ctrl+C). */
  readLine(prompt: string): string | null;
  /** Reads a line without echoing it (masked with '*' on a terminal). */
  readSecret(prompt: string): string | null;
  /**
   * PromptForChoice: shows the caption, message and choices (`[Y] Yes  [N] No ... (default is "Y"):`)
   * and returns the chosen index, or -1 when input has ended.
   */
  promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): number;
  /**
   * Optional: true once when the user asked to stop the running command (Ctrl+C in the shell).
   * The engine may poll it between pipeline objects and stop the pipeline (PipelineStoppedException).
   */
  stopRequested?(): boolean;
  /**
   * Optional: a progress record that passed $ProgressPreference (pwsh's PSHostUserInterface.WriteProgress).
   * The terminal host draws it as pwsh's Minimal view; hosts without it show no progress.
   */
  progress?(record: ProgressRecord): void;
}

/**
 * A host that passes everything to another (the base of the hosts that wrap one: transcripts, held
 * output until a save); a subclass overrides only what it adds.
 */
export class ForwardingHost implements Host {
  constructor(protected readonly inner: Host) {}

  get name(): string {
    return this.inner.name;
  }
  get interactive(): boolean {
    return this.inner.interactive;
  }
  width(): number {
    return this.inner.width();
  }
  write(stream: HostStream, text: string, options?: { foregroundColor?: string; backgroundColor?: string }): void {
    this.inner.write(stream, text, options);
  }
  readLine(prompt: string): string | null {
    return this.inner.readLine(prompt);
  }
  readSecret(prompt: string): string | null {
    return this.inner.readSecret(prompt);
  }
  promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): number {
    return this.inner.promptForChoice(caption, message, choices, defaultChoice);
  }
  stopRequested(): boolean {
    return this.inner.stopRequested?.() ?? false;
  }
  progress(record: ProgressRecord): void {
    this.inner.progress?.(record);
  }
}
