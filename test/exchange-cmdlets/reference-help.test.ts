/**
 * The long help of the reference-generated Exchange cmdlets lives apart from their metadata
 * (cmdlets/reference-help, loaded when help is shown: issue 18); Get-Help shows it whole, on both sides.
 */
import { describe, expect, it } from 'vitest';
import { seedSession, step } from '../e2e/seed-helpers';
import { REFERENCE_HELP } from '../../cmdlets/reference-help/pages';
import { withReferenceHelp } from '../../cmdlets/reference-help';
import { exchangeCmdlets } from '../../cmdlets';

describe('help of the reference-generated cmdlets', () => {
  it('the metadata carries the synopsis and the page; the descriptions are joined when help is shown', () => {
    const def = exchangeCmdlets({ connected: true }).find((c) => c.name === 'New-MigrationBatch')!;
    expect(def.help.referencePage).toBe('New-MigrationBatch');
    expect(def.help.description).toBeUndefined();
    expect(def.parameters.every((p) => p.description === undefined)).toBe(true);
    const whole = withReferenceHelp(def);
    expect(whole.help.description).toBe(REFERENCE_HELP['New-MigrationBatch'].description);
    expect(whole.help.examples!.length).toBeGreaterThan(0);
    expect(whole.parameters.find((p) => p.name === 'SourceEndpoint')!.description).toMatch(/^The SourceEndpoint parameter specifies/);
    // What the module declares itself (noEffect reasons) is kept.
    expect(whole.parameters.map((p) => p.noEffect)).toEqual(def.parameters.map((p) => p.noEffect));
    expect(withReferenceHelp(def)).toBe(whole);
  });

  it('Get-Help -Full, -Examples and -Parameter print the page\'s description, examples and parameter text', () => {
    const s = seedSession([]);
    const full = step(s, 'Get-Help New-MigrationBatch -Full | Out-String');
    expect(full).toContain('DESCRIPTION\n    ' + REFERENCE_HELP['New-MigrationBatch'].description!.split('\n')[0]);
    expect(full).toContain(REFERENCE_HELP['New-MigrationBatch'].examples[0].code.split('\n')[0]);
    expect(step(s, 'Get-Help New-MigrationBatch -Parameter AutoStart | Out-String')).toContain(REFERENCE_HELP['New-MigrationBatch'].parameters['AutoStart'].split('\n')[0]);
    expect(step(s, 'Get-Help Test-MigrationServerAvailability -Examples | Out-String')).toContain(REFERENCE_HELP['Test-MigrationServerAvailability'].examples[0].code.split('\n')[0]);
  });

  it('an imported on-premises cmdlet (with a prefix) shows its page\'s help too', () => {
    const s = seedSession(['CONTOSO\\administrator', 'P@ssw0rd!']);
    step(s, '$cred = Get-Credential');
    step(s, '$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred');
    step(s, 'Import-PSSession $s -Prefix OnPrem | Out-Null');
    const text = step(s, 'Get-Help Set-OnPremClientAccessServer -Parameter AutoDiscoverServiceInternalUri | Out-String');
    expect(text).toContain(REFERENCE_HELP['Set-ClientAccessServer'].parameters['AutoDiscoverServiceInternalUri'].split('\n')[0]);
  });
});
