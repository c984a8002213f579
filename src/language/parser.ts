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

/**
 * The last few texts parsed and their results (as pwsh caches compiled script blocks): a replay checks a
 * block for parse errors and then runs it, and a corpus replay runs the same setup line in every session.
 * The results are shared: nothing changes an AST or its error list after parsing.
 */
const recent = new Map<string, ParseResult>();
const RECENT_MAX = 16;

export function parse(source: string): ParseResult {
  const hit = recent.get(source);
  if (hit) return hit;
  const r = parseState(source).result;
  if (source.length <= 65536) {
    if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
    recent.set(source, r);
  }
  return r;
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
