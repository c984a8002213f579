/**
 * The long fuzz campaign: `npm run fuzz -- --inputs N [--seed S] [--kind scripts|calls|all] [--shared]`.
 * Runs N inputs (scripts and cmdlet calls, see harness.ts) in seeded chunks, printing inputs per second
 * as it goes and each failure found, shrunk, with a line that reproduces it:
 * `npm run fuzz -- --input '<JSON string>' --kind scripts`.
 */
import fc from 'fast-check';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { callOf, checkCall, checkScript, fuzzedCmdlets, type FuzzOutcome } from './harness';
import { loadCorpus } from './corpus';
import { program } from '../pwsh/arbitraries';

const argv = process.argv.slice(2);
function arg(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
const inputs = Number(arg('inputs') ?? 10000);
const seed = Number(arg('seed') ?? 17);
const kind = arg('kind') ?? 'all';
const chunk = Number(arg('chunk') ?? 2000);
const single = arg('input');

const trace = process.env.EXO_FUZZ_TRACE;
const check = (k: 'scripts' | 'calls', input: string): FuzzOutcome => {
  // EXO_FUZZ_TRACE=file: each input is written there before it runs (to find one that kills the process).
  if (trace) writeFileSync(trace, `${JSON.stringify(input)}\n${k}`);
  const cpu = process.cpuUsage();
  const o = k === 'calls' ? checkCall(input, { timeLimitMs: 5000 }) : checkScript(input, { timeLimitMs: 5000 });
  // No hang: an input that took more CPU than its time limit allows (CPU time, so that a busy machine does not count).
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  if (!o.failure && ms > 15000) o.failure = { kind: 'slow', detail: `took ${(ms / 1000).toFixed(1)} s of CPU (the time limit is 5 s)` };
  return o;
};

if (single !== undefined) {
  const input = JSON.parse(single) as string;
  const o = check(kind === 'calls' ? 'calls' : 'scripts', input);
  console.log(o.failure ? `FAILED ${o.failure.kind}\n${o.failure.detail}` : `passed (ran: ${o.ran}, stopped: ${o.stopped}, limited: ${o.limited})`);
  process.exit(o.failure ? 1 : 0);
}

// ../shared/corpus joins when it is there (--no-shared leaves it out).
const corpus = loadCorpus({ shared: !argv.includes('--no-shared') });
const scripts = (await import('./harness')).scriptInput(corpus, program);
const defs = fuzzedCmdlets();
const calls = fc.constantFrom(...defs).chain(callOf);

// EXO_FUZZ_STATE=file: the campaign's state after each chunk (scripts/fuzz.mjs resumes from it after a crash).
const stateFile = process.env.EXO_FUZZ_STATE;
interface Stats {
  inputs: number;
  shrinkRuns: number;
  ran: number;
  stopped: number;
  limited: number;
  failures: number;
}
const resumed: { stats: Stats; seen: [string, number][]; elapsedMs: number } | null = stateFile && existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : null;
const stats: Stats = resumed?.stats ?? { inputs: 0, shrinkRuns: 0, ran: 0, stopped: 0, limited: 0, failures: 0 };
const seen = new Map<string, number>(resumed?.seen ?? []);
const started = Date.now() - (resumed?.elapsedMs ?? 0);
let lastReport = started;

function report(final = false): void {
  const s = (Date.now() - started) / 1000;
  console.log(
    `${final ? 'done' : 'progress'}: ${stats.inputs} inputs in ${s.toFixed(0)} s (${(stats.inputs / s).toFixed(0)}/s); ran ${stats.ran}, stopped by budget ${stats.stopped}, stopped by a limit ${stats.limited}; failures ${stats.failures} (${seen.size} distinct)`,
  );
}

// --from-chunk K: starts at chunk K of the seed (to go back to where a run died).
let chunkIndex = Number(arg('from-chunk') ?? 0);
while (stats.inputs < inputs) {
  const k: 'scripts' | 'calls' = kind === 'all' ? (chunkIndex % 3 === 2 ? 'calls' : 'scripts') : (kind as 'scripts' | 'calls');
  const n = Math.min(chunk, inputs - stats.inputs);
  const chunkSeed = seed * 100003 + chunkIndex;
  let shrinking = false;
  const result = fc.check(
    fc.property(k === 'calls' ? calls : scripts, (input) => {
      const o = check(k, input);
      if (shrinking) stats.shrinkRuns++;
      else {
        stats.inputs++;
        if (o.ran) stats.ran++;
        if (o.stopped) stats.stopped++;
        if (o.limited) stats.limited++;
      }
      if (o.failure) shrinking = true;
      if (Date.now() - lastReport > 10000) {
        lastReport = Date.now();
        report();
      }
      return !o.failure;
    }),
    { seed: chunkSeed, numRuns: n },
  );
  if (result.failed && result.counterexample) {
    stats.failures++;
    const input = result.counterexample[0] as string;
    const o = check(k, input);
    const sig = `${o.failure?.kind}: ${(o.failure?.detail ?? '').split('\n')[0]!.replace(/\d+/g, 'N').slice(0, 160)}`;
    const count = (seen.get(sig) ?? 0) + 1;
    seen.set(sig, count);
    if (count === 1) {
      console.log(`\nFAILURE #${seen.size} (${k}, seed ${chunkSeed}, after ${result.numRuns} runs, shrunk ${result.numShrinks} times): ${o.failure?.kind}`);
      console.log(`input: ${JSON.stringify(input).slice(0, 2000)}`);
      console.log((o.failure?.detail ?? '').slice(0, 1500));
      console.log(`reproduce: npm run fuzz -- --kind ${k} --input ${shellQuote(JSON.stringify(input))}\n`);
    }
  }
  chunkIndex++;
  if (stateFile) writeFileSync(stateFile, JSON.stringify({ nextChunk: chunkIndex, stats, seen: [...seen], elapsedMs: Date.now() - started }));
}
report(true);
for (const [sig, n] of seen) console.log(`  ${n} x ${sig}`);
process.exit(seen.size ? 1 : 0);

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
