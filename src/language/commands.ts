/**
 * Pipelines and commands in argument mode (about_Parsing, about_Redirection, about_Splatting,
 * lang-spec 8.2): command names, parameters, arguments (comma lists become one ArrayLiteral),
 * redirections, `--%`, `&` / `.` invocation, pipeline continuation across lines.
 */
import type {
  AssignmentOperator,
  CommandAst,
  CommandElementAst,
  CommandExpressionAst,
  ExpressionAst,
  PipelineAst,
  PipelineChainAst,
  RedirectionAst,
  RedirectionStream,
  StatementAst,
} from './ast';
import { advance, atEndOfScript, consumeTo, peek, skipNewlines } from './cursor';
import { parseExpression, parsePostfix, parsePrimary, stringNode } from './expressions';
import { extent, reportError, type ParserState } from './state';
import { parseStatement } from './statements';
import { scanNumber, skipTrivia } from './tokenizer';
import { ASSIGNMENT_OPERATORS, DASH_OPERATORS, isDash, isDigit, isDoubleQuote, isIdentifierChar, isIdentifierStart, isNewLineChar, isSingleQuote, isVariableChar, isWhitespace, type Token } from './tokens';

type ElementStart = 'expression' | 'command' | 'invoke&' | 'invoke.';

/** Characters after a leading number that keep the statement in expression mode (`1+2`, `1..5`). */
function numberEndsExpression(c: string): boolean {
  return c === '' || isWhitespace(c) || isNewLineChar(c) || '(){}];,|&.+*/%=<>!'.includes(c) || isDash(c);
}

/** Decides how a pipeline element starts, from its first characters (about_Parsing). */
function classifyElement(st: ParserState): ElementStart {
  skipTrivia(st);
  st.cache = null;
  const src = st.src;
  const p = st.pos;
  const c = src[p] ?? '';
  const n = src[p + 1] ?? '';
  // `$` starts an expression only when a variable follows (`$<name> = x` is a command named `$<name>`).
  if (c === '$' && !(n === '(' || n === '{' || n === '$' || n === '^' || n === ':' || isVariableChar(n))) return 'command';
  // An `@` that starts nothing (pwsh's unrecognized token) is read as a command name.
  if (c === '@' && peek(st, 'command').kind === 'Generic') return 'command';
  // `[` with no type name after it: pwsh reports the missing name and reads a command named by the
  // word that starts at the `[` (`[0..1]`, `[`).
  if (c === '[') {
    let q = p + 1;
    while (src[q] === ' ' || src[q] === '\t') q++;
    const f = src[q] ?? '';
    if (!(isIdentifierStart(f) || f === '_' || isNewLineChar(f))) {
      reportError(st, 'MissingTypename', p + 1, undefined, atEndOfScript(st, p + 1));
      return 'command';
    }
  }
  if (c === '$' || c === '@' || c === '(' || c === '[' || c === '{' || c === ',' || c === '!' || c === '+') return 'expression';
  if (isSingleQuote(c) || isDoubleQuote(c)) return 'expression';
  if (c === '&' && n !== '&') return 'invoke&';
  if (c === '.') {
    if (isDigit(n)) return 'expression';
    if (n === '' || isWhitespace(n) || n === '$' || n === '{' || n === '(' || n === '&' || isSingleQuote(n) || isDoubleQuote(n)) return 'invoke.';
    return 'command';
  }
  if (isDash(c)) {
    if (isDigit(n)) {
      const num = scanNumber(src, p + 1);
      return num && numberEndsExpression(src[num.end] ?? '') ? 'expression' : 'command';
    }
    if (n === '.' || isDash(n) || n === '(' || n === '$' || n === '' || isWhitespace(n)) return 'expression';
    if (isIdentifierStart(n)) {
      let q = p + 1;
      while (q < src.length && isIdentifierChar(src[q]!)) q++;
      return DASH_OPERATORS.has(src.slice(p + 1, q).toLowerCase()) ? 'expression' : 'command';
    }
    return 'command';
  }
  if (isDigit(c)) {
    const num = scanNumber(src, p);
    return num && numberEndsExpression(src[num.end] ?? '') ? 'expression' : 'command';
  }
  return 'command';
}

