/**
 * Where each stream goes for the command running now (about_Redirection, about_Output_Streams).
 * Redirections (`2>&1`, `3> $null`, `*> file`) replace handlers for one command or statement.
 */
import type { PSValue } from './values';
import type { ErrorRecord } from './errors';
import type { InformationalRecord, InformationRecord } from './stream-records';

export interface StreamHandlers {
  /** An error record that reached the error stream (already past -ErrorAction handling). */
  error(record: ErrorRecord): void;
  warning(record: InformationalRecord): void;
  verbose(record: InformationalRecord): void;
  debug(record: InformationalRecord): void;
  information(record: InformationRecord, hostText?: { text: string; options?: { foregroundColor?: string; backgroundColor?: string; noNewline?: boolean } }): void;
}

export type Emit = (value: PSValue) => void;
