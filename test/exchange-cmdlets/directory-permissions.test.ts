/**
 * The on-premises reading cmdlets of the migration articles (assign-permissions-for-migration.md):
 * permissions checks, databases, statistics and groups, printed with Exchange's default views, and
 * the Remove- cmdlets that let a lab break a prerequisite (errors exact, world unchanged on failure).
 */
import { describe, expect, it } from 'vitest';
import { seedSession, step } from '../e2e/seed-helpers';
import type { Session } from '../../src/session';

const CONNECT = '$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred';
const DB = 'Mailbox Database 0815437251';
const NOT_FOUND = (id: string) => `The operation couldn't be performed because object '${id}' couldn't be found on 'DC01.corp.contoso.com'.`;

function ems(): Session {
  const s = seedSession(['CONTOSO\\administrator', 'P@ssw0rd!']);
  step(s, '$cred = Get-Credential');
  step(s, CONNECT);
  step(s, 'Import-PSSession $s -Prefix OnPrem | Out-Null');
  return s;
}

function fails(s: Session, script: string): { errors: string[]; warnings: string[]; unchanged: boolean } {
  const before = s.store.exportJson();
  const r = s.run(script);
  return { errors: r.errors.map((e) => e.message), warnings: r.warnings, unchanged: s.store.exportJson() === before };
}

describe('default views as the Exchange Management Shell prints them', () => {
  it.each([
    [
      'Get-OnPremMailboxPermission "Sara Lindqvist"',
      [
        'Identity                              User                  AccessRights                 IsInherited Deny',
        '--------                              ----                  ------------                 ----------- ----',
        'corp.contoso.com/Users/Sara Lindqvist NT AUTHORITY\\SELF     {FullAccess, ReadPermission} False       False',
        'corp.contoso.com/Users/Sara Lindqvist CONTOSO\\administrator {FullAccess}                 False       False',
      ],
    ],
    [
      'Get-OnPremMailboxPermission -Identity sara.lindqvist -User CONTOSO\\administrator',
      [
        'Identity                              User                  AccessRights IsInherited Deny',
        '--------                              ----                  ------------ ----------- ----',
        'corp.contoso.com/Users/Sara Lindqvist CONTOSO\\administrator {FullAccess} False       False',
      ],
    ],
    [
      'Get-OnPremMailboxDatabase',
      ['Name                        Server      Recovery ReplicationType', '----                        ------      -------- ---------------', 'Mailbox Database 0815437251 EXCH-SRV-01 False    None'],
    ],
    [
      'Get-OnPremMailboxStatistics "Sara Lindqvist" | Format-Table DisplayName, ItemCount, TotalItemSize',
      ['DisplayName    ItemCount TotalItemSize', '-----------    --------- -------------', 'Sara Lindqvist     24986 1.787 GB (1,918,894,080 bytes)'],
    ],
    [
      'Get-OnPremDistributionGroup',
      [
        'Name          DisplayName   GroupType                  PrimarySmtpAddress',
        '----          -----------   ---------                  ------------------',
        'All Staff     All Staff     Universal                  allstaff@contoso.com',
        'Sales Team    Sales Team    Universal                  sales@contoso.com',
        'Finance       Finance       Universal, SecurityEnabled finance@contoso.com',
        'IT Operations IT Operations Universal                  itops@contoso.com',
      ],
    ],
    [
      'Get-OnPremDistributionGroupMember "Sales Team"',
      ['Name           RecipientType', '----           -------------', 'Marco Rossi    UserMailbox', 'Grace Walsh    UserMailbox', 'Felix Bauer    UserMailbox', 'Hana Sato      UserMailbox', 'Fabrikam Sales MailContact'],
    ],
  ])('%s', (script, lines) => {
    expect(step(ems(), script).trim().split('\n').map((l) => l.trimEnd())).toEqual(lines);
  });

  it('Get-MailboxStatistics has the four default columns and a last logon within three days', () => {
    const s = ems();
    expect(step(s, 'Get-OnPremMailboxStatistics "Sara Lindqvist"').trim().split('\n')[0].trimEnd()).toBe('DisplayName    ItemCount StorageLimitStatus LastLogonTime');
    const now = s.store.read().clock.now;
    const last = Number(step(s, '(Get-OnPremMailboxStatistics "Sara Lindqvist").LastLogonTime.Ticks').trim());
    const ms = (last - 621355968000000000) / 10000;
    expect(now - ms).toBeGreaterThanOrEqual(0);
    expect(now - ms).toBeLessThan(72 * 3_600_000);
    expect(step(s, '(Get-OnPremMailboxStatistics -Database "' + DB + '" | Measure-Object).Count').trim()).toBe(String(s.store.read().onPrem.mailboxes.length));
  });
});