const STREAMS: Record<string, RedirectionStream> = {
  output: 'output', error: 'error', warning: 'warning', verbose: 'verbose', debug: 'debug', information: 'information', all: 'all',
};

function parseRedirection(st: ParserState, t: Token): RedirectionAst | null {
  advance(st, t);
  const r = t.redirection;
  if (r?.merge) {
    // Only merging into the output stream exists (`2>&1`, `*>&1`); pwsh reserves `N>&2`.
    if (r.to === 'error') {
      reportError(st, 'RedirectionNotSupported', t.start, t.text);
      return null;
    }
    return { type: 'MergingRedirection', from: STREAMS[r.from] ?? 'output', to: 'output', extent: extent(st, t.start, t.end) };
  }
  // pwsh reads the file name of `<` too (so `<name>` is one redirection, not two), reports a missing
  // one first, then that `<` is reserved. A file name may look like a parameter (`> -b`, `> --%`).
  const name = peek(st, 'command');
  let location: ExpressionAst | null;
  if (name.kind === 'Parameter' || name.kind === 'StopParsing') {
    advance(st, name);
    location = { type: 'StringConstant', value: name.text, stringKind: 'BareWord', extent: extent(st, name.start, name.end) };
  } else location = parseCommandArgument(st);
  if (!location) reportError(st, 'MissingFileSpecification', t.end, undefined, peek(st).kind === 'EndOfInput');
  if (t.op === '<') {
    reportError(st, 'RedirectionNotSupported', t.start, '<');
    return null;
  }
  if (!location || !r) return null;
  return { type: 'FileRedirection', from: STREAMS[r.from] ?? 'output', append: r.append, location, extent: extent(st, t.start, location.extent.end) };
}

/** One argument in argument mode (no comma list). */
export function parseCommandArgument(st: ParserState): ExpressionAst | null {
  const t = peek(st, 'command');
  switch (t.kind) {
    case 'Generic':
      advance(st, t);
      return stringNode(st, t);
    case 'Number':
      advance(st, t);
      return { type: 'Constant', value: t.num!, text: t.text, extent: extent(st, t.start, t.end) };
    case 'Dot':
    case 'ColonColon':
      advance(st, t);
      return { type: 'StringConstant', value: t.text, stringKind: 'BareWord', extent: extent(st, t.start, t.end) };
    case 'SplattedVariable':
    case 'Variable':
    case 'String':
    case 'LParen':
    case 'DollarParen':
    case 'AtParen':
    case 'AtCurly':
    case 'LCurly': {
      st.cache = null;
      const e = parsePrimary(st);
      return e ? parsePostfix(st, e, true) : null;
    }
    default:
      return null;
  }
}

/** An argument with its comma list: `a,b,c` is one ArrayLiteral argument. */
function parseArgumentList(st: ParserState): ExpressionAst | null {
  const first = parseCommandArgument(st);
  if (!first) return null;
  let t = peek(st, 'command');
  if (t.kind !== 'Comma') return first;
  const elements: ExpressionAst[] = [first];
  if (first.type === 'Variable' && first.splatted) reportError(st, 'SplattingNotPermittedInArgumentList', first.extent.start, first.name);
  while (t.kind === 'Comma') {
    advance(st, t);
    skipNewlines(st);
    // After a comma, `-Size` is an ordinary word of the list (`-SortOrder +FromAddress,-Size`).
    const next = peek(st, 'command');
    let e: ExpressionAst | null;
    if (next.kind === 'Parameter') {
      advance(st, next);
      e = { type: 'StringConstant', value: next.text, stringKind: 'BareWord', extent: extent(st, next.start, next.end) };
    } else e = parseCommandArgument(st);
    if (!e) {
      reportError(st, 'MissingExpression', t.end, ',', peek(st).kind === 'EndOfInput');
      break;
    }
    if (e.type === 'Variable' && e.splatted) reportError(st, 'SplattingNotPermittedInArgumentList', e.extent.start, e.name);
    elements.push(e);
    t = peek(st, 'command');
  }
  return { type: 'ArrayLiteral', elements, extent: extent(st, first.extent.start, st.lastEnd) };
}

