/**
 * The built-in lab cutover-admin-center (seed 001, the cutover as a whole, done with the PowerShell
 * behind the admin center and the lab commands) on contoso-domain-not-added. Scripted learners: one
 * who does it right (checked with Test-LabStep after each step, graded from the finished world as
 * `exo-shell lab check` does, and through the CLI), one who leaves a step out, one who breaks
 * something afterwards, one who skips steps.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../shell/bundled-cli';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession, type Session } from '../../src/session';
import { builtInLabNames, getBuiltInLab, gradeLab, gradeReport, parseLabText, sessionEvaluator, validateLab, type LabProgress } from '../../src/lab';
import type { World } from '../../src/model/world';

const NAME = 'cutover-admin-center';
const ADMIN = ['CONTOSO\\administrator', 'P@ssw0rd!'];
const EOP = 'contoso-com.mail.protection.outlook.com';
const lab = () => getBuiltInLab(NAME)!;

/** What a learner types for each step, in the lab's order (one command line each). */
const STEPS: [string, string[]][] = [
  ['connect', [
    'Connect-MgGraph -Scopes Domain.ReadWrite.All, User.ReadWrite.All, Organization.Read.All -NoWelcome',
    'Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com',
    'Get-MgDomain',
    'Get-AcceptedDomain',
  ]],
  ['add-domain', [
    'New-MgDomain -Id contoso.com',
    "$txt = (Get-MgDomainVerificationDnsRecord -DomainId contoso.com | Where-Object RecordType -eq 'Txt').AdditionalProperties.text",
  ]],
  ['txt-record', [
    'Get-LabDnsRecord contoso.com',
    "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value $txt -Append -PassThru",
  ]],
  ['verify-domain', [
    'Resolve-DnsName contoso.com -Type TXT',
    'Set-LabClock -Advance 15m',
    'Confirm-MgDomain -DomainId contoso.com',
    'Get-AcceptedDomain',
  ]],
  ['prepare-onprem', [
    '$cred = Get-Credential',
    '$onprem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Authentication Kerberos -Credential $cred',
    'Invoke-Command -Session $onprem { Get-OutlookAnywhere | Format-List ExternalHostname,ClientAuthenticationMethod,ExternalUrl }',
    'Invoke-Command -Session $onprem { Get-ExchangeCertificate | Format-List Subject,Issuer,CertificateDomains,IsSelfSigned,Services,Status }',
    'Invoke-Command -Session $onprem { Get-MailboxPermission sara.lindqvist -User administrator }',
    'Invoke-Command -Session $onprem { Get-Mailbox -ResultSize Unlimited | Where-Object HiddenFromAddressListsEnabled }',
  ]],
  ['endpoint', [
    'New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name Test5-endpoint -EmailAddress sara.lindqvist@contoso.com -Credentials $cred',
    'Test-MigrationServerAvailability -Endpoint Test5-endpoint | Format-List Result,SupportsCutover',
  ]],
  ['batch', [
    'New-MigrationBatch -Name CutoverBatch -SourceEndpoint Test5-endpoint -AutoStart',
    'Get-MigrationBatch CutoverBatch',
  ]],
  ['sync', [
    "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -TTL 300",
    'Set-LabClock -Advance 3d',
    'Get-MigrationBatch CutoverBatch | Format-List Status,TotalCount,SyncedCount',
    "Get-MgUser -All | Where-Object UserPrincipalName -like '*@contoso.com'",
  ]],
  ['mx', [
    `Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -Value ${EOP} -Preference 0 -PassThru`,
    'Resolve-DnsName contoso.com -Type MX',
  ]],
  ['mail-flow', [
    'Set-LabClock -Advance 72h',
    'Resolve-DnsName contoso.com -Type MX',
    "Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com -Subject 'After the switch'",
    'Get-MessageTrace -RecipientAddress sara.lindqvist@contoso.com',
  ]],
  ['remove-batch', [
    'Get-MigrationBatch CutoverBatch | Format-List Status,LastSyncedDateTime',
    'Remove-MigrationBatch -Identity CutoverBatch -Confirm:$false',
    'Set-LabClock -Advance 1h',
    'Get-MigrationBatch',
  ]],
  ['licenses', [
    'Get-MgSubscribedSku | Format-List SkuPartNumber,SkuId,ConsumedUnits',
    "$sku = (Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId",
    "$users = Get-MgUser -All | Where-Object UserPrincipalName -like '*@contoso.com'",
    '$users | ForEach-Object { Update-MgUser -UserId $_.Id -UsageLocation GB }',
    '$users | ForEach-Object { Set-MgUserLicense -UserId $_.Id -AddLicenses @{SkuId = $sku} -RemoveLicenses @() } | Out-Null',
    'Get-MgUserLicenseDetail -UserId sara.lindqvist@contoso.com',
  ]],
  ['autodiscover', [
    'Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Outside',
    'Set-LabDnsRecord -Zone contoso.com -Name autodiscover -Type CNAME -Value autodiscover.outlook.com',
    'Remove-DnsServerResourceRecord -ZoneName contoso.com -Name autodiscover -RRType CName -Force',
    'Add-DnsServerResourceRecordCName -ZoneName contoso.com -Name autodiscover -HostNameAlias autodiscover.outlook.com',
    'Invoke-Command -Session $onprem { Set-ClientAccessServer -Identity EXCH-SRV-01 -AutoDiscoverServiceInternalUri $null }',
    'Set-LabClock -Advance 1h',
    'Test-LabAutodiscover -EmailAddress sara.lindqvist@contoso.com -From Inside',
  ]],
  ['decommission', [
    'Remove-MigrationEndpoint -Identity Test5-endpoint -Confirm:$false',
    'Remove-PSSession $onprem',
    'Set-LabClock -Advance 31d',
    'Get-Mailbox -ResultSize Unlimited | Where-Object AccountDisabled',
  ]],
];
const RIGHT = STEPS.flatMap(([, lines]) => lines);
const ALL_PASS = () => lab().steps.map((s) => [s.id, 'PASS', []]);

