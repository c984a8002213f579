/** CSV validation for staged, IMAP and remote move batches (exchange-docs/csv-files-for-migration.md). */
import { describe, expect, it } from 'vitest';
import { parseMigrationCsv, splitCsv, type CsvKind } from '../../src/model/migration/csv';
import { emptyMigrationState } from '../../src/model/migration/state';
import { MigrationError } from '../../src/model/migration/errors';

const state = emptyMigrationState();
const bytes = (s: string) => new TextEncoder().encode(s);

function fails(kind: CsvKind, text: string): [string, string] {
  try {
    parseMigrationCsv(state, kind, text);
  } catch (e) {
    if (e instanceof MigrationError) return [e.id, e.message];
    throw e;
  }
  throw new Error('expected a failure');
}

describe('CSV parsing', () => {
  it('reads bytes with a BOM, CRLF, quoted commas and case-insensitive headers', () => {
    const rows = parseMigrationCsv(state, 'IMAP', bytes('\uFEFFemailaddress,USERNAME,Password\r\nsara@contoso.com,"sara,l","pa""ss"\r\n\r\n'));
    expect(rows).toEqual([{ line: 2, values: { EmailAddress: 'sara@contoso.com', UserName: 'sara,l', Password: 'pa"ss' } }]);
  });
  it('omits blank optional cells so batch values apply (CSV override rule)', () => {
    expect(parseMigrationCsv(state, 'Staged', 'EmailAddress,Password,ForceChangePassword\na@contoso.com,,\n')[0]!.values).toEqual({ EmailAddress: 'a@contoso.com' });
  });
  it('splits records with embedded newlines in quotes', () => {
    expect(splitCsv('a,b\n"x\ny",z\n')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x\ny', 'z'] }]);
  });
});

describe('CSV validation failures', () => {
  const cases: [string, CsvKind, string, string, string][] = [
    ['empty file', 'Staged', '', 'CsvEmpty', "The CSV file doesn't contain any rows. The first row must be a header row, followed by one row per user."],
    ['header only', 'Staged', 'EmailAddress\n', 'CsvEmpty', "The CSV file doesn't contain any rows. The first row must be a header row, followed by one row per user."],
    ['missing required column', 'IMAP', 'EmailAddress,Password\na@contoso.com,x\n', 'CsvMissingColumn', "The CSV file is missing the required column 'UserName'."],
    ['unknown column', 'Staged', 'EmailAddress,UserName\na@contoso.com,a\n', 'CsvUnknownColumn', "The column 'UserName' isn't supported for a staged Exchange migration."],
    ['duplicate column', 'Staged', 'EmailAddress,emailaddress\na@contoso.com,b@contoso.com\n', 'CsvDuplicateColumn', "The column 'EmailAddress' appears more than once in the header row."],
    ['field count', 'Staged', 'EmailAddress,Password\na@contoso.com\n', 'CsvFieldCount', 'Row 2 has 1 values, but the header row has 2 columns.'],
    ['required value', 'IMAP', 'EmailAddress,UserName,Password\na@contoso.com,,x\n', 'CsvRequiredValue', "Row 2 has no value for the required column 'UserName'."],
    ['invalid address', 'Staged', 'EmailAddress\nnot-an-address\n', 'CsvInvalidEmail', "Row 2: 'not-an-address' isn't a valid SMTP address."],
    ['duplicate address', 'Staged', 'EmailAddress\na@contoso.com\nb@contoso.com\nA@contoso.com\n', 'CsvDuplicateEmail', "Row 4: the address 'A@contoso.com' already appears in row 2."],
    ['short password', 'Staged', 'EmailAddress,Password\na@contoso.com,short\n', 'CsvPasswordTooShort', 'Row 2: the password must be at least 8 characters long.'],
    ['ForceChangePassword', 'Staged', 'EmailAddress,ForceChangePassword\na@contoso.com,yes\n', 'CsvInvalidBoolean', "Row 2: the value 'yes' of 'ForceChangePassword' must be True or False."],
    ['unterminated quote', 'Staged', 'EmailAddress\n"a@contoso.com\n', 'CsvUnterminatedQuote', 'Row 2 has a quoted value that never ends.'],
  ];
  for (const [name, kind, text, id, message] of cases) it(name, () => expect(fails(kind, text)).toEqual([id, message]));

  it('staged CSV: at most 2,000 rows', () => {
    const rows = Array.from({ length: 2001 }, (_, i) => `u${i}@contoso.com`).join('\n');
    expect(fails('Staged', `EmailAddress\n${rows}\n`)).toEqual(['CsvTooManyRows', 'The CSV file has 2001 rows. A staged migration batch can contain at most 2000 rows.']);
    expect(parseMigrationCsv(state, 'Staged', `EmailAddress\n${rows.split('\n').slice(0, 2000).join('\n')}\n`)).toHaveLength(2000);
  });
  it('IMAP CSV: at most 50,000 rows', () => {
    const rows = Array.from({ length: 50001 }, (_, i) => `u${i}@contoso.com,u${i},p`).join('\n');
    expect(fails('IMAP', `EmailAddress,UserName,Password\n${rows}\n`)).toEqual(['CsvTooManyRows', 'The CSV file has 50001 rows. A IMAP migration batch can contain at most 50000 rows.']);
  });
});
