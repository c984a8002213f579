/**
 * Seed 001 Step 1 ("Verify you own the domain") as a learner types it with Microsoft Graph PowerShell,
 * on the variant where contoso.com is not yet added to the tenant: add the domain, read the TXT
 * record, publish it at the registrar, verify before and after it propagates; the domain is then an
 * accepted domain of Exchange Online. Then the licensing of S1 step 7 (usage location, units), and
 * each new cmdlet's bad input: Graph's error, and nothing changed in the world.
 * The TXT record is published at the registrar with Set-LabDnsRecord, as a learner does it.
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/session';
import { seedSession, step } from './seed-helpers';

function graphSession(scenario = 'contoso-domain-not-added'): Session {
  const s = seedSession([], scenario);
  step(s, 'Connect-MgGraph -Scopes Domain.ReadWrite.All, User.ReadWrite.All, Organization.Read.All -NoWelcome');
  return s;
}

/** The first line of each error (Graph's message) and the status lines that follow it. */
function graphErrors(s: Session, script: string): { before: string; after: string; errors: string[] } {
  const before = JSON.stringify(s.store.read());
  const r = s.run(script);
  return { before, after: JSON.stringify(s.store.read()), errors: r.errors.map((e) => e.message.split('\n\nHeaders:')[0]!) };
}

const TABLE_HEAD = 'Id                      AuthenticationType AvailabilityStatus IsAdminManaged IsDefault IsInitial IsRoot IsVerified Manu';

describe('seed 001 Step 1 with Graph PowerShell on contoso-domain-not-added', () => {
  it('adds contoso.com, publishes the TXT record, fails to verify until it propagates, then verifies: the domain is accepted', () => {
    const s = graphSession();
    // Before: only the initial domain; Exchange Online accepts only it.
    const before = step(s, 'Get-MgDomain');
    expect(before.split('\n').filter((l) => l.startsWith('contoso'))).toEqual([
      'contoso.onmicrosoft.com Managed                               True           True      True      True   True           ',
    ]);
    expect(before).toContain(TABLE_HEAD);
    expect(step(s, '(Get-AcceptedDomain).DomainName')).toBe('contoso.onmicrosoft.com\n');

    // Add a domain: unverified.
    const added = step(s, 'New-MgDomain -Id contoso.com');
    expect(added.split('\n').find((l) => l.startsWith('contoso.com'))).toBe(
      'contoso.com Managed                               True           False     False     True   False                   ',
    );

    // The records to publish: the TXT value and the MX alternative, TTL 3600, for Email.
    const records = step(s, 'Get-MgDomainVerificationDnsRecord -DomainId contoso.com | Format-List Label,RecordType,SupportedService,Ttl,Text,MailExchange,Preference');
    const code = s.store.read().tenant.domains[0]!.verificationCode;
    expect(code).toMatch(/^MS=ms\d{8}$/);
    expect(records).toBe(
      '\nLabel            : contoso.com\nRecordType       : Txt\nSupportedService : Email\nTtl              : 3600\nText             : ' + code +
        '\n\nLabel            : contoso.com\nRecordType       : Mx\nSupportedService : Email\nTtl              : 3600\nMailExchange     : ' + code.slice(3) + '.msv1.invalid\nPreference       : 32767\n\n',
    );
    expect(step(s, "$txt = (Get-MgDomainVerificationDnsRecord -DomainId contoso.com | Where-Object RecordType -eq 'Txt').AdditionalProperties.text; $txt")).toBe(code + '\n');

    // Published at the registrar; Microsoft's resolvers still hold the old TXT set (TTL 15 minutes).
    step(s, "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value $txt -Append");
    expect(step(s, "(Get-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT).Value")).toBe('v=spf1 mx -all\n' + code + '\n');
    const early = graphErrors(s, 'Confirm-MgDomain -DomainId contoso.com');
    expect(early.errors).toEqual([
      "Domain verification failed with the following error: The DNS TXT or MX record with the verification value for 'contoso.com' was not found.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00",
    ]);
    expect(early.after).toBe(early.before);
    expect(s.run('Confirm-MgDomain -DomainId contoso.com').text).toMatch(/^Confirm-MgDomain_Verify: Domain verification failed with the following error: /);

    // About 15 minutes later it verifies.
    step(s, 'Set-LabClock -Advance 15m');
    expect(step(s, 'Confirm-MgDomain -DomainId contoso.com | Format-List Id,IsVerified,AvailabilityStatus')).toBe(
      '\nId                 : contoso.com\nIsVerified         : True\nAvailabilityStatus : AvailableImmediately\n\n',
    );
    expect(step(s, 'Get-MgDomain -DomainId contoso.com | Format-List Id,IsVerified,IsDefault,SupportedServices')).toBe(
      '\nId                : contoso.com\nIsVerified        : True\nIsDefault         : False\nSupportedServices : {Email, OfficeCommunicationsOnline}\n\n',
    );
    // Exchange Online accepts it by itself.
    expect(step(s, 'Get-AcceptedDomain')).toBe(
      '\nName                    DomainName              DomainType    Default\n----                    ----------              ----------    -------\ncontoso.onmicrosoft.com contoso.onmicrosoft.com Authoritative True\ncontoso.com             contoso.com             Authoritative False\n\n',
    );
    // Make it the default domain: Exchange's default follows.
    step(s, 'Update-MgDomain -DomainId contoso.com -IsDefault');
    expect(step(s, '(Get-AcceptedDomain | Where-Object Default).DomainName')).toBe('contoso.com\n');
    expect(step(s, '(Get-MgDomain | Where-Object IsDefault).Id')).toBe('contoso.com\n');
  });

  it('the same verification code for the same world seed', () => {
    const a = graphSession();
    const b = graphSession();
    step(a, 'New-MgDomain -Id contoso.com | Out-Null');
    step(b, 'New-MgDomain -Id contoso.com | Out-Null');
    expect(step(a, "(Get-MgDomainVerificationDnsRecord -DomainId contoso.com)[0].Text")).toBe(step(b, "(Get-MgDomainVerificationDnsRecord -DomainId contoso.com)[0].Text"));
  });
});