function isCommandEnd(t: Token): boolean {
  switch (t.kind) {
    case 'EndOfInput':
    case 'NewLine':
    case 'Semi':
    case 'RParen':
    case 'RCurly':
    case 'Pipe':
    case 'OrOr':
    case 'AndAnd':
    case 'Ampersand':
      return true;
    default:
      return false;
  }
}

/**
 * The command name: in that place pwsh takes a redirection token as a plain word (`<a> b` is the
 * command `<` with arguments `a>` and `b`; `> x` the command `>`), without any error.
 */
function commandName(st: ParserState): ExpressionAst | null {
  const t = peek(st, 'command');
  if (t.kind === 'Redirection') {
    advance(st, t);
    return { type: 'StringConstant', value: t.text, stringKind: 'BareWord', extent: extent(st, t.start, t.end) };
  }
  return parseCommandArgument(st);
}

function parseCommand(st: ParserState, start: ElementStart): CommandAst {
  const begin = st.pos;
  const elements: CommandElementAst[] = [];
  const redirections: RedirectionAst[] = [];
  let invocationOperator: '&' | '.' | null = null;
  if (start === 'invoke&' || start === 'invoke.') {
    invocationOperator = start === 'invoke&' ? '&' : '.';
    consumeTo(st, begin + 1);
    const name = commandName(st);
    if (name) elements.push(name);
    else reportError(st, 'MissingExpression', begin, invocationOperator, peek(st).kind === 'EndOfInput', begin + 1);
  } else {
    const t = peek(st, 'command');
    if (isCommandEnd(t)) return { type: 'Command', invocationOperator, elements, redirections, extent: extent(st, begin, st.lastEnd) };
    const name = commandName(st);
    if (name) elements.push(name);
    else {
      advance(st, t);
      // A line that starts with `-Name` (a parameter cut off from its command by a line break) names
      // a command `-Name`, which pwsh then reports as not recognized.
      if (t.kind === 'Parameter') elements.push({ type: 'StringConstant', value: t.text, stringKind: 'BareWord', extent: extent(st, t.start, t.end) });
      else elements.push(stringNode(st, t));
    }
  }
  for (;;) {
    const t = peek(st, 'command');
    if (isCommandEnd(t)) break;
    if (t.kind === 'Redirection') {
      const r = parseRedirection(st, t);
      if (r) redirections.push(r);
      continue;
    }
    if (t.kind === 'Parameter') {
      advance(st, t);
      let argument: ExpressionAst | null = null;
      if (t.hasColon) {
        argument = parseArgumentList(st);
        // pwsh: a `,` in the argument's place is reported as MissingArgument, not here.
        const next = peek(st, 'command');
        if (!argument && next.kind !== 'Comma') reportError(st, 'ParameterRequiresArgument', t.end, t.text, next.kind === 'EndOfInput');
      }
      elements.push({ type: 'CommandParameter', name: t.op!, argument, hasColon: !!t.hasColon, extent: extent(st, t.start, st.lastEnd) });
      continue;
    }
    if (t.kind === 'StopParsing') {
      advance(st, t);
      // `--%`: the rest of the line is passed verbatim, up to a line break or a `|`, `&&` or `||`
      // outside double quotes (pwsh: `--% echo "a|b"` is one argument).
      const src = st.src;
      let q = t.end;
      let quoted = false;
      for (; q < src.length && !isNewLineChar(src[q]!); q++) {
        const ch = src[q]!;
        if (isDoubleQuote(ch)) quoted = !quoted;
        else if (!quoted && (ch === '|' || (ch === '&' && src[q + 1] === '&'))) break;
      }
      const text = src.slice(t.end, q).replace(/^[ \t]+/, '');
      consumeTo(st, q);
      elements.push({ type: 'StringConstant', value: text, stringKind: 'BareWord', verbatim: true, extent: extent(st, t.start, q) });
      continue;
    }
    if (t.kind === 'Comma') {
      // pwsh (CommandRule) skips the line breaks after it: the command goes on on the next line.
      reportError(st, 'MissingArgument', t.start, undefined, false, t.end);
      advance(st, t);
      skipNewlines(st);
      continue;
    }
    const arg = parseArgumentList(st);
    if (arg) {
      elements.push(arg);
      continue;
    }
    reportError(st, 'UnexpectedToken', t.start, t.text, false, t.end);
    advance(st, t);
  }
  return { type: 'Command', invocationOperator, elements, redirections, extent: extent(st, begin, st.lastEnd) };
}

