/**
 * World and store figures: load/save/query for 2,000 mailboxes; memory and save time for a
 * generated 100,000-mailbox org (10,000 in smoke mode). Printed, never asserted.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchModule } from './run';
import { loadScenario } from '../src/model/scenarios';
import { MemoryStateStore } from '../src/store/memory-store';
import { FileStateStore, readWorldFile } from '../shell/file-store';
import { findMailbox } from '../src/model/queries';
import { deliver } from '../src/model/mail-flow';
import { createWorldRuntime } from '../src/model/runtime';

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(1)} MB`;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function figures(label: string, rows: [string, string][]): void {
  console.log(`${label}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(38)} ${v}`);
}

const bench: BenchModule = {
  name: 'world',
  bench(opts) {
    const dir = mkdtempSync(join(tmpdir(), 'exo-bench-world-'));
    try {
      // 2,000 mailboxes: the cutover maximum.
      const [w2k, expand2k] = time(() => loadScenario('contoso-load-2000'));
      const file2k = join(dir, 'load-2000.json');
      const [, create2k] = time(() => FileStateStore.create(file2k, w2k));
      const [, openCold] = time(() => FileStateStore.open(file2k));
      const [store2k, open2k] = time(() => FileStateStore.open(file2k));
      const [, tx2k] = time(() => store2k.transaction((w) => void (w.onPrem.mailboxes[1500]!.itemCount += 1)));
      const addresses = store2k.read().onPrem.mailboxes.filter((_, i) => i % 20 === 0).map((m) => m.primarySmtpAddress);
      addresses.forEach((a) => findMailbox(store2k.read().onPrem, a)); // warm-up
      const [, q2k] = time(() => addresses.forEach((a) => findMailbox(store2k.read().onPrem, a)));
      const [, d2k] = time(() => addresses.forEach((a) => deliver(store2k.read(), a, store2k.read().clock.now)));
      const mem = new MemoryStateStore(loadScenario('contoso-load-2000'));
      const [, memTx] = time(() => {
        for (let i = 0; i < 1000; i++) mem.transaction((w) => void (w.onPrem.mailboxes[i]!.itemCount += 1));
      });
      const rt = createWorldRuntime(mem, { realTime: () => 0 });
      const [, adv] = time(() => rt.clock.advance(30 * 86_400_000));
      figures('2,000 mailboxes (contoso-load-2000)', [
        ['expand scenario', ms(expand2k)],
        ['create file', ms(create2k)],
        ['open file, first (compiles the schema)', ms(openCold)],
        ['open file (parse + schema + invariants)', ms(open2k)],
        ['file size', mb(statSync(file2k).size)],
        ['one transaction, saved to file', ms(tx2k)],
        [`findMailbox x${addresses.length}`, ms(q2k)],
        [`deliver x${addresses.length}`, ms(d2k)],
        ['1,000 in-memory transactions', ms(memTx)],
        ['advance clock 30 days', ms(adv)],
      ]);

      // A generated org: 100,000 mailboxes (10,000 in smoke mode).
      const count = opts.smoke ? 10_000 : 100_000;
      gc();
      const heapBefore = process.memoryUsage().heapUsed;
      const [big, expandBig] = time(() => loadScenario({ name: 'generated', onPrem: { mailboxes: [{ generate: { count, sizeMB: [50, 2000] } }] } }));
      gc();
      const heapWorld = process.memoryUsage().heapUsed - heapBefore;
      const rssWorld = process.memoryUsage().rss;
      const fileBig = join(dir, 'generated.json');
      const [storeBig, createBig] = time(() => FileStateStore.create(fileBig, big));
      const [, txBig] = time(() => storeBig.transaction((w) => void (w.onPrem.mailboxes[count - 1]!.itemCount += 1)));
      const rssSaved = process.memoryUsage().rss;
      const memBig = new MemoryStateStore(storeBig.read() as never);
      const [, memTxBig] = time(() => memBig.transaction((w) => void (w.onPrem.mailboxes[count - 1]!.itemCount += 1)));
      const [, loadBig] = time(() => readWorldFile(fileBig));
      gc();
      figures(`${count.toLocaleString('en-US')} generated mailboxes${opts.smoke ? ' (smoke)' : ''}`, [
        ['expand scenario', ms(expandBig)],
        ['world heap (approx.)', mb(heapWorld)],
        ['process RSS with the world loaded', mb(rssWorld)],
        ['save (create file, first)', ms(createBig)],
        ['save (one transaction, saved to file)', ms(txBig)],
        ['process RSS after saving', mb(rssSaved)],
        ['one in-memory transaction', ms(memTxBig)],
        ['load (parse + schema + invariants)', ms(loadBig)],
        ['file size', mb(statSync(fileBig).size)],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