describe('permissions: grant, check, remove', () => {
  it('Receive As on the database shows in Get-ADPermission after Add-ADPermission and goes with Remove-ADPermission', () => {
    const s = ems();
    expect(step(s, `Get-OnPremADPermission "${DB}" -User administrator`)).toBe('');
    step(s, `Add-OnPremADPermission -Identity "${DB}" -User administrator -ExtendedRights receive-as | Out-Null`);
    expect(step(s, `Get-OnPremADPermission "${DB}" -User administrator`).trim().split('\n').map((l) => l.trimEnd())).toEqual([
      'Identity                    User                  Deny  Inherited',
      '--------                    ----                  ----  ---------',
      'Mailbox Database 0815437251 CONTOSO\\administrator False False',
    ]);
    expect(step(s, `(Get-OnPremADPermission "${DB}" -User administrator).ExtendedRights`).trim()).toBe('Receive-As');
    step(s, `Remove-OnPremADPermission -Identity "${DB}" -User administrator -ExtendedRights Receive-As -Confirm:$false`);
    expect(s.store.read().onPrem.databases[0].receiveAs).toEqual([]);
  });

  it('a group piped into Get-MailboxPermission checks every member; the contact is not a mailbox', () => {
    const r = ems().run('Get-OnPremDistributionGroupMember "Sales Team" | Get-OnPremMailboxPermission -User administrator | ForEach-Object { $_.Identity }');
    expect(r.text.trim().split('\n').filter((l) => !l.includes(':'))).toEqual(['corp.contoso.com/Users/Marco Rossi', 'corp.contoso.com/Users/Grace Walsh', 'corp.contoso.com/Users/Felix Bauer', 'corp.contoso.com/Users/Hana Sato']);
    expect(r.errors.map((e) => e.message)).toEqual([NOT_FOUND('corp.contoso.com/Users/Fabrikam Sales')]);
  });

  it('Remove-MailboxPermission takes FullAccess away; a second removal warns and changes nothing', () => {
    const s = ems();
    step(s, 'Remove-OnPremMailboxPermission "Sara Lindqvist" -User administrator -AccessRights FullAccess -Confirm:$false');
    expect(s.store.read().onPrem.mailboxes.find((m) => m.alias === 'sara.lindqvist')!.fullAccess).toEqual([]);
    expect(step(s, 'Get-OnPremMailboxPermission "Sara Lindqvist" -User administrator')).toBe('');
    expect(fails(s, 'Remove-OnPremMailboxPermission "Sara Lindqvist" -User administrator -AccessRights FullAccess -Confirm:$false')).toEqual({
      errors: [],
      warnings: ['Can\'t remove the access control entry on the object "corp.contoso.com/Users/Sara Lindqvist" for account "CONTOSO\\administrator" because the ACE doesn\'t exist on the object.'],
      unchanged: true,
    });
    step(s, 'Get-OnPremMailbox "Sara Lindqvist" | Add-OnPremMailboxPermission -User administrator -AccessRights FullAccess | Out-Null');
    expect(s.store.read().onPrem.mailboxes.find((m) => m.alias === 'sara.lindqvist')!.fullAccess).toEqual(['administrator']);
  });

  it('Add-ADPermission on a user object (WriteProperty on TargetAddress, staged migrations) is accepted', () => {
    const s = ems();
    expect(step(s, 'Add-OnPremADPermission -Identity "Sara Lindqvist" -User administrator -AccessRights WriteProperty -Properties TargetAddress | ForEach-Object { $_.Identity }').trim()).toBe('corp.contoso.com/Users/Sara Lindqvist');
  });
});

describe('errors are exact and change nothing', () => {
  it.each([
    ['Get-OnPremMailboxPermission "Terry Adams" -User administrator', NOT_FOUND('Terry Adams')],
    ['Get-OnPremMailboxPermission "Sara Lindqvist" -User migadmin', "The user or group 'migadmin' can't be found."],
    ['Get-OnPremADPermission "Mailbox Database 1900992314" -User administrator', NOT_FOUND('Mailbox Database 1900992314')],
    ['Get-OnPremMailboxDatabase "DB02"', NOT_FOUND('DB02')],
    ['Get-OnPremMailboxStatistics "Terry Adams"', NOT_FOUND('Terry Adams')],
    ['Get-OnPremDistributionGroup MigrationBatch1', NOT_FOUND('MigrationBatch1')],
    ['Get-OnPremDistributionGroupMember MigrationBatch1', NOT_FOUND('MigrationBatch1')],
    ['Remove-OnPremMailboxPermission "Terry Adams" -User administrator -AccessRights FullAccess -Confirm:$false', NOT_FOUND('Terry Adams')],
    ['Remove-OnPremMailboxPermission "Sara Lindqvist" -User migadmin -AccessRights FullAccess -Confirm:$false', "The user or group 'migadmin' can't be found."],
    [`Remove-OnPremADPermission "DB02" -User administrator -ExtendedRights Receive-As -Confirm:$false`, NOT_FOUND('DB02')],
  ])('%s', (script, message) => {
    expect(fails(ems(), script)).toEqual({ errors: [message], warnings: [], unchanged: true });
  });
});
