/**
 * Labs: the lab file format and its schema, grading, the lab cmdlets and `exo-shell lab check`.
 * Scripted learners do cutover-powershell right, skip a step, leave one out, and break one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession, type Session } from '../../src/session';
import { getBuiltInLab, gradeLab, gradeReport, LAB_SCHEMA, parseLabText, sessionEvaluator, validateLab, type LabProgress } from '../../src/lab';
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
  const s = createSession({ connected: false, input: answers, realTime: () => 0 });
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
});
