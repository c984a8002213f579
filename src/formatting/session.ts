/**
 * Wiring for the engine's Runspace options (`outDefault`, `renderError`): the formatter as the
 * end of every top-level pipeline, and the engine's ErrorRecord seen through the concise view.
 */
import type { PSValue } from '../engine/values';
import type { Host } from '../engine/host';
import { formatLines, outDefaultWidth } from './out-default';
export { errorViewOf, renderErrorRecord } from './error-view';

/** Out-Default: formats one cell narrower than the host (outDefaultWidth) and writes the text on the output stream. */
export function outDefaultToHost(values: PSValue[], host: Host, enumerationLimit?: number, ansi = false): void {
  const lines = formatLines(values, { width: outDefaultWidth(host.width()), enumerationLimit, ansi, console: true });
  if (lines.length > 0) host.write('output', lines.join('\n') + '\n');
}

