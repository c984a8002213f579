/**
 * Enable-OutlookAnywhere / Disable-OutlookAnywhere (Exchange 2010: how Outlook Anywhere is turned on
 * and off, R9) and Add-LabLicense (buying licences, which no PowerShell cmdlet does): what the shell
 * prints, the errors, and the world after.
 */
import { describe, expect, it } from 'vitest';
import { seedSession, step } from '../e2e/seed-helpers';
import type { Session } from '../../src/session';

const ADMIN = ['CONTOSO\\administrator', 'P@ssw0rd!'];
const TMSA = '(Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred).Result';

function connected(scenario: string): Session {
  const s = seedSession([...ADMIN], scenario);
  step(s, '$cred = Get-Credential');
  step(s, '$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred');
  return s;
}

const errorsOf = (s: Session, script: string) => s.run(script).errors.map((e) => [e.fullyQualifiedErrorId, e.message]);

describe('Enable-OutlookAnywhere and Disable-OutlookAnywhere', () => {
  it('enables Outlook Anywhere on a server where it is off: the virtual directory appears and the migration test succeeds', () => {
    const s = connected('contoso-oa-disabled');
    expect(step(s, TMSA)).toBe('Failed\n');
    expect(step(s, 'Invoke-Command -Session $s { (Get-ClientAccessServer EXCH-SRV-01).OutlookAnywhereEnabled }')).toBe('False\n');
    expect(step(s, 'Invoke-Command -Session $s { Enable-OutlookAnywhere -Server EXCH-SRV-01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Basic -SSLOffloading $false }')).toBe('');
    expect(step(s, 'Invoke-Command -Session $s { Get-OutlookAnywhere | Format-List Identity,ExternalHostname,ClientAuthenticationMethod,IISAuthenticationMethods,SSLOffloading }')).toBe(
      '\nIdentity                   : EXCH-SRV-01\\Rpc (Default Web Site)\nExternalHostname           : mail.contoso.com\nClientAuthenticationMethod : Basic\nIISAuthenticationMethods   : {Basic, Ntlm}\nSSLOffloading              : False\n\n',
    );
    expect(step(s, TMSA)).toBe('Success\n');
  });

  it('without -Server, enables the organization\'s Client Access server; the mandatory parameters are asked for like Exchange\'s', () => {
    const s = connected('contoso-oa-disabled');
    expect(errorsOf(s, 'Invoke-Command -Session $s { Enable-OutlookAnywhere -DefaultAuthenticationMethod Ntlm -ExternalHostname mail.contoso.com -SSLOffloading $false }')).toEqual([]);
    expect(step(s, 'Invoke-Command -Session $s { (Get-OutlookAnywhere).ClientAuthenticationMethod }')).toBe('Ntlm\n');
    expect(s.world.onPrem.servers[0]!.outlookAnywhere).toMatchObject({ enabled: true, externalHostName: 'mail.contoso.com', sslOffloading: false });
  });

  it('refuses to enable it twice, and an unknown server, leaving the world unchanged', () => {
    const s = connected('contoso');
    const before = s.store.exportJson();
    expect(errorsOf(s, 'Invoke-Command -Session $s { Enable-OutlookAnywhere -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Basic -SSLOffloading $false }')).toEqual([
      ['OutlookAnywhereAlreadyExistsException,Enable-OutlookAnywhere', "Outlook Anywhere is already enabled on the server 'EXCH-SRV-01'. Use Set-OutlookAnywhere to change its settings."],
    ]);
    expect(errorsOf(s, 'Invoke-Command -Session $s { Enable-OutlookAnywhere -Server EXCH-SRV-09 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Basic -SSLOffloading $false }')[0]![1]).toBe(
      "The operation couldn't be performed because object 'EXCH-SRV-09' couldn't be found on 'DC01.corp.contoso.com'.",
    );
    expect(s.store.exportJson()).toBe(before);
  });

  it('Disable-OutlookAnywhere turns it off (the migration test fails again); -WhatIf changes nothing; a second time it is not found', () => {
    const s = connected('contoso');
    expect(step(s, 'Invoke-Command -Session $s { Disable-OutlookAnywhere -Server EXCH-SRV-01 -WhatIf }')).toBe('What if: Disabling Outlook Anywhere virtual directory "EXCH-SRV-01\\Rpc (Default Web Site)".\n');
    expect(step(s, TMSA)).toBe('Success\n');
    step(s, "Invoke-Command -Session $s { Disable-OutlookAnywhere -Identity 'EXCH-SRV-01\\Rpc (Default Web Site)' }");
    expect(step(s, 'Invoke-Command -Session $s { Get-OutlookAnywhere }')).toBe('');
    expect(step(s, TMSA)).toBe('Failed\n');
    expect(errorsOf(s, 'Invoke-Command -Session $s { Disable-OutlookAnywhere -Server EXCH-SRV-01 }')[0]![1]).toBe(
      "The operation couldn't be performed because object 'EXCH-SRV-01\\Rpc (Default Web Site)' couldn't be found on 'DC01.corp.contoso.com'.",
    );
  });
});

describe('Add-LabLicense', () => {
  it('buys units of a SKU the tenant has: Get-MgSubscribedSku shows them and Set-MgUserLicense can assign them', () => {
    const s = seedSession([], 'contoso-licenses-short');
    step(s, 'Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All -NoWelcome');
    expect(step(s, '(Get-MgSubscribedSku).PrepaidUnits.Enabled')).toBe('20\n');
    expect(step(s, 'Add-LabLicense -Sku EXCHANGESTANDARD -Quantity 5 -PassThru')).toBe(
      '\nSkuPartNumber    DisplayName              Total\n-------------    -----------              -----\nEXCHANGESTANDARD Exchange Online (Plan 1) 25\n\n',
    );
    expect(step(s, '(Get-MgSubscribedSku).PrepaidUnits.Enabled')).toBe('25\n');
    // By SkuId, from the pipeline.
    step(s, 'Get-MgSubscribedSku | Add-LabLicense -Quantity 2');
    expect(s.world.tenant.licenses).toEqual([{ skuPartNumber: 'EXCHANGESTANDARD', displayName: 'Exchange Online (Plan 1)', total: 27 }]);
  });

  it('refuses a licence it does not know, and -WhatIf buys nothing', () => {
    const s = seedSession([], 'contoso-licenses-short');
    expect(errorsOf(s, 'Add-LabLicense -Sku NOSUCHSKU -Quantity 1')).toEqual([
      ['LabUnknownSku,Add-LabLicense', "The licence 'NOSUCHSKU' isn't one the emulated store sells. Use a part number or SkuId of Get-MgSubscribedSku, or one of: ENTERPRISEPACK, ENTERPRISEPREMIUM, EXCHANGESTANDARD, SPE_E3, O365_BUSINESS_PREMIUM."],
    ]);
    expect(step(s, 'Add-LabLicense -Sku EXCHANGESTANDARD -Quantity 3 -WhatIf')).toBe('What if: Performing the operation "Buy 3 licences" on target "EXCHANGESTANDARD".\n');
    expect(s.world.tenant.licenses[0]!.total).toBe(20);
    expect(errorsOf(s, 'Add-LabLicense -Sku EXCHANGESTANDARD -Quantity 0')[0]![0]).toBe('ParameterArgumentValidationError,Add-LabLicense');
  });
});
