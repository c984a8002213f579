/**
 * Step 1 of formatting: values -> format records (pwsh's Format-* view generators). Decides the
 * fields, the text of each value (display.ts) and, for tables, each column's alignment from the
 * first object (notes T4).
 */
import { PSEnumValue, PSHashtable, SecureString, type PSValue } from '../engine/values';
import { formatNumber } from '../engine/textformat';
import { displayString, isScalar, toDisplayScalar } from './display';
import { dictionaryEntries, readProperties, readProperty, safeRead, selectFields, type Field, type PropertyRef, type SelectionOptions } from './properties';
import { isFormatRecord, type ColumnInfo, type FormatRecord } from './records';
import { writeStreamOf } from '../engine/stream-records';
import { findView, type Alignment, type ViewDefinition } from './views';

export interface CommonFormatSpec extends SelectionOptions {
  /** $FormatEnumerationLimit (default 4; negative = all). */
  enumerationLimit?: number;
  /** -Force: scalars are formatted by their properties instead of printed as they are. */
  force?: boolean;
  /** Group consecutive objects by this property (sorted input expected, as in pwsh). */
  groupBy?: PropertyRef;
}

export interface ListSpec extends CommonFormatSpec {}

export interface TableSpec extends CommonFormatSpec {
  autoSize?: boolean;
  wrap?: boolean;
  hideTableHeaders?: boolean;
  repeatHeader?: boolean;
}

export interface WideSpec {
  property?: PropertyRef;
  force?: boolean;
  column?: number;
  autoSize?: boolean;
  enumerationLimit?: number;
  groupBy?: PropertyRef;
}

/**
 * The objects a formatter walks: arrays are enumerated, hashtables become their DictionaryEntry
 * items (Format-List.md: a hashtable shows Name/Value pairs), $null is skipped.
 */
export function formatInputs(values: PSValue[]): PSValue[] {
  const out: PSValue[] = [];
  const walk = (v: PSValue): void => {
    if (v === null) return;
    if (Array.isArray(v)) v.forEach(walk);
    else if (v instanceof PSHashtable) out.push(...dictionaryEntries(v));
    else out.push(v);
  };
  values.forEach(walk);
  return out;
}

/**
 * FVGT ComputeDefaultAlignment: right for the value types of FVM DefaultScalarTypes (numbers,
 * booleans, SecureString) and enums, left for strings and the rest. pwsh 7.6 decides by the value's
 * type names, so a deserialized enum (`Deserialized.System.DayOfWeek`: Import-Clixml, and every
 * remote Exchange object) is left-aligned while a live one (`(Get-Date).DayOfWeek`) is right-aligned.
 * The emulator's enum values carry no such mark, but any enum inside a deserialized object
 * (`owner`) is itself deserialized in pwsh, so the owner decides.
 */
export function defaultAlignment(v: PSValue | undefined, owner?: PSValue): Alignment {
  if (v === undefined || v === null || typeof v === 'string') return 'left';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return 'right';
  if (v instanceof PSEnumValue) return isDeserialized(v) || isDeserialized(owner) ? 'left' : 'right';
  if (v instanceof SecureString) return 'right';
  return 'left';
}

function isDeserialized(v: PSValue | undefined): boolean {
  const names = (v as { psTypeNames?: readonly string[] } | null | undefined)?.psTypeNames;
  return !!names?.[0]?.startsWith('Deserialized.');
}

/** Applies a calculated property's FormatString (`N2`, `{0:N2}`) to numbers; other values keep their text. */
function applyFormat(v: PSValue | undefined, fmt: string | undefined): PSValue | undefined {
  if (!fmt || typeof v !== 'number') return v;
  const inner = /^\{0:(.*)\}$/.exec(fmt)?.[1] ?? fmt;
  return formatNumber(v, inner);
}

/**
 * A cell's text. Only table columns picked from properties (-Property, or the object's own) give
 * doubles 2 decimals; a view's columns show them as they are (pwsh 7.6: `@{a=1.5}` -> Value `1.5`,
 * `@{a=1.5} | ft Name,Value` -> `1.50`).
 */
