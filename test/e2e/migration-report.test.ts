/**
 * An admin's migration report script (test/e2e/fixtures/migration-report.ps1), run as written after
 * the cutover lab on `contoso`: Get-MigrationUser | Get-MigrationUserStatistics, rows built with
 * [pscustomobject] and Add-Member, Write-Progress through the loop, a CSV and an HTML report in a
 * new folder (New-Item, Join-Path), the folder listed (Get-ChildItem), two runs compared
 * (Compare-Object). Run as `exo-shell -File` runs a script (the session's run with the script's
 * arguments, shell/run.ts) on a terminal host, and through the library (default host, progress events).
 *
 * Expected texts are pwsh 7.6.10's for the same objects (Export-Csv quoting, ConvertTo-Html's page,
 * Compare-Object's rows sorted by Identity then SideIndicator: '<=' before '=>').
 *
 * It needs cmdlets being built elsewhere (Add-Member, Compare-Object, ConvertTo-Html, New-Item,
 * Join-Path, Get-ChildItem): skipped until the session has them all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession, toPlain, type ProgressEvent } from '../../src/index';
import type { Host } from '../../src/engine/host';
import type { PSValue } from '../../src/engine/values';
import { TerminalHost, type OutputSink } from '../../shell/terminal-host';
import { SyncInput } from '../../shell/repl/input';

const NEEDED = ['Add-Member', 'Compare-Object', 'ConvertTo-Html', 'New-Item', 'Join-Path', 'Get-ChildItem', 'Export-Csv', 'Import-Csv', 'Out-File', 'Write-Progress'];
const probe = createSession({ realTime: () => 0 });
const hasCommands = (names: string[]) => names.every((n) => probe.runspace.commandVisibleGlobally(n));

const SCRIPT = readFileSync(new URL('./fixtures/migration-report.ps1', import.meta.url), 'utf8');

/** The cutover lab (test/e2e/seed-000.test.ts): endpoint, batch started, a day later all users Synced. */
const CUTOVER_LAB = [
  "$cred = [pscredential]::new('CONTOSO\\administrator', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))",
  '$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred',
  'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings',
  'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart',
  'Set-LabClock -Advance 1d',
].join('\n');

/** The script's arguments, as `exo-shell -File MigrationReport.ps1 -RunName run1` passes them (shell/run.ts). */
const RUN1 = ['-RunName', 'run1'];
const RUN2 = ['-RunName', 'run2', '-PreviousCsv', 'C:\\Reports\\run1\\MigrationUsers.csv'];
/** Between the runs the batch is completed: every user goes Synced -> Completed. */
const COMPLETE = 'Complete-MigrationBatch -Identity CutoverBatch -Confirm:$false; Set-LabClock -Advance 1d';

function labSession(host?: Host) {
  const s = createSession({ host, realTime: () => 0 });
  const r = s.run(CUTOVER_LAB);
  expect(r.errors).toEqual([]);
  return s;
}

const csvLines = (s: ReturnType<typeof labSession>, run: string) => s.runtime.fs.readText(`C:\\Reports\\${run}\\MigrationUsers.csv`).split(/\r?\n/).filter((l) => l !== '');
const plain = (v: PSValue) => toPlain(v) as Record<string, unknown>;

const CSV_HEAD = [
  '"Identity","Batch","Type","Status","SyncedItems","Skipped"',
  '"administrator@contoso.com","CutoverBatch","Mailbox","Synced","573","0"',
  '"sara.lindqvist@contoso.com","CutoverBatch","Mailbox","Synced","24986","0"',
  '"tomas.novak@contoso.com","CutoverBatch","Mailbox","Synced","16521","0"',
];

