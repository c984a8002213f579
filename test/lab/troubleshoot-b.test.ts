/**
 * The troubleshooting labs of the broken contoso variants (hidden mailbox, directory sync, manager
 * outside the migration, bad items, Autodiscover broken, 2,500 mailboxes, Exchange 2003 with its RPC
 * ports closed): scripted learners who do each lab right (Test-LabStep after every step, and graded
 * from the final world the way `exo-shell lab check` does), who leave a step out, and who break something.
 */
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../src/session';
import { getBuiltInLab, gradeLab, gradeReport, sessionEvaluator, type LabProgress } from '../../src/lab';
import type { World } from '../../src/model/world';

const ADMIN = ['administrator@contoso.com', 'P@ssw0rd!'];
const CONNECT = 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com';
const TSMA = '$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $Credentials';
const EMS = '$Ems = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Authentication Kerberos -Credential $Credentials';
const onPrem = (block: string) => `Invoke-Command -Session $Ems -ScriptBlock { ${block} }`;
/** The article's cutover, as a learner types it. */
const CUTOVER = [
  CONNECT,
  '$Credentials = Get-Credential',
  TSMA,
  'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings',
  'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart',
  'Set-LabClock -Advance 1d',
  'Get-MigrationBatch CutoverBatch',
];

interface LabCase {
  lab: string;
  /** The lines a learner who does it right types, step by step. */
  steps: string[][];
  /** A line left out, the step that then fails and its message. */
  leaveOut: { line: string; step: string; message: string };
  /** Lines typed after doing it right (or a line typed instead of a right one) that break something, the step that then fails and its message. */
  breaks: { lines: string[]; instead?: [string, string]; step: string; message: string };
}

function learner(c: LabCase, lines: string[], testEachStep = false): Session {
  const s = createSession({ connected: false, input: [...ADMIN, ...ADMIN, ...ADMIN], realTime: () => 0 });
  const started = s.run(`Start-Lab ${c.lab}`);
  expect(started.errors).toEqual([]);
  if (!testEachStep) for (const l of lines) s.run(l);
  return s;
}

function grade(c: LabCase, s: Session) {
  const lab = getBuiltInLab(c.lab)!;
  const scratch = createSession({ world: JSON.parse(JSON.stringify(s.world)) as World, realTime: () => 0 });
  return gradeLab(lab, s.world.lab as LabProgress, sessionEvaluator(scratch));
}

const failures = (g: ReturnType<typeof grade>) => g.steps.filter((x) => x.status !== 'PASS').map((x) => [x.step.id, x.status, x.missing[0]]);

export function labSuite(c: LabCase): void {
  describe(c.lab, () => {
    const lab = () => getBuiltInLab(c.lab)!;

    it('has 5 to 8 steps, each with hints that grow more specific and a solution', () => {
      const l = lab();
      expect(l.steps.length).toBeGreaterThanOrEqual(5);
      expect(l.steps.length).toBeLessThanOrEqual(8);
      expect(c.steps).toHaveLength(l.steps.length);
      for (const s of l.steps) {
        expect(s.hints?.length ?? 0).toBeGreaterThan(0);
        expect(s.solution).toBeTruthy();
      }
    });

    it('a learner who does it right passes every step, through Test-LabStep after each step', () => {
      const s = learner(c, [], true);
      const l = lab();
      c.steps.forEach((lines, i) => {
        for (const line of lines) s.run(line);
        const r = s.run('Test-LabStep');
        expect(r.text.split('\n')[0]).toBe(`Step ${i + 1} of ${l.steps.length}: ${l.steps[i]!.title}: done.`);
      });
      expect(s.world.lab!.passed).toEqual(l.steps.map((x) => x.id));
    });

    it('the same work graded from the final world (exo-shell lab check): every step passes', () => {
      const g = grade(c, learner(c, c.steps.flat()));
      expect(failures(g)).toEqual([]);
      expect(gradeReport(g).endsWith(`${lab().steps.length} passed, 0 failed\n`)).toBe(true);
    });

    it(`a learner who leaves out \`${c.leaveOut.line.slice(0, 60)}\` fails ${c.leaveOut.step} with its message; the rest pass`, () => {
      const lines = c.steps.flat();
      expect(lines).toContain(c.leaveOut.line);
      const g = grade(c, learner(c, lines.filter((l) => l !== c.leaveOut.line)));
      expect(failures(g)).toEqual([[c.leaveOut.step, 'FAIL', c.leaveOut.message]]);
    });

    it(`a learner who breaks something fails ${c.breaks.step}`, () => {
      const [right, wrong] = c.breaks.instead ?? ['', ''];
      const lines = c.steps.flat().map((l) => (l === right ? wrong : l));
      const g = grade(c, learner(c, [...lines, ...c.breaks.lines]));
      expect(failures(g)).toEqual([[c.breaks.step, 'FAIL', c.breaks.message]]);
    });
  });
}