function learner(lines: string[], answers = ADMIN): Session {
  const s = createSession({ connected: false, input: [...answers], realTime: () => 0 });
  s.run(`Start-Lab ${NAME}`);
  for (const l of lines) s.run(l);
  return s;
}

/** Graded from the finished world and the history, as `exo-shell lab check` does (a scratch copy of the world). */
function grade(s: Session) {
  const scratch = createSession({ world: JSON.parse(JSON.stringify(s.world)) as World, realTime: () => 0 });
  return gradeLab(lab(), s.world.lab as LabProgress, sessionEvaluator(scratch));
}

const notPassed = (g: ReturnType<typeof grade>) => g.steps.filter((x) => x.status !== 'PASS').map((x) => [x.step.id, x.status, x.missing]);
const without = (patterns: RegExp[]) => RIGHT.filter((l) => !patterns.some((p) => p.test(l)));

describe('cutover-admin-center: the lab file', () => {
  it('validates, starts on contoso-domain-not-added and follows the article from the domain to the decommissioning', () => {
    const l = validateLab(JSON.parse(readFileSync(`src/lab/labs/${NAME}.json`, 'utf8')), `${NAME}.json`);
    expect(l.scenario).toBe('contoso-domain-not-added');
    expect(l.steps.map((s) => s.id)).toEqual(STEPS.map(([id]) => id));
    for (const step of l.steps) {
      expect(step.hints?.length, step.id).toBeGreaterThan(0);
      expect(step.solution, step.id).toBeTruthy();
      // Learner-facing text carries no internal rule or step ids.
      expect(JSON.stringify(step), step.id).not.toMatch(/\(R\d+\)|\bS[01] [Ss]tep\b/);
    }
    expect([lab().steps.length, gradeLab(lab(), { name: NAME, stepIndex: 0, skipped: [], history: [] }, () => true).total]).toEqual([14, 56]);
  });

  it('Start-Lab loads the scenario where the tenant does not know contoso.com and shows the first step with the virtual clock', () => {
    const s = createSession({ connected: false, realTime: () => 0 });
    const r = s.run(`Start-Lab ${NAME}`);
    expect(r.errors).toEqual([]);
    expect(s.world.scenario.name).toBe('contoso-domain-not-added');
    expect(r.text).toContain("Lab 'Cutover migration, from the domain to the decommissioning' started on a fresh 'contoso-domain-not-added' world.");
    expect(r.text).toContain('Step 1 of 14: Connect to Microsoft 365 and Exchange Online\nVirtual clock: 2025-01-06 09:00 UTC');
    expect(r.text).toContain('    Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com');
    expect(r.text).not.toContain('```');
  });
});

