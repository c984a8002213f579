/**
 * The pwsh oracle's figures, as the last `npm run test:pwsh` left them (test-results/pwsh-oracle/):
 * the agreement per suite and the cases per second through both pwsh and exo-emulator. The oracle
 * itself needs pwsh, a test tool, so the bench reports it rather than running it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchModule } from './run';

interface Figures {
  agreed: number;
  total: number;
  known: number;
  cases?: number;
  pwshMs?: number;
  exoMs?: number;
}

const mod: BenchModule = {
  name: 'oracle',
  bench() {
    const dir = join(process.cwd(), 'test-results', 'pwsh-oracle');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    if (!files.length) {
      console.log('pwsh oracle: no figures (run npm run test:pwsh first; it needs pwsh)');
      return;
    }
    const suites = files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Figures] as const);
    const order = ['generated', 'collected', 'parse', 'formatting', 'bad-input', 'clixml', 'exchange-objects'];
    suites.sort((a, b) => (order.indexOf(a[0]) + 99) % 99 - (order.indexOf(b[0]) + 99) % 99);
    console.log(`pwsh agreement: ${suites.map(([s, f]) => `${f.agreed}/${f.total} ${s}`).join(', ')}`);
    for (const [s, f] of suites) {
      // A run that reused cached pwsh results (ORACLE_PWSH_CACHE) has no pwsh time to report.
      if (!f.cases || f.pwshMs === undefined || f.exoMs === undefined) continue;
      const rate = (n: number, ms: number) => Math.round((n * 1000) / Math.max(ms, 1));
      console.log(`  ${s}: ${f.cases} cases, ${f.known} known differences; ${rate(f.cases, f.pwshMs + f.exoMs)} cases/s through the oracle (pwsh ${rate(f.cases, f.pwshMs)}/s, exo-emulator ${rate(f.cases, f.exoMs)}/s)`);
    }
  },
};
export default mod;
