/**
 * Long clock moves show progress: Set-LabClock -Advance and Start-Sleep over a day go day by day,
 * a progress record each day (the library's progress event; the terminal's Minimal view), with the
 * same world as one advance.
 */
import { describe, expect, it } from 'vitest';
import { createSession, type ProgressEvent } from '../../src/index';
import { TerminalHost, type OutputSink } from '../../shell/terminal-host';
import { SyncInput } from '../../shell/repl/input';

const CUTOVER = [
  "$cred = [pscredential]::new('CONTOSO\\administrator', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))",
  '$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred',
  'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings | Out-Null',
  'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart | Out-Null',
].join('\n');

function cutover() {
  const s = createSession({ scenario: 'contoso', realTime: () => 0 });
  const r = s.run(CUTOVER);
  expect(r.errors).toEqual([]);
  return s;
}

const statuses = (s: ReturnType<typeof cutover>) => {
  const m = s.world.tenant.migration;
  return { batches: m.batches.map((b) => [b.name, b.status]), users: m.users.map((u) => [u.identity, u.status]), now: s.clock.now().getTime() };
};

describe('Set-LabClock -Advance over days', () => {
  it('reports each day as progress, then completes', () => {
    const s = cutover();
    const seen: ProgressEvent[] = [];
    s.on('progress', (e) => seen.push(e));
    const start = s.clock.now().getTime();
    const r = s.run('Set-LabClock -Advance 3d');
    expect(r.text).toBe('');
    expect(seen.map((e) => [e.activity, e.status.replace(/: .*/, ''), e.percentComplete, e.completed])).toEqual([
      ['Advancing the lab clock', 'Day 1 of 3', 0, false],
      ['Advancing the lab clock', 'Day 2 of 3', 33, false],
      ['Advancing the lab clock', 'Day 3 of 3', 66, false],
      ['Advancing the lab clock', 'Processing', -1, true],
    ]);
    expect(seen.map((e) => e.at.getTime() - start)).toEqual([0, 86_400_000, 2 * 86_400_000, 3 * 86_400_000]);
    // The batch's status on each day, for library callers (not shown in the Minimal view).
    expect(seen[0]!.currentOperation).toMatch(/^CutoverBatch: /);
    expect(seen.every((e) => e.sourceId === seen[0]!.sourceId && e.sourceId !== 0)).toBe(true);
  });

  it('leaves the world as one advance would', () => {
    const stepped = cutover();
    stepped.run("Set-LabClock -Advance '2d12h'");
    const once = cutover();
    once.advance('2d12h');
    expect(statuses(stepped)).toEqual(statuses(once));
  });

  it('a day or less is one step without progress; $ProgressPreference silences it', () => {
    const s = cutover();
    const seen: ProgressEvent[] = [];
    s.on('progress', (e) => seen.push(e));
    s.run('Set-LabClock -Advance 1d; Start-Sleep -Seconds 3600');
    expect(seen).toEqual([]);
    s.run("$ProgressPreference = 'SilentlyContinue'; Set-LabClock -Advance 3d; Start-Sleep -Duration 2.00:00:00");
    expect(seen).toEqual([]);
  });
});

describe('Start-Sleep over days', () => {
  it('sleeps day by day with progress', () => {
    const s = cutover();
    const seen: ProgressEvent[] = [];
    s.on('progress', (e) => seen.push(e));
    s.run('Start-Sleep -Seconds 172800');
    expect(seen.map((e) => [e.activity, e.status.replace(/: .*/, ''), e.completed])).toEqual([
      ['Start-Sleep', 'Day 1 of 2', false],
      ['Start-Sleep', 'Day 2 of 2', false],
      ['Start-Sleep', 'Processing', true],
    ]);
  });
});

describe('in the shell', () => {
  const sink = (isTTY: boolean): OutputSink & { text: string } => {
    const s = { text: '', isTTY, write: (t: string) => void (s.text += t), columns: () => 100 };
    return s;
  };
  const shell = (isTTY: boolean) => {
    const out = sink(isTTY);
    const host = new TerminalHost({ stdout: out, stderr: sink(isTTY), env: {}, input: SyncInput.fromText(''), now: () => 0, progressIntervalMs: 0 });
    const s = createSession({ host, realTime: () => 0 });
    expect(s.run(CUTOVER).success).toBe(true);
    out.text = '';
    return { s, out, host };
  };

  it('draws the days on a terminal and erases them at the end', () => {
    const { s, out, host } = shell(true);
    s.run('Set-LabClock -Advance 2d; Get-MigrationBatch | Select-Object -ExpandProperty Status');
    host.resetProgress();
    expect(out.text).toContain('\x1b[33;1mAdvancing the lab clock [\x1b[7m\x1b[27mDay 1 of 2: ');
    expect(out.text).toMatch(/\x1b\[33;1mAdvancing the lab clock \[\x1b\[7mDay 2 of 2: [^\x1b]*\x1b\[27m/);
    // -Completed erased the display before the output; nothing is drawn after it.
    expect(out.text.endsWith('\r\x1b[JSynced\n')).toBe(true);
  });

  it('writes none of it when output is redirected', () => {
    const { s, out } = shell(false);
    s.run('Set-LabClock -Advance 2d; Start-Sleep -Seconds 200000');
    expect(out.text).toBe('');
  });
});