/** The result of parsing a first pipeline element that turned out to be an assignment. */
interface AssignmentResult {
  assignment: StatementAst;
}

function parseElement(st: ParserState, first: boolean): CommandAst | CommandExpressionAst | AssignmentResult | null {
  const kind = classifyElement(st);
  const t = peek(st, kind === 'expression' ? 'expression' : 'command');
  if (isCommandEnd(t) && !(t.kind === 'Ampersand' && kind === 'invoke&')) return null;
  if (kind !== 'expression') return parseCommand(st, kind);
  const begin = t.start;
  const expr = parseExpression(st);
  if (!expr) {
    const bad = peek(st);
    if (isCommandEnd(bad) || bad.kind === 'EndOfInput') return null;
    return null;
  }
  const op = peek(st);
  if (first && op.kind === 'Operator' && ASSIGNMENT_OPERATORS.has(op.op!)) {
    advance(st, op);
    skipNewlines(st);
    const value = parseStatement(st);
    if (!value) {
      reportError(st, 'ExpectedValueExpression', op.end, op.text, peek(st).kind === 'EndOfInput');
      return { assignment: { type: 'Assignment', target: expr, operator: op.op as AssignmentOperator, value: emptyPipeline(st, op.end), extent: extent(st, begin, op.end) } };
    }
    return { assignment: { type: 'Assignment', target: expr, operator: op.op as AssignmentOperator, value, extent: extent(st, begin, value.extent.end) } };
  }
  // A parameter right after the expression is reported and skipped while the expression is read
  // (pwsh's ExpressionRule: `1 -x 2` reports '-x', then '2'), before ExpressionsMustBeFirstInPipeline;
  // only one: the pipeline reports the next token, read as a command's.
  const param = peek(st);
  if (param.kind === 'Parameter') {
    reportError(st, 'UnexpectedToken', param.start, param.text, false, param.end);
    advance(st, param);
  }
  if (!first) reportError(st, 'ExpressionsMustBeFirstInPipeline', expr.extent.start);
  // Redirections follow; anything else ends the element (after a redirection a parameter is
  // reported by the pipeline and starts the next statement: `1 > f -C <x>`).
  const redirections: RedirectionAst[] = [];
  for (;;) {
    const r = peek(st);
    if (r.kind !== 'Redirection') break;
    const red = parseRedirection(st, r);
    if (red) redirections.push(red);
  }
  return { type: 'CommandExpression', expression: expr, redirections, extent: extent(st, begin, st.lastEnd) };
}

function emptyPipeline(st: ParserState, at: number): PipelineAst {
  return { type: 'Pipeline', elements: [], background: false, extent: extent(st, at, at) };
}