describe('bad input to the domain cmdlets: Graph\'s error, the world unchanged', () => {
  const cases: [string, string, string][] = [
    ['Get-MgDomain for a domain the tenant does not have', 'Get-MgDomain -DomainId fabrikam.com', "Resource 'fabrikam.com' does not exist or one of its queried reference-property objects are not present.\n\nStatus: 404 (NotFound)\nErrorCode: Request_ResourceNotFound\nDate: 2025-01-06T09:00:00"],
    ['New-MgDomain for a domain already added', 'New-MgDomain -Id contoso.onmicrosoft.com', 'Another object with the same value for property id already exists.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00'],
    ['New-MgDomain for a name that is not a domain', "New-MgDomain -Id 'not a domain'", "Invalid domain name 'not a domain'.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00"],
    ['Get-MgDomainVerificationDnsRecord for a domain not added', 'Get-MgDomainVerificationDnsRecord -DomainId fabrikam.com', "Resource 'fabrikam.com' does not exist or one of its queried reference-property objects are not present.\n\nStatus: 404 (NotFound)\nErrorCode: Request_ResourceNotFound\nDate: 2025-01-06T09:00:00"],
    ['Confirm-MgDomain for a domain not added', 'Confirm-MgDomain -DomainId fabrikam.com', "Resource 'fabrikam.com' does not exist or one of its queried reference-property objects are not present.\n\nStatus: 404 (NotFound)\nErrorCode: Request_ResourceNotFound\nDate: 2025-01-06T09:00:00"],
    ['Update-MgDomain -IsDefault for a domain not added', 'Update-MgDomain -DomainId fabrikam.com -IsDefault', "Resource 'fabrikam.com' does not exist or one of its queried reference-property objects are not present.\n\nStatus: 404 (NotFound)\nErrorCode: Request_ResourceNotFound\nDate: 2025-01-06T09:00:00"],
    ['Remove-MgDomain of the initial domain', 'Remove-MgDomain -DomainId contoso.onmicrosoft.com', 'The initial domain of the tenant cannot be deleted.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00'],
  ];
  it.each(cases)('%s', (_name, script, message) => {
    const s = graphSession();
    const r = graphErrors(s, script);
    expect(r.errors).toEqual([message]);
    expect(r.after).toBe(r.before);
  });

  it('missing -DomainId: the mandatory parameter is asked for, and with no answer nothing happens', () => {
    const s = graphSession();
    for (const cmd of ['Confirm-MgDomain', 'Get-MgDomainVerificationDnsRecord', 'Update-MgDomain -IsDefault', 'Remove-MgDomain']) {
      const before = JSON.stringify(s.store.read());
      const r = s.run(cmd);
      expect(r.errors.length, cmd).toBe(1);
      expect(r.errors[0]!.message, cmd).toMatch(/DomainId/);
      expect(JSON.stringify(s.store.read()), cmd).toBe(before);
    }
  });

  it('an unverified domain: Update-MgDomain -IsDefault refuses it, Confirm-MgDomain twice says already verified', () => {
    const s = graphSession();
    step(s, 'New-MgDomain -Id contoso.com | Out-Null');
    expect(graphErrors(s, 'Update-MgDomain -DomainId contoso.com -IsDefault').errors).toEqual(['Only verified domains can be updated.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00']);
    step(s, "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value (Get-MgDomainVerificationDnsRecord -DomainId contoso.com)[0].Text -Append");
    step(s, 'Set-LabClock -Advance 15m');
    step(s, 'Confirm-MgDomain -DomainId contoso.com | Out-Null');
    const again = graphErrors(s, 'Confirm-MgDomain -DomainId contoso.com');
    expect(again.errors).toEqual(['Domain is already verified.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:15:00']);
    expect(again.after).toBe(again.before);
  });

  it('Remove-MgDomain refuses the default domain and a domain in use, and removes an unused one', () => {
    const s = graphSession('contoso');
    // contoso.com is verified; migrate nothing, but make it the default.
    step(s, 'Update-MgDomain -DomainId contoso.com -IsDefault');
    expect(graphErrors(s, 'Remove-MgDomain -DomainId contoso.com').errors).toEqual([
      'The default domain of the tenant cannot be deleted. Set another verified domain as the default first.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00',
    ]);
    step(s, 'Update-MgDomain -DomainId contoso.onmicrosoft.com -IsDefault');
    s.store.transaction((w) => {
      w.tenant.users.push({ userPrincipalName: 'sara.lindqvist@contoso.com', displayName: 'Sara Lindqvist', licenses: [], createdAt: w.clock.now, source: 'Cloud', passwordHash: null, usageLocation: 'US' });
    });
    const inUse = graphErrors(s, 'Remove-MgDomain -DomainId contoso.com');
    expect(inUse.errors).toEqual([
      "Domain 'contoso.com' cannot be deleted because 1 object(s) still reference it. Find them with Get-MgDomainNameReference.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00",
    ]);
    expect(inUse.after).toBe(inUse.before);
    step(s, 'New-MgDomain -Id fabrikam.com | Out-Null');
    step(s, 'Remove-MgDomain -DomainId fabrikam.com');
    expect(step(s, '(Get-MgDomain).Id')).toBe('contoso.onmicrosoft.com\ncontoso.com\n');
  });

  it('before Connect-MgGraph: Graph PowerShell asks to sign in', () => {
    const s = seedSession([], 'contoso-domain-not-added');
    const r = graphErrors(s, 'New-MgDomain -Id contoso.com');
    expect(r.errors).toEqual(['Authentication needed. Please call Connect-MgGraph.']);
    expect(r.after).toBe(r.before);
  });
});

