/**
 * Labs: the lab file format and its schema, grading, the lab cmdlets and `exo-shell lab check`.
 * Scripted learners do cutover-powershell right, skip a step, leave one out, and break one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../shell/bundled-cli';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession, type Session } from '../../src/session';
import { builtInLabNames, getBuiltInLab, gradeLab, gradeReport, LAB_SCHEMA, parseLabText, sessionEvaluator, validateLab, type LabProgress } from '../../src/lab';
import type { World } from '../../src/model/world';

const ADMIN = ['administrator@contoso.com', 'P@ssw0rd!'];

/** The seed article's commands, as a learner types them at the prompt (one command line each). */
const RIGHT: string[] = [
  'Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com',
  '$Credentials = Get-Credential',
  '$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $Credentials',
  'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings',
  'Get-MigrationEndpoint CutoverEndpoint | Format-List EndpointType,ExchangeServer,UseAutoDiscover,Max*',
  'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint',
  'Get-MigrationBatch | Format-List',
  'Start-MigrationBatch -Identity CutoverBatch',
  'Set-LabClock -Advance 1d',
  'Get-MigrationBatch -Identity CutoverBatch |  Format-List Status',
  'Remove-MigrationBatch -Identity CutoverBatch -Confirm:$false',
];

function learner(lines: string[], answers = ADMIN): Session {
  const s = createSession({ connected: false, input: [...answers], realTime: () => 0 });
  s.run('Start-Lab cutover-powershell');
  for (const l of lines) s.run(l);
  return s;
}

function grade(s: Session) {
  const lab = getBuiltInLab('cutover-powershell')!;
  const scratch = createSession({ world: JSON.parse(JSON.stringify(s.world)) as World, realTime: () => 0 });
  return gradeLab(lab, s.world.lab as LabProgress, sessionEvaluator(scratch));
}

describe('cutover-powershell, graded', () => {
  it('a learner who does it right passes every step', () => {
    const g = grade(learner(RIGHT));
    expect(g.steps.map((s) => [s.step.id, s.status, s.missing])).toEqual(getBuiltInLab('cutover-powershell')!.steps.map((s) => [s.id, 'PASS', []]));
    expect([g.passed, g.failed, g.score]).toEqual([9, 0, g.total]);
  });

  it('a learner who leaves a step out fails that step with its message; the rest pass', () => {
    const g = grade(learner(RIGHT.filter((l) => !l.startsWith('Get-MigrationEndpoint'))));
    expect(g.steps.filter((s) => s.status !== 'PASS').map((s) => [s.step.id, s.status, s.missing])).toEqual([
      ['verify-endpoint', 'FAIL', ["Show the endpoint's settings with Get-MigrationEndpoint CutoverEndpoint | Format-List."]],
    ]);
    expect(gradeReport(g)).toContain("4. Check the endpoint's settings: FAIL: Show the endpoint's settings with Get-MigrationEndpoint CutoverEndpoint | Format-List.\n");
    expect(gradeReport(g).endsWith('score: 19/20 (95%)\n8 passed, 1 failed\n')).toBe(true);
  });

  it('a learner who does not let time pass fails the wait (and cannot remove a syncing batch)', () => {
    const g = grade(learner(RIGHT.filter((l) => !l.startsWith('Set-LabClock'))));
    expect(g.steps.filter((s) => s.status !== 'PASS').map((s) => [s.step.id, s.missing])).toEqual([
      ['wait', ['CutoverBatch has not reached Synced yet: let time pass with Set-LabClock -Advance.']],
      ['remove', ['CutoverBatch is still there.']],
    ]);
  });

  it('a learner who breaks the endpoint afterwards fails the endpoint step only', () => {
    const g = grade(learner([...RIGHT, 'Set-LabClock -Advance 1d', 'Remove-MigrationEndpoint CutoverEndpoint -Confirm:$false']));
    expect(g.steps.filter((s) => s.status !== 'PASS').map((s) => [s.step.id, s.status, s.missing])).toEqual([
      ['endpoint', 'FAIL', ['There is no Outlook Anywhere migration endpoint named CutoverEndpoint.']],
    ]);
  });
});

