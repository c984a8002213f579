/**
 * `exo-shell replay <article.md> [--fill] [--scenario <name>] [--json <file>|-]` replays a Markdown
 * article (src/lab/article-replay.ts): one line per block, then the summary line (REPLAY_USAGE).
 *
 * `exo-shell replay <path.jsonl> --parse-only [--errors]`: parses every `code` block of a doc-example
 * corpus (JSON lines with source, block, code) and prints `parsed: N, parse errors: M`; with
 * `--errors`, first prints each failing block with its first error and the offending line.
 *
 * `exo-shell replay <path.jsonl> [--run] [--source <text>] [--errors] [--scenario <name>] [--online-only] [--fill] [--json <file>|-]`
 * replays each block in a new session on a fresh world (replayCorpus), with the on-premises Exchange
 * Management Shell imported beside Exchange Online unless --online-only, and gives it the article
 * replay's verdict; prints the most used commands not emulated, then the same summary line.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hasPowerShellBlocks } from '../src/lab/articles';
import { replayArticle, replayCorpus, summaryLine, type BlockRecord, type CorpusBlock, type CorpusRecord } from '../src/lab/article-replay';
import { listScenarios } from '../src/model/scenarios';
import { WorldError } from '../src/model/messages';
import type { World } from '../src/model/world';
import { loadScenarioFile } from './scenario-file';
import { parse } from '../src/language/parser';
import { TerminalHost } from './terminal-host';
import { SyncInput } from './repl/input';

export type { CorpusBlock };

export function readCorpus(path: string): CorpusBlock[] {
  if (!existsSync(path)) throw new CorpusError(`cannot find '${path}'. The doc corpus is not part of the project: it is ../shared/corpus/exchange-doc-examples.jsonl where the shared material sits beside the project; any JSON Lines file of {"source", "block", "code"} will do.`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l, i) => [l, i + 1] as const)
    .filter(([l]) => l.trim() !== '')
    .map(([l, n]) => {
      let b: Partial<CorpusBlock>;
      try {
        b = JSON.parse(l) as Partial<CorpusBlock>;
      } catch (e) {
        throw new CorpusError(`${path}:${n}: not a JSON line (${(e as Error).message})`);
      }
      if (typeof b?.code !== 'string') throw new CorpusError(`${path}:${n}: a corpus line needs a "code" string`);
      return { source: String(b.source ?? path), block: Number(b.block ?? n), code: b.code };
    });
}

/** A corpus file that is missing or malformed: reported in one line, not as a stack trace. */
export class CorpusError extends Error {}

