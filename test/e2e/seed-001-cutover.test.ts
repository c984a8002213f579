/**
 * Seed 001 ("Migrate email using the Exchange cutover method") from its first step to its last, on
 * `contoso-domain-not-added` (contoso.com not yet in the tenant), each step with the command a
 * learner types and what it shows (issue #15, "Shown by"):
 * Step 1 the domain added, the TXT record published at the registrar, verified once it propagated
 * and accepted by Exchange Online; the TTL advice (MX TTL lowered a day ahead); Steps 2-4 the
 * Outlook Anywhere endpoint, the batch Syncing then Synced, the users created; Step 5 MX to
 * Exchange Online Protection, mail on premises until the old TTL expires and in Exchange Online
 * after; Step 6 a sync later than the switch, then the batch removed and mail delivered on premises
 * no longer copied; Step 7 licences before day 30; the post-migration Autodiscover CNAME (public
 * and internal) and the SCP cleared, Outlook's lookup landing on Exchange Online from inside and
 * outside. Then a world where one mailbox is left unlicensed: disabled after the 30-day grace.
 *
 * One session walks the whole article (the `it`s run in order and share it), as a learner does.
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/session';
import { seedSession, step } from './seed-helpers';

const ADMIN = ['CONTOSO\\administrator', 'P@ssw0rd!'];
const SCENARIO = 'contoso-domain-not-added';
const EOP_MX = 'contoso-com.mail.protection.outlook.com';
const ENTERPRISEPACK = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const ON_PREM = 'http://EXCH-SRV-01.corp.contoso.com/PowerShell/';

const lines = (text: string) => text.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');

/** The error messages of a failed command (Graph's first paragraphs) and whether the world changed. */
function failing(s: Session, script: string): { errors: string[]; changed: boolean } {
  const before = s.store.exportJson();
  const r = s.run(script);
  return { errors: r.errors.map((e) => e.message.split('\n\n')[0]!), changed: s.store.exportJson() !== before };
}

/** Step 1 at the keyboard: add contoso.com, publish its TXT value, wait 15 minutes, verify. */
function verifyDomain(s: Session): void {
  step(s, 'Connect-MgGraph -Scopes Domain.ReadWrite.All, User.ReadWrite.All, Organization.Read.All -NoWelcome');
  step(s, 'New-MgDomain -Id contoso.com | Out-Null');
  step(s, "$txt = (Get-MgDomainVerificationDnsRecord -DomainId contoso.com | Where-Object RecordType -eq 'Txt').AdditionalProperties.text");
  step(s, "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value $txt -Append");
  step(s, 'Set-LabClock -Advance 15m');
  step(s, 'Confirm-MgDomain -DomainId contoso.com | Out-Null');
}

