/**
 * Exchange Online's reading cmdlets after a cutover batch: statistics of the migrated mailboxes,
 * their permissions, and the groups the migration created (members by alias), with Exchange's
 * default views; errors exact and the world unchanged.
 */
import { describe, expect, it } from 'vitest';
import { seedSession, step } from '../e2e/seed-helpers';
import type { Session } from '../../src/session';

function migrated(): Session {
  const s = seedSession(['CONTOSO\\administrator', 'P@ssw0rd!']);
  step(s, '$cred = Get-Credential');
  step(s, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name CutoverEndpoint -EmailAddress administrator@contoso.com -Credentials $cred | Out-Null');
  step(s, 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart | Out-Null');
  s.advance('3d');
  return s;
}
const lines = (text: string) => text.trim().split('\n').map((l) => l.trimEnd());
const SERVER = 'CONTOSOPR01A001.PROD.OUTLOOK.COM';

describe('after a cutover batch', () => {
  const s = migrated();
  it.each([
    ['Get-MailboxStatistics sara.lindqvist', ['DisplayName    ItemCount StorageLimitStatus LastLogonTime', '-----------    --------- ------------------ -------------', 'Sara Lindqvist 24986']],
    ['Get-MailboxStatistics sara.lindqvist | Format-List DisplayName, ItemCount, TotalItemSize, LastLogonTime', ['DisplayName   : Sara Lindqvist', 'ItemCount     : 24986', 'TotalItemSize : 1.787 GB (1,918,894,080 bytes)', 'LastLogonTime :']],
    [
      'Get-MailboxPermission sara.lindqvist',
      ['Identity       User              AccessRights                 IsInherited Deny', '--------       ----              ------------                 ----------- ----', 'sara.lindqvist NT AUTHORITY\\SELF {FullAccess, ReadPermission} False       False'],
    ],
    [
      'Get-DistributionGroup',
      [
        'Name          DisplayName   GroupType PrimarySmtpAddress',
        '----          -----------   --------- ------------------',
        'All Staff     All Staff     Universal allstaff@contoso.com',
        'Sales Team    Sales Team    Universal sales@contoso.com',
        'Finance       Finance       Universal finance@contoso.com',
        'IT Operations IT Operations Universal itops@contoso.com',
      ],
    ],
    ['Get-DistributionGroupMember "Sales Team"', ['Name           RecipientType', '----           -------------', 'marco.rossi    UserMailbox', 'grace.walsh    UserMailbox', 'felix.bauer    UserMailbox', 'hana.sato      UserMailbox', 'fabrikam.sales MailContact']],
    ['Get-MailboxPermission sara.lindqvist -User administrator@contoso.com', []],
  ])('%s', (script, expected) => {
    expect(lines(step(s, script)).filter((l) => l !== '')).toEqual(expected);
  });

  it.each([
    ['Get-MailboxStatistics terry.adams', `The operation couldn't be performed because object 'terry.adams' couldn't be found on '${SERVER}'.`],
    ['Get-MailboxPermission terry.adams', `The operation couldn't be performed because object 'terry.adams' couldn't be found on '${SERVER}'.`],
    ['Get-MailboxPermission sara.lindqvist -User migadmin', "The user or group 'migadmin' can't be found."],
    ['Get-DistributionGroup MigrationBatch1', `The operation couldn't be performed because object 'MigrationBatch1' couldn't be found on '${SERVER}'.`],
    ['Get-DistributionGroupMember MigrationBatch1', `The operation couldn't be performed because object 'MigrationBatch1' couldn't be found on '${SERVER}'.`],
  ])('%s fails exactly and changes nothing', (script, message) => {
    const before = s.store.exportJson();
    expect(s.run(script).errors.map((e) => e.message)).toEqual([message]);
    expect(s.store.exportJson()).toBe(before);
  });
});

describe('Set-Mailbox (Exchange Online)', () => {
  it('hides a migrated mailbox and renames it; Get-Mailbox shows both', () => {
    const s = migrated();
    expect(step(s, 'Set-Mailbox sara.lindqvist -HiddenFromAddressListsEnabled $true -DisplayName "Sara L."')).toBe('');
    expect(step(s, '$m = Get-Mailbox sara.lindqvist; "$($m.HiddenFromAddressListsEnabled) $($m.DisplayName)"').trim()).toBe('True Sara L.');
  });

  it('-WhatIf and an unknown mailbox change nothing', () => {
    const s = migrated();
    const before = s.store.exportJson();
    expect(s.run('Set-Mailbox sara.lindqvist -HiddenFromAddressListsEnabled $true -WhatIf').text.trim()).toBe('What if: Setting mailbox "sara.lindqvist".');
    expect(s.run('Set-Mailbox terry.adams -HiddenFromAddressListsEnabled $true').errors.map((e) => e.message)).toEqual([`The operation couldn't be performed because object 'terry.adams' couldn't be found on '${SERVER}'.`]);
    expect(s.store.exportJson()).toBe(before);
  });
});

it('before the migration the tenant has no groups', () => {
  expect(step(seedSession([]), 'Get-DistributionGroup')).toBe('');
});
