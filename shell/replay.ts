/**
 * `exo-shell replay <article.md> [--fill] [--scenario <name>] [--json <file>|-]` replays a Markdown
 * article (src/lab/article-replay.ts): one line per block, then the summary line (REPLAY_USAGE).
 *
 * `exo-shell replay <path.jsonl> --parse-only [--errors]`: parses every `code` block of a doc-example
 * corpus (JSON lines with source, block, code) and prints `parsed: N, parse errors: M`; with
 * `--errors`, first prints each failing block with its first error and the offending line.
 *
 * `exo-shell replay <path.jsonl> --run [--source <text>] [--errors] [--scenario <name>] [--online-only]`
 * runs each block in a new session on a copy of the world, with the on-premises Exchange Management
 * Shell imported beside Exchange Online unless --online-only, and classifies it: ran without error,
 * failed (an emulated command reported an error), not emulated (a command the emulator does not
 * have), parse error, or stopped (over its time budget, e.g. a loop waiting on a missing cmdlet).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hasPowerShellBlocks } from '../src/lab/articles';
import { replayArticle, summaryLine, type BlockRecord } from '../src/lab/article-replay';
import { listScenarios } from '../src/model/scenarios';
import { WorldError } from '../src/model/messages';
import type { World } from '../src/model/world';
import { loadScenarioFile } from './scenario-file';
import { parse } from '../src/language/parser';
import { BufferHost } from '../src/buffer-host';
import { createSession } from '../src/session';
import type { ProgressRecord } from '../src/engine/host';
import { TerminalHost } from './terminal-host';
import { SyncInput } from './repl/input';

export interface CorpusBlock {
  source: string;
  block: number;
  code: string;
}

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

/** A transcript host that stops a block after its time budget (host.stopRequested, as Ctrl+C does). */
class BudgetHost extends BufferHost {
  deadline = Infinity;
  // Only the outcome matters here: keep no transcript over thousands of blocks.
  override write(): void {}
  stopRequested(): boolean {
    return Date.now() > this.deadline;
  }
}

function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export interface RunSummary {
  blocks: number;
  ran: number;
  failed: number;
  notEmulated: number;
  parseErrors: number;
  stopped: number;
  /** Commands the emulator lacks, by how many blocks use them. */
  missing: Map<string, number>;
}

/** Runs corpus blocks on a fresh world each and classifies the outcome. */
export function runCorpus(
  blocks: CorpusBlock[],
  options: {
    scenario?: string;
    budgetMs?: number;
    onPremises?: boolean;
    onBlock?: (b: CorpusBlock, outcome: string, detail: string) => void;
    /** Before each block: a progress record (activity 'Replaying the corpus', block n of total); Completed at the end. */
    onProgress?: (record: ProgressRecord) => void;
  } = {},
): RunSummary {
  const host = new BudgetHost();
  const clean = createSession({ host, scenario: options.scenario ?? 'contoso' }).snapshot().json;
  const summary: RunSummary = { blocks: 0, ran: 0, failed: 0, notEmulated: 0, parseErrors: 0, stopped: 0, missing: new Map() };
  const progress = (over: Partial<ProgressRecord>) =>
    options.onProgress?.({ activityId: 0, parentActivityId: -1, activity: 'Replaying the corpus', statusDescription: 'Processing', currentOperation: null, percentComplete: -1, secondsRemaining: -1, recordType: 'Processing', sourceId: 0, ...over });
  for (const b of blocks) {
    progress({ statusDescription: `Block ${summary.blocks + 1} of ${blocks.length}: ${b.source}#${b.block}`, percentComplete: Math.floor((summary.blocks * 100) / Math.max(1, blocks.length)), currentOperation: b.source });
    summary.blocks++;
    // A new session on a copy of the clean world: nothing a block did (variables, a disconnect,
    // imported sessions, the world) reaches the next one.
    const session = createSession({ host, world: JSON.parse(clean) });
    if (options.onPremises) {
      // The docs run on-premises commands in the Exchange Management Shell: import that side too
      // (without clobbering the Exchange Online cmdlets of the same name).
      const cred = "New-Object System.Management.Automation.PSCredential('CONTOSO\\administrator', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))";
      session.invoke(`$__s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential (${cred}); Import-PSSession $__s -WarningAction SilentlyContinue | Out-Null`);
    }
    // Prompts (Get-Credential) get the scenario's migration administrator.
    host.answer('CONTOSO\\administrator', 'P@ssw0rd!', 'CONTOSO\\administrator', 'P@ssw0rd!');
    host.deadline = Date.now() + (options.budgetMs ?? 2000);
    const r = session.invoke(b.code);
    host.deadline = Infinity;
    let outcome: string;
    let detail = '';
    if (r.parseErrors.length) {
      summary.parseErrors++;
      outcome = 'parse error';
      detail = r.parseErrors[0].message;
    } else if (r.stopped) {
      summary.stopped++;
      outcome = 'stopped';
    } else {
      const missing = r.errors.filter((e) => e.errorId === 'CommandNotFoundException').map((e) => String(e.targetObject));
      if (missing.length) {
        summary.notEmulated++;
        outcome = 'not emulated';
        detail = missing.join(', ');
        for (const m of new Set(missing)) summary.missing.set(m, (summary.missing.get(m) ?? 0) + 1);
      } else if (r.errors.length) {
        summary.failed++;
        outcome = 'failed';
        detail = `${r.errors[0].fullyQualifiedErrorId}: ${r.errors[0].message}`;
      } else {
        summary.ran++;
        outcome = 'ran';
      }
    }
    options.onBlock?.(b, outcome, detail);
    // Unanswered prompts must not leak into the next block.
    while (host.readLine('') !== null) {
      /* drain */
    }
  }
  progress({ recordType: 'Completed' });
  return summary;
}

