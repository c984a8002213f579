/**
 * Get-User and Set-User -Manager, Set-Mailbox -GrantSendOnBehalfTo and New-MailboxRepairRequest in the
 * Exchange Management Shell: the fixes of a manager or delegate the cutover does not migrate
 * (contoso-manager-outside) and of a mailbox the store can't open (contoso-bad-items).
 */
import { describe, expect, it } from 'vitest';
import { seedSession, step } from '../e2e/seed-helpers';
import type { Session } from '../../src/session';

const ADMIN = ['CONTOSO\\administrator', 'P@ssw0rd!'];

function ems(scenario: string): Session {
  const s = seedSession([...ADMIN], scenario);
  step(s, '$cred = Get-Credential');
  step(s, '$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred');
  return s;
}
const remote = (s: Session, block: string) => s.run(`Invoke-Command -Session $s -ScriptBlock { ${block} }`);

describe('a manager and a delegate outside the migration', () => {
  it('Get-User shows the manager and Get-Mailbox the delegates, as canonical names', () => {
    const s = ems('contoso-manager-outside');
    expect(remote(s, 'Get-User sara.lindqvist | ForEach-Object { "$($_.Name): $($_.Manager)" }').output).toEqual(['Sara Lindqvist: corp.contoso.com/Users/Board Liaison']);
    expect(remote(s, '(Get-Mailbox daniel.eriksen).GrantSendOnBehalfTo').output).toEqual(['corp.contoso.com/Users/Board Liaison']);
    expect(remote(s, '(Get-User ines.moreau).Manager').output).toEqual(['corp.contoso.com/Users/Aisha Okafor']);
    expect(remote(s, '(Get-User administrator).Manager').output).toEqual([null]);
  });

  it('Set-User -Manager $null clears the manager; -Manager names another user', () => {
    const s = ems('contoso-manager-outside');
    expect(remote(s, 'Set-User sara.lindqvist -Manager $null').errors).toEqual([]);
    expect(s.world.onPrem.mailboxes.find((m) => m.alias === 'sara.lindqvist')!.manager).toBeNull();
    remote(s, "Set-User sara.lindqvist -Manager 'Tomas Novak'");
    expect(s.world.onPrem.mailboxes.find((m) => m.alias === 'sara.lindqvist')!.manager).toBe('tomas.novak');
    const r = remote(s, 'Set-User sara.lindqvist -Manager nobody.here');
    expect(r.errors.map((e) => e.message)).toEqual(["The user or group 'nobody.here' can't be found."]);
    expect(s.world.onPrem.mailboxes.find((m) => m.alias === 'sara.lindqvist')!.manager).toBe('tomas.novak');
  });

  it('Set-Mailbox -GrantSendOnBehalfTo takes @{Remove=...}, @{Add=...}, a list that replaces, and $null', () => {
    const s = ems('contoso-manager-outside');
    const delegates = () => s.world.onPrem.mailboxes.find((m) => m.alias === 'daniel.eriksen')!.delegates;
    expect(remote(s, "Set-Mailbox daniel.eriksen -GrantSendOnBehalfTo @{Remove='board.liaison'}").errors).toEqual([]);
    expect(delegates()).toEqual([]);
    remote(s, "Set-Mailbox daniel.eriksen -GrantSendOnBehalfTo @{Add='mei.zhang','noah.jansen@contoso.com'}");
    expect(delegates()).toEqual(['mei.zhang', 'noah.jansen']);
    remote(s, "Set-Mailbox daniel.eriksen -GrantSendOnBehalfTo 'Board Liaison'");
    expect(delegates()).toEqual(['board.liaison']);
    remote(s, 'Set-Mailbox daniel.eriksen -GrantSendOnBehalfTo $null');
    expect(delegates()).toEqual([]);
  });

  it('with the relationships removed, retrying the batch migrates both users', () => {
    const s = ems('contoso-manager-outside');
    step(s, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name CutoverEndpoint -EmailAddress administrator@contoso.com -Credentials $cred | Out-Null');
    step(s, 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart | Out-Null');
    s.advance('1d');
    expect(s.run("(Get-MigrationUser -Status Failed).Identity").output).toEqual(['sara.lindqvist@contoso.com', 'daniel.eriksen@contoso.com']);
    remote(s, "Set-User sara.lindqvist -Manager $null; Set-Mailbox daniel.eriksen -GrantSendOnBehalfTo @{Remove='board.liaison'}");
    step(s, 'Start-MigrationBatch CutoverBatch');
    s.advance('1d');
    expect(s.run('(Get-MigrationBatch CutoverBatch).Status.ToString()').output).toEqual(['Synced']);
  });
});

describe('New-MailboxRepairRequest', () => {
  it('repairs a mailbox the store could not open; -DetectOnly only reports', () => {
    const s = ems('contoso-bad-items');
    const zoe = () => s.world.onPrem.mailboxes.find((m) => m.alias === 'zoe.larsen')!;
    let r = remote(s, 'New-MailboxRepairRequest -Mailbox zoe.larsen -CorruptionType ProvisionedFolder,SearchFolder -DetectOnly | ForEach-Object { "$($_.Mailbox) $($_.JobState) $($_.CorruptionsDetected) $($_.CorruptionsFixed)" }');
    expect(r.output).toEqual(['Zoe Larsen Succeeded 1 0']);
    expect(zoe().unreadable).toBe(true);
    r = remote(s, 'New-MailboxRepairRequest -Mailbox zoe.larsen -CorruptionType ProvisionedFolder,SearchFolder,AggregateCounts,FolderView | ForEach-Object { "$($_.CorruptionsDetected) $($_.CorruptionsFixed) $($_.CorruptionTypes -join \',\')" }');
    expect(r.output).toEqual(['1 1 ProvisionedFolder,SearchFolder,AggregateCounts,FolderView']);
    expect(zoe().unreadable).toBe(false);
    // Corrupt items stay corrupt: the migration still skips them.
    expect(s.world.onPrem.mailboxes.find((m) => m.alias === 'marco.rossi')!.problemItems).toHaveLength(2);
    expect(remote(s, 'New-MailboxRepairRequest -Mailbox nobody -CorruptionType FolderView').errors.map((e) => e.message)[0]).toMatch(/couldn't be found/);
  });
});
