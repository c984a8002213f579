/**
 * The shell through a pseudo-terminal: what a user sees when typing (@lydell/node-pty, prebuilt), plus piped runs.
 * Every test bounds its waits and kills the child.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PtyJar } from './pty-jar';
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
/** Visible text: escape sequences and the lone carriage returns of redraws removed. */
const strip = (s: string) => s.replace(ANSI, '').replace(/\r(?!\n)/g, '');
const PROMPT = 'PS C:\\Users\\Administrator> ';

let entry = '';
let workDir = '';

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'exo-shell-pty-'));
  entry = join(workDir, 'shell.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./fixtures/pty-shell.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: entry,
    logLevel: 'error',
  });
});

class Terminal {
  output = '';
  exitCode: number | null = null;
  private readonly proc: pty.IPty;

  constructor(env: Record<string, string> = {}, args: string[] = []) {
    this.proc = pty.spawn(process.execPath, [entry, ...args], {
      cols: 100,
      rows: 30,
      cwd: workDir,
      env: { ...process.env, EXO_SHELL_HISTORY: join(workDir, 'history.txt'), NO_COLOR: '', ...env } as Record<string, string>,
    });
    this.proc.onData((d) => (this.output += d));
    this.proc.onExit((e) => (this.exitCode = e.exitCode));
    ptys.add(this.proc);
  }

  get screen(): string {
    return strip(this.output);
  }

  type(s: string): void {
    this.proc.write(s);
  }

