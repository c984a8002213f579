/**
 * Text a learner reads speaks the learner's language: Get-LabClock says how time passes, and no
 * scenario description, cmdlet help or message names an internal rule or step id such as (R8) or
 * (S1 step 7) (those stay in code comments, which cite the model notes).
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';
import { exchangeCmdlets } from '../../cmdlets';
import { coreCmdlets } from '../../cmdlets/core/engine-core';
import { withReferenceHelp } from '../../cmdlets/reference-help';
import { listScenarios } from '../../src/model/scenarios';
import { MIGRATION_MESSAGES, REPORT_LINES } from '../../src/model/migration/errors';
import { WORLD_MESSAGES } from '../../src/model/messages';
import { describeClock } from '../../cmdlets/lab/clock-text';

describe('Get-LabClock', () => {
  it('says the clock stands still, and how to make time pass', () => {
    expect(createSession({ realTime: () => 0 }).run('Get-LabClock').text).toBe(
      [
        '',
        'Now         : 1/6/2025 9:00:00 AM',
        'Speed       : 0',
        'Mode        : Manual',
        'Description : The virtual clock stands still between commands. To let a day pass at once: Set-LabClock -Advance 1d. To ',
        '              let it run at 60x real time (a minute passes every second): Set-LabClock -Speed 60.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('says at what speed it runs, and how to let a day pass or stop it', () => {
    const s = createSession({ realTime: () => 0 });
    s.run('Set-LabClock -Speed 60');
    expect(s.run('(Get-LabClock).Description').text).toBe(
      'The virtual clock runs at 60x real time (a minute passes every second). To let a day pass at once: Set-LabClock -Advance 1d. To stop the clock: Set-LabClock -Speed 0.\n',
    );
    s.run('Set-LabClock -Speed 1');
    expect(s.run('(Get-LabClock).Description').text).toContain('The virtual clock runs with real time.');
  });

  it('names other speeds in words', () => {
    expect(describeClock(3600)).toContain('at 3600x real time (an hour passes every second)');
    expect(describeClock(120)).toContain('at 120x real time (2 minutes pass every second)');
    expect(describeClock(86400)).toContain('(a day passes every second)');
    expect(describeClock(0, { manualOption: true })).toMatch(/^The virtual clock stands still between commands \(-ManualClock\)\./);
  });
});

/** A rule or step id of the model notes: (R8), (R3, R17), (S1 step 7), S0 Step 2, (W6). */
const RULE_ID = /\((?:[^()]*[\s,])?(?:R\d{1,2}|W\d{1,2}|S\d(?:\s+step\s+\d+)?)(?:[\s,][^()]*)?\)|\bS\d\s+step\s+\d/i;

function helpTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const c of [...coreCmdlets, ...exchangeCmdlets({ connected: true })].map(withReferenceHelp)) {
    const h = c.help;
    out.push([`${c.name} synopsis`, h.synopsis], [`${c.name} description`, h.description ?? ''], [`${c.name} notes`, h.notes ?? '']);
    for (const e of h.examples ?? []) out.push([`${c.name} example`, `${e.title ?? ''} ${e.code} ${e.remarks ?? ''}`]);
    for (const p of c.parameters) {
      const messages = Object.values(p.sets ?? {}).map((m) => m.helpMessage ?? '').join(' ');
      out.push([`${c.name} -${p.name}`, `${p.description ?? ''} ${messages} ${p.noEffect ?? ''}`]);
    }
  }
  return out;
}

describe('no internal rule or step ids in what a learner reads', () => {
  it('the pattern finds the ids it is meant to find, and not product names', () => {
    for (const bad of ['fails (R10).', 'turned off (R3, R17).', 'verify it (S1 step 1).', 'ends (S0 Step 7).', 'note (S0 Step 2 note)']) expect(bad).toMatch(RULE_ID);
    for (const good of ['Windows Server 2008 R2', 'TCP 6001, 6002 and 6004', 'Exchange Online (Plan 1)', '(2,000 at most, 150 recommended)']) expect(good).not.toMatch(RULE_ID);
  });

  it('scenario descriptions', () => {
    const offenders = listScenarios().filter((s) => RULE_ID.test(s.description));
    expect(offenders.map((s) => `${s.name}: ${s.description}`)).toEqual([]);
    expect(listScenarios().find((s) => s.name === 'contoso-selfsigned-cert')!.description).toBe(
      'Outlook Anywhere uses a self-signed certificate: the connection test fails until the certificate is trusted.',
    );
  });

  it('cmdlet help: synopsis, description, examples, parameters', () => {
    const texts = helpTexts();
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter(([, t]) => RULE_ID.test(t))).toEqual([]);
  });

  it('error, warning and report messages', () => {
    const templates = [
      ...Object.entries(MIGRATION_MESSAGES).map(([id, e]) => [id, e.template] as const),
      ...Object.entries(REPORT_LINES),
      ...Object.entries(WORLD_MESSAGES),
    ];
    expect(templates.filter(([, t]) => RULE_ID.test(t))).toEqual([]);
  });

  it('Get-Help as printed', () => {
    const s = createSession();
    for (const name of ['Set-MgUserLicense', 'New-MigrationEndpoint', 'Get-LabClock', 'Set-LabClock']) {
      expect(s.run(`Get-Help ${name} -Full`).text).not.toMatch(RULE_ID);
    }
  });
});
