/**
 * The troubleshooting labs of the broken contoso variants (certificate, Outlook Anywhere, domain
 * unverified / not added, licences, permissions, Unified Messaging), graded with scripted learners:
 * one who does it right (every step passes through Test-LabStep, and the same work graded
 * non-interactively as `exo-shell lab check` grades a saved world), one who leaves a step out (that
 * step fails with its message, the rest pass), and one who breaks something (the right step fails).
 * Each attempt step also shows the failure as Exchange reports it.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession, type Session } from '../../src/session';
import { getBuiltInLab, gradeLab, sessionEvaluator, validateLab, type LabGrade, type LabProgress } from '../../src/lab';
import { WORLD_SCHEMA_VERSION } from '../../src/model';
import type { World } from '../../src/model/world';
import { labMain } from '../../shell/lab';

const ADMIN = ['administrator@contoso.com', 'P@ssw0rd!'];

const CONNECT = 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com';
const CRED = '$Credentials = Get-Credential';
const TMSA = '$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $Credentials';
const ENDPOINT = 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings';
const BATCH = 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart';
const EMS = '$onprem = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Authentication Kerberos -Credential $Credentials';
const onPrem = (command: string) => `Invoke-Command -Session $onprem { ${command} }`;
const FIGURES = 'Get-MigrationBatch CutoverBatch | Format-List Status,TotalCount,SyncedCount,FailedCount';
const CA = '7C3B0A9E5D21F4C68B0E93A1D6F2B57C4E8A1D03';

const TEST_CONNECTION = [CONNECT, CRED, TMSA, '$TSMA | Format-List Result,Message,ErrorDetail'];
const RETEST_ENDPOINT = [TMSA, '$TSMA.Result', ENDPOINT];
const MIGRATE = [BATCH, 'Set-LabClock -Advance 1d', 'Get-MigrationBatch CutoverBatch'];
const PREPARE = [CONNECT, CRED, TMSA, '$TSMA.Result', ENDPOINT];
const START = [BATCH, 'Set-LabClock -Advance 1d', FIGURES];
const FAILED_USERS = ['Get-MigrationUser -Status Failed | Get-MigrationUserStatistics | Format-List Identity,Status,Error'];
const RETRY = ['Start-MigrationBatch -Identity CutoverBatch', 'Set-LabClock -Advance 1d', 'Get-MigrationBatch CutoverBatch'];
const DOMAIN_STATE = ['Get-AcceptedDomain', 'Connect-MgGraph -Scopes Domain.ReadWrite.All -NoWelcome', 'Get-MgDomain | Format-List Id,IsVerified'];
const VERIFY = [
  "$txt = (Get-MgDomainVerificationDnsRecord -DomainId contoso.com | Where-Object RecordType -eq 'Txt').AdditionalProperties.text",
  "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value $txt -Append",
  'Set-LabClock -Advance 1h',
  'Confirm-MgDomain -DomainId contoso.com',
];
const USERS = "$users = Get-MgUser -All | Where-Object UserPrincipalName -like '*@contoso.com'";
const ASSIGN = '$users | ForEach-Object { Set-MgUserLicense -UserId $_.Id -AddLicenses @{SkuId = $sku} -RemoveLicenses @() }';
const THREE = "'grace.walsh','felix.bauer','hana.sato'";

interface LabCase {
  lab: string;
  /** The right work, step by step: the command lines a learner types. */
  steps: string[][];
  /** What the attempt (step, text) shows: the failure as Exchange reports it. */
  failure: { step: number; line: string; shows: string[]; hides?: string };
  /** Lines left out, and the step that then fails with its message. */
  omit: { lines: string[]; step: string; missing: string[] };
  /** Something broken (a fix undone, a migration without the fix), and the steps that fail. */
  broken: { name: string; lines: string[]; failing: [string, string[]][] };
}

