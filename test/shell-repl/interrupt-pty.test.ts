/**
 * Ctrl+C in the real exo-shell (issue #17): a runaway command stops, the shell stays usable, and
 * the terminal is not left raw when the shell exits. Through a pseudo-terminal, bounded waits only.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli } from '../shell/bundled-cli';
import { PtyJar } from './pty-jar';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pty from '@lydell/node-pty';

const strip = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r(?!\n)/g, '');
const PROMPT = 'PS C:\\Users\\Administrator> ';
let cli = '';
let home = '';

beforeAll(() => {
  cli = bundleCli('exo-shell-pty-interrupt');
  home = mkdtempSync(join(tmpdir(), 'exo-shell-int-'));
}, 60000);

const children = new PtyJar();
afterEach(() => children.close());

/** The shell under /bin/sh, which prints the terminal's settings once the shell has exited. */
function start() {
  const proc = pty.spawn('/bin/sh', ['-c', `"${process.execPath}" "${cli}" -NoLogo; echo EXITED; stty -a`], {
    cols: 120,
    rows: 40,
    cwd: home,
    env: { ...process.env, NO_COLOR: '', EXO_SHELL_HISTORY: join(home, 'history.txt') } as Record<string, string>,
  });
  children.add(proc);
  let output = '';
  proc.onData((d) => (output += d));
  const waitFor = async (text: string | RegExp, from = 0, timeoutMs = 10000) => {
    const t0 = Date.now();
    const found = () => (typeof text === 'string' ? strip(output.slice(from)).includes(text) : text.test(strip(output.slice(from))));
    while (!found()) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${String(text)}:\n${strip(output)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return { type: (s: string) => proc.write(s), waitFor, mark: () => output.length, text: () => strip(output) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Ctrl+C in exo-shell', () => {
  it('stops while($true){} and a long pipeline; the next command runs; echo is on after exit', async () => {
    const t = start();
    await t.waitFor(PROMPT);
    for (const runaway of ['while($true){}', '1..1e9 | % {$_}']) {
      const m = t.mark();
      t.type(runaway + '\r');
      await sleep(300);
      t.type('\x03');
      await t.waitFor(PROMPT, m + runaway.length);
      const m2 = t.mark();
      t.type('"still here"\r');
      await t.waitFor('still here\r\n' + PROMPT, m2);
    }
    t.type('exit\r');
    await t.waitFor(/EXITED[\s\S]*\n.*\becho\b/);
    expect(t.text()).not.toMatch(/-echo\b/);
    expect(t.text()).not.toMatch(/Maximum call stack|heap out of memory/);
  }, 40000);
});
