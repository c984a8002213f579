/**
 * Format records: what Format-* cmdlets emit and output writers consume (pwsh's FormatStartData,
 * GroupStartData, FormatEntryData, GroupEndData, FormatEndData). Values are already turned into
 * display text here; widths and line layout are the writers' job.
 */
import type { OpaqueValue } from '../engine/values';
import type { Alignment } from './views';

export interface ColumnInfo {
  label: string;
  /** Fixed width from a view or a calculated property; absent = computed from the data. */
  width?: number;
  alignment: Alignment;
}

export type FormatStart =
  | { type: 'start'; shape: 'table'; columns: ColumnInfo[]; hideHeaders: boolean; wrap: boolean; autoSize: boolean; repeatHeader?: boolean }
  | { type: 'start'; shape: 'list' }
  | { type: 'start'; shape: 'wide'; columns?: number; autoSize: boolean }
  | { type: 'start'; shape: 'custom' };

export type FormatEntry =
  /** A table row: one display text per column. */
  | { type: 'entry'; cells: string[] }
  /** A list block: label/value lines of one object. */
  | { type: 'entry'; fields: { label: string; value: string }[] }
  /** Text printed as is: wide items, custom blocks, scalars shown between rows (out of band). */
  | { type: 'entry'; text: string; outOfBand?: boolean }
  /** An object of another type met while a table is open: shown as a list block (pwsh's out-of-band list). */
  | { type: 'entry'; outOfBandFields: { label: string; value: string }[] };

export type FormatRecord =
  | FormatStart
  | { type: 'groupStart'; label?: string; indent?: number }
  | FormatEntry
  | { type: 'groupEnd' }
  | { type: 'end' };

const NS = 'Microsoft.PowerShell.Commands.Internal.Format.';
const TYPE_NAME: Record<FormatRecord['type'], string> = {
  start: 'FormatStartData',
  groupStart: 'GroupStartData',
  entry: 'FormatEntryData',
  groupEnd: 'GroupEndData',
  end: 'FormatEndData',
};

/** A format record as a pipeline value: Out-Default and Out-String render it instead of formatting it again. */
export class FormatRecordValue implements OpaqueValue {
  readonly psTypeNames: readonly string[];
  constructor(readonly record: FormatRecord) {
    this.psTypeNames = [NS + TYPE_NAME[record.type], NS + 'PacketInfoData', NS + 'FormatInfoData', 'System.Object'];
  }
  toString(): string {
    return this.psTypeNames[0]!;
  }
}

export function isFormatRecord(v: unknown): v is FormatRecordValue {
  return v instanceof FormatRecordValue;
}
