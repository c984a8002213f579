/**
 * Parser bench: parses every block of the doc-example corpus several times and prints blocks/s,
 * MB/s (median run) and peak memory. `--smoke` does a single run.
 */
import type { BenchModule } from './run';
import { parse, parseWork } from '../src/language/parser';
import { median } from './shared';

/** Inputs that were exponential or quadratic before (issue #17), at 32,000 characters each. */
const PATHOLOGICAL = ['"$(', '@"\n$(', 'while(', '[', '"$("', '$$"$(', 'if(', '&{', '(', '{', 'a|', '1+'];

function pathological(): void {
  const rows: string[] = [];
  let worst = 0;
  for (const unit of PATHOLOGICAL) {
    const src = unit.repeat(Math.ceil(32000 / unit.length));
    const t0 = performance.now();
    parse(src);
    const ms = performance.now() - t0;
    worst = Math.max(worst, ms);
    rows.push(`${JSON.stringify(unit)} ${ms.toFixed(0)} ms, ${(parseWork(src) / src.length).toFixed(2)} tokens/char`);
  }
  console.log(`pathological inputs (32,000 chars each; linear: a few tokens per character): worst ${worst.toFixed(0)} ms`);
  console.log('  ' + rows.join('; '));
}

const bench: BenchModule = {
  name: 'parser',
  async bench(opts) {
    pathological();
    if (!opts.corpusPath) {
      console.log('corpus not found (../shared/corpus/exchange-doc-examples.jsonl); skipped');
      return;
    }
    const { readFileSync } = await import('node:fs');
    const codes = readFileSync(opts.corpusPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { code: string }).code);
    const bytes = codes.reduce((n, c) => n + new TextEncoder().encode(c).length, 0);
    const runs = opts.smoke ? 1 : 7;
    const times: number[] = [];
    let peakRss = 0;
    let peakHeap = 0;
    let failed = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      failed = 0;
      for (const c of codes) if (parse(c).errors.length) failed++;
      times.push((performance.now() - t0) / 1000);
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
    const t = median(times);
    console.log(`corpus: ${codes.length} blocks, ${(bytes / 1e6).toFixed(2)} MB, ${failed} with parse errors`);
    console.log(`runs: ${runs}, median ${(t * 1000).toFixed(0)} ms (min ${(Math.min(...times) * 1000).toFixed(0)} ms; first, cold ${(times[0]! * 1000).toFixed(0)} ms; goal < 300 ms)`);
    console.log(`throughput: ${Math.round(codes.length / t)} blocks/s, ${(bytes / 1e6 / t).toFixed(2)} MB/s`);
    console.log(`peak memory: rss ${(peakRss / 1048576).toFixed(0)} MB, heapUsed ${(peakHeap / 1048576).toFixed(0)} MB`);
  },
};

export default bench;
