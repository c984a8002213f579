/**
 * Format-List / Format-Table / Format-Wide / Format-Custom piped to Out-String, as functions:
 * values in, the exact text pwsh prints out.
 */
import type { PSValue } from '../engine/values';
import { DEFAULT_WIDTH } from './out-default';
import { customRecords, listRecords, tableRecords, wideRecords, type CommonFormatSpec, type ListSpec, type TableSpec, type WideSpec } from './producers';
import { renderRecords } from './render';
import './builtin-views';

/** Screen width for the rendering step; defaults to Out-String's 120. */
export interface WidthOption {
  width?: number;
  /** $PSStyle.OutputRendering = Ansi: coloured list labels and table headers. */
  ansi?: boolean;
}

function text(lines: string[]): string {
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

export function formatList(values: PSValue[], spec: ListSpec & WidthOption = {}): string {
  return text(renderRecords(listRecords(values, spec), spec.width ?? DEFAULT_WIDTH, spec.ansi));
}

export function formatTable(values: PSValue[], spec: TableSpec & WidthOption = {}): string {
  return text(renderRecords(tableRecords(values, spec), spec.width ?? DEFAULT_WIDTH, spec.ansi));
}

export function formatWide(values: PSValue[], spec: WideSpec & WidthOption = {}): string {
  return text(renderRecords(wideRecords(values, spec), spec.width ?? DEFAULT_WIDTH, spec.ansi));
}

export function formatCustom(values: PSValue[], spec: CommonFormatSpec & WidthOption = {}): string {
  return text(renderRecords(customRecords(values, spec), spec.width ?? DEFAULT_WIDTH, spec.ansi));
}
