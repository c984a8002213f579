/**
 * Running scripts from the command line. Until the engine lands this parses and echoes:
 * parse errors are reported as pwsh does (exit 1), otherwise the statements are echoed.
 */
import { parse } from '../src/language/parser';
import type { CliOptions } from './args';

export interface RunOptions extends CliOptions {
  scriptPath: string | null;
}

export function runScriptNonInteractive(script: string, _opts: RunOptions): number {
  const { errors } = parse(script);
  if (errors.length) {
    for (const e of errors) process.stderr.write(`ParserError: ${e.message} (line ${e.line}, column ${e.column})\n`);
    return 1;
  }
  process.stdout.write(script.endsWith('\n') ? script : script + '\n');
  return 0;
}

export async function startRepl(_opts: CliOptions): Promise<number> {
  process.stdout.write('exo-shell: the interactive shell is not available yet; use -Command.\n');
  return 0;
}
