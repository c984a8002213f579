/**
 * Wiring for the engine's Runspace options (`outDefault`, `renderError`): the formatter as the
 * end of every top-level pipeline, and the engine's ErrorRecord seen through the concise view.
 */
import type { PSValue } from '../engine/values';
import type { Host } from '../engine/host';
import type { ErrorRecord } from '../engine/errors';
import { formatLines } from './out-default';
import { renderErrorConcise, type ErrorViewInput, type RenderOptions } from './error-view';

/** Out-Default: formats at the host's width and writes the text on the output stream. */
export function outDefaultToHost(values: PSValue[], host: Host, enumerationLimit?: number, ansi = false): void {
  const lines = formatLines(values, { width: host.width(), enumerationLimit, ansi });
  if (lines.length > 0) host.write('output', lines.join('\n') + '\n');
}

/** The parts of an ErrorRecord the concise view needs. */
export function errorViewOf(record: ErrorRecord): ErrorViewInput {
  const inv = record.invocation;
  const ext = inv.extent;
  const input: ErrorViewInput = {
    message: record.message,
    commandName: record.commandName ?? inv.commandName ?? undefined,
    isParseError: record.category === 'ParserError',
  };
  if (ext && inv.source !== undefined) {
    const lineText = inv.source.split(/\r?\n/)[ext.line - 1] ?? '';
    input.line = lineText;
    input.lineNumber = ext.line;
    input.column = ext.column;
    input.length = Math.max(1, Math.min(ext.end - ext.start, lineText.length - (ext.column - 1)));
    input.scriptName = inv.scriptName || undefined;
  }
  return input;
}

export function renderErrorRecord(record: ErrorRecord, options: RenderOptions = {}): string {
  return renderErrorConcise(errorViewOf(record), options);
}
