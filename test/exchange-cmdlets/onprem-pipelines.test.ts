/** The pipelines the migration articles build from the new on-premises cmdlets. */
import { expect, it } from 'vitest';
import { seedSession, step } from '../e2e/seed-helpers';

function ems() {
  const s = seedSession(['CONTOSO\\administrator', 'P@ssw0rd!']);
  step(s, '$cred = Get-Credential');
  step(s, '$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred');
  step(s, 'Import-PSSession $s -Prefix OnPrem | Out-Null');
  return s;
}

it('Get-MailboxDatabase | Add-ADPermission grants Receive As on every database', () => {
  const s = ems();
  step(s, 'Get-OnPremMailboxDatabase | Add-OnPremADPermission -User administrator -ExtendedRights receive-as | Out-Null');
  expect(s.store.read().onPrem.databases.map((d) => [...d.receiveAs])).toEqual([['administrator']]);
});

it('Get-Mailbox | Get-MailboxStatistics sorted by size names the largest mailboxes first', () => {
  const s = ems();
  const top = step(s, 'Get-OnPremMailbox -ResultSize Unlimited | Get-OnPremMailboxStatistics | Sort-Object TotalItemSize -Descending | Select-Object -First 3 | ForEach-Object DisplayName').trim().split('\n');
  const expected = [...s.store.read().onPrem.mailboxes].sort((a, b) => b.sizeBytes - a.sizeBytes).slice(0, 3).map((m) => m.displayName);
  expect(top).toEqual(expected);
});

it('Get-DistributionGroupMember | Add-MailboxPermission grants FullAccess to the group\'s mailboxes and no one else', () => {
  const s = ems();
  for (const a of ['tomas.novak', 'elena.petrov', 'marco.rossi']) step(s, `Remove-OnPremMailboxPermission ${a} -User administrator -AccessRights FullAccess -Confirm:$false`);
  const r = s.run('Get-OnPremDistributionGroupMember "IT Operations" | Add-OnPremMailboxPermission -User administrator -AccessRights FullAccess | Out-Null');
  expect(r.errors).toEqual([]);
  const fa = (alias: string) => [...s.store.read().onPrem.mailboxes.find((m) => m.alias === alias)!.fullAccess];
  expect([fa('tomas.novak'), fa('elena.petrov'), fa('marco.rossi')]).toEqual([['administrator'], ['administrator'], []]);
});
