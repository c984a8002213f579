/**
 * `exo-shell replay <path.jsonl> --parse-only [--errors]`: parses every `code` block of a doc-example
 * corpus (JSON lines with source, block, code) and prints `parsed: N, parse errors: M`; with
 * `--errors`, first prints each failing block with its first error and the offending line.
 */
import { readFileSync } from 'node:fs';
import { parse } from '../src/language/parser';

export interface CorpusBlock {
  source: string;
  block: number;
  code: string;
}

export function readCorpus(path: string): CorpusBlock[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusBlock);
}

export async function replayMain(args: string[]): Promise<number> {
  const path = args.find((a) => !a.startsWith('--'));
  const showErrors = args.includes('--errors');
  if (!path) {
    process.stderr.write('usage: exo-shell replay <path.jsonl> --parse-only [--errors]\n');
    return 0;
  }
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