  /** Waits until the visible output (after `from`) contains `text`. */
  async waitFor(text: string, from = 0, timeoutMs = 8000): Promise<void> {
    const start = Date.now();
    while (!strip(this.output.slice(from)).includes(text)) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${this.screen}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async waitExit(timeoutMs = 8000): Promise<number> {
    const start = Date.now();
    while (this.exitCode === null) {
      if (Date.now() - start > timeoutMs) throw new Error('shell did not exit; screen:\n' + this.screen);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.exitCode;
  }

  kill(): void {
    if (this.exitCode === null) this.proc.kill();
  }
}

const ptys = new PtyJar();
afterEach(() => ptys.close());

async function started(env: Record<string, string> = {}, args: string[] = []): Promise<Terminal> {
  const t = new Terminal(env, args);
  await t.waitFor(PROMPT);
  return t;
}

describe('exo-shell in a terminal', () => {
  it('shows a two-line banner and the prompt, runs a command, leaves on exit', async () => {
    const t = await started();
    expect(t.screen.startsWith('exo-shell test: world "fixture".\r\nType Get-Help to explore.\r\n' + PROMPT)).toBe(true);
    const mark = t.output.length;
    t.type('Write-Output hello\r');
    await t.waitFor('hello\r\n' + PROMPT, mark);
    t.type('exit\r');
    expect(await t.waitExit()).toBe(0);
    expect(t.screen).toContain('saved');
  });

  it('keeps text written without a newline visible above the next prompt', async () => {
    const t = await started();
    t.type('Write-Host partial\r');
    await t.waitFor('partial\r\n' + PROMPT);
  });

  it('-NoLogo hides the banner; the prompt follows the location', async () => {
    const t = await started({}, ['-NoLogo']);
    expect(t.screen.startsWith(PROMPT)).toBe(true);
    t.type('Set-Location C:\\Migration\r');
    await t.waitFor('PS C:\\Migration> ');
  });

  it('Tab completes the command, then a parameter, then cycles values', async () => {
    const t = await started();
    t.type('Get-MigrationB\t');
    await t.waitFor(PROMPT + 'Get-MigrationBatch');
    t.type(' -Sta\t');
    await t.waitFor('Get-MigrationBatch -Status');
    const mark = t.output.length;
    t.type(' \t\t');
    await t.waitFor('Syncing', mark);
    t.type('\r');
    await t.waitFor('ran: "Get-MigrationBatch -Status Syncing"');
  });

  it('continues incomplete input with >> and runs it as one script', async () => {
    const t = await started();
    t.type('if ($true) {\r');
    await t.waitFor('\r\n>> ');
    t.type('1 }\r');
    await t.waitFor('ran: "if ($true) {\\n1 }"');
  });

  it('Ctrl+C drops the line, prints ^C and a fresh prompt', async () => {
    const t = await started();
    t.type('Write-Output never');
    await t.waitFor('never');
    const mark = t.output.length;
    t.type('\x03');
    await t.waitFor('^C\r\n' + PROMPT, mark);
    t.type('Write-Output after\r');
    await t.waitFor('after\r\n');
    expect(t.screen).not.toContain('never\r\n');
  });

  it('Ctrl+C stops a running command through the host', async () => {
    const t = await started();
    t.type('Wait-ForStop\r');
    await t.waitFor('waiting');
    t.type('\x03');
    await t.waitFor('stopped\r\n' + PROMPT);
  });

  it('keeps history across runs (EXO_SHELL_HISTORY) and recalls it with Up', async () => {
    const env = { EXO_SHELL_HISTORY: join(workDir, 'history-two-runs.txt') };
    const first = await started(env);
    first.type('Write-Output from-first-run\r');
    await first.waitFor('from-first-run\r\n');
    first.type('\x04');
    expect(await first.waitExit()).toBe(0);
    expect(readFileSync(env.EXO_SHELL_HISTORY, 'utf8')).toBe('Write-Output from-first-run\n');

    const second = await started(env);
    const mark = second.output.length;
    second.type('\x1b[A');
    await second.waitFor(PROMPT + 'Write-Output from-first-run', mark);
    second.type('\r');
    await second.waitFor('from-first-run\r\n' + PROMPT, mark);
  });

  it('keeps lines that may hold a secret out of the history file, as PSReadLine does, but recalls them with Up', async () => {
    const env = { EXO_SHELL_HISTORY: join(workDir, 'history-secrets.txt') };
    const t = await started(env);
    t.type("$c = ConvertTo-SecureString 'Hist0ry-S3cret!' -AsPlainText -Force\r");
    await t.waitFor(PROMPT, t.output.indexOf('-Force') + 1);
    t.type('$apiKey = 1; $TOKEN = 2\r');
    t.type('Write-Output kept\r');
    await t.waitFor('kept\r\n' + PROMPT);
    const mark = t.output.length;
    t.type('\x1b[A\x1b[A\x1b[A');
    await t.waitFor("Hist0ry-S3cret!' -AsPlainText", mark);
    t.type('\x03\x04');
    expect(await t.waitExit()).toBe(0);
    expect(readFileSync(env.EXO_SHELL_HISTORY, 'utf8')).toBe('Write-Output kept\n');
  });

  it('Ctrl+R finds an earlier command', async () => {
    const t = await started({ EXO_SHELL_HISTORY: join(workDir, 'history-search.txt') });
    t.type('Write-Output alpha\r');
    await t.waitFor('alpha\r\n');
    t.type('Write-Output beta\r');
    await t.waitFor('beta\r\n');
    const mark = t.output.length;
    t.type('\x12alp');
    await t.waitFor('bck-i-search: alp_', mark);
    t.type('\r');
    await t.waitFor('alpha\r\n' + PROMPT, mark);
  });

  it("masks Get-Credential's password with * and never echoes it", async () => {
    const t = await started();
    t.type('Get-Credential\r');
    await t.waitFor('User: ');
    t.type('admin@contoso.com\r');
    await t.waitFor('Password for user admin@contoso.com: ');
    t.type('s3cr3t!\r');
    await t.waitFor('UserName=admin@contoso.com PasswordLength=7');
    expect(t.screen).toContain('Password for user admin@contoso.com: *******\r\n');
    expect(t.output).not.toContain('s3cr3t');
  });

  it('PromptForChoice takes a hot key or the default', async () => {
    const t = await started();
    t.type('Confirm-Thing\r');
    await t.waitFor('Confirm\r\nAre you sure?\r\n[Y] Yes  [N] No  [?] Help (default is "Y"): ');
    t.type('n\r');
    await t.waitFor('choice=1');
  });

  it('colours warnings and errors on a terminal', async () => {
    const t = await started();
    t.type('Write-Warning careful\r');
    await t.waitFor('WARNING: careful');
    t.type('Write-Error broken\r');
    await t.waitFor('Write-Error: broken');
    expect(t.output).toContain('\x1b[33;1mWARNING: careful\x1b[0m');
    expect(t.output).toContain('\x1b[31;1mWrite-Error: broken\x1b[0m');
  });

  it('does not colour with NO_COLOR=1', async () => {
    const t = await started({ NO_COLOR: '1' });
    t.type('Write-Warning careful\r');
    await t.waitFor('WARNING: careful');
    expect(t.output).not.toContain('\x1b[33;1m');
  });
});

describe('exo-shell with piped input', () => {
  it('reads commands and prompt answers as lines, without colours or prompts', () => {
    const r = spawnSync(process.execPath, [entry], {
      input: 'Write-Warning piped\nGet-Credential\nalice\nsecret\nif ($x) {\n2 }\n',
      env: { ...process.env, EXO_SHELL_HISTORY: join(workDir, 'unused.txt'), NO_COLOR: '' },
      encoding: 'utf8',
      timeout: 10000,
    });
    expect(r.stdout).toBe(
      'WARNING: piped\nUser: \nPassword for user alice: \nUserName=alice PasswordLength=6\nran: "if ($x) {\\n2 }"\nsaved\n',
    );
    expect(r.status).toBe(0);
  });
});
