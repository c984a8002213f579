/**
 * Format records: what Format-* cmdlets emit and output writers consume (pwsh's FormatStartData,
 * GroupStartData, FormatEntryData, GroupEndData, FormatEndData). Values are already turned into
 * display text here; widths and line layout are the writers' job.
 */
import { PSEnumValue, PSObject, type PSValue } from '../engine/values';
import type { WriteStream } from '../engine/stream-records';
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

export type FormatEntry = (
  /** A table row: one display text per column. */
  | { type: 'entry'; cells: string[] }
  /** A list block: label/value lines of one object. */
  | { type: 'entry'; fields: { label: string; value: string }[] }
  /** Text printed as is: wide items, custom blocks, scalars shown between rows (out of band). */
  | { type: 'entry'; text: string; outOfBand?: boolean }
  /** An object of another type met while a table is open: shown as a list block (pwsh's out-of-band list). */
  | { type: 'entry'; outOfBandFields: { label: string; value: string }[] }
) & {
  /**
   * FormatEntryData.writeStream: the entry's object was written to a merged pipe from this stream
   * (stream-records.ts); the console prints its lines with the stream's prefix (`WARNING: `).
   */
  writeStream?: WriteStream;
};

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
/** The class ids pwsh's format objects carry (FormatInfoData.ClassId2e4f51ef21dd47e99d3c952918aff9cd). */
const CLASS_ID: Record<FormatRecord['type'], string> = {
  start: '033ecb2bc07a4d43b5ef94ed5a35d280',
  groupStart: '9e210fe47d09416682b841769c78b8a3',
  entry: '27c87ef9bbda4f709f6b4002fa4af63c',
  groupEnd: '4ec4f0187cb04f4cb6973460dfe252df',
  end: 'cf522b78d86c486691226b40aa69e95c',
};
const SHAPE_INFO: Record<FormatStart['shape'], string> = { table: 'TableHeaderInfo', list: 'ListViewHeaderInfo', wide: 'WideViewHeaderInfo', custom: 'ComplexViewHeaderInfo' };

/** An internal formatting object shown by its type name (TableHeaderInfo, TableRowEntry...). */
function internal(name: string): PSObject {
  return new PSObject([NS + name, 'System.Object']);
}

function entryInfo(rec: FormatEntry): string {
  if ('cells' in rec) return 'TableRowEntry';
  if ('fields' in rec) return 'ListViewEntry';
  if ('outOfBandFields' in rec) return 'ListViewEntry';
  return rec.outOfBand ? 'RawTextFormatEntry' : 'ComplexViewEntry';
}

/**
 * A format record as a pipeline value: Out-Default and Out-String render it instead of formatting
 * it again, and Format-* commands pass it on. Its members are pwsh 7.6's public fields
 * (`$x | Format-Table | Select-Object *`): the class id, then the shape, entry or grouping data.
 */
export class FormatRecordValue extends PSObject {
  constructor(readonly record: FormatRecord) {
    super([NS + TYPE_NAME[record.type], NS + 'PacketInfoData', NS + 'FormatInfoData', 'System.Object']);
    const field = (name: string, value: PSValue) => this.addProperty({ name, value, memberType: 'Property', readOnly: true });
    field('ClassId2e4f51ef21dd47e99d3c952918aff9cd', CLASS_ID[record.type]);
    switch (record.type) {
      case 'start':
        field('pageHeaderEntry', null);
        field('pageFooterEntry', null);
        field('autosizeInfo', record.shape !== 'list' && record.shape !== 'custom' && record.autoSize ? internal('AutosizeInfo') : null);
        field('shapeInfo', internal(SHAPE_INFO[record.shape]));
        field('groupingEntry', null);
        break;
      case 'groupStart':
        field('shapeInfo', null);
        field('groupingEntry', record.label !== undefined ? internal('GroupingEntry') : null);
        break;
      case 'entry':
        field('formatEntryInfo', internal(entryInfo(record)));
        field('outOfBand', 'outOfBandFields' in record || ('text' in record && !!record.outOfBand));
        field('writeStream', new PSEnumValue(NS + 'WriteStreamType', record.writeStream ?? 'None'));
        break;
      default:
        field('groupingEntry', null);
    }
  }
}

export function isFormatRecord(v: unknown): v is FormatRecordValue {
  return v instanceof FormatRecordValue;
}
