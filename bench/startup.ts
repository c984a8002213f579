/**
 * Startup (issue 7): wall time from launching `node dist/shell/cli.js -Command 'Get-MigrationBatch'`
 * to its exit, as a ratio to `node -e 0` measured in the same run (median of several launches; goal
 * under 3x). Without -State the CLI starts from the built-in world in memory; it runs in a throw-away
 * directory so nothing of the user's is touched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchModule } from './run';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function launch(args: string[], cwd: string): [number, number | null] {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  return [performance.now() - t, r.status];
}

const bench: BenchModule = {
  name: 'startup',
  bench(opts) {
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
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  },
};

export default bench;
