/**
 * A trainer's own lab file: played with Start-Lab -Path / -Definition or `exo-shell lab start`, its
 * definition kept in the world, graded by `exo-shell lab check -State` without the file. Plus what
 * holds for every built-in lab: its solutions, typed in order, pass every step.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../shell/bundled-cli';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession } from '../../src/session';
import { builtInLabNames, getBuiltInLab, gradeLab, sessionEvaluator, type LabProgress } from '../../src/lab';
import type { World } from '../../src/model/world';

const MY_LAB = {
  name: 'count-mailboxes',
  title: 'Count the mailboxes',
  scenario: 'contoso',
  steps: [
    {
      id: 'count',
      title: 'Count them',
      instructions: 'Count the mailboxes of the organization.',
      hints: ['Get-Mailbox lists them; Measure-Object counts.'],
      solution: 'Get-Mailbox -ResultSize Unlimited | Measure-Object',
      checks: [{ ran: 'Get-Mailbox\\b.*\\|\\s*(Measure-Object|measure)', message: 'Count the mailboxes with Get-Mailbox | Measure-Object.' }],
    },
    {
      id: 'endpoint',
      title: 'Make an endpoint',
      instructions: 'Create a migration endpoint named Lab.',
      solution:
        "$c = New-Object System.Management.Automation.PSCredential('administrator@contoso.com', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))\nNew-MigrationEndpoint -ExchangeOutlookAnywhere -Name Lab -Autodiscover -EmailAddress administrator@contoso.com -Credentials $c",
      checks: [{ expression: "(Get-MigrationEndpoint Lab).Identity -eq 'Lab'", message: 'There is no endpoint named Lab.', weight: 2 }],
    },
  ],
};

describe('Start-Lab with a lab of your own', () => {
  it('-Definition starts it, keeps the definition in the world, and the lab cmdlets use it', () => {
    const s = createSession({ realTime: () => 0 });
    s.runspace.setVariable('def', JSON.stringify(MY_LAB));
    const r = s.run('Start-Lab -Definition $def');
    expect(r.errors).toEqual([]);
    expect(r.text).toContain("Lab 'Count the mailboxes' started on a fresh 'contoso' world.\n\nStep 1 of 2: Count them");
    expect(s.world.lab!.definition).toMatchObject({ name: 'count-mailboxes' });
    expect(s.run('Get-LabHint').text).toBe('Hint 1: Get-Mailbox lists them; Measure-Object counts.\n');
    s.run('Get-Mailbox | measure');
    expect(s.run('Test-LabStep').text).toContain('Step 1 of 2: Count them: done.');
  });

  it('-Path reads the file from the session disk; a bad file is refused with the file and the place, the world left alone', () => {
    const s = createSession({ realTime: () => 0 });
    s.runspace.setVariable('def', JSON.stringify(MY_LAB));
    s.run('New-Item -ItemType Directory C:\\Labs | Out-Null');
    s.run('Set-Content -Path C:\\Labs\\my.json -Value $def');
    expect(s.run('Start-Lab -Path C:\\Labs\\my.json').errors).toEqual([]);
    expect(s.world.lab!.name).toBe('count-mailboxes');
    s.run('Stop-Lab');
    // The lab's fresh world replaced the disk too: the trainer's folder is made again.
    s.run('New-Item -ItemType Directory C:\\Labs | Out-Null');
    s.runspace.setVariable('bad', JSON.stringify({ ...MY_LAB, steps: [{ ...MY_LAB.steps[1], checks: [{ expression: '(Get-MigrationEndpoint', message: 'm' }] }] }));
    s.run('Set-Content -Path C:\\Labs\\bad.json -Value $bad');
    const before = JSON.stringify(s.world);
    const r = s.run('Start-Lab -Path C:\\Labs\\bad.json');
    expect(r.errors.map((e) => [e.errorId, e.category])).toEqual([['InvalidLabFile', 'InvalidData']]);
    expect(r.text).toMatch(/^Start-Lab: The lab file 'C:\\Labs\\bad\.json' is invalid: \/steps\/0\/checks\/0\/expression does not parse: /);
    expect(s.run('Start-Lab -Path C:\\Labs\\none.json').text).toBe("Start-Lab: Cannot find path 'C:\\Labs\\none.json' because it does not exist.\n");
    expect(JSON.stringify(s.world)).toBe(before);
  });
});

describe('exo-shell lab start, then lab check without the lab file', () => {
  let cli = '';
  let dir = '';
  beforeAll(() => {
    cli = bundleCli('exo-shell-cli-custom-lab');
    dir = mkdtempSync(join(tmpdir(), 'exo-shell-custom-lab-'));
  }, 60000);
  const shell = (args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('a learner plays the trainer\'s file across runs and is graded from the world alone', () => {
    writeFileSync(join(dir, 'my.yaml'), `name: ${MY_LAB.name}\ntitle: ${MY_LAB.title}\nscenario: contoso\nsteps:\n` + MY_LAB.steps.map((st) => `  - ${JSON.stringify(st)}\n`).join(''));
    const state = join(dir, 'learner.json');
    const start = shell(['lab', 'start', 'my.yaml', '-State', state]);
    expect([start.code, start.err]).toEqual([0, '']);
    expect(start.out).toContain('Step 1 of 2: Count them');
    expect(JSON.parse(readFileSync(state, 'utf8')).world.lab.definition.title).toBe('Count the mailboxes');
    shell(['-State', state, '-Command', 'Get-Mailbox -ResultSize Unlimited | Measure-Object | Out-Null']);
    const half = shell(['lab', 'check', '-State', state]);
    expect([half.code, half.out]).toEqual([1, 'Count the mailboxes\n1. Count them: PASS\n2. Make an endpoint: FAIL: There is no endpoint named Lab.\nscore: 1/3 (33%)\n1 passed, 1 failed\n']);
    writeFileSync(join(dir, 'ep.ps1'), MY_LAB.steps[1]!.solution + '\n');
    shell(['-State', state, '-File', join(dir, 'ep.ps1')]);
    const done = shell(['lab', 'check', '-State', state]);
    expect([done.code, done.out.split('\n').slice(-3)]).toEqual([0, ['score: 3/3 (100%)', '2 passed, 0 failed', '']]);
    // The file given again must be the world's lab.
    const other = shell(['lab', 'check', 'cutover-powershell', '-State', state]);
    expect([other.code, other.err]).toEqual([2, `exo-shell lab check: The world file '${state}' holds the lab 'count-mailboxes' (/world/lab/name), not 'cutover-powershell'.\n`]);
  });

  it('lab start with a built-in name; bad input says what is missing', () => {
    const state = join(dir, 'builtin.json');
    expect(shell(['lab', 'start', 'cutover-powershell', '-State', state]).code).toBe(0);
    expect(JSON.parse(readFileSync(state, 'utf8')).world.lab).toMatchObject({ name: 'cutover-powershell', stepIndex: 0 });
    expect(JSON.parse(readFileSync(state, 'utf8')).world.lab.definition).toBeUndefined();
    const missing = shell(['lab', 'start', 'cutover-powershell']);
    expect([missing.code, missing.err.split('\n')[0]]).toEqual([64, 'exo-shell lab start: Missing -State <world file>: the world the lab is kept in.']);
    const none = shell(['lab', 'start', 'nowhere.json', '-State', state]);
    expect([none.code, none.err]).toEqual([2, "exo-shell lab start: The lab file 'nowhere.json' could not be read: it does not exist\n"]);
  });
});

describe('every built-in lab', () => {
  it.each(builtInLabNames())('%s: a learner who types each step\'s solution, then Test-LabStep, passes every step', (name) => {
    const lab = getBuiltInLab(name)!;
    const s = createSession({ connected: false, input: ['administrator@contoso.com', 'P@ssw0rd!'], realTime: () => 0 });
    s.run(`Start-Lab ${name}`);
    const said: string[] = [];
    for (const step of lab.steps) {
      if (step.solution) s.run(step.solution);
      said.push(s.run('Test-LabStep').text.split('\n')[0]!);
    }
    expect(said).toEqual(lab.steps.map((st, i) => `Step ${i + 1} of ${lab.steps.length}: ${st.title}: done.`));
    const scratch = createSession({ world: JSON.parse(JSON.stringify(s.world)) as World, realTime: () => 0 });
    const g = gradeLab(lab, s.world.lab as LabProgress, sessionEvaluator(scratch));
    expect([g.passed, g.failed, g.score]).toEqual([lab.steps.length, 0, g.total]);
  }, 60000);
});