function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The corpus replayed block by block (replayCorpus): --errors lines, the most used commands not emulated, the summary line last. */
function runMode(path: string, args: string[]): number {
  const only = optionValue(args, '--source');
  const showErrors = args.includes('--errors');
  const jsonTo = optionOf(args, '--json');
  if (args.some((a) => a.toLowerCase() === '--json') && (jsonTo === undefined || jsonTo === path)) throw new ReplayFileError('--json needs a file name, or - for standard output.', 64);
  const { scenario, world } = scenarioOption(args);
  const blocks = readCorpus(path).filter((b) => !only || b.source.toLowerCase().includes(only.toLowerCase()));
  // On a terminal the run shows its progress (the shell's Minimal view); redirected, only the lines.
  const display = process.stdout.isTTY && jsonTo !== '-' ? new TerminalHost({ interactive: false, input: SyncInput.fromText('') }) : null;
  const print = (text: string) => (display ? display.write('output', text) : process.stdout.write(text));
  const records: CorpusRecord[] = [];
  const r = replayCorpus(blocks, {
    scenario: scenario.toLowerCase(),
    world,
    fill: args.includes('--fill'),
    onPremises: !args.includes('--online-only'),
    onBlock: (rec) => {
      if (jsonTo) records.push(rec);
      if (showErrors && jsonTo !== '-' && rec.verdict !== 'ran') print(`${rec.source}#${rec.block}: ${corpusDetail(rec)}\n`);
    },
    onProgress: display ? (p) => display.progress(p) : undefined,
  });
  display?.resetProgress();
  const json = jsonTo ? JSON.stringify({ file: path, scenario, fill: args.includes('--fill'), summary: r.summary, blocks: records }, null, 1) + '\n' : '';
  if (jsonTo === '-') {
    process.stdout.write(json);
    return 0;
  }
  if (jsonTo) writeFileSync(jsonTo, json);
  const top = [...r.missing.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  if (top.length) process.stdout.write(`most used commands not emulated: ${top.map(([n, c]) => `${n} (${c})`).join(', ')}\n`);
  process.stdout.write(summaryLine(r.summary) + '\n');
  return 0;
}

/** A corpus block's verdict and what it names: the placeholders, the missing commands, the first error. */
function corpusDetail(rec: CorpusRecord): string {
  switch (rec.verdict) {
    case 'ran':
      return 'ran';
    case 'needs input':
      return `needs input: ${rec.placeholders.join(', ')}`;
    case 'not emulated':
      return `not emulated: ${rec.notEmulated.join(', ')}`;
    case 'parse error':
      return `parse error: ${rec.errors[0]}`;
    case 'errors':
      return `ran with errors: ${rec.errors[0]}`;
  }
}

/** --scenario / -Scenario: a built-in scenario's name (default contoso) or a scenario file; an unknown name is bad usage. */
function scenarioOption(args: string[]): { scenario: string; world: World | undefined } {
  const scenario = optionOf(args, '--scenario', '-Scenario') ?? 'contoso';
  if (/[\\/]|\.(json|ya?ml)$/i.test(scenario)) return { scenario, world: loadScenarioFile(scenario) };
  if (!listScenarios().some((s) => s.name.toLowerCase() === scenario.toLowerCase()))
    throw new ReplayFileError(`unknown scenario '${scenario}'. Run exo-shell -Command Get-LabScenario to list them.`, 64);
  return { scenario, world: undefined };
}

export const REPLAY_USAGE = `usage: exo-shell replay <article.md> [--fill] [--scenario <name>] [--json <file>|-]
       exo-shell replay <corpus.jsonl> --parse-only [--errors]
       exo-shell replay <corpus.jsonl> [--source <text>] [--scenario <name>] [--online-only] [--fill] [--errors] [--json <file>|-]

A Markdown article (any file with \`\`\`powershell blocks, e.g. ../shared/seeds/000_*.txt): its PowerShell blocks run in
order, in one session, on a fresh world of the scenario (-Scenario or --scenario; default contoso). Prompts for
credentials get the scenario's administrator; confirmations are accepted; virtual time passes while a migration
batch is busy, as a reader waits before the next step; a block the article says runs in the Exchange Management
Shell runs on the on-premises server through a remote session. One line per block (ran; errors, saying when the
article itself leads to them; parse error; needs input: the placeholders; not emulated: the commands), then the
first unexpected failure (or that there is none), and last exactly:
  replayed: N, ran: A, errors: B, parse errors: C, placeholders: D, not emulated: E
  --fill         fill placeholders from the scenario (administrator's address, Client Access servers, batch and endpoint names)
  --json <file>  also write the per-block records as JSON to <file>; --json - writes the JSON to standard output
                 instead of the report
A JSON Lines corpus of doc examples ({"source", "block", "code"} a line, e.g. ../shared/corpus/exchange-doc-examples.jsonl):
each block runs alone, in a new session on a fresh world, with the on-premises Exchange Management Shell imported beside
Exchange Online (--online-only leaves it out), and gets the same verdicts; a block still running after 2 s, or looping
over a failing command until $Error is full, is stopped as Ctrl+C would. Prints the most used commands not emulated,
then the summary line; --errors first prints a line per block that did not run cleanly, --source keeps the blocks whose
source contains the text, --parse-only only parses (parsed: N, parse errors: M). Exit code 0 unless the file is bad.
Exit codes (an article): 0 when no block failed other than as the article leads to it (blocks needing input are not failures),
1 otherwise; 64 bad usage; 65 a file that is neither Markdown nor JSON Lines; 66 a file that cannot be read.
`;

/** The value of an option given as --name or -Name (case-insensitive, as pwsh parameters). */
function optionOf(args: string[], ...names: string[]): string | undefined {
  const i = args.findIndex((a) => names.some((n) => n.toLowerCase() === a.toLowerCase()));
  return i >= 0 ? args[i + 1] : undefined;
}

const VALUE_OPTIONS = ['--source', '--scenario', '-scenario', '--json'];

export type ReplayInput = { kind: 'article'; text: string } | { kind: 'corpus' };

/** Reads a replay file and says whether it is a Markdown article or a JSON Lines corpus; CorpusError (one line) otherwise. */
export function readReplayInput(path: string): ReplayInput {
  if (!existsSync(path)) {
    if (/\.jsonl$/i.test(path)) readCorpus(path);
    throw new ReplayFileError(`cannot find '${path}'.`, 66);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new ReplayFileError(`cannot read '${path}': ${(e as Error).message}`, 66);
  }
  const first = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  if (first.startsWith('{') && !hasPowerShellBlocks(text)) return { kind: 'corpus' };
  if (hasPowerShellBlocks(text) || /\.(md|markdown)$/i.test(path)) return { kind: 'article', text };
  throw new ReplayFileError(`'${path}' is neither a Markdown article (it has no \`\`\`powershell block) nor a JSON Lines corpus (one {"source", "block", "code"} object a line).`, 65);
}

/** A replay file that is missing or of no known kind: one line, with its exit code. */
export class ReplayFileError extends CorpusError {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function blockLine(b: BlockRecord): string {
  const where = [`line ${b.line}`, b.heading, b.shell === 'ExchangeManagementShell' ? 'Exchange Management Shell' : ''].filter((x) => x).join(', ');
  const waited = b.waitedMs ? ` (after ${formatWait(b.waitedMs)} of virtual time for the batch to settle)` : '';
  const head = `block ${b.index} (${where})${waited}`;
  switch (b.verdict) {
    case 'ran':
      return `${head}: ran`;
    case 'needs input':
      return `${head}: needs input: ${b.placeholders.join(', ')}`;
    case 'not emulated':
      return `${head}: not emulated: ${b.notEmulated.join(', ')}`;
    case 'parse error':
      return `${head}: parse error: ${b.errors[0]}`;
    case 'errors':
      return `${head}: ran with errors${b.expected ? `, as the article leads to (${b.expected})` : ''}: ${b.errors.join(' | ')}`;
  }
}

function formatWait(ms: number): string {
  const h = Math.round(ms / 3_600_000);
  return h >= 24 ? `${Math.floor(h / 24)}d${h % 24 ? ` ${h % 24}h` : ''}` : `${h}h`;
}

function articleMode(path: string, text: string, args: string[]): number {
  const jsonTo = optionOf(args, '--json');
  if (args.some((a) => a.toLowerCase() === '--json') && (jsonTo === undefined || jsonTo === path)) throw new ReplayFileError('--json needs a file name, or - for standard output.', 64);
  const { scenario, world } = scenarioOption(args);
  const r = replayArticle(text, { scenario: scenario.toLowerCase(), world, fill: args.includes('--fill') });
  const records = JSON.stringify({ file: path, scenario, fill: args.includes('--fill'), summary: r.summary, blocks: r.blocks }, null, 2) + '\n';
  if (jsonTo === '-') {
    process.stdout.write(records);
  } else {
    if (jsonTo) writeFileSync(jsonTo, records);
    const out: string[] = r.blocks.map(blockLine);
    const expected = r.blocks.filter((b) => b.expected);
    if (expected.length) out.push(`errors the article itself leads to: ${expected.length} (block${expected.length > 1 ? 's' : ''} ${expected.map((b) => b.index).join(', ')})`);
    const f = r.firstFailure;
    if (f) out.push(`first unexpected failure: block ${f.index} (line ${f.line}${f.heading ? ', ' + f.heading : ''}): ${f.verdict === 'not emulated' ? 'not emulated: ' + f.notEmulated.join(', ') : f.errors[0]}`);
    else if (r.summary.errors) out.push('no unexpected failure: every error is one the article itself leads to');
    else out.push('no unexpected failure');
    out.push(summaryLine(r.summary));
    process.stdout.write(out.join('\n') + '\n');
  }
  return r.firstFailure ? 1 : 0;
}

export async function replayMain(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-?')) {
    process.stdout.write(REPLAY_USAGE);
    return 0;
  }
  const path = args.find((a, i) => !(a.startsWith('--') || /^-scenario$/i.test(a)) && !VALUE_OPTIONS.includes((args[i - 1] ?? '').toLowerCase()));
  const showErrors = args.includes('--errors');
  if (!path) {
    process.stderr.write(REPLAY_USAGE);
    return 64;
  }
  try {
    const input = readReplayInput(path);
    if (input.kind === 'article') return articleMode(path, input.text, args);
    if (args.includes('--parse-only')) return parseMode(path, showErrors);
    return runMode(path, args);
  } catch (e) {
    if (e instanceof WorldError) {
      process.stderr.write(`exo-shell replay: ${e.message}\n`);
      return 66;
    }
    if (!(e instanceof CorpusError)) throw e;
    process.stderr.write(`exo-shell replay: ${e.message}\n`);
    return e instanceof ReplayFileError ? e.exitCode : 66;
  }
}

function parseMode(path: string, showErrors: boolean): number {
  let parsed = 0;
  let failed = 0;
  for (const b of readCorpus(path)) {
    const { errors } = parse(b.code);
    if (errors.length === 0) {
      parsed++;
      continue;
    }
    failed++;
    if (showErrors) {
      const e = errors[0]!;
      const line = b.code.split(/\r\n|\r|\n/)[e.line - 1] ?? '';
      process.stdout.write(`${b.source}#${b.block}: ${e.errorId} at ${e.line}:${e.column}: ${e.message}\n    ${line}\n`);
    }
  }
  process.stdout.write(`parsed: ${parsed}, parse errors: ${failed}\n`);
  return 0;
}
