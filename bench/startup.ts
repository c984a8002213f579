/**
 * Startup (issue 7): wall time from launching `node dist/shell/cli.js -Command 'Get-MigrationBatch'`
 * to its exit, as a ratio to `node -e 0` measured in the same run (median of several launches; goal
 * under 3x). Without -State the CLI starts from the built-in world in memory; it runs in a throw-away
 * directory so nothing of the user's is touched.
 *
 * Interactive (issue 17): wall time from launching `exo-shell -NoLogo` in a pseudo-terminal to its
 * prompt, under its supervisor (shell/supervisor.ts: one more Node process) and without it
 * (EXO_SHELL_NO_SUPERVISOR=1), next to a bare node printing a prompt; launches alternate.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchModule } from './run';
import { loadDevDependency, median } from './shared';

function launch(args: string[], cwd: string): [number, number | null] {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  return [performance.now() - t, r.status];
}

const PROMPT = 'PS C:\\Users\\Administrator> ';

interface Pty {
  spawn(file: string, args: string[], opts: { cols: number; rows: number; cwd: string; env: NodeJS.ProcessEnv }): {
    onData(f: (d: string) => void): void;
    onExit(f: () => void): void;
    write(s: string): void;
    kill(): void;
  };
}

function loadPty(): Pty | null {
  return loadDevDependency<Pty>('@lydell/node-pty');
}

/** Milliseconds from launch to the prompt on the terminal; then `exit` (or any key) ends the program. */
function untilPrompt(pty: Pty, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = pty.spawn(process.execPath, args, { cols: 120, rows: 40, cwd, env });
    let out = '';
    let at = 0;
    const timer = setTimeout(() => {
      p.kill();
      reject(new Error(`no prompt after 30 s: ${out}`));
    }, 30000);
    p.onData((d) => {
      out += d;
      if (!at && out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').includes(PROMPT)) {
        at = performance.now() - t0;
        p.write('exit\r');
      }
    });
    p.onExit(() => {
      clearTimeout(timer);
      resolve(at);
    });
  });
}

async function interactive(cli: string, home: string, runs: number): Promise<void> {
  const pty = loadPty();
  if (!pty) {
    console.log('interactive: @lydell/node-pty not installed; skipped');
    return;
  }
  const env = { ...process.env, NO_COLOR: '1', EXO_SHELL_HISTORY: join(home, 'history.txt') };
  const cases: [string, string[], NodeJS.ProcessEnv][] = [
    ['bare node printing a prompt', ['-e', `process.stdout.write(${JSON.stringify(PROMPT)}); process.stdin.once('data', () => process.exit(0))`], env],
    ['exo-shell -NoLogo, one process (EXO_SHELL_NO_SUPERVISOR=1)', [cli, '-NoLogo'], { ...env, EXO_SHELL_NO_SUPERVISOR: '1' }],
    ['exo-shell -NoLogo under its supervisor', [cli, '-NoLogo'], env],
  ];
  const times: number[][] = cases.map(() => []);
  for (const [, args, e] of cases) await untilPrompt(pty, args, home, e); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (const [k, [, args, e]] of cases.entries()) times[k]!.push(await untilPrompt(pty, args, home, e));
  }
  const medians = times.map(median);
  for (const [k, [label]] of cases.entries()) console.log(`interactive, launch to prompt: ${label}: median ${medians[k]!.toFixed(0)} ms`);
  console.log(`the supervisor adds ${(medians[2]! - medians[1]!).toFixed(0)} ms to the interactive start (${runs} launches each)`);
}

const bench: BenchModule = {
  name: 'startup',
  async bench(opts) {
    const cli = resolve(process.cwd(), 'dist/shell/cli.js');
    if (!existsSync(cli)) {
      console.log('dist/shell/cli.js not found (run npx tsup first); skipped');
      return;
    }
    const home = mkdtempSync(join(tmpdir(), 'exo-bench-startup-'));
    try {
      const runs = opts.smoke ? 3 : 9;
      const bare: number[] = [];
      const cmd: number[] = [];
      let status: number | null = null;
      launch(['-e', '0'], home); // warm the file cache for both
      launch([cli, '-Command', 'Get-MigrationBatch'], home);
      for (let i = 0; i < runs; i++) {
        bare.push(launch(['-e', '0'], home)[0]);
        const [t, s] = launch([cli, '-Command', 'Get-MigrationBatch'], home);
        cmd.push(t);
        status = s;
      }
      const b = median(bare);
      const c = median(cmd);
      console.log(`node -e 0: median ${b.toFixed(0)} ms over ${runs} launches`);
      console.log(`node dist/shell/cli.js -Command 'Get-MigrationBatch': median ${c.toFixed(0)} ms (exit code ${String(status)})`);
      console.log(`ratio ${(c / b).toFixed(2)}x (goal < 3x)`);
      await interactive(cli, home, runs);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  },
};

export default bench;