const CASES: LabCase[] = [
  {
    lab: 'troubleshoot-selfsigned-cert',
    steps: [
      TEST_CONNECTION,
      [EMS, onPrem('Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,IsSelfSigned,Services,CertificateDomains'), onPrem('Get-OutlookAnywhere | Format-List ExternalHostname')],
      [onPrem('Import-ExchangeCertificate -FileName C:\\Certs\\mail.contoso.com.pfx'), onPrem(`Enable-ExchangeCertificate -Thumbprint ${CA} -Services IIS -Confirm:$false`)],
      RETEST_ENDPOINT,
      MIGRATE,
      [FIGURES],
    ],
    failure: {
      step: 0,
      line: '$TSMA | Format-List Result,Message,ErrorDetail',
      shows: ['Result      : Failed', "Message     : The remote certificate for 'autodiscover.contoso.com' is invalid: the certificate is self-signed."],
    },
    omit: { lines: [onPrem('Get-OutlookAnywhere | Format-List ExternalHostname')], step: 'inspect-certificate', missing: ['Look at the host name Outlook Anywhere publishes with Get-OutlookAnywhere.'] },
    broken: {
      name: 'accepts the untrusted certificate instead of fixing it',
      lines: [
        ...TEST_CONNECTION,
        EMS,
        onPrem('Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,IsSelfSigned,Services,CertificateDomains'),
        onPrem('Get-OutlookAnywhere | Format-List ExternalHostname'),
        `${TMSA} -AcceptUntrustedCertificates`,
        ENDPOINT,
        ...MIGRATE,
        FIGURES,
      ],
      failing: [
        [
          'install-certificate',
          [
            'The CA-issued certificate (C:\\Certs\\mail.contoso.com.pfx) is not assigned to IIS on EXCH-SRV-01: Outlook Anywhere still presents the self-signed one.',
            'Import the certificate file with Import-ExchangeCertificate.',
          ],
        ],
      ],
    },
  },
  {
    lab: 'troubleshoot-oa-disabled',
    steps: [
      TEST_CONNECTION,
      [EMS, onPrem('Get-OutlookAnywhere'), onPrem('Get-ClientAccessServer | Format-List Name,OutlookAnywhereEnabled')],
      [onPrem('Enable-OutlookAnywhere -Server EXCH-SRV-01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Basic -SSLOffloading $false')],
      RETEST_ENDPOINT,
      MIGRATE,
      [FIGURES],
    ],
    failure: {
      step: 0,
      line: '$TSMA | Format-List Result,Message,ErrorDetail',
      shows: ['Result      : Failed', 'Message     : Unable to connect to the server. Please check the connection settings you supplied and try again.'],
    },
    omit: {
      lines: [onPrem('Get-OutlookAnywhere'), onPrem('Get-ClientAccessServer | Format-List Name,OutlookAnywhereEnabled')],
      step: 'inspect-outlook-anywhere',
      missing: ['Look at Outlook Anywhere on the server with Get-OutlookAnywhere or Get-ClientAccessServer (in the Exchange Management Shell).'],
    },
    broken: {
      name: 'disables Outlook Anywhere again after the migration',
      lines: [],
      failing: [['enable-outlook-anywhere', ['Outlook Anywhere is not enabled on EXCH-SRV-01 with the external host name mail.contoso.com.']]],
    },
  },
  {
    lab: 'troubleshoot-domain-unverified',
    steps: [PREPARE, START, FAILED_USERS, DOMAIN_STATE, VERIFY, RETRY],
    failure: { step: 2, line: FAILED_USERS[0]!, shows: ["Error    : The domain 'contoso.com' of the address 'sara.lindqvist@contoso.com' isn't an accepted domain in Microsoft"] },
    omit: { lines: FAILED_USERS, step: 'failed-users', missing: ["Read the failed users' error with Get-MigrationUserStatistics (Format-List Identity,Status,Error)."] },
    broken: {
      name: 'starts the batch again before verifying the domain, and not after',
      lines: [...PREPARE, ...START, ...FAILED_USERS, ...DOMAIN_STATE, ...RETRY, ...VERIFY],
      failing: [
        [
          'retry',
          [
            'Some migration users are still Failed (or the batch is not Synced yet): start the batch again after the fix and let time pass.',
            'Not every mailbox has been migrated: Exchange Online should hold all 25 of them.',
          ],
        ],
      ],
    },
  },
  {
    lab: 'troubleshoot-domain-not-added',
    steps: [PREPARE, START, FAILED_USERS, DOMAIN_STATE, ['New-MgDomain -Id contoso.com', ...VERIFY], RETRY],
    failure: { step: 3, line: 'Get-MgDomain | Format-List Id,IsVerified', shows: ['Id         : contoso.onmicrosoft.com'], hides: 'contoso.com\n' },
    omit: { lines: ['Get-AcceptedDomain', 'Get-MgDomain | Format-List Id,IsVerified'], step: 'domain-state', missing: [] },
    broken: {
      name: 'confirms the domain before its TXT record has propagated, then starts the batch again',
      lines: [...PREPARE, ...START, ...FAILED_USERS, ...DOMAIN_STATE, 'New-MgDomain -Id contoso.com', VERIFY[0]!, VERIFY[1]!, VERIFY[3]!, ...RETRY],
      failing: [
        ['fix-domain', ['contoso.com is not a verified domain of the tenant yet: Exchange Online does not accept it.']],
        [
          'retry',
          [
            'Some migration users are still Failed (or the batch is not Synced yet): start the batch again after the fix and let time pass.',
            'Not every mailbox has been migrated: Exchange Online should hold all 25 of them.',
          ],
        ],
      ],
    },
  },
  {
    lab: 'troubleshoot-missing-permissions',
    steps: [
      PREPARE,
      START,
      FAILED_USERS,
      [EMS, onPrem('Get-MailboxPermission grace.walsh | Format-Table User,AccessRights'), onPrem('Get-MailboxPermission tomas.novak | Format-Table User,AccessRights')],
      [onPrem(`${THREE} | ForEach-Object { Add-MailboxPermission -Identity $_ -User administrator -AccessRights FullAccess -InheritanceType All }`)],
      RETRY,
    ],
    failure: { step: 2, line: FAILED_USERS[0]!, shows: ['Identity : grace.walsh@contoso.com', 'Status   : Failed', "Error    : Couldn't connect to the source mailbox."] },
    omit: {
      lines: [onPrem('Get-MailboxPermission grace.walsh | Format-Table User,AccessRights'), onPrem('Get-MailboxPermission tomas.novak | Format-Table User,AccessRights')],
      step: 'permissions',
      missing: [],
    },
    broken: {
      name: 'grants FullAccess on two of the three mailboxes only',
      lines: [
        ...PREPARE,
        ...START,
        ...FAILED_USERS,
        EMS,
        onPrem('Get-MailboxPermission grace.walsh | Format-Table User,AccessRights'),
        onPrem("'grace.walsh','felix.bauer' | ForEach-Object { Add-MailboxPermission -Identity $_ -User administrator -AccessRights FullAccess -InheritanceType All }"),
        ...RETRY,
      ],
      failing: [
        ['grant-access', ['CONTOSO\\administrator does not have FullAccess on all three mailboxes that failed (grace.walsh, felix.bauer, hana.sato).']],
        [
          'retry',
          [
            'Some migration users are still Failed (or the batch is not Synced yet): start the batch again after the fix and let time pass.',
            'Not every mailbox has been migrated: Exchange Online should hold all 25 of them.',
          ],
        ],
      ],
    },
  },
  {
    lab: 'troubleshoot-um-enabled',
    steps: [
      PREPARE,
      START,
      FAILED_USERS,
      [EMS, onPrem('Get-Mailbox -ResultSize Unlimited | Where-Object UMEnabled | Format-Table Name,UMEnabled')],
      [onPrem("'kenji.tanaka','nadia.farouk' | ForEach-Object { Disable-UMMailbox -Identity $_ -Confirm:$false }")],
      RETRY,
    ],
    failure: { step: 2, line: FAILED_USERS[0]!, shows: ['Error    : Unified Messaging must be disabled on the mailbox kenji.tanaka@contoso.com before it can be migrated.'] },
    omit: {
      lines: [onPrem('Get-Mailbox -ResultSize Unlimited | Where-Object UMEnabled | Format-Table Name,UMEnabled')],
      step: 'mailbox-settings',
      missing: ['Look at the Unified Messaging setting of the failed mailboxes (Get-Mailbox ... | Format-List, UMEnabled) in the Exchange Management Shell.'],
    },
    broken: {
      name: 'starts the batch again before disabling Unified Messaging, and not after',
      lines: [
        ...PREPARE,
        ...START,
        ...FAILED_USERS,
        EMS,
        onPrem('Get-Mailbox -ResultSize Unlimited | Where-Object UMEnabled | Format-Table Name,UMEnabled'),
        ...RETRY,
        onPrem("'kenji.tanaka','nadia.farouk' | ForEach-Object { Disable-UMMailbox -Identity $_ -Confirm:$false }"),
      ],
      failing: [
        [
          'retry',
          [
            'Some migration users are still Failed (or the batch is not Synced yet): start the batch again after the fix and let time pass.',
            'Not every mailbox has been migrated: Exchange Online should hold all 25 of them.',
          ],
        ],
      ],
    },
  },
  {
    lab: 'troubleshoot-licenses-short',
    steps: [
      [CONNECT, CRED, TMSA, ENDPOINT, BATCH, 'Set-LabClock -Advance 1d', 'Get-MigrationBatch CutoverBatch'],
      ['Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All -NoWelcome', "$sku = (Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'EXCHANGESTANDARD').SkuId", USERS, ASSIGN],
      [
        "Get-MgUser -All -Property Id,UserPrincipalName,UsageLocation | Where-Object UserPrincipalName -like '*@contoso.com' | Format-Table UserPrincipalName,UsageLocation",
        "Get-MgSubscribedSku | Select-Object SkuPartNumber,ConsumedUnits,@{n='Enabled';e={$_.PrepaidUnits.Enabled}}",
      ],
      ['$users | ForEach-Object { Update-MgUser -UserId $_.Id -UsageLocation US }'],
      ['Add-LabLicense -Sku EXCHANGESTANDARD -Quantity 5'],
      [ASSIGN, 'Get-MgSubscribedSku | Format-List SkuPartNumber,ConsumedUnits'],
      ['Set-LabClock -Advance 31d', 'Get-Mailbox -ResultSize Unlimited | Where-Object AccountDisabled'],
    ],
    failure: { step: 1, line: ASSIGN, shows: ['Set-MgUserLicense_AssignExpanded: License assignment cannot be done for user with invalid usage location.'] },
    omit: {
      lines: ["Get-MgUser -All -Property Id,UserPrincipalName,UsageLocation | Where-Object UserPrincipalName -like '*@contoso.com' | Format-Table UserPrincipalName,UsageLocation"],
      step: 'diagnose',
      missing: ["Look at the users' usage location with Get-MgUser -Property UsageLocation."],
    },
    broken: { name: 'takes a licence back before the grace period ends', lines: [], failing: [] },
  },
];

