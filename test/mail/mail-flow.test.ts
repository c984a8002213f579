/**
 * Mail flow through the world: Send-LabMail / Send-MailMessage deliver where the MX a sender sees
 * points (the old record until its TTL has expired), Get-MessageTrackingLog (on premises) and
 * Get-MessageTrace(V2) (Exchange Online) show where each message went, and mail delivered on premises
 * reaches the cloud mailbox with the next incremental sync while the batch exists, never after it is
 * removed (the cutover article's warning). Bad input: the real errors, nothing changed in the world.
 */
import { describe, expect, it } from 'vitest';
import { routeMailToMicrosoft365, seedSession, step } from '../e2e/seed-helpers';
import { createSession, type Session } from '../../src/session';

const lines = (text: string) => text.trim().split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');

/** Connected to Exchange Online, the on-premises shell imported with the OnPrem prefix, a cutover batch synced. */
function migrated(): Session {
  const s = seedSession(['CONTOSO\\administrator', 'P@ssw0rd!']);
  step(s, '$cred = Get-Credential');
  step(s, '$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred');
  step(s, 'Import-PSSession $s -Prefix OnPrem | Out-Null');
  step(s, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name CutoverEndpoint -EmailAddress administrator@contoso.com -Credentials $cred | Out-Null');
  step(s, 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart | Out-Null');
  s.advance('3d');
  return s;
}

const cloudItems = (s: Session) => Number(step(s, '(Get-MailboxStatistics sara.lindqvist).ItemCount').trim());
const onPremItems = (s: Session) => Number(step(s, '(Get-OnPremMailboxStatistics "Sara Lindqvist").ItemCount').trim());

describe('mail during and after the MX switch', () => {
  const s = migrated();
  const synced = cloudItems(s);

  it('while MX points on premises, mail is tracked on premises and reaches the cloud mailbox with the next incremental sync', () => {
    const sent = step(s, 'Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com -Subject Quote -Count 2');
    expect(lines(sent)).toEqual([
      'Recipient                  DeliveredTo MxHost           Subject',
      '---------                  ----------- ------           -------',
      'sara.lindqvist@contoso.com OnPremises  mail.contoso.com Quote 1',
      'sara.lindqvist@contoso.com OnPremises  mail.contoso.com Quote 2',
    ]);
    expect(lines(step(s, 'Get-OnPremMessageTrackingLog -MessageSubject Quote'))).toEqual([
      'EventId Source      Sender               Recipients                   MessageSubject',
      '------- ------      ------               ----------                   --------------',
      'RECEIVE SMTP        partner@fabrikam.com {sara.lindqvist@contoso.com} Quote 1',
      'RECEIVE SMTP        partner@fabrikam.com {sara.lindqvist@contoso.com} Quote 2',
      'DELIVER STOREDRIVER partner@fabrikam.com {sara.lindqvist@contoso.com} Quote 1',
      'DELIVER STOREDRIVER partner@fabrikam.com {sara.lindqvist@contoso.com} Quote 2',
    ]);
    expect(step(s, 'Get-OnPremMessageTrackingLog -EventId DELIVER -Recipients sara.lindqvist@contoso.com | Measure-Object | Select-Object -ExpandProperty Count')).toBe('2\n');
    expect(step(s, 'Get-MessageTrace')).toBe('');
    expect(cloudItems(s)).toBe(synced);
    s.advance('1d');
    expect(cloudItems(s)).toBe(synced + 2);
  });

  it('after the MX switch, mail still lands on premises until the old TTL expires, then in Exchange Online', () => {
    routeMailToMicrosoft365(s);
    const early = step(s, 'Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com -Subject Early');
    expect(lines(early)[2]).toBe('sara.lindqvist@contoso.com OnPremises  mail.contoso.com Early');
    s.advance('1h');
    const before = cloudItems(s);
    const late = step(s, 'Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com -Subject Late');
    expect(lines(late)[2]).toBe('sara.lindqvist@contoso.com ExchangeOnline contoso-com.mail.protection.outlook.com Late');
    expect(cloudItems(s)).toBe(before + 1);
    expect(lines(step(s, 'Get-MessageTrace'))).toEqual([
      'Received              Sender Address       Recipient Address          Subject Status',
      '--------              --------------       -----------------          ------- ------',
      '1/10/2025 10:00:00 AM partner@fabrikam.com sara.lindqvist@contoso.com Late    Delivered',
    ]);
    expect(lines(step(s, 'Get-MessageTraceV2 -RecipientAddress sara.lindqvist@contoso.com -Status Delivered | Format-List SenderAddress, Subject, Status, Size'))).toEqual([
      'SenderAddress : partner@fabrikam.com',
      'Subject       : Late',
      'Status        : Delivered',
      'Size          : 3076',
    ]);
    expect(step(s, 'Get-OnPremMessageTrackingLog -MessageSubject Late')).toBe('');
    expect(step(s, 'Get-OnPremMessageTrackingLog -MessageSubject Early -EventId DELIVER | Select-Object -ExpandProperty Sender')).toBe('partner@fabrikam.com\n');
  });

  it('the incremental sync copies what arrived on premises while the batch exists; after Remove-MigrationBatch nothing more is copied', () => {
    const before = cloudItems(s);
    s.advance('1d');
    expect(cloudItems(s)).toBe(before + 1); // 'Early', delivered on premises before the TTL expired
    step(s, 'Remove-MigrationBatch -Identity CutoverBatch -Confirm:$false');
    s.advance('1h');
    expect(step(s, 'Get-MigrationBatch')).toBe('');
    const onPrem = onPremItems(s);
    step(s, 'Send-MailMessage -From tomas.novak@contoso.com -To sara.lindqvist@contoso.com -Subject Stranded -SmtpServer mail.contoso.com -WarningAction SilentlyContinue');
    expect(onPremItems(s)).toBe(onPrem + 1);
    const cloud = cloudItems(s);
    s.advance('3d');
    expect(cloudItems(s)).toBe(cloud);
    expect(step(s, 'Get-OnPremMessageTrackingLog -MessageSubject Stranded -EventId DELIVER | Select-Object -ExpandProperty Recipients')).toBe('sara.lindqvist@contoso.com\n');
  });
});

describe('Send-MailMessage', () => {
  it('prints pwsh\'s obsolete warning and delivers through the server named', () => {
    const s = seedSession([]);
    const r = s.run('Send-MailMessage -From sara.lindqvist@contoso.com -To tomas.novak@contoso.com -Subject Hello -SmtpServer EXCH-SRV-01.corp.contoso.com');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      "The command 'Send-MailMessage' is obsolete. This cmdlet does not guarantee secure connections to SMTP servers. While there is no immediate replacement available in PowerShell, we recommend you do not use Send-MailMessage at this time. See https://aka.ms/SendMailMessage for more information.",
    ]);
    expect(s.store.read().mail.messages.map((m) => [m.recipientAddress, m.destination, m.mxHost])).toEqual([['tomas.novak@contoso.com', 'OnPremises', null]]);
  });

  it('uses $PSEmailServer when -SmtpServer is not given', () => {
    const s = seedSession([]);
    step(s, '$PSEmailServer = "mail.contoso.com"');
    step(s, 'Send-MailMessage -From a@fabrikam.com -To sara.lindqvist@contoso.com -Subject x -WarningAction SilentlyContinue');
    expect(s.store.read().mail.messages).toHaveLength(1);
  });

  it.each([
    ['Send-MailMessage -From notanaddress -To sara.lindqvist@contoso.com -SmtpServer mail.contoso.com', 'The specified string is not in the form required for an e-mail address.', 'FormatException,Microsoft.PowerShell.Commands.SendMailMessage'],
    ['Send-MailMessage -From a@fabrikam.com -To "bad address" -SmtpServer mail.contoso.com', 'The specified string is not in the form required for an e-mail address.', 'FormatException,Microsoft.PowerShell.Commands.SendMailMessage'],
    ['Send-MailMessage -From a@fabrikam.com -To sara.lindqvist@contoso.com', 'The email cannot be sent because no SMTP server was specified. You must specify an SMTP server by using either the SmtpServer parameter or the $PSEmailServer variable.', 'Microsoft.PowerShell.Commands.SendMailMessage'],
    ['Send-MailMessage -From a@fabrikam.com -To sara.lindqvist@contoso.com -SmtpServer smtp.nowhere.example', 'Name or service not known', 'SmtpException,Microsoft.PowerShell.Commands.SendMailMessage'],
    ['Send-MailMessage -From admin@contoso.onmicrosoft.com -To sara.lindqvist@contoso.com -SmtpServer smtp.office365.com -Port 587', 'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail.', 'SmtpException,Microsoft.PowerShell.Commands.SendMailMessage'],
    ["Send-MailMessage -From a@fabrikam.com -To '' -SmtpServer mail.contoso.com", "Cannot validate argument on parameter 'To'. The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.", null],
  ])('%s fails as pwsh does and sends nothing', (script, message, fqid) => {
    const s = seedSession([]);
    const before = s.store.exportJson();
    const r = s.run(`${script} -WarningAction SilentlyContinue`);
    expect(r.errors.map((e) => e.message)).toEqual([message]);
    if (fqid) expect(step(s, '$Error[0].FullyQualifiedErrorId')).toBe(fqid + '\n');
    expect(s.store.exportJson()).toBe(before);
  });
});

