/**
 * Time at the interactive prompt: the virtual clock runs with (a fake) real time while a person types,
 * at the lab speed the banner states; it does not jump by the time a saved world spent on disk; it
 * stands still with -ManualClock, with piped input and in -Command scripts. The banner wraps to the
 * terminal's width, whole words on each line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from './bundled-cli';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs } from '../../shell/args';
import { openPrompt, promptBanner, type Prompt } from '../../shell/run';
import { TerminalHost, type OutputSink } from '../../shell/terminal-host';
import { SyncInput } from '../../shell/repl/input';
import { FileStateStore, readWorldFile } from '../../shell/file-store';
import { loadScenario, listScenarios } from '../../src/model/scenarios';
import { PROMPT_CLOCK_SPEED } from '../../cmdlets/lab/clock-text';

const ENDPOINT = `$Credentials = New-Object System.Management.Automation.PSCredential('administrator@contoso.com', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))
$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $Credentials
$null = New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings`;

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'exo-prompt-clock-'));
});

/** A prompt on a fake terminal `width` columns wide, typed at (or piped) with a fake real-time source. */
function prompt(args: string[], options: { typing?: boolean; width?: number; realStart?: number } = {}) {
  const clock = { real: options.realStart ?? 5_000_000 };
  const out: OutputSink & { text: string } = { text: '', isTTY: true, write: (t) => void (out.text += t), columns: () => options.width ?? 100 };
  const err: OutputSink & { text: string } = { text: '', isTTY: true, write: (t) => void (err.text += t), columns: () => options.width ?? 100 };
  const host = new TerminalHost({ stdout: out, stderr: err, env: { NO_COLOR: '1' }, input: SyncInput.fromText('') });
  const p: Prompt = openPrompt(parseCliArgs(args), host, { typing: options.typing ?? true, realTime: () => clock.real });
  /** Types a line and returns what it printed. */
  const type = (line: string): string => {
    const from = out.text.length;
    const errFrom = err.text.length;
    p.repl.execute(line);
    return out.text.slice(from) + err.text.slice(errFrom);
  };
  return { p, clock, type, wait: (ms: number) => void (clock.real += ms) };
}

describe('the clock at the interactive prompt', () => {
  it(`runs at ${PROMPT_CLOCK_SPEED}x real time: a batch started at the prompt is Syncing a second later`, () => {
    const { p, type, wait } = prompt([]);
    expect(p.speed).toBe(60);
    type(ENDPOINT);
    type('$null = New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint');
    expect(type('Start-MigrationBatch -Identity CutoverBatch')).toBe('');
    expect(type('Get-MigrationBatch -Identity CutoverBatch | Format-List Status')).toBe('\nStatus : Starting\n\n');
    const before = p.session.now().getTime();
    wait(1_000); // one real second: a virtual minute, the time Starting takes to settle
    expect(type('Get-MigrationBatch -Identity CutoverBatch | Format-List Status')).toBe('\nStatus : Syncing\n\n');
    expect(p.session.now().getTime() - before).toBe(60_000);
    expect(type('(Get-LabClock).Mode')).toBe('RealTime\n');
    // The contoso initial sync is about seven and a half virtual hours: under ten minutes at the prompt.
    wait(8 * 60_000);
    expect(type('(Get-MigrationBatch CutoverBatch).Status.ToString()')).toBe('Synced\n');
  });

  it('Get-Date moves with real time between commands', () => {
    const { type, wait } = prompt([]);
    const a = Date.parse(type("(Get-Date).ToUniversalTime().ToString('o')").trim());
    wait(30_000);
    const b = Date.parse(type("(Get-Date).ToUniversalTime().ToString('o')").trim());
    expect(b - a).toBe(30 * 60_000);
  });

  it('Set-LabClock -Speed changes the speed at the prompt; leaving puts the saved speed back', () => {
    const path = join(dir, 'speed.json');
    const { p, type, wait } = prompt(['-State', path]);
    expect(readWorldFile(path).world.clock.speed).toBe(60);
    type('Set-LabClock -Speed 3600');
    const before = p.session.now().getTime();
    wait(2_000);
    expect(p.session.now().getTime() - before).toBe(2 * 3_600_000);
    p.repl.save!();
    const saved = readWorldFile(path).world.clock;
    expect(saved.speed).toBe(0);
    // Time spent at the prompt was folded in before the clock stopped.
    expect(saved.now).toBe(before + 2 * 3_600_000);
  });

  it('does not jump by the real time a saved world spent on disk; only time at the prompt counts', () => {
    const path = join(dir, 'saved.json');
    const store = FileStateStore.create(path, loadScenario('contoso'));
    // Saved while a prompt was running (its clock at 60x), as a crashed shell would leave it.
    store.transaction((w) => {
      w.clock.speed = 60;
    });
    const file = JSON.parse(readFileSync(path, 'utf8')) as { savedAt: string; world: { clock: { now: number } } };
    const savedNow = file.world.clock.now;
    // The learner comes back a day after the file was saved: that day does not count.
    const { p, type, wait } = prompt(['-State', path], { realStart: Date.parse(file.savedAt) + 86_400_000 });
    expect(p.session.now().getTime()).toBe(savedNow);
    expect(p.speed).toBe(60);
    type('$null = Get-Date');
    expect(p.session.now().getTime()).toBe(savedNow);
    wait(10_000);
    type('$null = Get-Date');
    expect(p.session.now().getTime()).toBe(savedNow + 600_000);
  });

  it('stands still with -ManualClock, and the banner says so', () => {
    const { p, type, wait } = prompt(['-ManualClock']);
    expect(p.speed).toBe(0);
    type(ENDPOINT);
    type('$null = New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart');
    wait(3_600_000);
    expect(type('(Get-MigrationBatch CutoverBatch).Status.ToString()')).toBe('Starting\n');
    expect(p.repl.banner()).toContain('The virtual clock stands still between commands (-ManualClock).');
    // Set-LabClock -Advance still lets time pass.
    type('Set-LabClock -Advance 1m');
    expect(type('(Get-MigrationBatch CutoverBatch).Status.ToString()')).toBe('Syncing\n');
  });

  it('stands still with piped input (a script typed into standard input)', () => {
    const { p, type, wait } = prompt([], { typing: false });
    const before = p.session.now().getTime();
    wait(3_600_000);
    type('$null = Get-Date');
    expect(p.speed).toBe(0);
    expect(p.session.now().getTime()).toBe(before);
  });

  it('the banner states the speed and how to let a day pass', () => {
    const { p } = prompt([]);
    const flat = p.repl.banner().replace(/\n/g, ' ');
    expect(flat).toContain("exo-emulator: world 'contoso' - ");
    expect(flat).toContain('The virtual clock runs at 60x real time (a minute passes every second). To let a day pass at once: Set-LabClock -Advance 1d.');
  });
});