// The breaking learners that start from the right work.
const oa = CASES.find((c) => c.lab === 'troubleshoot-oa-disabled')!;
oa.broken.lines = [...oa.steps.flat(), onPrem('Disable-OutlookAnywhere -Server EXCH-SRV-01')];
const lic = CASES.find((c) => c.lab === 'troubleshoot-licenses-short')!;
lic.broken.lines = [...lic.steps.slice(0, 6).flat(), 'Set-MgUserLicense -UserId zoe.larsen@contoso.com -AddLicenses @() -RemoveLicenses @($sku)', ...lic.steps[6]!];
lic.broken.failing = [
  ['assign', ['Some users in contoso.com still have no licence.']],
  ['grace', ['Some mailboxes were disabled at the end of the grace period: their users had no licence in time.']],
];
// The omissions whose message is the step's only `ran` check.
for (const c of CASES) if (c.omit.missing.length === 0) c.omit.missing = [getBuiltInLab(c.lab)!.steps.find((s) => s.id === c.omit.step)!.checks.find((x) => 'ran' in x)!.message];

function learner(lab: string, lines: string[]): Session {
  const s = createSession({ connected: false, input: [...ADMIN], realTime: () => 0 });
  s.run(`Start-Lab ${lab}`);
  for (const l of lines) s.run(l);
  return s;
}

