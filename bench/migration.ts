/**
 * Migration figures: a 2,000-mailbox cutover through the public session, as the seed runs it
 * (Get-Credential, Test-MigrationServerAvailability -Autodiscover, New-MigrationEndpoint,
 * New-MigrationBatch -AutoStart, advance until Synced, then 30 simulated days of incremental syncs).
 * Prints the wall time of each phase and the peak RSS (goal: under 1 s and 300 MB). Never asserted.
 */
import type { BenchModule } from './run';
import { createSession } from '../src/session';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const bench: BenchModule = {
  name: 'migration',
  bench(opts) {
    // Smoke mode (CI) keeps the cutover but simulates 3 days of incremental syncs instead of 30.
    const days = opts.smoke ? 3 : 30;
    // memoryUsage.rss() alone: the full memoryUsage() walks the heap spaces, which a sample per step can't afford.
    let peakRss = process.memoryUsage.rss();
    const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage.rss()));
    // CPU time next to wall time: on a loaded machine it is the steadier figure.
    const phases: [string, number, number][] = [];
    const cpuMs = () => {
      const c = process.cpuUsage();
      return (c.user + c.system) / 1000;
    };
    const phase = <T>(label: string, fn: () => T): T => {
      const t = performance.now();
      const c = cpuMs();
      const r = fn();
      phases.push([label, performance.now() - t, cpuMs() - c]);
      sample();
      return r;
    };
    const t0 = performance.now();
    const session = phase('createSession (contoso-load-2000)', () =>
      createSession({ scenario: 'contoso-load-2000', input: ['contoso\\administrator', 'P@ssw0rd!'] }),
    );
    const check = (label: string, r: { success: boolean; errors: { message: string }[] }) => {
      if (!r.success) throw new Error(`${label} failed: ${r.errors.map((e) => e.message).join('; ')}`);
    };
    phase('Get-Credential', () => check('Get-Credential', session.run('$Credentials = Get-Credential')));
    phase('Test-MigrationServerAvailability -Autodiscover', () =>
      check(
        'Test-MigrationServerAvailability',
        session.run('$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $Credentials'),
      ),
    );
    phase('New-MigrationEndpoint', () =>
      check('New-MigrationEndpoint', session.run('New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings')),
    );
    phase('New-MigrationBatch -AutoStart', () => check('New-MigrationBatch', session.run('New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart')));
    const status = () => session.world.tenant.migration.batches.find((b) => b.name === 'CutoverBatch')?.status;
    let steps = 0;
    phase('advance until Synced', () => {
      // Six simulated hours per step, as an operator polling Get-MigrationBatch would see it.
      while (status() !== 'Synced' && steps < 240) {
        session.advance(6 * HOUR);
        steps++;
        sample();
      }
    });
    phase(`${days} days of incremental syncs${opts.smoke ? ' (smoke)' : ''}`, () => {
      for (let d = 0; d < days; d++) {
        session.advance(DAY);
        sample();
      }
    });
    const users = phase('Get-MigrationUser (count)', () => session.invoke('(Get-MigrationUser -ResultSize Unlimited).Count').output[0]);
    const total = performance.now() - t0;
    for (const [label, t, c] of phases) console.log(`  ${label.padEnd(48)} ${t.toFixed(1).padStart(8)} ms wall ${c.toFixed(0).padStart(6)} ms cpu`);
    console.log(`batch ${String(status())} after ${steps} steps of 6 h; ${String(users)} migration users`);
    console.log(`total wall time ${(total / 1000).toFixed(3)} s (goal < 1 s), peak RSS ${(peakRss / 1048576).toFixed(0)} MB (goal < 300 MB; whole bench process)`);
  },
};

export default bench;