describe('the banner fits the terminal', () => {
  const long = listScenarios().find((s) => s.name === 'contoso-licenses-short')!;
  const words = (s: string) => s.split(/\s+/).filter(Boolean);

  it.each([60, 80, 200])('at %i columns: whole words, nothing cut, no line over the width', (width) => {
    const banner = promptBanner(long, { state: 'learner.json', manualClock: false }, 60, width);
    const lines = banner.split('\n');
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(width);
      expect(line).toBe(line.trim());
    }
    expect(banner).not.toContain('\u2026');
    // Every word of the description is on the screen whole, in order.
    const shown = words(banner);
    const description = words(long.description);
    const at = shown.indexOf(description[0]!);
    expect(shown.slice(at, at + description.length)).toEqual(description);
    // A command and its parameter stay together.
    expect(lines.some((l) => l.includes('Set-LabClock -Advance 1d'))).toBe(true);
  });

  it('at 60 columns, exactly', () => {
    expect(promptBanner(long, { state: null, manualClock: false }, 60, 60)).toBe(
      [
        "exo-emulator: world 'contoso-licenses-short' - The tenant",
        'has 20 Exchange Online (Plan 1) licenses for 22 user',
        'mailboxes, and its users have no usage location yet:',
        'licensing runs out.',
        'The virtual clock runs at 60x real time (a minute passes',
        'every second). To let a day pass at once:',
        'Set-LabClock -Advance 1d. To stop the clock:',
        'Set-LabClock -Speed 0.',
        'Get-Help <cmdlet> for help, Get-Command -Noun Migration*',
        'for the migration cmdlets, Get-LabScenario for other',
        'worlds, Get-LabClock for the time.',
      ].join('\n'),
    );
  });
});

describe('scripts keep the manual clock', () => {
  let cli = '';
  beforeAll(() => {
    cli = bundleCli('exo-shell-prompt-clock');
  }, 60000);
  const shell = (args: string[], input = '') => spawnSync(process.execPath, [cli, ...args], { input, cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30000 });
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

  it('-Command on a world saved with a running clock: time does not move by itself', () => {
    const path = join(dir, 'script.json');
    const r1 = shell(['-State', path, '-Command', "Set-LabClock -Speed 3600; (Get-LabClock).Now.ToString('o')"]);
    expect(r1.stderr).toBe('');
    expect(readWorldFile(path).world.clock.speed).toBe(3600);
    sleep(50); // at 3600x, 50 ms would be three virtual minutes
    const r2 = shell(['-State', path, '-Command', "(Get-LabClock).Now.ToString('o')"]);
    expect(r2.stdout).toBe(r1.stdout);
    const piped = shell(['-State', path], "(Get-LabClock).Now.ToString('o')\n");
    expect(piped.stdout).toBe(r1.stdout);
    expect(JSON.parse(readFileSync(path, 'utf8')).world.clock.speed).toBe(3600);
  });
});