/** Grades the world as `exo-shell lab check` does: saved to a world file, graded in a fresh process's way. */
function labCheck(lab: string, s: Session): { code: number; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'exo-lab-trouble-'));
  const file = join(dir, 'learner.json');
  writeFileSync(file, JSON.stringify({ format: 'exo-emulator-world', schemaVersion: WORLD_SCHEMA_VERSION, revision: 0, world: s.world }));
  const out: string[] = [];
  const code = labMain(['check', lab, '-State', file], (t) => out.push(t), (t) => out.push(t));
  return { code, out: out.join('') };
}

function grade(lab: string, s: Session): LabGrade {
  const scratch = createSession({ world: JSON.parse(JSON.stringify(s.world)) as World, realTime: () => 0 });
  return gradeLab(getBuiltInLab(lab)!, s.world.lab as LabProgress, sessionEvaluator(scratch));
}

const notPassing = (g: LabGrade) => g.steps.filter((x) => x.status !== 'PASS').map((x) => [x.step.id, x.missing]);

describe.each(CASES)('$lab', (c) => {
  const lab = getBuiltInLab(c.lab)!;

  it('is a valid lab of 5 to 8 steps on its broken variant', () => {
    expect(validateLab(JSON.parse(readFileSync(`src/lab/labs/${c.lab}.json`, 'utf8')), `${c.lab}.json`).name).toBe(c.lab);
    expect(lab.scenario).toBe(c.lab.replace('troubleshoot-', 'contoso-'));
    expect(lab.steps.length).toBeGreaterThanOrEqual(5);
    expect(lab.steps.length).toBeLessThanOrEqual(8);
    expect(c.steps).toHaveLength(lab.steps.length);
    // Hints get more specific and the solution does it: every step has both.
    for (const st of lab.steps) expect([st.id, (st.hints ?? []).length > 0, !!st.solution]).toEqual([st.id, true, true]);
    // No internal rule or step ids in the learner's text.
    expect(JSON.stringify(lab)).not.toMatch(/\(R\d+\)|\bS[01] step/i);
  });

  it('a learner who does it right: each Test-LabStep says done; the attempt shows the failure as Exchange reports it', () => {
    const s = learner(c.lab, []);
    c.steps.forEach((lines, i) => {
      for (const l of lines) {
        const r = s.run(l);
        if (i === c.failure.step && l === c.failure.line) {
          for (const shown of c.failure.shows) expect(r.text).toContain(shown);
          if (c.failure.hides) expect(r.text).not.toContain(c.failure.hides);
        }
      }
      const t = s.run('Test-LabStep').text;
      expect(t.split('\n')[0]).toBe(`Step ${i + 1} of ${lab.steps.length}: ${lab.steps[i]!.title}: done.`);
    });
    expect(s.world.lab!.passed).toEqual(lab.steps.map((x) => x.id));
    const g = grade(c.lab, s);
    expect([g.passed, g.failed, g.score]).toEqual([lab.steps.length, 0, g.total]);
  });

  it('the same work in one go, graded as exo-shell lab check grades a saved world: every step PASS, exit 0', () => {
    const s = learner(c.lab, c.steps.flat());
    const r = labCheck(c.lab, s);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe(lab.title);
    expect(lines.slice(1, -2)).toEqual(lab.steps.map((x, i) => `${i + 1}. ${x.title}: PASS`));
    expect(lines.at(-1)).toBe(`${lab.steps.length} passed, 0 failed`);
    expect(r.code).toBe(0);
  });

  it('a learner who leaves a step out fails that step with its message; the rest pass', () => {
    const s = learner(c.lab, c.steps.flat().filter((l) => !c.omit.lines.includes(l)));
    const g = grade(c.lab, s);
    expect(notPassing(g)).toEqual([[c.omit.step, c.omit.missing]]);
    const r = labCheck(c.lab, s);
    const at = lab.steps.findIndex((x) => x.id === c.omit.step);
    expect(r.out).toContain(`\n${at + 1}. ${lab.steps[at]!.title}: FAIL: ${c.omit.missing[0]}\n`);
    expect(r.out.endsWith(`${lab.steps.length - 1} passed, 1 failed\n`)).toBe(true);
    expect(r.code).toBe(1);
  });

  it(`a learner who breaks something (${c.broken.name}) fails the right step`, () => {
    expect(notPassing(grade(c.lab, learner(c.lab, c.broken.lines)))).toEqual(c.broken.failing);
  });
});