describe('cutover-admin-center: a learner who does it right', () => {
  it('checks each step with Test-LabStep as it goes: every step is done in turn, then every step passes', () => {
    const s = createSession({ connected: false, input: [...ADMIN], realTime: () => 0 });
    s.run(`Start-Lab ${NAME}`);
    const said: string[] = [];
    STEPS.forEach(([, lines], i) => {
      for (const l of lines) {
        const r = s.run(l);
        expect(r.errors.map((e) => e.message), l).toEqual([]);
      }
      said.push(s.run('Test-LabStep').text.split('\n')[0]!);
      expect(said[i]).toBe(`Step ${i + 1} of 14: ${lab().steps[i]!.title}: done.`);
    });
    expect(s.world.lab!.passed).toEqual(STEPS.map(([id]) => id));
    expect(s.run('Test-LabStep').text).toBe("Every step of 'Cutover migration, from the domain to the decommissioning' is done. Get-LabProgress shows the score; Stop-Lab ends the lab.\n");
    expect(s.run('Get-LabProgress | ForEach-Object { "$($_.Id) $($_.Status) $($_.Score)" }').output).toEqual([
      'connect PASS 3/3', 'add-domain PASS 3/3', 'txt-record PASS 3/3', 'verify-domain PASS 4/4', 'prepare-onprem PASS 3/3', 'endpoint PASS 4/4', 'batch PASS 3/3',
      'sync PASS 4/4', 'mx PASS 5/5', 'mail-flow PASS 5/5', 'remove-batch PASS 4/4', 'licenses PASS 4/4', 'autodiscover PASS 5/5', 'decommission PASS 6/6',
    ]);
    // Graded again from the finished world alone (what Test-LabStep passed aside), every check still holds.
    const g = grade(s);
    expect(notPassed(g)).toEqual([]);
    const fresh = gradeLab(lab(), { ...(s.world.lab as LabProgress), passed: [] }, sessionEvaluator(createSession({ world: JSON.parse(JSON.stringify(s.world)) as World, realTime: () => 0 })));
    expect(fresh.steps.map((x) => [x.step.id, x.status, x.missing])).toEqual(ALL_PASS());
    expect(s.run('Stop-Lab').text).toBe("Lab 'Cutover migration, from the domain to the decommissioning' stopped: 14 of 14 steps passed, score 56/56.\n");
  });

  it('before a step is done, Test-LabStep lists what is missing in the learner\'s words', () => {
    const s = learner(STEPS.slice(0, 8).flatMap(([, l]) => l));
    for (let i = 0; i < 8; i++) s.run('Test-LabStep');
    expect(s.run('Test-LabStep').text).toBe(
      'Step 9 of 14: Route mail to Microsoft 365: not done yet.\n' +
        `  - contoso.com's MX record does not point at ${EOP}: change it with Set-LabDnsRecord.\n` +
        '  - contoso.com still has an MX record for mail.contoso.com: replace it (Set-LabDnsRecord without -Append) so no mail goes to the old server.\n' +
        '  - Look at what resolvers answer with Resolve-DnsName contoso.com -Type MX.\n',
    );
    for (const l of STEPS[8]![1]) s.run(l);
    expect(s.run('Test-LabStep').text.split('\n')[0]).toBe('Step 9 of 14: Route mail to Microsoft 365: done.');
    // The MX changed at the registrar, but senders still have the old one cached: the message lands on premises.
    expect(s.run("(Send-LabMail -From partner@fabrikam.com -To sara.lindqvist@contoso.com -Subject Early).DeliveredTo").text).toBe('OnPremises\n');
    expect(s.run('Test-LabStep').text).toBe(
      'Step 10 of 14: Verify that mail reaches Exchange Online: not done yet.\n' +
        '  - Mail sent to contoso.com from outside does not reach Exchange Online yet: point the MX record at Exchange Online and let it propagate (Set-LabClock -Advance 72h).\n' +
        '  - Find the message in the message trace with Get-MessageTrace.\n',
    );
  });

  it('graded from the finished world as exo-shell lab check does (no Test-LabStep): every step passes, 56/56', () => {
    const g = grade(learner(RIGHT));
    expect(g.steps.map((x) => [x.step.id, x.status, x.missing])).toEqual(ALL_PASS());
    expect(gradeReport(g).endsWith('score: 56/56 (100%)\n14 passed, 0 failed\n')).toBe(true);
  });
});

