/**
 * CSV files for migration batches (exchange-docs/csv-files-for-migration.md): header row of attribute
 * names, one row per user, attributes per migration type, row limits (staged 2,000, IMAP 50,000).
 * Input is the bytes New-MigrationBatch -CSVData receives ([System.IO.File]::ReadAllBytes).
 * Row numbers in messages are file line numbers (the header is line 1).
 */
import type { MigrationState } from './state';
import { raise } from './errors';

export type CsvKind = 'Staged' | 'IMAP' | 'RemoteMove';

interface ColumnRule {
  name: string;
  required: boolean;
}

/** Supported attributes per migration type (CSV tables; remote move from the doc's MailboxType example). */
export const CSV_COLUMNS: Record<CsvKind, ColumnRule[]> = {
  Staged: [
    { name: 'EmailAddress', required: true },
    { name: 'Password', required: false },
    { name: 'ForceChangePassword', required: false },
  ],
  IMAP: [
    { name: 'EmailAddress', required: true },
    { name: 'UserName', required: true },
    { name: 'Password', required: true },
  ],
  RemoteMove: [
    { name: 'EmailAddress', required: true },
    { name: 'MailboxType', required: false },
    { name: 'BadItemLimit', required: false },
    { name: 'LargeItemLimit', required: false },
    { name: 'TargetDatabase', required: false },
    { name: 'TargetArchiveDatabase', required: false },
  ],
};

export interface CsvRow {
  /** File line number. */
  line: number;
  /** Values by canonical column name (as CSV_COLUMNS spells it); blank cells are omitted. */
  values: Record<string, string>;
}

/** Splits CSV text into records of fields (RFC 4180 quoting; CRLF or LF). */
export function splitCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') { quoted = true; field = ''; i++; continue; }
    if (c === ',') { fields.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') { endRecord(); line++; recordLine = line; i++; continue; }
    field += c;
    i++;
  }
  if (quoted) raise('CsvUnterminatedQuote', [recordLine]);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

const SMTP = /^[^@\s,;<>"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function isSmtpAddress(s: string): boolean {
  return SMTP.test(s);
}

/** Decodes -CSVData bytes (UTF-8, BOM stripped). TextDecoder exists in browsers and Node alike. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Validates the whole file; the first violation is raised, nothing is partially accepted. */
export function parseMigrationCsv(state: MigrationState, kind: CsvKind, data: Uint8Array | string): CsvRow[] {
  const text = typeof data === 'string' ? data.replace(/^\uFEFF/, '') : decodeCsvBytes(data);
  const records = splitCsv(text);
  if (records.length < 2) raise('CsvEmpty');
  const rules = CSV_COLUMNS[kind];
  const header = records[0]!.fields.map((h) => h.trim());
  const canonical: string[] = [];
  for (const h of header) {
    const rule = rules.find((r) => r.name.toLowerCase() === h.toLowerCase());
    if (!rule) raise('CsvUnknownColumn', [h, kind === 'RemoteMove' ? 'remote move' : kind === 'Staged' ? 'staged Exchange' : 'IMAP']);
    if (canonical.includes(rule!.name)) raise('CsvDuplicateColumn', [rule!.name]);
    canonical.push(rule!.name);
  }
  for (const r of rules) if (r.required && !canonical.includes(r.name)) raise('CsvMissingColumn', [r.name]);
  const rows = records.slice(1);
  const max = kind === 'IMAP' ? state.config.limits.maxImapCsvRows : kind === 'Staged' ? state.config.limits.maxStagedCsvRows : Infinity;
  if (rows.length > max) raise('CsvTooManyRows', [rows.length, kind === 'Staged' ? 'staged' : 'IMAP', max]);
  const seen = new Map<string, number>();
  return rows.map(({ line, fields }) => {
    if (fields.length !== canonical.length) raise('CsvFieldCount', [line, fields.length, canonical.length]);
    const values: Record<string, string> = {};
    canonical.forEach((name, i) => {
      const v = fields[i]!.trim();
      if (v !== '') values[name] = v;
    });
    for (const r of rules) if (r.required && canonical.includes(r.name) && values[r.name] === undefined) raise('CsvRequiredValue', [line, r.name]);
    const email = values.EmailAddress!;
    if (!isSmtpAddress(email)) raise('CsvInvalidEmail', [line, email]);
    const key = email.toLowerCase();
    if (seen.has(key)) raise('CsvDuplicateEmail', [line, email, seen.get(key)!]);
    seen.set(key, line);
    if (kind === 'Staged' && values.Password !== undefined && values.Password.length < 8) raise('CsvPasswordTooShort', [line]);
    if (values.ForceChangePassword !== undefined && !/^(true|false)$/i.test(values.ForceChangePassword))
      raise('CsvInvalidBoolean', [line, values.ForceChangePassword, 'ForceChangePassword']);
    return { line, values };
  });
}