export function fieldText(f: Field, obj: PSValue, limit: number | undefined, table: boolean): string {
  const v = applyFormat(safeRead(f, obj), f.formatString);
  return displayString(v, { enumerationLimit: limit, formatFloat: table && !f.fromView });
}

/** Label/value lines of one object for a list; properties the object lacks are left out. */
export function listFields(obj: PSValue, fields: Field[], limit: number | undefined): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  for (const f of fields) {
    const raw = safeRead(f, obj);
    if (raw === undefined) continue;
    out.push({ label: f.label, value: displayString(applyFormat(raw, f.formatString), { enumerationLimit: limit }) });
  }
  return out;
}

/**
 * pwsh 7.6 (FormatViewManager): a scalar (string, number, bool, enum...) given to Format-Table,
 * -List or -Wide is printed as it is, out of band, whatever -Property says, unless -Force:
 * `'a','b' | ft` prints `a` and `b`; `'hello' | ft Length` prints `hello`. Format records from
 * another Format-* command are not formatted at all (passedOn).
 */
function outOfBand(v: PSValue, force: boolean | undefined): boolean {
  return isFormatRecord(v) || (!force && isScalar(v));
}

/**
 * InnerFormatShapeCommand.ProcessObject: an object that is already a format record ("we are already
 * formatted") is written on as it is, where it comes: `$x | Format-Table Name | Format-Table` prints
 * the first table, `1, ($x | ft), 2 | Format-List` prints 1, the table, 2.
 */
function passedOn(v: PSValue, passed: Set<FormatRecord>): FormatRecord | null {
  if (!isFormatRecord(v)) return null;
  passed.add(v.record);
  return v.record;
}

const EMPTY_LINE: FormatRecord = { type: 'entry', text: '', outOfBand: true };

function textEntry(v: PSValue): FormatRecord {
  const writeStream = writeStreamOf(v);
  return { type: 'entry', text: toDisplayScalar(v), outOfBand: true, ...(writeStream ? { writeStream } : {}) };
}

/** The FormatEntryData.writeStream of an object's entry (SetStreamTypeFromPSObject), spread into the entry. */
function streamOf(v: PSValue): { writeStream?: NonNullable<ReturnType<typeof writeStreamOf>> } {
  const writeStream = writeStreamOf(v);
  return writeStream ? { writeStream } : {};
}

/**
 * Frames the records of a view: the start record goes just before the first entry that is not
 * out of band (pwsh prints scalars that come first before the shape's blank line: `'a',$obj | fl`
 * gives `a`, a blank line, then `$obj`'s list), and a view of scalars only has no frame at all.
 * Entries not grouped by -GroupBy or the view still sit in one group: pwsh 7.6 writes
 * FormatStartData, GroupStartData, the entries, GroupEndData, FormatEndData (`($x | ft).Count` is 6
 * for two objects).
 */
function framed(start: FormatRecord, body: FormatRecord[], passed: Set<FormatRecord>): FormatRecord[] {
  const at = body.findIndex((r) => !passed.has(r) && !(r.type === 'entry' && 'text' in r && r.outOfBand));
  if (at < 0) return body;
  const rest = body.slice(at);
  const grouped = rest[0]!.type === 'groupStart';
  return [...body.slice(0, at), start, ...(grouped ? rest : [{ type: 'groupStart' } as FormatRecord, ...rest, { type: 'groupEnd' } as FormatRecord]), { type: 'end' }];
}

function groupLabel(ref: PropertyRef): string {
  if (typeof ref === 'string') return ref;
  return ref.label ?? ref.name ?? (typeof ref.expression === 'string' ? ref.expression : '');
}

function groupValue(ref: PropertyRef, obj: PSValue, limit: number | undefined): string {
  const read = typeof ref === 'string' ? (v: PSValue) => readProperty(v, ref) : typeof ref.expression === 'string' ? (v: PSValue) => readProperty(v, ref.expression as string) : ref.expression;
  return displayString(read(obj), { enumerationLimit: limit });
}