describe('cutover-admin-center: a learner who leaves something out', () => {
  it('no look at the certificate: the on-premises step fails with its message, the rest pass', () => {
    const g = grade(learner(without([/Get-ExchangeCertificate/])));
    expect(notPassed(g)).toEqual([['prepare-onprem', 'FAIL', ["Check the server's certificate with Get-ExchangeCertificate."]]]);
    expect(gradeReport(g)).toContain("5. Check the on-premises server: FAIL: Check the server's certificate with Get-ExchangeCertificate.\n");
    expect(gradeReport(g).endsWith('score: 55/56 (98%)\n13 passed, 1 failed\n')).toBe(true);
  });

  it('the TXT value published without -Append: the SPF record is gone, the TXT step fails; the domain still verifies', () => {
    const g = grade(learner(RIGHT.map((l) => l.replace(' -Append -PassThru', ' -PassThru'))));
    expect(notPassed(g)).toEqual([['txt-record', 'FAIL', ["contoso.com's SPF record (v=spf1 mx -all) is gone: publish it again beside the verification value (Set-LabDnsRecord ... -Append)."]]]);
  });

  it('only the public autodiscover CNAME changed: Outlook inside the network still finds the on-premises server', () => {
    const g = grade(learner(without([/DnsServerResourceRecord/, /Set-ClientAccessServer/])));
    expect(notPassed(g)).toEqual([
      ['autodiscover', 'FAIL', ['From inside the network, Outlook still finds the on-premises server: change the internal autodiscover CNAME and clear the AutoDiscoverServiceInternalUri with Set-ClientAccessServer.']],
    ]);
  });

  it('no licences: the licence step fails, and after the 30-day grace the mailboxes are disabled, so mail no longer arrives', () => {
    const s = learner(without([/Set-MgUserLicense/]));
    expect(s.run('(Get-Mailbox -ResultSize Unlimited | Where-Object AccountDisabled).Count').text).toBe('25\n');
    expect(notPassed(grade(s))).toEqual([
      ['mail-flow', 'FAIL', ['Mail sent to contoso.com from outside does not reach Exchange Online yet: point the MX record at Exchange Online and let it propagate (Set-LabClock -Advance 72h).']],
      ['licenses', 'FAIL', ['Some migrated users have no licence: give each a usage location (Update-MgUser -UsageLocation) and a licence (Set-MgUserLicense).']],
      ['decommission', 'FAIL', ['Some mailboxes are disabled: they had no licence when their 30-day grace period ended (Set-MgUserLicense enables them again).']],
    ]);
  });
});

