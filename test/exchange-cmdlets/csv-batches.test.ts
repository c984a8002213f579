/**
 * Staged and IMAP batches from -CSVData bytes read as the docs show
 * (`[System.IO.File]::ReadAllBytes("C:\Migration\x.csv")`): the CSV rules of
 * exchange-docs/csv-files-for-migration.md and the staged-source rule (R37), through the session.
 */
import { describe, expect, it } from 'vitest';
import { seedSession, step } from '../e2e/seed-helpers';
import type { Session } from '../../src/session';

function session(): Session {
  const s = seedSession(['CONTOSO\\administrator', 'P@ssw0rd!']);
  step(s, '$cred = Get-Credential');
  step(s, 'New-MigrationEndpoint -IMAP -Name ImapEndpoint -RemoteServer mail.contoso.com -Security Ssl -SkipVerification | Out-Null');
  step(s, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name Eoa -EmailAddress administrator@contoso.com -Credentials $cred | Out-Null');
  return s;
}

function csv(s: Session, name: string, lines: string[]): string {
  step(s, `Set-Content -Path C:\\Migration\\${name} -Value "${lines.join('`n')}"`);
  return `([System.IO.File]::ReadAllBytes("C:\\Migration\\${name}"))`;
}

describe('batches from CSV data', () => {
  it.each([
    ['staged from an Exchange 2010 source (R37)', 'Eoa', ['EmailAddress,Password,ForceChangePassword', 'sara.lindqvist@contoso.com,P@ssw0rd1,False'],
      'New-MigrationBatch: A staged migration supports only Exchange 2003 and Exchange 2007 source servers. The source runs Exchange 2010; use a cutover or hybrid migration.\n', 'MigrationStagedNotSupportedException,New-MigrationBatch'],
    ['IMAP without the UserName column', 'ImapEndpoint', ['EmailAddress,Password', 'sara.lindqvist@contoso.com,P@ssw0rd1'],
      "New-MigrationBatch: The CSV file is missing the required column 'UserName'.\n", 'MigrationCsvMissingColumnException,New-MigrationBatch'],
    ['IMAP with a duplicate address', 'ImapEndpoint', ['EmailAddress,UserName,Password', 'sara.lindqvist@contoso.com,sara,P@ssw0rd1', 'SARA.LINDQVIST@contoso.com,sara2,P@ssw0rd1'],
      "New-MigrationBatch: Row 3: the address 'SARA.LINDQVIST@contoso.com' already appears in row 2.\n", 'MigrationCsvDuplicateRowException,New-MigrationBatch'],
  ])('%s is refused', (_n, endpoint, lines, text, fqid) => {
    const s = session();
    const data = csv(s, 'batch.csv', lines);
    const before = s.store.exportJson();
    const r = s.run(`New-MigrationBatch -Name CsvBatch -SourceEndpoint ${endpoint} -CSVData ${data}`);
    expect(r.text).toBe(text);
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([fqid]);
    expect(s.store.exportJson()).toBe(before);
  });

  it('an IMAP batch is created from the CSV and its user fails without a cloud mailbox', () => {
    const s = session();
    const data = csv(s, 'imap.csv', ['EmailAddress,UserName,Password', 'sara.lindqvist@contoso.com,sara,P@ssw0rd1']);
    expect(step(s, `New-MigrationBatch -Name ImapBatch -SourceEndpoint ImapEndpoint -CSVData ${data} -AutoStart`)).toBe(
      '\nIdentity  Status   Type TotalCount\n--------  ------   ---- ----------\nImapBatch Starting IMAP 1\n\n',
    );
    s.advance('1d');
    expect(step(s, '(Get-MigrationUser sara.lindqvist@contoso.com).Status')).toBe('Failed\n');
    expect(step(s, '(Get-MigrationUserStatistics sara.lindqvist@contoso.com).Error')).toBe("No mailbox with the address 'sara.lindqvist@contoso.com' exists in Microsoft 365. Create the mailbox before an IMAP migration.\n");
  });
});