describe.skipIf(!hasCommands(NEEDED))('migration report script (e2e)', () => {
  it('through the library: CSV and HTML on the virtual disk, the listing, progress events, the comparison of two runs', () => {
    const s = labSession();
    const seen: ProgressEvent[] = [];
    s.on('progress', (e) => seen.push(e));

    const r1 = s.run(SCRIPT, { args: RUN1 });
    expect(r1.errors).toEqual([]);
    // Get-ChildItem | Select-Object Name: the two files of the new folder.
    expect(r1.output.map((o) => plain(o)['Name'])).toEqual(['MigrationUsers.csv', 'MigrationUsers.html']);
    expect(s.runtime.fs.isDirectory('C:\\Reports\\run1')).toBe(true);

    // The CSV: a header and one quoted row per migration user (25 mailboxes, 3 contacts, 4 groups), all Synced.
    const csv = csvLines(s, 'run1');
    expect(csv.slice(0, 4)).toEqual(CSV_HEAD);
    expect(csv).toHaveLength(33);
    expect(csv.slice(1).every((l) => l.includes('"CutoverBatch"') && l.includes('"Synced"'))).toBe(true);
    expect(csv.filter((l) => l.includes('"Contact"'))).toHaveLength(3);
    expect(csv.filter((l) => l.includes('"Group"'))).toHaveLength(4);

    // The HTML page as ConvertTo-Html writes it, one table row per user.
    const html = s.runtime.fs.readText('C:\\Reports\\run1\\MigrationUsers.html');
    const lines = html.split(/\r?\n/);
    expect(lines.slice(0, 9)).toEqual([
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
      '<html xmlns="http://www.w3.org/1999/xhtml">',
      '<head>',
      '<title>Migration report</title>',
      '</head><body>',
      '<h1>Migration report run1</h1>',
      '<table>',
      '<colgroup><col/><col/><col/><col/><col/><col/></colgroup>',
      '<tr><th>Identity</th><th>Batch</th><th>Type</th><th>Status</th><th>SyncedItems</th><th>Skipped</th></tr>',
    ]);
    expect(lines[9]).toBe('<tr><td>administrator@contoso.com</td><td>CutoverBatch</td><td>Mailbox</td><td>Synced</td><td>573</td><td>0</td></tr>');
    expect(lines.filter((l) => l.startsWith('<tr><td>'))).toHaveLength(32);
    expect(lines.filter((l) => l !== '').slice(-2)).toEqual(['</table>', '</body></html>']);

    // Progress: one record per user, then Completed; nothing of it in the transcript.
    expect(seen).toHaveLength(33);
    expect(seen[0]).toMatchObject({ activity: 'Migration report', status: 'administrator@contoso.com (1 of 32)', percentComplete: 3, completed: false });
    expect(seen[31]).toMatchObject({ status: expect.stringMatching(/ \(32 of 32\)$/), percentComplete: 100 });
    expect(seen[32]).toMatchObject({ activity: 'Migration report', completed: true });
    expect(r1.text).not.toContain('Migration report [');

    // Second run after completing the batch, compared with the first: each user Synced (<=) then Completed (=>).
    expect(s.run(COMPLETE).errors).toEqual([]);
    const r2 = s.run(SCRIPT, { args: RUN2 });
    expect(r2.errors).toEqual([]);
    expect(csvLines(s, 'run2').slice(1).every((l) => l.includes('"Completed"'))).toBe(true);
    const rows = r2.output.map(plain);
    expect(rows.slice(0, 2).map((o) => o['Name'])).toEqual(['MigrationUsers.csv', 'MigrationUsers.html']);
    const diff = rows.slice(2).map((o) => `${o['Identity']} ${o['Status']} ${o['SideIndicator']}`);
    expect(diff).toHaveLength(64);
    const identities = csv.slice(1).map((l) => l.split('","')[0]!.slice(1)).sort();
    expect(diff).toEqual(identities.flatMap((id) => [`${id} Synced <=`, `${id} Completed =>`]));
  });

  it('in the shell (a terminal): the listing as printed, the progress drawn then cleared, the comparison', () => {
    const out: OutputSink & { text: string } = { text: '', isTTY: true, write: (t) => void (out.text += t), columns: () => 120 };
    const err: OutputSink = { isTTY: true, write: () => undefined, columns: () => 120 };
    const host = new TerminalHost({ stdout: out, stderr: err, env: { NO_COLOR: '1' }, input: SyncInput.fromText(''), now: () => 0, progressIntervalMs: 0 });
    const s = labSession(host);
    out.text = '';
    // As the REPL runs a command line: the session's run, then the progress display reset.
    const r = s.run(SCRIPT, { args: RUN1 });
    host.resetProgress();
    expect(r.errors).toEqual([]);
    // 120 columns: a 100-cell bar, 3% of it (1 of 32) in reverse video.
    expect(out.text).toContain('\x1b[33;1mMigration report [\x1b[7madm\x1b[27ministrator@contoso.com (1 of 32)');
    // What stays on the screen once each progress line is erased: the Select-Object table.
    const visible = out.text.replace(/[^\n]*\r\x1b\[J/g, '');
    expect(visible).toBe('\nName\n----\nMigrationUsers.csv\nMigrationUsers.html\n\n');
    expect(csvLines(s, 'run1').slice(0, 4)).toEqual(CSV_HEAD);

    s.run(COMPLETE);
    out.text = '';
    const r2 = s.run(SCRIPT, { args: RUN2 });
    host.resetProgress();
    expect(r2.errors).toEqual([]);
    const shown = out.text.replace(/[^\n]*\r\x1b\[J/g, '').split('\n');
    expect(shown.slice(0, 5)).toEqual(['', 'Name', '----', 'MigrationUsers.csv', 'MigrationUsers.html']);
    // (How Out-Default lays out the comparison after the Name table is left to the formatter's own tests.)
    const admin = r2.output.map(plain).filter((o) => o['Identity'] === 'administrator@contoso.com');
    expect(admin.map((o) => `${o['Status']} ${o['SideIndicator']}`)).toEqual(['Synced <=', 'Completed =>']);
  });
});