describe('cutover-admin-center: a learner who breaks something afterwards', () => {
  it('the MX record pointed back at mail.contoso.com: the MX step fails; an hour later mail lands on premises again', () => {
    const s = learner([...RIGHT, "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -Value mail.contoso.com -Preference 10"]);
    const mx = [
      'mx',
      'FAIL',
      [`contoso.com's MX record does not point at ${EOP}: change it with Set-LabDnsRecord.`, "contoso.com still has an MX record for mail.contoso.com: replace it (Set-LabDnsRecord without -Append) so no mail goes to the old server."],
    ];
    expect(notPassed(grade(s))).toEqual([mx]);
    s.run('Set-LabClock -Advance 1h');
    expect(notPassed(grade(s))).toEqual([mx, ['mail-flow', 'FAIL', ['Mail sent to contoso.com from outside does not reach Exchange Online yet: point the MX record at Exchange Online and let it propagate (Set-LabClock -Advance 72h).']]]);
  });

  it("one user's licence removed: the licence step fails, and with the grace period long over, his mailbox is disabled at once", () => {
    const s = learner([...RIGHT, 'Set-MgUserLicense -UserId tomas.novak@contoso.com -AddLicenses @() -RemoveLicenses @($sku) | Out-Null']);
    expect(s.run('(Get-Mailbox -ResultSize Unlimited | Where-Object AccountDisabled).Name').text).toBe('tomas.novak\n');
    expect(notPassed(grade(s))).toEqual([
      ['licenses', 'FAIL', ['Some migrated users have no licence: give each a usage location (Update-MgUser -UsageLocation) and a licence (Set-MgUserLicense).']],
      ['decommission', 'FAIL', ['Some mailboxes are disabled: they had no licence when their 30-day grace period ended (Set-MgUserLicense enables them again).']],
    ]);
  });

  it('a migration endpoint created again after the clean-up (Autodiscover now answers for Exchange Online, so by server name): the clean-up step fails', () => {
    const s = learner([
      ...RIGHT,
      'New-MigrationEndpoint -ExchangeOutlookAnywhere -ExchangeServer EXCH-SRV-01.corp.contoso.com -RpcProxyServer mail.contoso.com -Name Again -EmailAddress sara.lindqvist@contoso.com -Credentials $cred',
    ]);
    expect(notPassed(grade(s))).toEqual([['decommission', 'FAIL', ['The Outlook Anywhere migration endpoint is still there: remove it with Remove-MigrationEndpoint.']]]);
  });
});

describe('cutover-admin-center: a learner who skips steps', () => {
  it('Skip-LabStep runs the solution and marks the step SKIPPED; the next steps build on what it did', () => {
    const s = createSession({ connected: false, input: [...ADMIN], realTime: () => 0 });
    s.run(`Start-Lab ${NAME}`);
    const skip = new Set(['txt-record', 'prepare-onprem', 'autodiscover']);
    for (const [id, lines] of STEPS) {
      if (skip.has(id)) {
        const r = s.run('Skip-LabStep');
        expect(r.errors.map((e) => e.message), id).toEqual([]);
        expect(r.text).toContain(`: skipped.`);
        continue;
      }
      for (const l of lines) s.run(l);
      expect(s.run('Test-LabStep').text, id).toMatch(/: done\./);
    }
    expect(s.world.lab!.skipped).toEqual(['txt-record', 'prepare-onprem', 'autodiscover']);
    const g = grade(s);
    expect(g.steps.map((x) => [x.step.id, x.status])).toEqual(STEPS.map(([id]) => [id, skip.has(id) ? 'SKIPPED' : 'PASS']));
    const report = gradeReport(g);
    expect(report).toContain('3. Publish the TXT record at the registrar: SKIPPED\n');
    expect(report).toContain('13. Point Autodiscover at Exchange Online: SKIPPED\n');
    expect(report.endsWith('score: 45/56 (80%)\n11 passed, 3 failed\n')).toBe(true);
  });

  it("every step skipped: the solutions alone walk the whole article, and the world they leave passes every expression check", () => {
    const s = createSession({ connected: false, realTime: () => 0 });
    s.run(`Start-Lab ${NAME}`);
    for (let i = 0; i < 14; i++) expect(s.run('Skip-LabStep').errors.map((e) => e.message)).toEqual([]);
    const g = gradeLab(lab(), { ...(s.world.lab as LabProgress), skipped: [] }, sessionEvaluator(createSession({ world: JSON.parse(JSON.stringify(s.world)) as World, realTime: () => 0 })));
    expect(g.steps.flatMap((x) => x.step.checks.filter((c) => 'expression' in c && x.missing.includes(c.message)).map((c) => [x.step.id, c.message]))).toEqual([]);
  });
});

