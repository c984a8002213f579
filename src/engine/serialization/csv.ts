/**
 * CSV as pwsh 7 writes and reads it (Export-Csv.md, Import-Csv.md; ExportCsvHelper / ImportCsvHelper):
 * headers from the first object's properties (or a hashtable's keys, 7.2+), every field quoted by
 * default (-UseQuotes Always), `#TYPE <name>` only with -IncludeTypeInformation, values by their
 * current-culture ToString(), missing properties as empty fields.
 */
import { PSCredential, PSHashtable, PSObject, numberToString, typeNamesOf, type PSValue } from '../values';
import { dataError } from './messages';

export type QuoteKind = 'Always' | 'AsNeeded' | 'Never';

export interface CsvWriteOptions {
  delimiter?: string;
  useQuotes?: QuoteKind;
  /** -QuoteFields: only these columns are quoted (case-insensitive); overrides useQuotes. */
  quoteFields?: readonly string[];
}

/** The column names a value contributes: its properties, or a hashtable's keys. */
export function csvColumns(v: PSValue): string[] {
  if (v instanceof PSHashtable) return v.keys().map((k) => cellText(k) ?? '');
  if (v instanceof PSObject) return v.propertyNames();
  if (v instanceof PSCredential) return ['UserName', 'Password'];
  if (typeof v === 'string') return ['Length'];
  return [];
}

/** `#TYPE System.Management.Automation.PSCustomObject`: the value's first type name. */
export function csvTypeLine(v: PSValue): string {
  const names = typeNamesOf(v);
  return '#TYPE ' + (names[0] ?? 'System.Object');
}

/** A cell's text: the value's ToString() (current culture), or null when the property is missing. */
function cellText(v: PSValue | undefined): string | null {
  if (v === undefined) return null;
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return numberToString(v);
  if (Array.isArray(v)) return 'System.Object[]';
  if (v instanceof Uint8Array) return 'System.Byte[]';
  return String(v);
}

function cellOf(v: PSValue, column: string): string | null {
  if (v instanceof PSHashtable) return v.has(column) ? cellText(v.get(column) ?? null) : null;
  if (v instanceof PSObject) return v.hasProperty(column) ? cellText(v.get(column) ?? null) : null;
  if (v instanceof PSCredential) {
    const c = column.toLowerCase();
    return c === 'username' ? v.userName : c === 'password' ? String(v.password) : null;
  }
  if (typeof v === 'string' && column.toLowerCase() === 'length') return String(v.length);
  return null;
}

function quoteField(text: string, column: string, opts: CsvWriteOptions): string {
  const delimiter = opts.delimiter ?? ',';
  let quote: boolean;
  if (opts.quoteFields) quote = opts.quoteFields.some((f) => f.toLowerCase() === column.toLowerCase());
  else {
    const kind = opts.useQuotes ?? 'Always';
    quote = kind === 'Always' || (kind === 'AsNeeded' && (text.includes(delimiter) || /["\r\n]/.test(text)));
  }
  return quote ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export function csvHeaderLine(columns: readonly string[], opts: CsvWriteOptions = {}): string {
  return columns.map((c) => quoteField(c, c, opts)).join(opts.delimiter ?? ',');
}

/** One record: a missing property is an empty unquoted field; a $null one is an empty (quoted) field. */
export function csvRowLine(v: PSValue, columns: readonly string[], opts: CsvWriteOptions = {}): string {
  return columns
    .map((c) => {
      const text = cellOf(v, c);
      return text === null ? '' : quoteField(text, c, opts);
    })
    .join(opts.delimiter ?? ',');
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface CsvReadOptions {
  delimiter?: string;
  /** -Header: the column names; the text then has no header row. */
  header?: readonly string[];
}

export interface CsvReadResult {
  objects: PSObject[];
  /** True when empty header names were replaced by H1, H2... (the cmdlet warns). */
  defaultedHeaders: boolean;
}

/** Splits CSV text into records of fields: quotes group delimiters and line breaks, `""` is a quote. */
export function splitCsvRecords(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRecord = () => {
    fields.push(field);
    records.push(fields);
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
      continue;
    }
    if (c === '"' && (!fieldStarted || field.trim() === '')) {
      // A quote opening a field (white space before it is dropped, as pwsh does).
      field = '';
      inQuotes = true;
      fieldStarted = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes || fieldStarted || fields.length > 0 || field !== '') endRecord();
  return records;
}

function isBlank(record: string[]): boolean {
  return record.length === 1 && record[0] === '';
}

/**
 * Parses CSV text into PSCustomObjects with string properties. A `#TYPE X` first line adds the type
 * name `CSV:X`; empty header names become H1, H2...; missing trailing values are $null; extra values
 * get further H names; blank lines are skipped; a header listed twice is an error.
 */
export function parseCsv(text: string, opts: CsvReadOptions = {}): CsvReadResult {
  const records = splitCsvRecords(text, opts.delimiter ?? ',').filter((r) => !isBlank(r));
  let typeName: string | undefined;
  // pwsh 7.6: lines starting with `#` before the header are comments (the first `#TYPE` one names the type).
  while (records.length && records[0]!.length >= 1 && records[0]![0]!.startsWith('#')) {
    const line = records.shift()!.join(opts.delimiter ?? ',');
    if (typeName === undefined && line.startsWith('#TYPE')) typeName = line.slice(5).trim() || undefined;
  }
  let header: string[];
  if (opts.header) header = [...opts.header];
  else {
    const first = records.shift();
    if (!first) return { objects: [], defaultedHeaders: false };
    header = first;
  }
  let unnamed = 0;
  let defaultedHeaders = false;
  header = header.map((h) => {
    if (h !== '') return h;
    defaultedHeaders = true;
    return 'H' + ++unnamed;
  });
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h.toLowerCase())) throw dataError('CsvMemberAlreadyPresent', h);
    seen.add(h.toLowerCase());
  }
  const typeNames = ['System.Management.Automation.PSCustomObject', 'System.Object'];
  if (typeName) typeNames.unshift('CSV:' + typeName);
  const objects = records.map((values) => {
    const o = new PSObject([...typeNames]);
    const extra = unnamed;
    header.forEach((h, i) => o.addNoteProperty(h, i < values.length ? values[i]! : null));
    for (let i = header.length, n = extra; i < values.length; i++) o.addNoteProperty('H' + ++n, values[i]!);
    return o;
  });
  return { objects, defaultedHeaders };
}
