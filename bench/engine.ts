/**
 * Engine throughput: `1..100000 | Where-Object { $_ % 2 } | Measure-Object` through the whole
 * machinery (binder per input object, script block per object). Median of several runs.
 */
import { coreCmdlets } from '../cmdlets/core/engine-core';
import type { BenchModule } from './run';
import { Runspace } from '../src/engine/runspace';
import { TestHost, memoryServices } from '../src/engine/testing';
import measureObject from '../cmdlets/core/measure';
import { median } from './shared';

const bench: BenchModule = {
  name: 'engine',
  bench(opts) {
    const n = opts.smoke ? 10000 : 100000;
    const runs = opts.smoke ? 3 : 5;
    const rs = new Runspace({ host: new TestHost(), services: memoryServices(), cmdlets: [...coreCmdlets, measureObject] });
    const script = `1..${n} | Where-Object { $_ % 2 } | Measure-Object`;
    const times: number[] = [];
    let count: unknown = null;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = rs.invoke(script);
      times.push(performance.now() - t0);
      count = (r.output[0] as { get(n: string): unknown } | undefined)?.get('Count');
    }
    console.log(`${script}: median ${(median(times) / 1000).toFixed(3)} s over ${runs} runs (Count=${String(count)}; goal < 0.5 s for 100000)`);
    if (opts.smoke) {
      // The goal is stated for 100,000 objects: one run of it is short enough for the smoke bench.
      const full = '1..100000 | Where-Object { $_ % 2 } | Measure-Object';
      const t = performance.now();
      rs.invoke(full);
      console.log(`${full}: ${((performance.now() - t) / 1000).toFixed(3)} s (one run, smoke)`);
    }
    const t0 = performance.now();
    rs.invoke(`$s = 0; foreach ($i in 1..${n}) { $s += $i }; $s`);
    console.log(`foreach loop with += over ${n}: ${((performance.now() - t0) / 1000).toFixed(3)} s`);
  },
};

export default bench;