describe('bad input to the lab and trace cmdlets changes nothing', () => {
  const s = migrated();
  it.each([
    ['Send-LabMail -From "not an address" -To sara.lindqvist@contoso.com', "Cannot validate argument on parameter 'From'. 'not an address' is not a valid email address."],
    ['Send-LabMail -From partner@fabrikam.com -To sara.lindqvist', "Cannot validate argument on parameter 'To'. 'sara.lindqvist' is not a valid email address."],
    ['Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com -Count 0', "Cannot validate argument on parameter 'Count'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again."],
    ['Test-LabAutodiscover -EmailAddress sara -From Inside', "Cannot validate argument on parameter 'EmailAddress'. 'sara' is not a valid email address."],
    ['Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Elsewhere', 'Cannot validate argument on parameter \'From\'. The argument "Elsewhere" does not belong to the set "Inside,Outside" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.'],
    ['Get-MessageTrace -StartDate "1/7/2025" -EndDate "1/6/2025"', 'Invalid EndDate value. The EndDate must be later than the StartDate.'],
    ['Get-MessageTrace -StartDate "12/1/2024"', "Invalid StartDate value. The StartDate can't be older than 10 days from today."],
    ['Get-MessageTrace -SenderAddress partner', "Invalid SenderAddress value: 'partner' isn't a valid SMTP address."],
    ['Get-MessageTraceV2 -StartDate "1/7/2025" -EndDate "1/6/2025"', 'Invalid EndDate value. The EndDate must be later than the StartDate.'],
    ['Get-MessageTraceV2 -StartDate "12/20/2024" -EndDate "1/8/2025"', "Invalid date range. The time range between StartDate and EndDate can't be more than 10 days."],
    ['Get-OnPremMessageTrackingLog -Server EXCH-SRV-09', "The operation couldn't be performed because object 'EXCH-SRV-09' couldn't be found on 'DC01.corp.contoso.com'."],
  ])('%s', (script, message) => {
    const before = s.store.exportJson();
    expect(s.run(script).errors.map((e) => e.message)).toEqual([message]);
    expect(s.store.exportJson()).toBe(before);
  });

  it('a missing mandatory parameter is a binding error (no prompt without a console)', () => {
    const t = createSession({ scenario: 'contoso', input: [], realTime: () => 0 });
    const before = t.store.exportJson();
    for (const script of ['Send-LabMail -From partner@fabrikam.com', 'Test-LabAutodiscover -From Inside', 'Send-MailMessage -To a@contoso.com -SmtpServer mail.contoso.com'])
      expect(t.run(script).errors.length).toBe(1);
    expect(t.store.exportJson()).toBe(before);
  });

  it('Get-MessageTrackingLog with -End before -Start matches nothing', () => {
    step(s, 'Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com | Out-Null');
    expect(step(s, 'Get-OnPremMessageTrackingLog -Start (Get-Date) -End (Get-Date).AddDays(-1)')).toBe('');
    expect(step(s, 'Get-OnPremMessageTrackingLog -Start (Get-Date).AddHours(-1) -End (Get-Date).AddHours(1) | Measure-Object | Select-Object -ExpandProperty Count')).toBe('2\n');
  });
});