labSuite({
  lab: 'troubleshoot-hidden-mailbox',
  steps: [
    CUTOVER,
    ['Get-MigrationUser -Status Failed', 'Get-MigrationUser -Status Failed | Get-MigrationUserStatistics -IncludeReport | Format-List Identity,Error,Report'],
    [EMS, onPrem('Get-Mailbox -Identity ines.moreau | Format-List Name,HiddenFromAddressListsEnabled')],
    [onPrem('Set-Mailbox -Identity ines.moreau -HiddenFromAddressListsEnabled $false')],
    ['Start-MigrationBatch -Identity CutoverBatch', 'Set-LabClock -Advance 1d'],
    ['Get-MigrationBatch -Identity CutoverBatch | Format-List Status,TotalCount,SyncedCount,FailedCount'],
  ],
  leaveOut: { line: onPrem('Get-Mailbox -Identity ines.moreau | Format-List Name,HiddenFromAddressListsEnabled'), step: 'inspect-mailbox', message: "Look at the failed user's mailbox on premises: Get-Mailbox ... | Format-List HiddenFromAddressListsEnabled." },
  breaks: { lines: [onPrem('Set-Mailbox -Identity ines.moreau -HiddenFromAddressListsEnabled $true')], step: 'unhide', message: "Ines Moreau's mailbox is still hidden from the address lists on premises." },
});

const UNTIE = onPrem("Set-User sara.lindqvist -Manager $null; Set-Mailbox daniel.eriksen -GrantSendOnBehalfTo @{Remove='board.liaison'}");
labSuite({
  lab: 'troubleshoot-manager-outside',
  steps: [
    CUTOVER,
    ['Get-MigrationUser -Status Failed | Get-MigrationUserStatistics -IncludeReport | Format-List Identity,Error,Report'],
    [EMS, onPrem('Get-User sara.lindqvist | Format-List Name,Manager'), onPrem('Get-Mailbox daniel.eriksen | Format-List Name,GrantSendOnBehalfTo')],
    [UNTIE],
    ['Start-MigrationBatch -Identity CutoverBatch', 'Set-LabClock -Advance 1d'],
    ['Get-MigrationBatch -Identity CutoverBatch | Format-List Status,TotalCount,SyncedCount,FailedCount'],
  ],
  leaveOut: { line: onPrem('Get-User sara.lindqvist | Format-List Name,Manager'), step: 'inspect', message: 'Find the manager on premises with Get-User ... | Format-List Name,Manager.' },
  breaks: { lines: [onPrem("Set-Mailbox daniel.eriksen -GrantSendOnBehalfTo @{Add='board.liaison'}")], step: 'remove-ties', message: "Daniel Eriksen's mailbox still has a delegate (GrantSendOnBehalfTo) the cutover does not migrate." },
});