describe('passes kept, checks scoped', () => {
  it('a step Test-LabStep passed stays passed when a later command undoes what it checked', () => {
    const s = learner([]);
    s.run(RIGHT[0]!);
    s.run('Test-LabStep');
    for (const l of RIGHT.slice(1, 4)) s.run(l);
    s.run('Test-LabStep');
    expect(s.run('Test-LabStep').text).toContain('Step 3 of 9: Create the migration endpoint: done.');
    s.run('Remove-MigrationEndpoint CutoverEndpoint -Confirm:$false');
    expect(s.world.lab!.passed).toEqual(['connect', 'test-connection', 'endpoint']);
    expect(grade(s).steps.slice(0, 3).map((x) => x.status)).toEqual(['PASS', 'PASS', 'PASS']);
  });

  it("a `ran` check counts the lines typed up to its step, not after it", () => {
    const lab = getBuiltInLab('cutover-powershell')!;
    const line = 'Get-MigrationEndpoint CutoverEndpoint | Format-List';
    const at = (step: number): LabProgress => ({ name: lab.name, stepIndex: 5, skipped: [], history: [{ at: 0, command: line, step }] });
    const verify = lab.steps.findIndex((x) => x.id === 'verify-endpoint');
    const none = () => false;
    expect(gradeLab(lab, at(verify), none).steps[verify]!.status).toBe('PASS');
    expect(gradeLab(lab, at(0), none).steps[verify]!.status).toBe('PASS');
    expect(gradeLab(lab, at(verify + 1), none).steps[verify]!.status).toBe('FAIL');
  });
});

describe('the lab cmdlets', () => {
  it('Start-Lab loads the scenario and shows the first step with the virtual clock; the command lines typed join the world', () => {
    const s = createSession({ scenario: 'contoso-selfsigned-cert', realTime: () => 0 });
    const r = s.run('Start-Lab cutover-powershell');
    expect(r.errors).toEqual([]);
    expect(s.world.scenario.name).toBe('contoso');
    expect(r.text).toContain("Lab 'Cutover migration to Exchange Online with PowerShell' started on a fresh 'contoso' world.");
    expect(r.text).toContain('Step 1 of 9: Connect to Exchange Online\nVirtual clock: 2025-01-06 09:00 UTC (stands still between commands; Set-LabClock -Advance 1h lets an hour pass)');
    expect(r.text).toContain('    Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com');
    s.run('Get-Date');
    expect(s.world.lab).toEqual({ name: 'cutover-powershell', stepIndex: 0, skipped: [], history: [{ at: Date.parse('2025-01-06T09:00:00Z'), command: 'Start-Lab cutover-powershell', step: 0 }, { at: Date.parse('2025-01-06T09:00:00Z'), command: 'Get-Date', step: 0 }] });
  });

  it('Test-LabStep says what is missing, then advances; Skip-LabStep runs the solution and marks the step skipped', () => {
    const s = learner([]);
    expect(s.run('Test-LabStep').text).toBe('Step 1 of 9: Connect to Exchange Online: not done yet.\n  - Connect to Exchange Online with Connect-ExchangeOnline.\n');
    s.run(RIGHT[0]!);
    expect(s.run('Test-LabStep').text).toMatch(/^Step 1 of 9: Connect to Exchange Online: done\.\n\nStep 2 of 9: Test the connection/);
    expect(s.run('Get-LabHint').text).toBe('Hint 1: Get-Credential asks for the on-premises administrator: administrator@contoso.com.\nHint 2: Use -ExchangeOutlookAnywhere with -Autodiscover and -EmailAddress, and keep the result in a variable ($TSMA).\n');
    const skip = s.run('Skip-LabStep');
    expect(skip.errors).toEqual([]);
    expect(skip.text).toContain('Step 2 of 9: Test the connection to the on-premises server: skipped.');
    expect(s.world.lab!.skipped).toEqual(['test-connection']);
    expect(s.world.lab!.stepIndex).toBe(2);
    // The solution left $TSMA for the next step, as the learner would have.
    for (const l of RIGHT.slice(3)) s.run(l);
    expect(s.run('Test-LabStep').text).toContain('Step 3 of 9: Create the migration endpoint: done.');
    const progress = s.run('Get-LabProgress | ForEach-Object { "$($_.Step) $($_.Status) $($_.Score)" }').output;
    expect(progress).toEqual(['1 PASS 1/1', '2 SKIPPED 0/3', '3 PASS 3/3', '4 PASS 1/1', '5 PASS 3/3', '6 PASS 3/3', '7 PASS 2/2', '8 PASS 1/1', '9 PASS 3/3']);
    expect(s.run('Stop-Lab').text).toBe("Lab 'Cutover migration to Exchange Online with PowerShell' stopped: 8 of 9 steps passed, score 17/20.\n");
    expect(s.world.lab).toBeNull();
  });

  it('without a lab started, the lab cmdlets say how to start one', () => {
    const r = createSession().run('Get-LabStep');
    expect(builtInLabNames()[0]).toBe('cutover-powershell');
    expect(r.text).toBe(`Get-LabStep: No lab is started. Start one with Start-Lab <name> (the labs: ${builtInLabNames().join(', ')}).\n`);
    expect(createSession().run('Start-Lab nowhere').text).toBe(`Start-Lab: Cannot find a lab named 'nowhere'. The labs are: ${builtInLabNames().join(', ')}.\n`);
  });
});