describe('Test-LabAutodiscover', () => {
  const s = migrated();
  const steps = (from: string) => lines(step(s, `(Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From ${from}).Steps | Format-Table Order, Method, Outcome`));

  it('before the changes, a domain-joined client finds the on-premises server through the SCP', () => {
    expect(lines(step(s, 'Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Inside'))).toEqual([
      'EmailAddress : sara.lindqvist@contoso.com',
      'From         : Inside',
      'Result       : OnPremises',
      'Steps        : {Scp: Found}',
    ]);
    expect(step(s, '(Test-LabAutodiscover sara.lindqvist@contoso.com -From Inside).Steps[0].Detail')).toBe(
      // Inside, the DC's zone answers: the CAS's internal address.
      'autodiscover.contoso.com -> CNAME mail.contoso.com -> A 10.0.0.20: the on-premises Exchange server answered with its settings for sara.lindqvist@contoso.com.\n',
    );
    expect(steps('Outside')).toEqual([
      'Order Method             Outcome',
      '----- ------             -------',
      '    1 RootDomain         NotResolved',
      '    2 AutodiscoverDomain Found',
    ]);
  });

  it('after the CNAME to autodiscover.outlook.com and the SCP cleared, both land on Exchange Online once the old TTL expired', () => {
    // As the learner types it: the public CNAME at the registrar, the SCP cleared...
    step(s, 'Set-LabDnsRecord -Zone contoso.com -Name autodiscover -Type CNAME -Value autodiscover.outlook.com -TTL 3600');
    step(s, 'Set-OnPremClientAccessServer -Identity EXCH-SRV-01 -AutoDiscoverServiceInternalUri $null');
    // Resolvers still hold the old CNAME for its TTL.
    expect(step(s, '(Test-LabAutodiscover sara.lindqvist@contoso.com -From Outside).Result')).toBe('OnPremises\n');
    s.advance('1h');
    // ...an inside client still finds the server through the DC's own autodiscover record...
    expect(step(s, '(Test-LabAutodiscover sara.lindqvist@contoso.com -From Inside).Result')).toBe('OnPremises\n');
    // ...until the internal zone gets the same CNAME (the DC refuses a second alias: remove the old one first).
    step(s, 'Remove-DnsServerResourceRecord -ZoneName contoso.com -Name autodiscover -RRType CName -Force');
    step(s, 'Add-DnsServerResourceRecordCName -ZoneName contoso.com -Name autodiscover -HostNameAlias autodiscover.outlook.com');
    expect(steps('Inside')).toEqual([
      'Order Method             Outcome',
      '----- ------             -------',
      '    1 Scp                Skipped',
      '    2 RootDomain         NotResolved',
      '    3 AutodiscoverDomain CertificateMismatch',
      '    4 Redirect           Found',
    ]);
    expect(step(s, '(Test-LabAutodiscover sara.lindqvist@contoso.com -From Inside).Result')).toBe('ExchangeOnline\n');
    expect(step(s, '(Test-LabAutodiscover sara.lindqvist@contoso.com -From Outside).Result')).toBe('ExchangeOnline\n');
    expect(step(s, '(Test-LabAutodiscover sara.lindqvist@contoso.com -From Outside).Steps[-1].Detail')).toBe(
      'autodiscover.contoso.com -> CNAME autodiscover.outlook.com: redirected to https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml: Exchange Online answered with its settings for sara.lindqvist@contoso.com.\n',
    );
  });

  it('a mailbox neither side has fails', () => {
    expect(step(s, '(Test-LabAutodiscover nobody@contoso.com -From Outside).Result')).toBe('Failed\n');
  });
});