describe('the troubleshooting labs at the prompt', () => {
  it('Start-Lab loads the broken variant; Get-LabHint gets more specific; Skip-LabStep runs the solution', () => {
    const s = learner('troubleshoot-um-enabled', []);
    expect(s.world.scenario.name).toBe('contoso-um-enabled');
    for (const l of [...PREPARE, ...START, ...FAILED_USERS]) s.run(l);
    s.run('Test-LabStep');
    s.run('Test-LabStep');
    s.run('Test-LabStep');
    const hints = s.run('Get-LabHint').text;
    expect(hints).toMatch(/^Hint 1: Get-Mailbox <mailbox> \| Format-List shows every property/);
    expect(hints).toMatch(/\nHint 2: Get-Mailbox -ResultSize Unlimited \| Where-Object UMEnabled lists/);
    expect(hints).toMatch(/\nHint 3: [\s\S]*Invoke-Command -Session \$onprem \{ Get-Mailbox -ResultSize Unlimited \| Where-Object UMEnabled \| Format-Table Name,UMEnabled \}/);
    // The solution opens its own Exchange Management Shell session when the learner has none.
    expect(s.run('Skip-LabStep').errors).toEqual([]);
    const fix = s.run('Skip-LabStep');
    expect(fix.errors).toEqual([]);
    expect(s.world.onPrem.mailboxes.filter((m) => m.umEnabled)).toEqual([]);
    for (const l of RETRY) s.run(l);
    expect(s.run('Test-LabStep').text.split('\n')[0]).toBe('Step 6 of 6: Migrate the users that failed: done.');
    expect(s.world.lab!.skipped).toEqual(['mailbox-settings', 'disable-um']);
  });
});
