/**
 * Turning directory synchronization off before a cutover ("Turn off directory synchronization"):
 * Get-MgOrganization shows OnPremisesSyncEnabled, Update-MgBetaOrganization sets it, and the cutover
 * batch refused while it was on is then allowed (contoso-dirsync).
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';

function dirsync() {
  const s = createSession({ scenario: 'contoso-dirsync', realTime: () => 0 });
  s.run("$Credentials = New-Object System.Management.Automation.PSCredential('administrator@contoso.com', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))");
  return s;
}

describe('Get-MgOrganization and Update-MgBetaOrganization', () => {
  it('need Connect-MgGraph, as every Graph cmdlet', () => {
    expect(dirsync().run('Get-MgOrganization').errors.map((e) => e.message)).toEqual(['Authentication needed. Please call Connect-MgGraph.']);
  });

  it('OnPremisesSyncEnabled is True while directory sync is on, empty once it is turned off; the cutover is then allowed', () => {
    const s = dirsync();
    s.run('New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name CutoverEndpoint -EmailAddress administrator@contoso.com -Credentials $Credentials');
    expect(s.run('New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint').errors.map((e) => e.message)).toEqual([
      "Cutover migration isn't allowed for the organization 'contoso' because directory synchronization is enabled.",
    ]);
    s.run('Connect-MgGraph -Scopes Organization.ReadWrite.All -NoWelcome');
    expect(s.run('Get-MgOrganization | ForEach-Object { "$($_.DisplayName) $($_.OnPremisesSyncEnabled)" }').output).toEqual(['contoso True']);
    const r = s.run('$OrgID = (Get-MgOrganization).Id; Update-MgBetaOrganization -OrganizationId $OrgID -BodyParameter @{onPremisesSyncEnabled = $false}');
    expect(r.errors).toEqual([]);
    expect([s.world.tenant.directorySyncEnabled, s.world.onPrem.directorySyncEnabled]).toEqual([false, false]);
    expect(s.run('(Get-MgOrganization).OnPremisesSyncEnabled').output).toEqual([null]);
    expect(s.run('(Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $Credentials).SupportsCutover').output).toEqual([true]);
    expect(s.run('New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart').errors).toEqual([]);
  });

  it('-OnPremisesSyncEnabled:$false does the same; an unknown organization id is a 404 and changes nothing', () => {
    const s = dirsync();
    s.run('Connect-MgGraph -NoWelcome');
    const bad = s.run("Update-MgBetaOrganization -OrganizationId 00000000-0000-0000-0000-000000000000 -OnPremisesSyncEnabled:$false");
    expect(bad.errors.map((e) => e.message.split('\n').slice(0, 3))).toEqual([["Resource '00000000-0000-0000-0000-000000000000' does not exist or one of its queried reference-property objects are not present.", '', 'Status: 404 (NotFound)']]);
    expect(s.world.tenant.directorySyncEnabled).toBe(true);
    s.run('Update-MgBetaOrganization -OrganizationId (Get-MgOrganization).Id -OnPremisesSyncEnabled:$false');
    expect(s.world.tenant.directorySyncEnabled).toBe(false);
  });
});