const GOOD_LAB = { name: 'tiny', title: 'Tiny', scenario: 'contoso', steps: [{ id: 'one', title: 'One', instructions: 'Do it.', checks: [{ expression: '$true', message: 'never' }] }] };

describe('lab files', () => {
  it('docs/lab.schema.json is the published form of the schema', () => {
    expect(JSON.parse(readFileSync('docs/lab.schema.json', 'utf8'))).toEqual(LAB_SCHEMA);
  });

  it('the built-in labs validate', () => {
    expect(validateLab(JSON.parse(readFileSync('src/lab/labs/cutover-powershell.json', 'utf8')), 'cutover-powershell.json').steps).toHaveLength(9);
  });

  it.each([
    ['a check without its message', { ...GOOD_LAB, steps: [{ ...GOOD_LAB.steps[0], checks: [{ ran: 'Get-Mailbox' }] }] }, "The lab file 'bad.json' is invalid: /steps/0/checks/0 must have required property 'message'"],
    ['a check that does not parse', { ...GOOD_LAB, steps: [{ ...GOOD_LAB.steps[0], checks: [{ expression: '(Get-MigrationBatch', message: 'm' }] }] }, "The lab file 'bad.json' is invalid: /steps/0/checks/0/expression does not parse: "],
    ['a pattern that is no regular expression', { ...GOOD_LAB, steps: [{ ...GOOD_LAB.steps[0], checks: [{ ran: 'Get-(', message: 'm' }] }] }, "The lab file 'bad.json' is invalid: /steps/0/checks/0/ran is not a regular expression: "],
    ['an unknown field', { ...GOOD_LAB, steps: [{ ...GOOD_LAB.steps[0], hint: 'x' }] }, "The lab file 'bad.json' is invalid: /steps/0 must NOT have additional properties 'hint'"],
    ['an unknown scenario', { ...GOOD_LAB, scenario: 'nowhere' }, "The lab file 'bad.json' is invalid: /scenario names no built-in scenario: 'nowhere'"],
    ['a weight of zero', { ...GOOD_LAB, steps: [{ ...GOOD_LAB.steps[0], checks: [{ expression: '$true', message: 'm', weight: 0 }] }] }, "The lab file 'bad.json' is invalid: /steps/0/checks/0/weight must be > 0"],
  ])('refuses %s, naming the file and the place', (_, lab, message) => {
    expect(() => parseLabText(JSON.stringify(lab), 'bad.json')).toThrow(message);
  });

  it('reads YAML lab files too', () => {
    expect(parseLabText('name: tiny\ntitle: Tiny\nscenario: contoso\nsteps:\n  - id: one\n    title: One\n    instructions: Do it.\n    checks:\n      - ran: Get-Mailbox\n        message: Run Get-Mailbox.\n', 'tiny.yaml').steps[0]!.checks).toEqual([{ ran: 'Get-Mailbox', message: 'Run Get-Mailbox.' }]);
  });
});

