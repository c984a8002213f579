/**
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
import { existsSync, readFileSync } from 'node:fs';
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

export async function replayMain(args: string[]): Promise<number> {
  const path = args.find((a, i) => !a.startsWith('--') && !['--source', '--scenario'].includes(args[i - 1] ?? ''));
  const showErrors = args.includes('--errors');
  if (!path) {
    process.stderr.write('usage: exo-shell replay <path.jsonl> --parse-only [--errors]\n       exo-shell replay <path.jsonl> --run [--source <text>] [--scenario <name>] [--online-only] [--errors]\n');
    return 64;
  }
  try {
    if (args.includes('--run')) return await runMode(path, args);
    return parseMode(path, showErrors);
  } catch (e) {
    if (!(e instanceof CorpusError)) throw e;
    process.stderr.write(`exo-shell replay: ${e.message}\n`);
    return 66;
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