async function runMode(path: string, args: string[]): Promise<number> {
  const only = optionValue(args, '--source');
  const showErrors = args.includes('--errors');
  const blocks = readCorpus(path).filter((b) => !only || b.source.toLowerCase().includes(only.toLowerCase()));
  // On a terminal the run shows its progress (the shell's Minimal view); redirected, only the lines.
  const display = process.stdout.isTTY ? new TerminalHost({ interactive: false, input: SyncInput.fromText('') }) : null;
  const print = (text: string) => (display ? display.write('output', text) : process.stdout.write(text));
  const summary = runCorpus(blocks, {
    scenario: optionValue(args, '--scenario'),
    onPremises: !args.includes('--online-only'),
    onBlock: (b, outcome, detail) => {
      if (showErrors && outcome !== 'ran') print(`${b.source}#${b.block}: ${outcome}${detail ? ': ' + detail : ''}\n`);
    },
    onProgress: display ? (r) => display.progress(r) : undefined,
  });
  display?.resetProgress();
  const top = [...summary.missing.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  if (top.length) process.stdout.write(`most used commands not emulated: ${top.map(([n, c]) => `${n} (${c})`).join(', ')}\n`);
  process.stdout.write(
    `blocks: ${summary.blocks}, ran: ${summary.ran}, failed: ${summary.failed}, not emulated: ${summary.notEmulated}, parse errors: ${summary.parseErrors}, stopped: ${summary.stopped}\n`,
  );
  return 0;
}

export const REPLAY_USAGE = `usage: exo-shell replay <article.md> [--fill] [--scenario <name>] [--json <file>|-]
       exo-shell replay <corpus.jsonl> --parse-only [--errors]
       exo-shell replay <corpus.jsonl> --run [--source <text>] [--scenario <name>] [--online-only] [--errors]

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
Exit codes: 0 when no block failed other than as the article leads to it (blocks needing input are not failures),
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
  const scenario = optionOf(args, '--scenario', '-Scenario') ?? 'contoso';
  const jsonTo = optionOf(args, '--json');
  if (args.some((a) => a.toLowerCase() === '--json') && (jsonTo === undefined || jsonTo === path)) throw new ReplayFileError('--json needs a file name, or - for standard output.', 64);
  let world: World | undefined;
  if (/[\\/]|\.(json|ya?ml)$/i.test(scenario)) world = loadScenarioFile(scenario);
  else if (!listScenarios().some((s) => s.name.toLowerCase() === scenario.toLowerCase()))
    throw new ReplayFileError(`unknown scenario '${scenario}'. Run exo-shell -Command Get-LabScenario to list them.`, 64);
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
    if (args.includes('--run')) return await runMode(path, args);
    return parseMode(path, showErrors);
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
