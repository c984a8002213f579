/**
 * Documented rules (notes/exchange-model.md §3) on their scenario variants, through the session:
 * what the shell prints, and that refused commands leave the world unchanged.
 */
import { describe, expect, it } from 'vitest';
import { routeMailToMicrosoft365, seedSession, step } from '../e2e/seed-helpers';
import type { Session } from '../../src/session';

const ENDPOINT = 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name E -EmailAddress administrator@contoso.com -Credentials $cred | Out-Null';
const MANUAL_TEST = 'Test-MigrationServerAvailability -ExchangeOutlookAnywhere -ExchangeServer EXCH-SRV-01.corp.contoso.com -RPCProxyServer mail.contoso.com -Credentials $cred';

function session(scenario: string, withEndpoint = true): Session {
  const s = seedSession(['CONTOSO\\administrator', 'P@ssw0rd!'], scenario);
  step(s, '$cred = Get-Credential');
  if (withEndpoint) step(s, ENDPOINT);
  return s;
}

function refused(s: Session, script: string): string {
  const before = s.store.exportJson();
  const r = s.run(script);
  expect(r.errors.length).toBe(1);
  expect(s.store.exportJson()).toBe(before);
  return r.text;
}

describe('rules', () => {
  it('R6: more than 2,000 mailboxes refuse a cutover batch', () => {
    const s = session('contoso-2500');
    expect(refused(s, 'New-MigrationBatch -Name B -SourceEndpoint E')).toBe(
      'New-MigrationBatch: A cutover migration supports at most 2000 mailboxes. The source organization has 2500 mailboxes. Use a staged or hybrid migration instead.\n',
    );
  });

  it('R11: a broken Autodiscover fails the test; the manual settings pass', () => {
    const s = session('contoso-autodiscover-broken', false);
    expect(step(s, 'Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred | Format-List Result,Message')).toBe(
      // pwsh 7.6: a 120-column console formats at 119 and keeps the space that ends a wrapped line.
      '\nResult  : Failed\nMessage : AutoDiscover failed with a configuration error: The migration service failed to detect the migration \n          endpoint using the Autodiscover service. Consider using the Exchange Remote Connectivity Analyzer \n          (https://testconnectivity.microsoft.com) to diagnose the connectivity issues.\n\n',
    );
    expect(step(s, `(${MANUAL_TEST}).Result`)).toBe('Success\n');
  });

  it('R12: Exchange 2003 with the RPC ports closed', () => {
    const s = session('contoso-exchange2003-ports-closed', false);
    expect(step(s, `${MANUAL_TEST} -Authentication Ntlm | Format-List Result,ErrorDetail`)).toBe(
      "\nResult      : Failed\nErrorDetail : MigrationServerConnectionFailedException: The RPC ports 6001, 6002, 6004 on \n              'EXCH-SRV-01.corp.contoso.com' aren't reachable. Exchange 2003 needs TCP 6001, 6002 and 6004 open.\n\n",
    );
  });

  it('R28: the endpoint\'s connection settings cannot change while its batch runs', () => {
    const s = session('contoso');
    step(s, 'New-MigrationBatch -Name B -SourceEndpoint E -AutoStart | Out-Null');
    expect(refused(s, 'Set-MigrationEndpoint -Identity E -ExchangeServer x.contoso.com')).toBe(
      "Set-MigrationEndpoint: The migration endpoint 'E' can't be changed while migration batch 'B' is running. Stop the batch first.\n",
    );
    expect(step(s, 'Set-MigrationEndpoint -Identity E -MaxConcurrentMigrations 50; (Get-MigrationEndpoint E).MaxConcurrentMigrations')).toBe('50\n');
  });

  it('R33: skipped items are listed, an unreadable mailbox fails, the batch is SyncedWithErrors', () => {
    const s = session('contoso-bad-items');
    step(s, 'New-MigrationBatch -Name B -SourceEndpoint E -AutoStart | Out-Null');
    s.advance('3d');
    expect(step(s, 'Get-MigrationBatch B | Format-List Status,SyncedCount,FailedCount')).toBe('\nStatus      : SyncedWithErrors\nSyncedCount : 31\nFailedCount : 1\n\n');
    expect(step(s, 'Get-MigrationUser | Where-Object SkippedItemCount -gt 0 | Format-Table Identity,Status,SkippedItemCount')).toBe(
      '\nIdentity                Status SkippedItemCount\n--------                ------ ----------------\nmarco.rossi@contoso.com Synced                2\ngrace.walsh@contoso.com Synced                1\n\n',
    );
    expect(step(s, 'Get-MigrationUserStatistics marco.rossi@contoso.com -IncludeSkippedItems | Select-Object -ExpandProperty SkippedItems')).toBe(
      '1/6/2025 1:05:00 PM | Q3 forecast (damaged) | CorruptItem | Inbox\n1/6/2025 1:05:00 PM | RE: Supplier terms | CorruptItem | Sent Items\n',
    );
    expect(step(s, 'Get-MigrationUser -Status Failed | Get-MigrationUserStatistics | Format-List Identity,Error')).toBe(
      '\nIdentity : zoe.larsen@contoso.com\nError    : The source mailbox zoe.larsen@contoso.com could not be read: the mailbox store returned a corruption error.\n\n',
    );
    step(s, 'Set-MigrationUser marco.rossi@contoso.com -ApproveSkippedItems');
    expect(s.store.read().tenant.migration.users.find((u) => u.identity === 'marco.rossi@contoso.com')!.skippedItemsApproved).toBe(true);
  });

  it('R35: -Identity $null lists every batch', () => {
    const s = session('contoso');
    step(s, 'New-MigrationBatch -Name B -SourceEndpoint E | Out-Null');
    expect(step(s, 'Get-MigrationBatch -Identity $null | ForEach-Object Identity')).toBe('B\n');
  });

  it('R23: removing within 72 hours of the MX change warns', () => {
    const s = session('contoso');
    step(s, 'New-MigrationBatch -Name B -SourceEndpoint E -AutoStart | Out-Null');
    s.advance('3d');
    routeMailToMicrosoft365(s);
    s.advance('1h');
    const r = s.run('Remove-MigrationBatch B -Confirm:$false');
    expect(r.text).toBe(
      "WARNING: The MX record was changed at 2025-01-09T09:00:00Z. Wait at least 72 hours after the change, and until LastSyncedDateTime is later than it, before you remove the batch 'B'; mail delivered on-premises after the last sync won't reach Microsoft 365.\n",
    );
  });

  it('Get-MigrationConfig and Get-MigrationStatistics', () => {
    const s = session('contoso');
    expect(step(s, 'Get-MigrationConfig | Format-List MaxNumberOfBatches,MaxConcurrentMigrations,Features,CanSubmitNewBatch')).toBe(
      '\nMaxNumberOfBatches      : 100\nMaxConcurrentMigrations : 300\nFeatures                : MultiBatch\nCanSubmitNewBatch       : True\n\n',
    );
    step(s, 'New-MigrationBatch -Name B -SourceEndpoint E -AutoStart | Out-Null');
    s.advance('3d');
    expect(step(s, 'Get-MigrationStatistics | Format-List TotalCount,SyncedCount,FailedCount,MigrationType')).toBe(
      '\nTotalCount    : 32\nSyncedCount   : 32\nFailedCount   : 0\nMigrationType : ExchangeOutlookAnywhere\n\n',
    );
  });

  it('-ResultSize: the default returns the first 1,000 with Exchange\'s warning; Unlimited returns all', () => {
    const s = session('contoso-load-2000');
    step(s, 'New-MigrationBatch -Name B -SourceEndpoint E | Out-Null');
    const first = s.run('(Get-MigrationUser).Count');
    expect(first.text).toBe(
      'WARNING: By default only the first 1000 items are returned. Use the ResultSize parameter to specify the number of items returned. To return all items, specify "-ResultSize Unlimited". Be aware that, depending on the actual number of items, returning all items can take a long time and consume a large amount of memory. Also, we don\'t recommend storing the results in a variable. Instead, pipe the results to another task or script to perform batch changes.\n1000\n',
    );
    const all = s.run('(Get-MigrationUser -ResultSize Unlimited).Count');
    expect([all.text, all.warnings]).toEqual(['2003\n', []]);
    expect(s.run('(Get-MigrationUser -ResultSize 10).Count').text).toBe('10\n');
  });
});