/** After a line break: is the next significant line a `| ...` continuation (pwsh 7)? */
function continuationPipeAfterNewline(st: ParserState): number {
  const save = st.pos;
  skipNewlines(st);
  const p = st.pos;
  st.pos = save;
  st.cache = null;
  return st.src[p] === '|' && st.src[p + 1] !== '|' ? p : -1;
}

export function parsePipeline(st: ParserState): PipelineAst | StatementAst | null {
  skipTrivia(st);
  st.cache = null;
  const begin = st.pos;
  const elements: (CommandAst | CommandExpressionAst)[] = [];
  let background = false;
  let afterPipe: Token | null = null;
  const lead = peek(st);
  if (lead.kind === 'Pipe') {
    reportError(st, 'EmptyPipeElement', lead.start);
    advance(st, lead);
    skipNewlines(st);
    afterPipe = lead;
  }
  for (;;) {
    const elStart = st.pos;
    const el = parseElement(st, elements.length === 0 && !afterPipe);
    if (el && 'assignment' in el) return el.assignment;
    if (!el) {
      if (afterPipe) {
        const n = peek(st);
        reportError(st, 'EmptyPipeElement', n.kind === 'EndOfInput' ? afterPipe.end : n.start, undefined, n.kind === 'EndOfInput');
        if (n.kind === 'Pipe') {
          // `a | | b`: report the empty element and keep reading the pipeline.
          advance(st, n);
          skipNewlines(st);
          afterPipe = n;
          continue;
        }
      }
      break;
    }
    elements.push(el);
    void elStart;
    let t = peek(st);
    if (t.kind === 'NewLine') {
      const pipeAt = continuationPipeAfterNewline(st);
      if (pipeAt >= 0) {
        consumeTo(st, pipeAt);
        st.lastEnd = el.extent.end;
        t = peek(st);
      }
    }
    if (t.kind === 'Pipe') {
      advance(st, t);
      skipNewlines(st);
      afterPipe = t;
      continue;
    }
    if (t.kind === 'Ampersand') {
      advance(st, t);
      background = true;
    }
    break;
  }
  if (elements.length === 0) return null;
  // After a background `&` the next statement may follow on the same line (`a & b`).
  if (!background) reportUnexpectedAfterPipeline(st);
  return { type: 'Pipeline', elements, background, extent: extent(st, begin, st.lastEnd) };
}

/**
 * pwsh ends a pipeline at the first token that cannot continue it and, unless that token ends a
 * statement, reports it as unexpected, scanned as at a statement start (`1 Write-Host x` reports
 * 'Write-Host'). The token stays for whatever encloses the pipeline: a statement list parses a new
 * statement from it, `(`...`)` reports its missing `)`.
 */
function reportUnexpectedAfterPipeline(st: ParserState): void {
  const t = peek(st);
  if (isCommandEnd(t) || t.kind === 'NewLine') return;
  const u = peek(st, 'command');
  reportError(st, 'UnexpectedToken', u.start, u.text, false, u.end);
}

/** `a && b || c` (pwsh 7). */
export function parsePipelineChain(st: ParserState): StatementAst | null {
  const first = parsePipeline(st);
  if (!first || first.type !== 'Pipeline') return first;
  let left: PipelineAst | PipelineChainAst = first;
  for (;;) {
    const t = peek(st);
    if (t.kind !== 'AndAnd' && t.kind !== 'OrOr') return left;
    advance(st, t);
    skipNewlines(st);
    const right = parsePipeline(st);
    if (!right || right.type !== 'Pipeline') {
      reportError(st, 'EmptyPipeElement', t.end, undefined, peek(st).kind === 'EndOfInput');
      return left;
    }
    left = { type: 'PipelineChain', left, operator: t.kind === 'AndAnd' ? '&&' : '||', right, extent: extent(st, left.extent.start, right.extent.end) };
  }
}
