/**
 * Signals in the real exo-shell (issue #17): on a terminal the REPL runs under a supervisor
 * (shell/supervisor.ts). A SIGINT from outside acts as Ctrl+C, SIGTERM ends the shell (exit 143) after
 * the REPL has left cleanly, a killed REPL is reported as 128 + signal, and the terminal is never left
 * raw. Through a pseudo-terminal under /bin/sh, which runs `stty -a` once the shell has exited;
 * bounded waits only.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../shell/bundled-cli';
import { PtyJar } from './pty-jar';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pty from '@lydell/node-pty';

const strip = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r(?!\n)/g, '');
const PROMPT = 'PS C:\\Users\\Administrator> ';
let cli = '';
let home = '';

beforeAll(() => {
  cli = bundleCli('exo-shell-pty-signals');
  home = mkdtempSync(join(tmpdir(), 'exo-shell-sig-'));
}, 60000);

const children = new PtyJar();
afterEach(() => children.close());

/** The processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid ...: comm may hold spaces, the fields after its ')' do not.
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      if (Number(fields[1]) === pid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** exo-shell under /bin/sh, which prints the shell's exit code and the terminal's settings afterwards. */
function start(args = '') {
  const proc = pty.spawn('/bin/sh', ['-c', `"${process.execPath}" "${cli}" -NoLogo ${args}; echo "EXITED $?"; stty -a`], {
    cols: 120,
    rows: 40,
    cwd: home,
    env: { ...process.env, NO_COLOR: '', EXO_SHELL_HISTORY: join(home, 'history.txt') } as Record<string, string>,
  });
  children.add(proc);
  let output = '';
  proc.onData((d) => (output += d));
  const waitFor = async (text: string | RegExp, from = 0, timeoutMs = 15000) => {
    const t0 = Date.now();
    const found = () => (typeof text === 'string' ? strip(output.slice(from)).includes(text) : text.test(strip(output.slice(from))));
    while (!found()) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${String(text)}:\n${strip(output)}`);
      await sleep(25);
    }
  };
  /** The supervisor (the sh's child) and the REPL (the supervisor's child), once the prompt is up. */
  const pids = async () => {
    const t0 = Date.now();
    for (;;) {
      const supervisor = childrenOf(proc.pid)[0];
      const repl = supervisor === undefined ? undefined : childrenOf(supervisor)[0];
      if (supervisor !== undefined && repl !== undefined) return { supervisor, repl };
      if (Date.now() - t0 > 10000) throw new Error('no supervisor/REPL process found');
      await sleep(25);
    }
  };
  /** The exit code sh printed, and the terminal's settings stty printed after it. */
  const exited = async () => {
    await waitFor(/EXITED \d+[\s\S]*\bicanon\b/);
    const text = strip(output);
    const after = text.slice(text.lastIndexOf('EXITED'));
    return { code: Number(/EXITED (\d+)/.exec(after)![1]), stty: after };
  };
  return { shPid: proc.pid, type: (s: string) => proc.write(s), resize: (c: number, r: number) => proc.resize(c, r), waitFor, mark: () => output.length, pids, exited };
}

/** `stty -a` shows the terminal cooked: canonical input and echo on (not `-icanon`, `-echo`). */
function expectCooked(stty: string) {
  expect(stty).toMatch(/(^|\s)icanon\b/);
  expect(stty).toMatch(/(^|\s)echo\b/);
  expect(stty).not.toMatch(/-icanon\b|-echo\s/);
}

describe('exo-shell under its supervisor: signals', () => {
  it('kill -INT stops while($true){} as Ctrl+C does, is harmless at the prompt; resizes reach the REPL', async () => {
    const t = start();
    await t.waitFor(PROMPT);
    const { supervisor } = await t.pids();
    let m = t.mark();
    t.type('while($true){}\r');
    await t.waitFor('while($true){}', m);
    await sleep(300);
    process.kill(supervisor, 'SIGINT');
    await t.waitFor(PROMPT, m + 'while($true){}'.length);
    m = t.mark();
    t.type('"still here"\r');
    await t.waitFor('still here\r\n' + PROMPT, m);
    // At the prompt: the line is cancelled as by Ctrl+C, the shell stays.
    m = t.mark();
    process.kill(supervisor, 'SIGINT');
    await t.waitFor(PROMPT, m);
    m = t.mark();
    t.type('"after SIGINT"\r');
    await t.waitFor('after SIGINT\r\n' + PROMPT, m);
    // The REPL reads the terminal's size itself, at each use.
    t.resize(90, 30);
    await sleep(100);
    m = t.mark();
    t.type('$Host.UI.RawUI.WindowSize.Width\r');
    await t.waitFor('\n90\r\n' + PROMPT, m);
    t.type('exit\r');
    const { code, stty } = await t.exited();
    expect(code).toBe(0);
    expectCooked(stty);
  }, 40000);

  it('kill -TERM at the prompt and during a command: the REPL leaves cleanly (the world saved as it was), exit 143, terminal cooked', async () => {
    const state = join(home, 'term.json');
    for (const busy of [false, true]) {
      const t = start(`-State "${state}"`);
      await t.waitFor(PROMPT);
      const { supervisor } = await t.pids();
      if (busy) {
        const m = t.mark();
        t.type('while($true){}\r');
        await t.waitFor('while($true){}', m);
        await sleep(300);
      }
      process.kill(supervisor, 'SIGTERM');
      const { code, stty } = await t.exited();
      expect(code).toBe(143);
      expectCooked(stty);
      // The prompt runs the virtual clock; leaving puts the saved speed back (0): the REPL was not killed.
      expect(JSON.parse(readFileSync(state, 'utf8')).world.clock.speed).toBe(0);
    }
  }, 40000);

  it('kill -9 of the REPL: the supervisor restores the terminal and exits 137', async () => {
    const t = start();
    await t.waitFor(PROMPT);
    const { repl } = await t.pids();
    process.kill(repl, 'SIGKILL');
    const { code, stty } = await t.exited();
    expect(code).toBe(137);
    expectCooked(stty);
  }, 40000);

  it('scripts stay in one process: no supervisor for -Command on a terminal', async () => {
    const t = start(`-Command 'while($true){}'`);
    const shell = await (async () => {
      const t0 = Date.now();
      for (;;) {
        const pid = childrenOf(t.shPid)[0];
        if (pid !== undefined) return pid;
        if (Date.now() - t0 > 10000) throw new Error('exo-shell did not start');
        await sleep(25);
      }
    })();
    await sleep(500);
    expect(childrenOf(shell)).toEqual([]);
    process.kill(shell, 'SIGKILL');
    const { code } = await t.exited();
    expect(code).toBe(137);
  }, 40000);
});