/** Steps 2-4 at the keyboard: the endpoint, the batch started at once, synced three days later. */
function migrate(s: Session): void {
  step(s, '$cred = Get-Credential');
  step(s, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name Test5-endpoint -EmailAddress sara.lindqvist@contoso.com -Credentials $cred | Out-Null');
  step(s, 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint Test5-endpoint -AutoStart | Out-Null');
  step(s, 'Set-LabClock -Advance 3d');
}

describe('seed 001 from Step 1 to the post-migration tasks, on contoso-domain-not-added', () => {
  const s = seedSession([...ADMIN], SCENARIO);
  const cloudItems = () => Number(step(s, '(Get-MailboxStatistics sara.lindqvist).ItemCount').trim());
  const onPremItems = () => Number(step(s, 'Invoke-Command -Session $onprem { (Get-MailboxStatistics "Sara Lindqvist").ItemCount }').trim());

  it('Step 1: adds contoso.com, publishes the TXT value at the registrar, verifies it once propagated; Exchange Online accepts it', () => {
    step(s, 'Connect-MgGraph -Scopes Domain.ReadWrite.All, User.ReadWrite.All, Organization.Read.All -NoWelcome');
    // Before: the migration can't start, the domain is not the tenant's.
    expect(step(s, '(Get-AcceptedDomain).DomainName')).toBe('contoso.onmicrosoft.com\n');
    expect(lines(step(s, 'New-MgDomain -Id contoso.com'))[3]).toMatch(/^contoso\.com Managed\s+True\s+False\s+False\s+True\s+False$/);

    step(s, "$txt = (Get-MgDomainVerificationDnsRecord -DomainId contoso.com | Where-Object RecordType -eq 'Txt').AdditionalProperties.text");
    const code = step(s, '$txt').trim();
    expect(code).toMatch(/^MS=ms\d{8}$/);

    // Published beside the SPF record; the registrar's TXT TTL is 15 minutes, so resolvers see it at 9:15.
    expect(lines(step(s, "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value $txt -Append -PassThru"))).toEqual([
      'Zone        Name        Type TTL Preference Value          PropagatedAt',
      '----        ----        ---- --- ---------- -----          ------------',
      'contoso.com contoso.com TXT  900            v=spf1 mx -all 1/6/2025 9:15:00 AM',
      `contoso.com contoso.com TXT  900            ${code}  1/6/2025 9:15:00 AM`,
    ]);
    expect(step(s, 'Resolve-DnsName contoso.com -Type TXT')).not.toContain(code);

    // "If the verification fails at first, wait awhile, and try again."
    const early = failing(s, 'Confirm-MgDomain -DomainId contoso.com');
    expect(early.errors).toEqual(["Domain verification failed with the following error: The DNS TXT or MX record with the verification value for 'contoso.com' was not found."]);
    expect(early.changed).toBe(false);

    step(s, 'Set-LabClock -Advance 15m');
    expect(lines(step(s, 'Resolve-DnsName contoso.com -Type TXT')).slice(2)).toEqual([
      'contoso.com                 TXT    900   Answer     {v=spf1 mx -all}',
      `contoso.com                 TXT    900   Answer     {${code}}`,
    ]);
    expect(step(s, 'Confirm-MgDomain -DomainId contoso.com | Format-List Id,IsVerified')).toBe('\nId         : contoso.com\nIsVerified : True\n\n');
    expect(step(s, 'Get-MgDomain -DomainId contoso.com | Format-List Id,IsVerified')).toBe('\nId         : contoso.com\nIsVerified : True\n\n');
    expect(step(s, 'Get-AcceptedDomain contoso.com')).toBe(
      '\nName        DomainName  DomainType    Default\n----        ----------  ----------    -------\ncontoso.com contoso.com Authoritative False\n\n',
    );
  });

  it('Reduce email delays: the MX TTL lowered to 300 seconds; resolvers keep the hour they cached, then see 300', () => {
    step(s, "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -TTL 300");
    expect(lines(step(s, 'Resolve-DnsName contoso.com -Type MX'))[2]).toBe('contoso.com                 MX     3600  Answer     mail.contoso.com                          10');
    expect(lines(step(s, "Get-LabDnsRecord contoso.com '@' MX"))[2]).toBe('contoso.com contoso.com MX   300 10         mail.contoso.com 1/6/2025 10:15:00 AM');
  });

  it('Steps 2-4: the Outlook Anywhere endpoint tested, the batch Syncing then Synced, the users created in Microsoft 365', () => {
    step(s, '$cred = Get-Credential');
    step(s, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name Test5-endpoint -EmailAddress sara.lindqvist@contoso.com -Credentials $cred | Out-Null');
    expect(step(s, 'Test-MigrationServerAvailability -Endpoint Test5-endpoint | Format-List Result,SupportsCutover')).toBe('\nResult          : Success\nSupportsCutover : True\n\n');
    expect(step(s, 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint Test5-endpoint -AutoStart | Format-List Status')).toBe('\nStatus : Starting\n\n');
    step(s, 'Set-LabClock -Advance 10m');
    expect(lines(step(s, 'Get-MigrationBatch CutoverBatch'))).toEqual([
      'Identity     Status  Type                    TotalCount',
      '--------     ------  ----                    ----------',
      'CutoverBatch Syncing ExchangeOutlookAnywhere 32',
    ]);
    step(s, 'Set-LabClock -Advance 3d');
    expect(step(s, 'Get-MigrationBatch CutoverBatch | Format-List Status,TotalCount,SyncedCount,LastSyncedDateTime')).toBe(
      '\nStatus             : Synced\nTotalCount         : 32\nSyncedCount        : 32\nLastSyncedDateTime : 1/8/2025 4:45:00 PM\n\n',
    );
    expect(step(s, "(Get-MgUser -All | Where-Object UserPrincipalName -like '*@contoso.com' | Measure-Object).Count")).toBe('25\n');
    expect(step(s, '(Get-Mailbox -ResultSize Unlimited).Count')).toBe('25\n');
    // A day after the TTL was lowered, resolvers have the 300-second answer.
    expect(lines(step(s, 'Resolve-DnsName contoso.com -Type MX'))[2]).toBe('contoso.com                 MX     300   Answer     mail.contoso.com                          10');
  });

  it('Step 5: MX to Exchange Online Protection; mail lands on premises until the old TTL expires, in Exchange Online after', () => {
    step(s, `$onprem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ${ON_PREM} -Authentication Kerberos -Credential $cred`);
    expect(step(s, 'Get-Date -Format o')).toMatch(/^2025-01-09T09:25:00/);
    step(s, `Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -Value ${EOP_MX} -Preference 0`);
    expect(lines(step(s, 'Resolve-DnsName contoso.com -Type MX'))[2]).toContain('mail.contoso.com');

    expect(lines(step(s, 'Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com -Subject Early'))[2]).toBe(
      'sara.lindqvist@contoso.com OnPremises  mail.contoso.com Early',
    );
    expect(lines(step(s, 'Invoke-Command -Session $onprem { Get-MessageTrackingLog -MessageSubject Early }')).slice(2)).toEqual([
      'RECEIVE SMTP        partner@fabrikam.com {sara.lindqvist@contoso.com} Early',
      'DELIVER STOREDRIVER partner@fabrikam.com {sara.lindqvist@contoso.com} Early',
    ]);
    expect(step(s, 'Get-MessageTrace')).toBe('');

    step(s, 'Set-LabClock -Advance 5m');
    expect(lines(step(s, 'Resolve-DnsName contoso.com -Type MX'))[2]).toBe(`contoso.com                 MX     300   Answer     ${EOP_MX}   0`);
    const before = cloudItems();
    expect(lines(step(s, 'Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com -Subject Late'))[2]).toBe(
      `sara.lindqvist@contoso.com ExchangeOnline ${EOP_MX} Late`,
    );
    expect(cloudItems()).toBe(before + 1);
    expect(lines(step(s, 'Get-MessageTrace'))).toEqual([
      'Received            Sender Address       Recipient Address          Subject Status',
      '--------            --------------       -----------------          ------- ------',
      '1/9/2025 9:30:00 AM partner@fabrikam.com sara.lindqvist@contoso.com Late    Delivered',
    ]);
    expect(step(s, 'Invoke-Command -Session $onprem { Get-MessageTrackingLog -MessageSubject Late }')).toBe('');
    // "When you make the final switch over ..., you can change the TTL back to a longer interval."
    step(s, "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -TTL 3600");
    expect(lines(step(s, "Get-LabDnsRecord contoso.com '@' MX"))[2]).toMatch(/^contoso\.com contoso\.com MX\s+3600 0\s+contoso-com\.mail\.protection\.outlook\.com 1\/9\/2025 9:35:00 AM$/);
  });

  it('Step 6: a sync later than the switch (Last Synced Time), then the batch removed; mail delivered on premises is no longer copied', () => {
    // The last sync is still the one before the switch; 'Early' waits on premises.
    expect(step(s, 'Get-MigrationUserStatistics sara.lindqvist@contoso.com | Format-List LastSuccessfulSyncTimestamp')).toBe('\nLastSuccessfulSyncTimestamp : 1/8/2025 4:45:00 PM\n\n');
    const before = cloudItems();
    // "Wait at least 72 hours": the incremental syncs go on meanwhile.
    step(s, 'Set-LabClock -Advance 72h');
    expect(lines(step(s, 'Get-MigrationUser sara.lindqvist@contoso.com'))[2]).toBe('sara.lindqvist@contoso.com CutoverBatch Synced 1/11/2025 4:45:00 PM');
    expect(step(s, 'Get-MigrationUserStatistics sara.lindqvist@contoso.com | Format-List Status,LastSuccessfulSyncTimestamp')).toBe(
      '\nStatus                      : Synced\nLastSuccessfulSyncTimestamp : 1/11/2025 4:45:00 PM\n\n',
    );
    expect(step(s, '(Get-MigrationBatch CutoverBatch).LastSyncedDateTime -gt [datetime]"2025-01-09T09:25:00Z"')).toBe('True\n');
    expect(cloudItems()).toBe(before + 1); // 'Early' copied by the incremental sync

    // 72 hours after the switch (the TTL raised since does not restart them) and synced since: no warning.
    const removed = s.run('Remove-MigrationBatch -Identity CutoverBatch -Confirm:$false');
    expect(removed.errors).toEqual([]);
    expect(removed.warnings).toEqual([]);
    step(s, 'Set-LabClock -Advance 1h');
    expect(step(s, 'Get-MigrationBatch')).toBe('');

    const onPrem = onPremItems();
    const cloud = cloudItems();
    step(s, 'Send-MailMessage -From tomas.novak@contoso.com -To sara.lindqvist@contoso.com -Subject Stranded -SmtpServer mail.contoso.com -WarningAction SilentlyContinue');
    expect(onPremItems()).toBe(onPrem + 1);
    step(s, 'Set-LabClock -Advance 3d');
    expect(cloudItems()).toBe(cloud);
  });

  it('Step 7: usage location and a licence for every migrated user, before day 30; no mailbox disabled after it', () => {
    step(s, "$users = Get-MgUser -All | Where-Object UserPrincipalName -like '*@contoso.com'");
    step(s, '$users | ForEach-Object { Update-MgUser -UserId $_.Id -UsageLocation GB }');
    step(s, "$sku = (Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId");
    expect(step(s, '$sku')).toBe(ENTERPRISEPACK + '\n');
    step(s, '$users | ForEach-Object { Set-MgUserLicense -UserId $_.Id -AddLicenses @{SkuId = $sku} -RemoveLicenses @() } | Out-Null');
    expect(step(s, 'Get-MgUserLicenseDetail -UserId sara.lindqvist@contoso.com | Format-List SkuId,SkuPartNumber')).toBe(`\nSkuId         : ${ENTERPRISEPACK}\nSkuPartNumber : ENTERPRISEPACK\n\n`);
    expect(step(s, '(Get-MgUser -UserId sara.lindqvist@contoso.com -Property UsageLocation).UsageLocation')).toBe('GB\n');
    expect(step(s, 'Get-MgSubscribedSku | Format-List SkuPartNumber,ConsumedUnits')).toBe('\nSkuPartNumber : ENTERPRISEPACK\nConsumedUnits : 25\n\n');
    step(s, 'Set-LabClock -Advance 31d');
    expect(step(s, '(Get-Mailbox -ResultSize Unlimited | Where-Object AccountDisabled).Count')).toBe('0\n');
  });

  it('post-migration: the Autodiscover CNAME in public and internal DNS and the SCP cleared; Outlook lands on Exchange Online from inside and outside', () => {
    expect(step(s, '(Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Inside).Result')).toBe('OnPremises\n');
    expect(step(s, '(Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Outside).Result')).toBe('OnPremises\n');

    step(s, 'Set-LabDnsRecord -Zone contoso.com -Name autodiscover -Type CNAME -Value autodiscover.outlook.com');
    step(s, 'Remove-DnsServerResourceRecord -ZoneName contoso.com -Name autodiscover -RRType CName -Force');
    step(s, 'Add-DnsServerResourceRecordCName -ZoneName contoso.com -Name autodiscover -HostNameAlias autodiscover.outlook.com');
    expect(step(s, 'Invoke-Command -Session $onprem { Set-ClientAccessServer -Identity EXCH-SRV-01 -AutoDiscoverServiceInternalUri $null }')).toBe('');
    expect(step(s, 'Invoke-Command -Session $onprem { Get-ClientAccessServer } | Format-List Name,AutoDiscoverServiceInternalUri')).toBe(
      '\nName                           : EXCH-SRV-01\nAutoDiscoverServiceInternalUri : \n\n',
    );

    // Inside, the DC's zone answers at once; outside, resolvers keep the old CNAME for its hour.
    expect(step(s, '(Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Inside).Result')).toBe('ExchangeOnline\n');
    expect(step(s, '(Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Outside).Result')).toBe('OnPremises\n');
    step(s, 'Set-LabClock -Advance 1h');
    expect(lines(step(s, 'Resolve-DnsName autodiscover.contoso.com -Type CNAME'))[2]).toMatch(/^autodiscover\.contoso\.com\s+CNAME\s+3600\s+Answer\s+autodiscover\.outlook\.com$/);
    expect(step(s, 'Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Outside')).toBe(
      '\nEmailAddress : sara.lindqvist@contoso.com\nFrom         : Outside\nResult       : ExchangeOnline\nSteps        : {RootDomain: NotResolved, AutodiscoverDomain: CertificateMismatch, Redirect: Found}\n\n',
    );
    expect(step(s, 'Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Inside')).toBe(
      '\nEmailAddress : sara.lindqvist@contoso.com\nFrom         : Inside\nResult       : ExchangeOnline\nSteps        : {Scp: Skipped, RootDomain: NotResolved, AutodiscoverDomain: CertificateMismatch, Redirect: Found}\n\n',
    );
  });
});

describe('seed 001 Step 7 skipped for one user: the mailbox is disabled when the 30-day grace ends', () => {
  it('licenses every migrated user but one; 31 days later that mailbox alone is disabled and takes no mail', () => {
    const s = seedSession([...ADMIN], SCENARIO);
    verifyDomain(s);
    migrate(s);
    step(s, "$sku = (Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId");
    step(
      s,
      "Get-MgUser -All | Where-Object { $_.UserPrincipalName -like '*@contoso.com' -and $_.UserPrincipalName -ne 'tomas.novak@contoso.com' } | ForEach-Object { Set-MgUserLicense -UserId $_.Id -AddLicenses @{SkuId = $sku} -RemoveLicenses @() } | Out-Null",
    );
    expect(step(s, 'Get-MgUserLicenseDetail -UserId tomas.novak@contoso.com')).toBe('');
    expect(step(s, 'Get-Mailbox tomas.novak | Format-List AccountDisabled')).toBe('\nAccountDisabled : False\n\n');

    step(s, 'Set-LabClock -Advance 31d');
    expect(step(s, 'Get-Mailbox tomas.novak | Format-List AccountDisabled')).toBe('\nAccountDisabled : True\n\n');
    expect(step(s, '(Get-Mailbox -ResultSize Unlimited | Where-Object AccountDisabled).Name')).toBe('tomas.novak\n');
    // Once MX points at Exchange Online, mail to the disabled mailbox is not delivered.
    step(s, `Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -Value ${EOP_MX} -Preference 0 -TTL 300`);
    step(s, 'Set-LabClock -Advance 1h');
    expect(step(s, "(Send-LabMail -From partner@fabrikam.com -To tomas.novak@contoso.com -Subject Hello).DeliveredTo")).toBe('Undeliverable\n');

    // A licence assigned late enables it again.
    step(s, "Update-MgUser -UserId tomas.novak@contoso.com -UsageLocation GB");
    step(s, 'Set-MgUserLicense -UserId tomas.novak@contoso.com -AddLicenses @{SkuId = $sku} -RemoveLicenses @() | Out-Null');
    expect(step(s, 'Get-Mailbox tomas.novak | Format-List AccountDisabled')).toBe('\nAccountDisabled : False\n\n');
  });
});