describe('cutover-admin-center: exo-shell lab check', () => {
  let cli = '';
  let dir = '';
  beforeAll(() => {
    cli = bundleCli('exo-shell-cli-cutover-admin-center');
    dir = mkdtempSync(join(tmpdir(), 'exo-shell-lab-admin-'));
  }, 60000);
  const shell = (args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  // A script has no one to answer prompts: the credential is built as a script would.
  const CRED = "$cred = New-Object System.Management.Automation.PSCredential('CONTOSO\\administrator', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))";
  const script = (lines: string[]) => lines.map((l) => (l === '$cred = Get-Credential' ? CRED : l)).join('\n') + '\n';

  it('a learner who ran the whole lab as one script: every step passes, exit 0; one who never tested the endpoint fails that step, exit 1', () => {
    const state = join(dir, 'right.json');
    expect(shell(['-State', state, '-NoConnect', '-Command', `Start-Lab ${NAME}`]).code).toBe(0);
    writeFileSync(join(dir, 'work.ps1'), script(RIGHT));
    shell(['-State', state, '-NoConnect', '-File', join(dir, 'work.ps1')]);
    let r = shell(['lab', 'check', NAME, '-State', state]);
    expect(r.err).toBe('');
    expect(r.out.split('\n')).toEqual([
      'Cutover migration, from the domain to the decommissioning',
      ...lab().steps.map((s, i) => `${i + 1}. ${s.title}: PASS`),
      'score: 56/56 (100%)',
      '14 passed, 0 failed',
      '',
    ]);
    expect(r.code).toBe(0);

    const partial = join(dir, 'partial.json');
    shell(['-State', partial, '-NoConnect', '-Command', `Start-Lab ${NAME}`]);
    writeFileSync(join(dir, 'partial.ps1'), script(without([/Test-MigrationServerAvailability/])));
    shell(['-State', partial, '-NoConnect', '-File', join(dir, 'partial.ps1')]);
    r = shell(['lab', 'check', NAME, '-State', partial]);
    expect(r.out).toContain('6. Connect Microsoft 365 to your email system: FAIL: Test the connection with Test-MigrationServerAvailability -Endpoint Test5-endpoint.\n');
    expect(r.out.endsWith('score: 55/56 (98%)\n13 passed, 1 failed\n')).toBe(true);
    expect(r.code).toBe(1);
  }, 60000);
});

describe("docs/labs.md, the trainer's guide", () => {
  const guide = readFileSync('docs/labs.md', 'utf8');

  it('its example lab, in JSON and in YAML, is a valid lab file; the JSON solution runs on its scenario', () => {
    const json = /```json\n(\{\n[\s\S]*?\n\})\n```/.exec(guide)![1]!;
    const yaml = /```yaml\n([\s\S]*?)```/.exec(guide)![1]!;
    const fromJson = parseLabText(json, 'mylab.json');
    const fromYaml = parseLabText(yaml, 'mylab.yaml');
    expect([fromJson.name, fromYaml.name, fromYaml.steps[0]!.checks]).toEqual(['count-mailboxes', 'count-mailboxes', fromJson.steps[0]!.checks]);
    const s = createSession({ scenario: fromJson.scenario, realTime: () => 0 });
    const r = s.run(fromJson.steps[0]!.solution!);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.text).toBe('25\n');
  });

  it('lists every built-in lab but the troubleshooting ones by name, and says how to check a lab file', () => {
    for (const name of builtInLabNames().filter((n) => !n.startsWith('troubleshoot-'))) expect(guide).toContain(`**\`${name}\`**`);
    expect(guide).toContain('exo-shell lab check mylab.json -State world.json');
    expect(readFileSync('README.md', 'utf8')).toContain('docs/labs.md');
  });
});
