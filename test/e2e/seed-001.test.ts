/**
 * Seed 001 ("Perform a cutover migration of email to Microsoft 365", admin center): its one PowerShell
 * block (Exchange Management Shell, on every Client Access server) run as admins reach it, and the
 * admin-center steps done with their PowerShell equivalents, on the `contoso` scenario.
 */
import { describe, expect, it } from 'vitest';
import { seedBlocks, seedSession, step } from './seed-helpers';

const ADMIN = ['CONTOSO\\administrator', 'P@ssw0rd!'];
const [clearScp] = seedBlocks('001_7ad4cc21cc74e0a7.txt');

describe('seed 001: cutover migration in the admin center', () => {
  it('has exactly one PowerShell block: clearing the Autodiscover SCP', () => {
    expect(clearScp).toBe('Set-ClientAccessServer -Identity <ServerName> -AutoDiscoverServiceInternalUri $null');
  });

  it('Steps 1-4 through their PowerShell equivalents: domain verified, endpoint tested, batch Syncing then Synced, users created', () => {
    const s = seedSession([...ADMIN]);
    // Step 1: the on-premises domain is an accepted (verified) domain of the tenant.
    expect(step(s, 'Get-AcceptedDomain contoso.com')).toBe(
      '\nName        DomainName  DomainType    Default\n----        ----------  ----------    -------\ncontoso.com contoso.com Authoritative False\n\n',
    );
    // Step 2: the Outlook Anywhere endpoint (Autodiscover), named as in the article, then Example 4 of TMSA.
    step(s, '$cred = Get-Credential');
    step(s, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name Test5-endpoint -EmailAddress sara.lindqvist@contoso.com -Credentials $cred | Out-Null');
    expect(step(s, 'Test-MigrationServerAvailability -Endpoint Test5-endpoint | Format-List Result,SupportsCutover')).toBe('\nResult          : Success\nSupportsCutover : True\n\n');
    // Step 3: a name without spaces, started manually (status Created).
    expect(step(s, 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint Test5-endpoint | Format-List Status')).toBe('\nStatus : Created\n\n');
    // Step 4: Start -> Syncing; after the migration is done -> Synced; the users exist in Microsoft 365.
    step(s, 'Start-MigrationBatch -Identity CutoverBatch');
    s.advance('10m');
    expect(step(s, '(Get-MigrationBatch CutoverBatch).Status')).toBe('Syncing\n');
    s.advance('3d');
    expect(step(s, '(Get-MigrationBatch CutoverBatch).Status.Value')).toBe('Synced\n');
    expect(step(s, '(Get-Mailbox -ResultSize Unlimited).Count')).toBe('25\n');
    expect(step(s, "(Get-MigrationUser -BatchId CutoverBatch -Status Synced | Measure-Object).Count")).toBe('32\n');
  });

  it('the Exchange Management Shell block, on every Client Access server, through Import-PSSession', () => {
    const s = seedSession([...ADMIN]);
    step(s, '$UserCredential = Get-Credential');
    step(s, '$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Authentication Kerberos -Credential $UserCredential');
    step(s, 'Import-PSSession $Session -DisableNameChecking -AllowClobber | Out-Null');
    expect(step(s, '(Get-Command Set-ClientAccessServer).Source')).toMatch(/^tmp_[a-z0-9]{8}\.[a-z0-9]{3}\n$/);
    expect(step(s, clearScp.replace('<ServerName>', 'EXCH-SRV-01'))).toBe('');
    expect(step(s, 'Get-ClientAccessServer | Format-List Name,AutoDiscoverServiceInternalUri')).toBe('\nName                           : EXCH-SRV-01\nAutoDiscoverServiceInternalUri : \n\n');
    step(s, 'Remove-PSSession $Session');
    const gone = s.run('Get-ClientAccessServer');
    expect(gone.errors.map((e) => [e.fullyQualifiedErrorId, e.message])).toEqual([
      ['CommandNotFoundException', "The term 'Get-ClientAccessServer' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again."],
    ]);
  });
});