const REPORT = 'Get-MigrationUser -Status Failed | Get-MigrationUserStatistics -IncludeReport | Format-List Identity,Error,Report';
labSuite({
  lab: 'troubleshoot-bad-items',
  steps: [
    CUTOVER,
    ['Get-MigrationUser | Where-Object SkippedItemCount -gt 0', 'Get-MigrationUser marco.rossi@contoso.com | Get-MigrationUserStatistics -IncludeSkippedItems | Select-Object -ExpandProperty SkippedItems | Format-Table Subject,Kind,FolderName'],
    [REPORT],
    [EMS, onPrem('New-MailboxRepairRequest -Mailbox zoe.larsen -CorruptionType ProvisionedFolder,SearchFolder -DetectOnly'), onPrem('New-MailboxRepairRequest -Mailbox zoe.larsen -CorruptionType ProvisionedFolder,SearchFolder,AggregateCounts,FolderView')],
    ['Set-MigrationBatch -Identity CutoverBatch -ApproveSkippedItems', 'Start-MigrationBatch -Identity CutoverBatch', 'Set-LabClock -Advance 1d'],
    ['Complete-MigrationBatch -Identity CutoverBatch -Confirm:$false', 'Set-LabClock -Advance 1h', 'Get-MigrationBatch -Identity CutoverBatch | Format-List Status'],
  ],
  leaveOut: { line: REPORT, step: 'failed', message: "Read the failed user's report with Get-MigrationUserStatistics -IncludeReport." },
  // Approving one user's skipped items leaves the other's: completion waits for them.
  breaks: { lines: [], instead: ['Set-MigrationBatch -Identity CutoverBatch -ApproveSkippedItems', 'Set-MigrationUser -Identity marco.rossi@contoso.com -ApproveSkippedItems'], step: 'complete', message: 'CutoverBatch is not Completed: complete it, and approve the skipped items it waits for.' },
});

const MANUAL = '$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -ExchangeServer EXCH-SRV-01.corp.contoso.com -RpcProxyServer mail.contoso.com -Authentication Basic -EmailAddress administrator@contoso.com -Credentials $Credentials';
labSuite({
  lab: 'troubleshoot-autodiscover-broken',
  steps: [
    [CONNECT, '$Credentials = Get-Credential', TSMA, '$TSMA | Format-List'],
    ['Resolve-DnsName autodiscover.contoso.com', 'Resolve-DnsName mail.contoso.com'],
    [MANUAL],
    ['New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings', 'Get-MigrationEndpoint CutoverEndpoint | Format-List EndpointType,ExchangeServer,RpcProxyServer,UseAutoDiscover'],
    ['New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart', 'Set-LabClock -Advance 1d'],
    ['Get-MigrationBatch -Identity CutoverBatch | Format-List Status,TotalCount,SyncedCount,FailedCount'],
  ],
  leaveOut: { line: 'Resolve-DnsName autodiscover.contoso.com', step: 'dns', message: 'Look up autodiscover.contoso.com with Resolve-DnsName.' },
  breaks: { lines: ['Stop-MigrationBatch CutoverBatch -Confirm:$false', 'Set-LabClock -Advance 1h'], step: 'migrate', message: 'CutoverBatch has not reached Synced: start it and let time pass with Set-LabClock -Advance 1d.' },
});