describe('licences with Graph PowerShell on contoso-licenses-short (S1 step 7)', () => {
  const EXO1 = '4b9405b0-7788-4568-add1-99614e613b69';

  /** The batch migrated: every user mailbox now has a cloud user without a usage location or license. */
  function migrated(): Session {
    const s = graphSession('contoso-licenses-short');
    s.store.transaction((w) => {
      for (const m of w.onPrem.mailboxes.filter((x) => x.recipientTypeDetails === 'UserMailbox'))
        w.tenant.users.push({ userPrincipalName: m.primarySmtpAddress, displayName: m.displayName, licenses: [], createdAt: w.clock.now, source: 'Cloud', passwordHash: null, usageLocation: w.tenant.defaultUsageLocation });
    });
    return s;
  }

  it('a user without a usage location can\'t be licensed; Update-MgUser -UsageLocation, then Set-MgUserLicense works', () => {
    const s = migrated();
    expect(step(s, 'Get-MgUser -UserId sara.lindqvist@contoso.com -Property DisplayName,UsageLocation | Format-List DisplayName,UsageLocation')).toBe('\nDisplayName   : Sara Lindqvist\nUsageLocation : \n\n');
    const noLocation = graphErrors(s, `Set-MgUserLicense -UserId sara.lindqvist@contoso.com -AddLicenses @{SkuId = '${EXO1}'} -RemoveLicenses @()`);
    expect(noLocation.errors).toEqual(['License assignment cannot be done for user with invalid usage location.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00']);
    expect(noLocation.after).toBe(noLocation.before);
    expect(s.run(`Set-MgUserLicense -UserId sara.lindqvist@contoso.com -AddLicenses @{SkuId = '${EXO1}'} -RemoveLicenses @()`).text).toMatch(
      /^Set-MgUserLicense_AssignExpanded: License assignment cannot be done for user with invalid usage location\.\n\nStatus: 400 \(BadRequest\)\nErrorCode: Request_BadRequest\n/,
    );

    step(s, 'Update-MgUser -UserId sara.lindqvist@contoso.com -UsageLocation US');
    expect(step(s, '(Get-MgUser -UserId sara.lindqvist@contoso.com -Property UsageLocation).UsageLocation')).toBe('US\n');
    expect(step(s, `Set-MgUserLicense -UserId sara.lindqvist@contoso.com -AddLicenses @{SkuId = '${EXO1}'} -RemoveLicenses @() | Format-List DisplayName,UserPrincipalName`)).toBe(
      '\nDisplayName       : Sara Lindqvist\nUserPrincipalName : sara.lindqvist@contoso.com\n\n',
    );
    expect(step(s, 'Get-MgUserLicenseDetail -UserId sara.lindqvist@contoso.com | Format-List SkuId,SkuPartNumber')).toBe(`\nSkuId         : ${EXO1}\nSkuPartNumber : EXCHANGESTANDARD\n\n`);
    expect(step(s, '(Get-MgUserLicenseDetail -UserId sara.lindqvist@contoso.com).ServicePlans.ServicePlanName')).toBe('EXCHANGE_S_STANDARD\n');
    expect(step(s, '(Get-MgUser -UserId sara.lindqvist@contoso.com -Property AssignedLicenses).AssignedLicenses.SkuId')).toBe(`${EXO1}\n`);
    expect(step(s, 'Get-MgSubscribedSku | Format-List SkuPartNumber,SkuId,ConsumedUnits,CapabilityStatus,AppliesTo')).toBe(
      `\nSkuPartNumber    : EXCHANGESTANDARD\nSkuId            : ${EXO1}\nConsumedUnits    : 1\nCapabilityStatus : Enabled\nAppliesTo        : User\n\n`,
    );
    expect(step(s, '(Get-MgSubscribedSku).PrepaidUnits.Enabled')).toBe('20\n');
  });

  it('20 units for 22 users: the 21st assignment fails with Graph\'s error and changes nothing', () => {
    const s = migrated();
    step(s, "Get-MgUser -All | Where-Object UserPrincipalName -like '*@contoso.com' | ForEach-Object { Update-MgUser -UserId $_.Id -UsageLocation GB }");
    expect(step(s, '(Get-MgUser -Filter "usageLocation eq null" -Property UsageLocation).UserPrincipalName')).toBe('admin@contoso.onmicrosoft.com\n');
    const users = s.store.read().tenant.users.filter((u) => u.userPrincipalName.endsWith('@contoso.com')).map((u) => u.userPrincipalName);
    expect(users.length).toBe(22);
    for (const u of users.slice(0, 20)) step(s, `Set-MgUserLicense -UserId ${u} -AddLicenses @{SkuId = '${EXO1}'} -RemoveLicenses @() | Out-Null`);
    expect(step(s, '(Get-MgSubscribedSku).ConsumedUnits')).toBe('20\n');
    const full = graphErrors(s, `Set-MgUserLicense -UserId ${users[20]} -AddLicenses @{SkuId = '${EXO1}'} -RemoveLicenses @()`);
    expect(full.errors).toEqual([`Subscription with SKU ${EXO1} does not have any available licenses.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00`]);
    expect(full.after).toBe(full.before);
  });

  it('bad input: an unknown SKU, an unknown user, a usage location that is not a country code', () => {
    const s = migrated();
    step(s, 'Update-MgUser -UserId sara.lindqvist@contoso.com -UsageLocation US');
    const cases: [string, string][] = [
      ["Set-MgUserLicense -UserId sara.lindqvist@contoso.com -AddLicenses @{SkuId = '6fd2c87f-b296-42f0-b197-1e91e994b900'} -RemoveLicenses @()", 'License 6fd2c87f-b296-42f0-b197-1e91e994b900 does not correspond to a valid company License.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00'],
      ['Get-MgUser -UserId nobody@contoso.com', "Resource 'nobody@contoso.com' does not exist or one of its queried reference-property objects are not present.\n\nStatus: 404 (NotFound)\nErrorCode: Request_ResourceNotFound\nDate: 2025-01-06T09:00:00"],
      ['Update-MgUser -UserId nobody@contoso.com -UsageLocation US', "Resource 'nobody@contoso.com' does not exist or one of its queried reference-property objects are not present.\n\nStatus: 404 (NotFound)\nErrorCode: Request_ResourceNotFound\nDate: 2025-01-06T09:00:00"],
      ['Get-MgUserLicenseDetail -UserId nobody@contoso.com', "Resource 'nobody@contoso.com' does not exist or one of its queried reference-property objects are not present.\n\nStatus: 404 (NotFound)\nErrorCode: Request_ResourceNotFound\nDate: 2025-01-06T09:00:00"],
      ['Update-MgUser -UserId sara.lindqvist@contoso.com -UsageLocation USA', "Invalid value specified for property 'usageLocation' of resource 'User'.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest\nDate: 2025-01-06T09:00:00"],
    ];
    for (const [script, message] of cases) {
      const r = graphErrors(s, script);
      expect(r.errors, script).toEqual([message]);
      expect(r.after, script).toBe(r.before);
    }
  });
});
