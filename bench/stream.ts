/**
 * Streaming (issue #17): ranges, pipelines and a statement's output in constant memory. For each case:
 * wall time, the peak RSS and heap seen while it ran (sampled every 1,024 objects by a counting host or
 * cmdlet), and objects per second. Figures only; nothing is asserted.
 */
import type { BenchModule } from './run';
import { createSession } from '../src/session';
import type { Host } from '../src/engine/host';
import type { CmdletDefinition } from '../src/engine/cmdlet';

/** A host that prints nothing and keeps nothing: it counts lines and samples memory. */
class NullHost implements Host {
  readonly name = 'NullHost';
  readonly interactive = false;
  lines = 0;
  constructor(private readonly sample: () => void) {}
  width(): number {
    return 120;
  }
  write(_stream: string, text: string): void {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if ((++this.lines & 0x3ff) === 0) this.sample();
  }
  readLine(): string | null {
    return null;
  }
  readSecret(): string | null {
    return null;
  }
  promptForChoice(): number {
    return -1;
  }
}

interface Peak {
  rss: number;
  heap: number;
}

function mb(n: number): string {
  return `${(n / 1048576).toFixed(0)} MB`;
}

const bench: BenchModule = {
  name: 'stream',
  bench(opts) {
    const peak: Peak = { rss: 0, heap: 0 };
    const sample = () => {
      const m = process.memoryUsage();
      if (m.rss > peak.rss) peak.rss = m.rss;
      if (m.heapUsed > peak.heap) peak.heap = m.heapUsed;
    };
    const host = new NullHost(sample);
    // Passes objects on and samples memory every 1,024 of them (the pipeline's own peak, not only its end's).
    let passed = 0;
    const sampler: CmdletDefinition = {
      name: 'Watch-Memory',
      source: 'bench',
      parameters: [{ name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } }],
      help: { synopsis: 'Samples the process memory as objects pass.' },
      process(ctx) {
        if ((++passed & 0x3ff) === 0) sample();
        ctx.writeObject(ctx.inputObject ?? null);
      },
    };
    const session = createSession({ connected: false, host, cmdlets: [sampler] });
    const gc = (globalThis as { gc?: () => void }).gc;
    const run = (label: string, script: string, objects: number, note: () => string = () => '') => {
      gc?.();
      const base = process.memoryUsage();
      peak.rss = base.rss;
      peak.heap = base.heapUsed;
      host.lines = 0;
      const t0 = performance.now();
      const r = session.run(script, { collect: false });
      const s = (performance.now() - t0) / 1000;
      sample();
      const rate = objects >= 1000 ? `, ${Math.round(objects / s).toLocaleString('en-US')} objects/s` : '';
      const errors = r.success ? '' : ` (failed: ${r.text.split('\n')[0]})`;
      console.log(
        `${label}: ${s.toFixed(2)} s, peak RSS ${mb(peak.rss)} (+${mb(peak.rss - base.rss)}), peak heap ${mb(peak.heap)} (+${mb(peak.heap - base.heapUsed)})${rate}${note()}${errors}`,
      );
    };
    run('1..1e9 | Select-Object -First 3', '1..1e9 | Select-Object -First 3', 3);
    run('foreach ($i in 1..1e9) { if ($i -gt 3) { break }; $i }', 'foreach ($i in 1..1e9) { if ($i -gt 3) { break }; $i }', 3);
    const n = opts.smoke ? 100_000 : 10_000_000;
    // ForEach-Object runs a script block per object; a cmdlet is the cheaper stage that still streams.
    run(`1..${n.toExponential().replace('+', '')} | Watch-Memory | Measure-Object (${n.toLocaleString('en-US')} objects)`, `1..${n} | Watch-Memory | Measure-Object`, n);
    const m = opts.smoke ? 100_000 : 1_000_000;
    run(`1..${m} | % {$_} | Out-Null`, `1..${m} | % {$_} | Out-Null`, m);
    const lines = opts.smoke ? 100_000 : 1_000_000;
    run(`while printing ${lines.toLocaleString('en-US')} lines to a null host`, `$i = 0; while ($i -lt ${lines}) { $i++; 'x' }`, lines, () => ` (${host.lines.toLocaleString('en-US')} lines)`);
    for (const k of opts.smoke ? [20_000] : [20_000, 100_000]) run(`$a = @(); 1..${k} | % { $a += $_ }`, `$a = @(); 1..${k} | % { $a += $_ }; $a.Count`, k);
    const stages = 1000;
    run(`${stages}-stage pipeline 1 | % {$_} | ... `, '1' + ' | % {$_}'.repeat(stages), 1);
  },
};

export default bench;
