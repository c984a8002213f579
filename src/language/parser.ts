/**
 * PowerShell parser entry points: `parse(source)` reads a script as pwsh 7 does and returns its AST
 * (every node with its extent) and pwsh's parse errors; `tokenize(source)` lists the tokens for
 * highlighting and tab completion. Parsing never throws and is linear in the input.
 */
import type { ParseResult, ScriptBlockAst } from './ast';
import { semanticChecks } from './semantics';
import { advance, peek } from './cursor';
import { createState, extent, reportError } from './state';
import { parseScriptBlockBody } from './statements';
import type { Token } from './tokens';

export type { ParseError, ParseResult } from './ast';
export type { Token, TokenKind } from './tokens';

export function parse(source: string): ParseResult {
  return parseState(source).result;
}

/** The number of tokens the parser scanned for `source`: its work, for the linearity property and the bench. */
export function parseWork(source: string): number {
  return parseState(source).scans;
}

function parseState(source: string): { result: ParseResult; scans: number } {
  const st = createState(source);
  return { result: parseIn(st, source), scans: st.scans };
}

function parseIn(st: ReturnType<typeof createState>, source: string): ParseResult {
  try {
    const body = parseScriptBlockBody(st, 'EndOfInput');
    const ast: ScriptBlockAst = { type: 'ScriptBlock', ...body, text: source, extent: extent(st, 0, source.length) };
    semanticChecks(st, ast);
    return { ast, errors: st.errors };
  } catch (e) {
    // Only a stack overflow can get here (the nesting guard normally prevents it).
    if (!(e instanceof RangeError)) throw e;
    reportError(st, 'ScriptTooComplicated', st.pos);
    return {
      ast: { type: 'ScriptBlock', paramBlock: null, begin: null, process: null, end: null, text: source, extent: extent(st, 0, source.length) },
      errors: st.errors,
    };
  }
}

/**
 * The tokens of `source` in argument mode at line starts and after `|`, expression mode elsewhere:
 * a flat approximation for syntax highlighting, not the parser's own token stream.
 */
export function tokenize(source: string): Token[] {
  const st = createState(source);
  const tokens: Token[] = [];
  let commandPosition = true;
  for (;;) {
    const t = peek(st, commandPosition ? 'command' : 'expression');
    if (t.kind === 'EndOfInput') break;
    tokens.push(t);
    advance(st, t);
    if (t.end <= t.start) st.pos++;
    commandPosition = t.kind === 'NewLine' || t.kind === 'Semi' || t.kind === 'Pipe' || (commandPosition && t.kind === 'Generic') || t.kind === 'Parameter' || t.kind === 'LCurly';
  }
  return tokens;
}
