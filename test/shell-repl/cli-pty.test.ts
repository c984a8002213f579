/**
 * The real exo-shell (shell/cli.ts with the session, engine and world) through a pseudo-terminal:
 * the REPL wired into the lead's startRepl. Bundled once with esbuild (dependencies stay external
 * and resolve from node_modules); each test bounds its waits and kills the child.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../shell/bundled-cli';
import { PtyJar } from './pty-jar';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pty from '@lydell/node-pty';

const strip = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r(?!\n)/g, '');
const PROMPT = 'PS C:\\Users\\Administrator> ';
let cli = '';
let home = '';

beforeAll(() => {
  cli = bundleCli('exo-shell-pty');
  home = mkdtempSync(join(tmpdir(), 'exo-shell-cli-'));
}, 60000);

const children = new PtyJar();
afterEach(() => children.close());

function start(env: Record<string, string> = {}) {
  const proc = pty.spawn(process.execPath, [cli, '-NoLogo'], {
    cols: 120,
    rows: 40,
    cwd: home,
    env: { ...process.env, NO_COLOR: '', EXO_SHELL_HISTORY: join(home, 'history.txt'), ...env } as Record<string, string>,
  });
  children.add(proc);
  let output = '';
  let exit: number | null = null;
  proc.onData((d) => (output += d));
  proc.onExit((e) => (exit = e.exitCode));
  const waitFor = async (text: string, from = 0, timeoutMs = 15000) => {
    const t0 = Date.now();
    while (!strip(output.slice(from)).includes(text)) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${JSON.stringify(text)}:\n${strip(output)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return {
    type: (s: string) => proc.write(s),
    waitFor,
    mark: () => output.length,
    get output() {
      return output;
    },
    waitExit: async () => {
      const t0 = Date.now();
      while (exit === null) {
        if (Date.now() - t0 > 15000) throw new Error('no exit');
        await new Promise((r) => setTimeout(r, 25));
      }
      return exit;
    },
  };
}

describe('exo-shell (real session) in a terminal', () => {
  it('completes cmdlets, parameters and variables from the runspace, then leaves with exit', async () => {
    const t = start();
    await t.waitFor(PROMPT);
    t.type('Get-MigrationB\t');
    await t.waitFor(PROMPT + 'Get-MigrationBatch');
    t.type(' -Sta\t');
    await t.waitFor('Get-MigrationBatch -Status');
    t.type('\x1b'); // revert line
    const mark = t.mark();
    t.type('$ErrorA\t');
    await t.waitFor('$ErrorActionPreference', mark);
    t.type('\x03');
    await t.waitFor('^C');
    t.type('exit\r');
    expect(await t.waitExit()).toBe(0);
  }, 40000);

  it('draws Write-Progress as pwsh 7.6 Minimal view below the output, then clears it when the line ends', async () => {
    const t = start();
    await t.waitFor(PROMPT);
    const mark = t.mark();
    t.type("'before'; Write-Progress -Activity Report -Status 'user 1' -PercentComplete 50 -SecondsRemaining 4; 'after'\r");
    await t.waitFor('after', mark);
    await t.waitFor(PROMPT, t.output.lastIndexOf('after'));
    const raw = t.output.slice(mark);
    // 120 columns: the bar is 120 - 6 - 4 = 110 cells, half of it reversed, '4s' at its end.
    expect(raw).toContain(`\x1b[33;1mReport [\x1b[7muser 1${' '.repeat(49)}\x1b[27m${' '.repeat(52)}4s]\x1b[0m\r`);
    // Erased before 'after' is written and drawn again below it; erased for good when the line ends.
    expect(raw.slice(raw.indexOf('Report ['))).toMatch(/^Report \[[^\n]*\r\r\x1b\[J(\x1b\[[0-9;]*m)*after\r?\n\x1b\[33;1mReport \[/);
    expect(raw.slice(raw.lastIndexOf('Report ['))).toMatch(/^Report \[[^\n]*\r\r\x1b\[J[^]*PS C:/);
    t.type('exit\r');
    expect(await t.waitExit()).toBe(0);
  }, 40000);

  it("reads Get-Credential's password masked", async () => {
    const t = start();
    await t.waitFor(PROMPT);
    t.type('$c = Get-Credential\r');
    await t.waitFor('User: ');
    t.type('admin@contoso.onmicrosoft.com\r');
    await t.waitFor('Password for user admin@contoso.onmicrosoft.com: ');
    t.type('Pa$$w0rd\r');
    await t.waitFor('*'.repeat(8) + '\r\n');
    t.type('$c.UserName\r');
    await t.waitFor('admin@contoso.onmicrosoft.com\r\n' + PROMPT);
    expect(t.output).not.toContain('Pa$$w0rd');
  }, 40000);
});

describe('exo-shell (real session) with piped input', () => {
  it('runs each line, joins incomplete ones, and writes no colours', () => {
    const r = spawnSync(process.execPath, [cli], {
      cwd: home,
      input: "Write-Warning 'from stdin'\nforeach ($i in 1..2) {\n  $i * 10\n}\n",
      env: { ...process.env, NO_COLOR: '', EXO_SHELL_HISTORY: join(home, 'piped.txt') },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(r.stdout).toBe('WARNING: from stdin\n10\n20\n');
    expect(r.status).toBe(0);
  });
});