describe('exo-shell lab check', () => {
  let cli = '';
  let dir = '';
  beforeAll(() => {
    cli = bundleCli('exo-shell-cli-lab');
    dir = mkdtempSync(join(tmpdir(), 'exo-shell-lab-'));
  }, 60000);
  const shell = (args: string[], input = '') => {
    const r = spawnSync(process.execPath, [cli, ...args], { input, cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  // The learner's work without prompts: the credential built as a script would.
  const script = (lines: string[]) =>
    lines.map((l) => (l === '$Credentials = Get-Credential' ? "$Credentials = New-Object System.Management.Automation.PSCredential('administrator@contoso.com', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))" : l)).join('\n') + '\n';

  it('grades a learner who worked across several runs (-Command, then a -File script): every step passes, exit 0', () => {
    const state = join(dir, 'right.json');
    expect(shell(['-State', state, '-NoConnect', '-Command', 'Start-Lab cutover-powershell']).code).toBe(0);
    writeFileSync(join(dir, 'work.ps1'), script(RIGHT));
    shell(['-State', state, '-NoConnect', '-File', join(dir, 'work.ps1')]);
    const r = shell(['lab', 'check', 'cutover-powershell', '-State', state]);
    expect(r.err).toBe('');
    expect(r.out.split('\n').slice(-4)).toEqual(['9. Remove the batch: PASS', 'score: 20/20 (100%)', '9 passed, 0 failed', '']);
    expect(r.code).toBe(0);
  });

  it('a learner who skipped a step: SKIPPED on its line, exit 1', () => {
    const state = join(dir, 'skip.json');
    shell(['-State', state, '-NoConnect', '-Command', 'Start-Lab cutover-powershell']);
    shell(['-State', state, '-NoConnect', '-Command', RIGHT[0]! + '; Test-LabStep; Skip-LabStep']);
    // A new process: $TSMA from the skipped step's solution is gone, so the script tests the connection again (the step stays skipped).
    writeFileSync(join(dir, 'rest.ps1'), script(RIGHT.slice(1)));
    shell(['-State', state, '-File', join(dir, 'rest.ps1')]);
    const r = shell(['lab', 'check', 'cutover-powershell', '-State', state]);
    expect(r.out).toContain('1. Connect to Exchange Online: PASS\n2. Test the connection to the on-premises server: SKIPPED\n3. Create the migration endpoint: PASS\n');
    expect(r.out.endsWith('score: 17/20 (85%)\n8 passed, 1 failed\n')).toBe(true);
    expect(r.code).toBe(1);
  });

  it('bad input: a lab file breaking the schema, a check that does not parse, a state file of another lab, no state file', () => {
    const bad = join(dir, 'bad-lab.json');
    writeFileSync(bad, JSON.stringify({ ...GOOD_LAB, steps: [{ ...GOOD_LAB.steps[0], checks: [{ expression: '$true' }] }] }));
    const state = join(dir, 'other.json');
    shell(['-State', state, '-Command', 'Start-Lab cutover-powershell']);
    let r = shell(['lab', 'check', bad, '-State', state]);
    expect([r.code, r.out, r.err]).toEqual([2, '', `exo-shell lab check: The lab file '${bad}' is invalid: /steps/0/checks/0 must have required property 'message'\n`]);
    writeFileSync(bad, JSON.stringify({ ...GOOD_LAB, steps: [{ ...GOOD_LAB.steps[0], checks: [{ expression: "Get-MigrationBatch -Identity 'x", message: 'm' }] }] }));
    r = shell(['lab', 'check', bad, '-State', state]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^exo-shell lab check: The lab file '${bad.replace(/[.\\/]/g, '\\$&')}' is invalid: /steps/0/checks/0/expression does not parse: .+ \\(line 1, column \\d+\\)\\n$`));
    const tiny = join(dir, 'tiny.json');
    writeFileSync(tiny, JSON.stringify(GOOD_LAB));
    r = shell(['lab', 'check', tiny, '-State', state]);
    expect([r.code, r.err]).toEqual([2, `exo-shell lab check: The world file '${state}' holds the lab 'cutover-powershell' (/world/lab/name), not 'tiny'.\n`]);
    const none = join(dir, 'none.json');
    shell(['-State', none, '-Command', 'Get-Date']);
    r = shell(['lab', 'check', 'cutover-powershell', '-State', none]);
    expect([r.code, r.err]).toEqual([2, `exo-shell lab check: The world file '${none}' has no lab started (/world/lab is null): start it with exo-shell lab start cutover-powershell -State ${none}.\n`]);
    r = shell(['lab', 'check', 'cutover-powershell', '-State', join(dir, 'missing.json')]);
    expect([r.code, r.err]).toEqual([2, `exo-shell lab check: The world file '${join(dir, 'missing.json')}' does not exist.\n`]);
    r = shell(['lab', 'check', 'cutover-powershell']);
    expect(r.code).toBe(64);
    expect(r.err).toContain('Missing -State <world file>');
  });

  it('lab report grades a class: a line per learner, CSV and JSON with a column per step, a file that cannot be graded as a row with its error', () => {
    const out = join(dir, 'report');
    mkdirSync(out, { recursive: true });
    let r = shell(['lab', 'report', 'cutover-powershell', join(dir, 'right.json'), join(dir, 'skip.json'), '-Out', out]);
    expect(r.err).toBe('');
    expect(r.out.split('\n').slice(0, 2)).toEqual(['right: 20/20, 9 passed, 0 failed', 'skip: 17/20, 8 passed, 1 failed']);
    expect(r.code).toBe(1);
    const csv = readFileSync(join(out, 'lab-report.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('learner,file,score,total,passed,failed,' + JSON.parse(readFileSync(join(out, 'lab-report.json'), 'utf8')).steps.map((x: { id: string }) => x.id).join(',') + ',error');
    expect(csv[1]!.startsWith(`right,${join(dir, 'right.json')},20,20,9,0,PASS,`)).toBe(true);
    expect(csv[2]).toContain(',SKIPPED,');
    const json = JSON.parse(readFileSync(join(out, 'lab-report.json'), 'utf8'));
    expect(json.learners.map((l: { learner: string; passed: number }) => [l.learner, l.passed])).toEqual([['right', 9], ['skip', 8]]);
    r = shell(['lab', 'report', 'cutover-powershell', join(dir, 'right.json'), join(dir, 'none.json'), '-Out', out]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`none: cannot be graded: The world file '${join(dir, 'none.json')}' has no lab started`);
    expect(readFileSync(join(out, 'lab-report.csv'), 'utf8')).toContain('none,');
    r = shell(['lab', 'report', 'cutover-powershell']);
    expect([r.code, r.err.split('\n')[0]]).toEqual([64, "exo-shell lab report: Missing the learners' world files."]);
  });
});