/** Wraps entries in group start/end records, splitting where the -GroupBy value changes. */
function grouped(
  inputs: PSValue[],
  groupBy: PropertyRef | undefined,
  limit: number | undefined,
  entry: (v: PSValue) => FormatRecord | null,
  header?: ViewDefinition['groupHeader'],
): FormatRecord[] {
  const out: FormatRecord[] = [];
  let current: string | undefined;
  for (const v of inputs) {
    if (isFormatRecord(v)) {
      const e = entry(v);
      if (e) out.push(e);
      continue;
    }
    // The view's own grouping (FileSystem items under `    Directory: C:\...`) when -GroupBy is not given.
    if (groupBy === undefined && header !== undefined && findView(v)?.groupHeader === header) {
      const key = header.value(v);
      if (key !== current) {
        if (current !== undefined) out.push({ type: 'groupEnd' });
        out.push({ type: 'groupStart', label: `${header.label}: ${key}`, indent: header.indent });
        current = key;
      }
    } else if (groupBy !== undefined) {
      const key = groupValue(groupBy, v, limit);
      if (key !== current) {
        if (current !== undefined) out.push({ type: 'groupEnd' });
        out.push({ type: 'groupStart', label: `${groupLabel(groupBy)}: ${key}` });
        current = key;
      }
    }
    const e = entry(v);
    if (e) out.push(e);
  }
  if (current !== undefined) out.push({ type: 'groupEnd' });
  return out;
}

/** Format-List: one label/value block per object (Format-List.md). */
export function listRecords(values: PSValue[], spec: ListSpec = {}): FormatRecord[] {
  const inputs = formatInputs(values);
  if (inputs.length === 0) return [];
  const explicit = !!(spec.property?.length || spec.excludeProperty?.length);
  const cache = new Map<string, Field[]>();
  const first = inputs.find((v) => !outOfBand(v, spec.force));
  const header = explicit || first === undefined ? undefined : findView(first, 'list')?.groupHeader;
  const passed = new Set<FormatRecord>();
  const body = grouped(inputs, spec.groupBy, spec.enumerationLimit, (v) => {
    const record = passedOn(v, passed);
    if (record) return record;
    if (outOfBand(v, spec.force)) return textEntry(v);
    // An object without any of the named properties still ends with its blank line (pwsh 7.6:
    // `'x' | Format-List -Force foo` prints two empty lines); one without properties at all is skipped.
    const fields = selectFields(v, 'list', spec, cache);
    if (fields.length === 0 && !explicit) return null;
    return { type: 'entry', fields: listFields(v, fields, spec.enumerationLimit), ...streamOf(v) };
  }, header);
  // pwsh 7.6: `[pscustomobject]@{} | Format-List` (or -Table) prints one blank line.
  if (body.length === 0) return [EMPTY_LINE];
  return framed({ type: 'start', shape: 'list' }, body, passed);
}

/** At most 10 properties become columns when they are picked automatically (notes T7). */
const MAX_AUTO_COLUMNS = 10;

/** Format-Table: columns from the first object that is not a scalar (-Property, view, display set or its properties). */
export function tableRecords(values: PSValue[], spec: TableSpec = {}): FormatRecord[] {
  const inputs = formatInputs(values);
  const passed = new Set<FormatRecord>();
  const oob = (v: PSValue): FormatRecord => passedOn(v, passed) ?? textEntry(v);
  const first = inputs.find((v) => !outOfBand(v, spec.force));
  if (first === undefined) return inputs.map(oob);
  let fields = selectFields(first, 'table', spec);
  if (!spec.property?.length) fields = fields.slice(0, MAX_AUTO_COLUMNS);
  if (fields.length === 0) {
    const scalars = inputs.filter((v) => outOfBand(v, spec.force)).map(oob);
    return scalars.length > 0 ? scalars : [EMPTY_LINE];
  }
  const columns: ColumnInfo[] = fields.map((f) => ({ label: f.label, width: f.width, alignment: f.alignment ?? (f.fromView ? 'left' : defaultAlignment(safeRead(f, first), first)) }));
  const header = spec.property?.length ? undefined : findView(first, 'table')?.groupHeader;
  const body = grouped(
    inputs,
    spec.groupBy,
    spec.enumerationLimit,
    (v) => (outOfBand(v, spec.force) ? oob(v) : { type: 'entry', cells: fields.map((f) => fieldText(f, v, spec.enumerationLimit, true)), ...streamOf(v) }),
    header,
  );
  return framed({ type: 'start', shape: 'table', columns, hideHeaders: !!spec.hideTableHeaders, wrap: !!spec.wrap, autoSize: !!spec.autoSize, repeatHeader: spec.repeatHeader }, body, passed);
}

