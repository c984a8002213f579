import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';

describe('Get-LabScenario', () => {
  it('lists every built-in scenario as a table of name, mailboxes and description', () => {
    const r = createSession().run('Get-LabScenario | Select-Object -ExpandProperty Name');
    expect(r.output).toContain('contoso');
    expect(r.output).toContain('contoso-selfsigned-cert');
    expect(r.output.length).toBeGreaterThanOrEqual(12);
    const table = createSession().run('Get-LabScenario contoso').text;
    expect(table.split('\n')[1]).toMatch(/^Name\s+Mailboxes Description$/);
    expect(table).toMatch(/contoso\s+25 /);
  });

  it('filters with wildcards and describes the loaded world with -Current', () => {
    const s = createSession({ scenario: 'contoso-selfsigned-cert' });
    expect(s.run('(Get-LabScenario *cert*).Name').output).toContain('contoso-selfsigned-cert');
    expect(s.run('(Get-LabScenario -Current).Name').output).toEqual(['contoso-selfsigned-cert']);
  });

  it('fails clearly for an unknown name', () => {
    const r = createSession().run('Get-LabScenario nowhere');
    expect(r.success).toBe(false);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('ScenarioNotFound,Get-LabScenario');
    expect(r.text).toBe("Get-LabScenario: Cannot find a lab scenario named 'nowhere'. Run Get-LabScenario to list them.\n");
  });
});

describe('Get-LabClock / Set-LabClock', () => {
  it('advances virtual time by a duration and shows it', () => {
    const s = createSession();
    const before = s.now().getTime();
    const r = s.run("Set-LabClock -Advance '1d12h' -PassThru");
    expect(r.success).toBe(true);
    expect(s.now().getTime() - before).toBe(36 * 3600000);
    expect(s.run('(Get-LabClock).Mode').output).toEqual(['Manual']);
  });

  it('accepts a TimeSpan and seconds', () => {
    const s = createSession();
    const before = s.now().getTime();
    s.run('Set-LabClock ([timespan]::FromHours(2))');
    s.run('Set-LabClock 30');
    expect(s.now().getTime() - before).toBe(2 * 3600000 + 30000);
  });

  it('changes nothing under -WhatIf', () => {
    const s = createSession();
    const before = s.now().getTime();
    const r = s.run("Set-LabClock -Advance '3d' -WhatIf");
    expect(r.text).toBe('What if: Performing the operation "Advance lab clock" on target "3.00:00:00".\n');
    expect(s.now().getTime()).toBe(before);
  });

  it('refuses a bad duration and going back, leaving the clock alone', () => {
    const s = createSession();
    const before = s.now().getTime();
    const bad = s.run("Set-LabClock -Advance 'soon'");
    expect(bad.success).toBe(false);
    expect(bad.text).toContain("Cannot convert 'soon' to a duration");
    const back = s.run("Set-LabClock -Advance '-01:00:00'");
    expect(back.text).toBe('Set-LabClock: The lab clock only moves forward.\n');
    expect(s.now().getTime()).toBe(before);
  });

  it('lets the clock follow real time at a speed', () => {
    let real = 1_000_000;
    const s = createSession({ realTime: () => real });
    const before = s.now().getTime();
    s.run('Set-LabClock -Speed 60');
    real += 10_000;
    expect(s.run('(Get-LabClock).Speed').output).toEqual([60]);
    expect(s.now().getTime() - before).toBe(600_000);
  });
});

describe('Clear-Host', () => {
  it('exists with its aliases and prints nothing in a transcript', () => {
    const s = createSession();
    for (const c of ['Clear-Host', 'clear', 'cls']) {
      const r = s.run(c);
      expect(r.success).toBe(true);
      expect(r.text).toBe('');
    }
  });
});

describe('Get-Command default view', () => {
  it('prints the CommandType / Name / Version / Source table pwsh prints', () => {
    const r = createSession().run('Get-Command Get-MigrationBatch');
    const lines = r.text.split('\n');
    expect(lines[1]).toBe('CommandType     Name                                               Version    Source');
    expect(lines[2]).toBe('-----------     ----                                               -------    ------');
    expect(lines[3]).toMatch(/^Cmdlet {10}Get-MigrationBatch {33}\S+\s+ExchangeOnlineManagement$/);
  });

  it('shows aliases by their display name but keeps Name the alias itself', () => {
    const s = createSession();
    expect(s.run('Get-Command echo').text).toContain('Alias           echo -> Write-Output');
    expect(s.run('(Get-Command echo).Name').output).toEqual(['echo']);
  });
});

describe('Read-Host', () => {
  it('prompts with ": " and returns the line; -AsSecureString masks it', () => {
    const s = createSession({ input: ['CutoverBatch', 's3cret'] });
    const r = s.run("$n = Read-Host -Prompt 'Batch name'; $p = Read-Host 'Password' -AsSecureString; $n; $p.GetType().Name");
    expect(r.output).toEqual(['CutoverBatch', 'SecureString']);
    expect(r.text).toContain('Batch name: CutoverBatch\n');
    expect(r.text).toContain('Password: ******\n');
  });

  it('fails when nothing can answer, as pwsh -NonInteractive does', () => {
    const r = createSession().run('Read-Host');
    expect(r.success).toBe(false);
    expect(r.errors[0].message).toBe('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
  });
});