const CSV = 'C:\\Users\\Administrator\\Desktop\\mailboxes.csv';
labSuite({
  lab: 'troubleshoot-2500',
  steps: [
    [CONNECT, '$Credentials = Get-Credential', TSMA, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings', 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint'],
    [EMS, onPrem('(Get-Mailbox -ResultSize Unlimited).Count')],
    ['New-MigrationEndpoint -ExchangeRemoteMove -Name HybridEndpoint -RemoteServer mail.contoso.com -Credentials $Credentials'],
    [`${onPrem('Get-Mailbox -ResultSize Unlimited')} | Select-Object @{n='EmailAddress';e={$_.PrimarySmtpAddress}} | Export-Csv ${CSV} -NoTypeInformation`],
    [`New-MigrationBatch -Name HybridBatch -SourceEndpoint HybridEndpoint -TargetDeliveryDomain contoso.mail.onmicrosoft.com -CSVData ([System.IO.File]::ReadAllBytes('${CSV}')) -AutoStart`],
    ['Set-LabClock -Advance 30d', 'Complete-MigrationBatch -Identity HybridBatch -Confirm:$false', 'Set-LabClock -Advance 1d'],
  ],
  leaveOut: { line: onPrem('(Get-Mailbox -ResultSize Unlimited).Count'), step: 'count', message: 'Count every mailbox on premises: (Get-Mailbox -ResultSize Unlimited).Count.' },
  // Completing before the copy is done is refused: the batch is still syncing.
  breaks: { lines: [], instead: ['Set-LabClock -Advance 30d', 'Set-LabClock -Advance 1d'], step: 'complete', message: 'The mailboxes are not all in Exchange Online yet: the remote move batch is not Completed.' },
});

labSuite({
  lab: 'troubleshoot-dirsync',
  steps: [
    [CONNECT, '$Credentials = Get-Credential', TSMA, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings', 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint'],
    ['$TSMA | Format-List Result,SupportsCutover,Message'],
    ['Connect-MgGraph -Scopes Organization.ReadWrite.All', 'Get-MgOrganization | Format-List Id,DisplayName,OnPremisesSyncEnabled'],
    ['$OrgID = (Get-MgOrganization).Id', 'Update-MgBetaOrganization -OrganizationId $OrgID -BodyParameter @{onPremisesSyncEnabled = $false}'],
    ['New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart', 'Set-LabClock -Advance 1d'],
    ['Get-MigrationBatch -Identity CutoverBatch | Format-List Status,TotalCount,SyncedCount,FailedCount'],
  ],
  leaveOut: { line: '$TSMA | Format-List Result,SupportsCutover,Message', step: 'eligibility', message: "Look at the connection test's SupportsCutover: $TSMA | Format-List." },
  breaks: { lines: ['Update-MgBetaOrganization -OrganizationId $OrgID -BodyParameter @{onPremisesSyncEnabled = $true}'], step: 'turn-off', message: 'Directory synchronization is still on: OnPremisesSyncEnabled is True.' },
});

const PORTS = '6001, 6002, 6004, 443 | ForEach-Object { Test-NetConnection EXCH-SRV-01.corp.contoso.com -Port $_ }';
const MANUAL_2003 = '$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -ExchangeServer EXCH-SRV-01.corp.contoso.com -RpcProxyServer mail.contoso.com -Authentication NTLM -EmailAddress administrator@contoso.com -Credentials $Credentials';
labSuite({
  lab: 'troubleshoot-exchange2003-ports-closed',
  steps: [
    [CONNECT, '$Credentials = Get-Credential', TSMA, '$TSMA | Format-List'],
    [MANUAL_2003, '$TSMA | Format-List Result,Message,ErrorDetail'],
    [PORTS],
    ['Set-LabFirewall -ComputerName EXCH-SRV-01 -OpenPort 6001,6002,6004'],
    [MANUAL_2003, 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings'],
    ['New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart', 'Set-LabClock -Advance 1d', 'Get-MigrationBatch -Identity CutoverBatch | Format-List Status,TotalCount,SyncedCount,FailedCount'],
  ],
  leaveOut: { line: PORTS, step: 'ports', message: "Test the server's RPC ports with Test-NetConnection EXCH-SRV-01.corp.contoso.com -Port 6004." },
  breaks: { lines: ['Set-LabFirewall -ComputerName EXCH-SRV-01 -ClosePort 6002'], step: 'open-ports', message: 'TCP 6001, 6002 and 6004 of EXCH-SRV-01 are not all open.' },
});
