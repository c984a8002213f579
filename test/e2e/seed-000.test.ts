/**
 * Seed 000 ("Use PowerShell to perform a cutover migration to Microsoft 365") run step by step on
 * the `contoso` scenario through the real session (parser, engine, binder, formatter), checking each
 * "Verify it worked" outcome as the shell prints it.
 */
import { describe, expect, it } from 'vitest';
import { routeMailToMicrosoft365, seedBlocks, seedSession, step } from './seed-helpers';

const ADMIN = ['CONTOSO\\administrator', 'P@ssw0rd!'];
const blocks = seedBlocks('000_deef83a7e9bf76e8.txt');
/** The article's blocks with its one placeholder filled in (the on-premises administrator's address). */
const code = blocks.map((b) => b.replace('<email address for on-premises administrator>', 'administrator@contoso.com'));

describe('seed 000: cutover migration in PowerShell', () => {
  it('has the blocks this suite runs, in order', () => {
    expect(code.map((c) => c.split(' ')[0])).toEqual([
      '$Credentials', 'Test-MigrationServerAvailability', '$Credentials', '$TSMA', 'New-MigrationEndpoint', 'Get-MigrationEndpoint',
      'New-MigrationBatch', 'New-MigrationBatch', 'Get-MigrationBatch', 'Start-MigrationBatch', 'Get-MigrationBatch', 'Remove-MigrationBatch',
    ]);
  });

  it('runs every step and each verification prints what the article expects', () => {
    // Two Get-Credential prompts (user, password each), then the confirmation of Remove-MigrationBatch.
    const s = seedSession([...ADMIN, ...ADMIN, 'Y']);

    // Step 1: the connection test succeeds and the tenant supports cutover.
    step(s, code[0]);
    const test = step(s, code[1]);
    expect(test).toContain('\nResult             : Success\n');
    expect(test).toContain('\nSupportsCutover    : True\n');

    // Step 2: endpoint from the test's ConnectionSettings; the verification's Format-List.
    step(s, code[2]);
    expect(step(s, code[3])).toBe('');
    step(s, code[4]);
    expect(step(s, code[5])).toBe(
      '\nEndpointType                  : ExchangeOutlookAnywhere\nExchangeServer                : EXCH-SRV-01.corp.contoso.com\nUseAutoDiscover               : True\nMaxConcurrentMigrations       : 20\nMaxConcurrentIncrementalSyncs : 20\n\n',
    );

    // Step 3 (the manual-start variant, since Step 4 starts the batch): Created, 32 objects (25 mailboxes, 3 contacts, 4 groups).
    expect(step(s, code[7])).toBe(
      '\nIdentity     Status  Type                    TotalCount\n--------     ------  ----                    ----------\nCutoverBatch Created ExchangeOutlookAnywhere 32\n\n',
    );
    const list = step(s, code[8]);
    expect(list).toContain('\nIdentity                   : CutoverBatch\nStatus                     : Created\n');
    expect(list).toContain('\nSubmittedByUser            : admin@contoso.onmicrosoft.com\n');

    // Step 4: started; a few minutes later Syncing, and once the initial sync is done Synced.
    expect(step(s, code[9])).toBe('');
    s.advance('5m');
    expect(step(s, code[10])).toBe('\nStatus : Syncing\n\n');
    s.advance('3d');
    expect(step(s, code[10])).toBe('\nStatus : Synced\n\n');

    // Step 5: the MX record moves to Microsoft 365; wait 72 hours (incremental syncs keep running).
    routeMailToMicrosoft365(s);
    s.advance('73h');

    // Step 6: the removal asks for confirmation (answered Y), warns of nothing after the wait, and the batch goes.
    const removed = s.run(code[11]);
    expect(removed.errors).toEqual([]);
    expect(removed.warnings).toEqual([]);
    expect(removed.text).toBe(
      'Confirm\nAre you sure you want to perform this action?\nRemoving migration batch "CutoverBatch".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is "Y"): Y\n',
    );
    s.advance('5m');
    expect(step(s, 'Get-MigrationBatch')).toBe('');

    // Section 7: licenses for the migrated users (Graph form).
    step(s, 'Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All -NoWelcome');
    const licensed = step(s, "Set-MgUserLicense -UserId sara.lindqvist@contoso.com -AddLicenses @{SkuId = '6fd2c87f-b296-42f0-b197-1e91e994b900'} -RemoveLicenses @()");
    expect(licensed).toContain('sara.lindqvist@contoso.com');
    expect(s.store.read().tenant.users.find((u) => u.userPrincipalName === 'sara.lindqvist@contoso.com')!.licenses).toEqual(['ENTERPRISEPACK']);
  });

  it('the -AutoStart variant of Step 3 starts syncing on its own', () => {
    const s = seedSession([...ADMIN]);
    step(s, code[2]);
    step(s, code[3]);
    step(s, code[4]);
    step(s, code[6]);
    s.advance('5m');
    expect(step(s, code[10])).toBe('\nStatus : Syncing\n\n');
  });

  it('Step 8: the Autodiscover SCP is cleared on premises through a remote session', () => {
    const s = seedSession([...ADMIN]);
    step(s, '$cred = Get-Credential');
    step(s, '$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred');
    expect(step(s, 'Invoke-Command -Session $s { Set-ClientAccessServer -Identity EXCH-SRV-01 -AutoDiscoverServiceInternalUri $null }')).toBe('');
    expect(s.store.read().onPrem.servers[0].autoDiscoverServiceInternalUri).toBeNull();
    expect(step(s, 'Invoke-Command -Session $s { Get-ClientAccessServer } | Format-List Name,AutoDiscoverServiceInternalUri')).toBe('\nName                           : EXCH-SRV-01\nAutoDiscoverServiceInternalUri : \n\n');
  });
});
