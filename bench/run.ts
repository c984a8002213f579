/**
 * `npm run bench [-- --smoke] [--only name,name]`: prints the figures the issues ask for. Each area adds a module
 * exporting `bench(opts)`; figures are printed, never asserted (speed belongs here, not in unit tests).
 */
export interface BenchOptions {
  smoke: boolean;
  /** Path of ../shared/corpus/exchange-doc-examples.jsonl when present. */
  corpusPath: string | null;
}

export type BenchModule = { name: string; bench(opts: BenchOptions): Promise<void> | void };

import migration from './migration';
import world from './world';
import format from './format';
import parser from './parse';
import engine from './engine';
import startup from './startup';
import oracle from './oracle';
import replay from './replay';
import stream from './stream';
import web from './web';

// Formatting runs before any session registers the Exchange views (they change its tables); the
// migration bench comes next, so its peak RSS is its own, not the 100,000-mailbox world's.
const modules: BenchModule[] = [format, migration, world, parser, engine, startup, oracle, replay, stream, web];

async function main(): Promise<void> {
  const { existsSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const smoke = process.argv.includes('--smoke');
  const candidate = resolve(process.cwd(), '../shared/corpus/exchange-doc-examples.jsonl');
  const opts: BenchOptions = { smoke, corpusPath: existsSync(candidate) ? candidate : null };
  console.log(`exo-emulator bench (${smoke ? 'smoke' : 'full'}), node ${process.version}`);
  // `--only migration,world` runs a subset (for profiling one area).
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : null;
  for (const m of modules) {
    if (only && !only.includes(m.name)) continue;
    console.log(`\n## ${m.name}`);
    await m.bench(opts);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