/**
 * PSObjectHelper.GetDisplayNameExpression's well-known names, tried in order on each object: the
 * first property matching `name`, `id`, `key`, `*key`, `*name`, `*id` (remoting's PSComputerName,
 * PSShowComputerName and RunspaceId skipped). pwsh 7.6: `{ZId; XName}` shows XName, `{XKey; Id}`
 * shows Id.
 */
const DISPLAY_NAME_PATTERNS: ((n: string) => boolean)[] = [
  (n) => n === 'name', (n) => n === 'id', (n) => n === 'key',
  (n) => n.endsWith('key'), (n) => n.endsWith('name'), (n) => n.endsWith('id'),
];
const REMOTING_PROPERTIES = new Set(['pscomputername', 'psshowcomputername', 'runspaceid']);

function displayNameProperty<P extends { name: string }>(props: P[]): P | undefined {
  const candidates = props.filter((p) => !REMOTING_PROPERTIES.has(p.name.toLowerCase()));
  for (const matches of DISPLAY_NAME_PATTERNS) {
    const found = candidates.find((p) => matches(p.name.toLowerCase()));
    if (found) return found;
  }
  return undefined;
}

/**
 * Format-Wide: one value per object: the -Property, else (without a view) each object's own
 * display-name property (displayNameProperty), else its first property; scalars out of band.
 */
export function wideRecords(values: PSValue[], spec: WideSpec = {}): FormatRecord[] {
  const inputs = formatInputs(values);
  if (inputs.length === 0) return [];
  const passed = new Set<FormatRecord>();
  const body = grouped(inputs, spec.groupBy, spec.enumerationLimit, (v) => {
    const record = passedOn(v, passed);
    if (record) return record;
    if (outOfBand(v, spec.force)) return textEntry(v);
    let text: string;
    if (spec.property !== undefined) {
      const [f] = selectFields(v, 'table', { property: [spec.property] });
      text = f ? fieldText(f, v, spec.enumerationLimit, false) : '';
    } else if (isScalar(v)) text = toDisplayScalar(v);
    else {
      const props = readProperties(v);
      const chosen = displayNameProperty(props) ?? props[0];
      text = chosen ? displayString(chosen.value, { enumerationLimit: spec.enumerationLimit }) : displayString(v);
    }
    return { type: 'entry', text, ...streamOf(v) };
  });
  return framed({ type: 'start', shape: 'wide', columns: spec.column, autoSize: !!spec.autoSize }, body, passed);
}

/** Format-Custom (basic): `class <Type>` then the properties in braces, one per line. */
export function customRecords(values: PSValue[], spec: CommonFormatSpec = {}): FormatRecord[] {
  const inputs = formatInputs(values);
  if (inputs.length === 0) return [];
  const passed = new Set<FormatRecord>();
  const body = inputs.map((v): FormatRecord => {
    const record = passedOn(v, passed);
    if (record) return record;
    // pwsh 7.6: `1,2 | Format-Custom` prints 1 and 2 out of band, with no frame.
    if (isScalar(v)) return textEntry(v);
    const typeName = (readTypeName(v).split('.').pop() ?? 'Object').replace(/^Deserialized\./, '');
    const lines = [`class ${typeName}`, '{'];
    for (const f of selectFields(v, 'list', spec)) lines.push(`  ${f.label} = ${fieldText(f, v, spec.enumerationLimit, false)}`);
    lines.push('}');
    return { type: 'entry', text: lines.join('\n'), ...streamOf(v) };
  });
  return framed({ type: 'start', shape: 'custom' }, body, passed);
}

function readTypeName(v: PSValue): string {
  return (v as { psTypeNames?: readonly string[] }).psTypeNames?.[0] ?? 'System.Object';
}
