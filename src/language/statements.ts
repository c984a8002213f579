/**
 * Statements (lang-spec chapter 8): statement lists, script block bodies (param blocks, named
 * begin/process/end blocks), flow-control statements, loops, switch, try, functions, labels.
 */
import type {
  AttributeAst,
  ExpressionAst,
  ParamBlockAst,
  ParameterAst,
  PipelineAst,
  PipelineChainAst,
  StatementAst,
  StatementBlockAst,
  SwitchStatementAst,
  TryStatementAst,
  TypeDefinitionAst,
  TypeMemberAst,
  VariableExpressionAst,
} from './ast';
import { parseCommandArgument, parsePipelineChain } from './commands';
import { advance, atEndOfScript, consumeTo, enter, leave, peek, peekWord, skipNewlines } from './cursor';
import { parseExpression, parseScriptBlock, parseTypeLiteral } from './expressions';
import { extent, reportError, restore, snapshot, type ParserState } from './state';
import { scanGeneric, skipTrivia } from './tokenizer';
import { isIdentifierChar, isIdentifierStart } from './tokens';
import type { ParserErrorId } from './messages';
import type { Token } from './tokens';

type Closer = 'RParen' | 'RCurly' | 'EndOfInput';
type Condition = PipelineAst | PipelineChainAst;

/** Statements up to (not including) the closer; stray closers and junk are reported and skipped. */
export function parseStatementList(st: ParserState, closer: Closer): StatementAst[] {
  const statements: StatementAst[] = [];
  for (;;) {
    skipNewlines(st, true);
    const t = peek(st);
    if (t.kind === 'EndOfInput' || t.kind === closer) break;
    if (t.kind === 'RParen' || t.kind === 'RCurly') {
      // pwsh: another closer ends a block's or sub-expression's list (its own closer is then reported
      // missing and the outer level reports the token); only the script's list reports and skips it.
      if (closer !== 'EndOfInput') break;
      reportError(st, 'UnexpectedToken', t.start, t.text, false, t.end);
      advance(st, t);
      continue;
    }
    const before = st.pos;
    const s = parseStatement(st);
    if (s) statements.push(s);
    // Whatever follows a statement on its line starts the next one (pwsh: `if ($x) {} foo` is two
    // statements without error; a pipeline reports its own unexpected token). Only a token no
    // statement can start is reported here, and skipped.
    if (st.pos === before) {
      const bad = peek(st, 'command');
      reportError(st, 'UnexpectedToken', bad.start, bad.text, false, bad.end);
      advance(st, bad);
    }
  }
  return statements;
}

const COMPOUND = new Set<StatementAst['type']>(['If', 'ForEach', 'For', 'While', 'DoLoop', 'Switch', 'Try', 'Trap', 'FunctionDefinition']);

function isCondition(s: StatementAst | null): s is Condition {
  return !!s && (s.type === 'Pipeline' || s.type === 'PipelineChain');
}

/** A statement block `{ ... }`; null (nothing consumed) when the next token is not `{`. */
export function parseStatementBlock(st: ParserState): StatementBlockAst | null {
  skipNewlines(st);
  const open = peek(st);
  if (open.kind !== 'LCurly') return null;
  advance(st, open);
  const statements = parseStatementList(st, 'RCurly');
  const close = peek(st);
  if (close.kind === 'RCurly') advance(st, close);
  else reportError(st, 'MissingEndCurlyBrace', open.start, undefined, close.kind === 'EndOfInput');
  return { type: 'StatementBlock', statements, extent: extent(st, open.start, st.lastEnd) };
}

export function parseStatement(st: ParserState): StatementAst | null {
  if (!enter(st)) return null;
  try {
    return parseStatementInner(st);
  } finally {
    leave(st);
  }
}

function readLabel(st: ParserState): string | null {
  skipTrivia(st);
  st.cache = null;
  const src = st.src;
  const p = st.pos;
  if (src[p] !== ':' || !isIdentifierStart(src[p + 1] ?? '')) return null;
  let q = p + 1;
  while (q < src.length && isIdentifierChar(src[q]!)) q++;
  consumeTo(st, q);
  return src.slice(p + 1, q);
}

function parseStatementInner(st: ParserState): StatementAst | null {
  const label = readLabel(st);
  if (label !== null) skipNewlines(st);
  const w = peekWord(st);
  if (w) {
    const start = w.start;
    const kw = () => consumeTo(st, w.end);
    switch (w.word) {
      case 'else':
      case 'elseif':
      case 'catch':
      case 'until':
        // pwsh: once an error has been reported, these keywords out of place are dropped (not read as
        // a command name) and the statement after them is read.
        if (st.errors.length > 0 && label === null) {
          kw();
          skipNewlines(st);
          return parseStatement(st);
        }
        break;
      case 'if':
        kw();
        return parseIf(st, start);
      case 'foreach':
        kw();
        return parseForEach(st, start, label);
      case 'for':
        kw();
        return parseFor(st, start, label);
      case 'while':
        kw();
        return parseWhile(st, start, label);
      case 'do':
        kw();
        return parseDo(st, start, label);
      case 'switch':
        kw();
        return parseSwitch(st, start, label, w.end);
      case 'try':
        kw();
        return parseTry(st, start);
      case 'trap': {
        kw();
        skipNewlines(st);
        const typeName = peek(st).kind === 'LBracket' ? (parseTypeLiteral(st)?.name ?? null) : null;
        const body = requireBlock(st, 'MissingTrapStatement');
        return { type: 'Trap', typeName, body, extent: extent(st, start, st.lastEnd) };
      }
      case 'throw':
      case 'return':
      case 'exit': {
        kw();
        const value = parseOptionalPipeline(st);
        const type = w.word === 'throw' ? 'Throw' : w.word === 'return' ? 'Return' : 'Exit';
        return { type, value, extent: extent(st, start, st.lastEnd) } as StatementAst;
      }
      case 'break':
      case 'continue': {
        kw();
        skipTrivia(st);
        st.cache = null;
        let target: string | null = null;
        const src = st.src;
        if (isIdentifierStart(src[st.pos] ?? '')) {
          let q = st.pos;
          while (q < src.length && isIdentifierChar(src[q]!)) q++;
          target = src.slice(st.pos, q);
          consumeTo(st, q);
        }
        return { type: w.word === 'break' ? 'Break' : 'Continue', label: target, extent: extent(st, start, st.lastEnd) };
      }
      case 'function':
      case 'filter':
      case 'workflow':
        kw();
        return parseFunction(st, start, w.word === 'filter');
      case 'class':
      case 'enum':
        kw();
        return parseTypeDefinition(st, start, w.word);
    }
  }
  return parsePipelineChain(st);
}

/** `throw`/`return`/`exit` take a pipeline only when one follows on the same line. */
function parseOptionalPipeline(st: ParserState): Condition | null {
  const t = peek(st);
  if (['NewLine', 'Semi', 'EndOfInput', 'RCurly', 'RParen', 'Pipe'].includes(t.kind)) return null;
  const s = parsePipelineChain(st);
  return isCondition(s) ? s : null;
}

/** Where pwsh's extent of a token starts: its end-of-input token lies one past the end of the script. */
function tokenStart(t: Token): number {
  return t.kind === 'EndOfInput' ? t.start + 1 : t.start;
}

function expectOpenParen(st: ParserState, id: ParserErrorId, arg: string): boolean {
  skipNewlines(st);
  const t = peek(st);
  if (t.kind === 'LParen') {
    advance(st, t);
    return true;
  }
  reportError(st, id, st.lastEnd, arg, t.kind === 'EndOfInput');
  return false;
}

function expectCloseParen(st: ParserState, id: ParserErrorId, arg: string): boolean {
  skipNewlines(st);
  const t = peek(st);
  if (t.kind === 'RParen') {
    advance(st, t);
    return true;
  }
  reportError(st, id, st.lastEnd, arg, t.kind === 'EndOfInput');
  return false;
}

function parseCondition(st: ParserState, id: ParserErrorId, arg: string): Condition | null {
  skipNewlines(st);
  const s = parsePipelineChain(st);
  if (!s) {
    reportError(st, id, st.lastEnd, arg, peek(st).kind === 'EndOfInput');
    return null;
  }
  return s as Condition;
}

function emptyBlock(st: ParserState): StatementBlockAst {
  return { type: 'StatementBlock', statements: [], extent: extent(st, st.lastEnd, st.lastEnd) };
}

function requireBlock(st: ParserState, id: ParserErrorId, arg?: string): StatementBlockAst {
  const b = parseStatementBlock(st);
  if (b) return b;
  reportError(st, id, st.lastEnd, arg, peek(st).kind === 'EndOfInput');
  return emptyBlock(st);
}

function parseIf(st: ParserState, start: number): StatementAst {
  const clauses: { condition: Condition; body: StatementBlockAst }[] = [];
  let elseBody: StatementBlockAst | null = null;
  let keyword = 'if';
  for (;;) {
    if (!expectOpenParen(st, 'MissingOpenParenthesisInIfStatement', keyword)) break;
    const condition = parseCondition(st, 'IfStatementMissingCondition', keyword);
    if (!condition) break;
    // pwsh reports both at a token: the missing `)` at the one found in its place (the end of input
    // one past the end), the missing block at the `)`.
    skipNewlines(st);
    const rParen = peek(st);
    if (rParen.kind !== 'RParen') {
      const at = tokenStart(rParen);
      reportError(st, 'MissingEndParenthesisAfterStatement', at, keyword, rParen.kind === 'EndOfInput', rParen.kind === 'EndOfInput' ? at : rParen.end);
      break;
    }
    advance(st, rParen);
    const body = parseStatementBlock(st);
    if (!body) {
      reportError(st, 'MissingStatementBlock', rParen.start, keyword, peek(st).kind === 'EndOfInput', rParen.end);
      break;
    }
    clauses.push({ condition, body });
    // `elseif` / `else` may follow on later lines.
    const save = snapshot(st);
    skipNewlines(st);
    const w = peekWord(st);
    if (w && w.word === 'elseif') {
      consumeTo(st, w.end);
      keyword = 'elseif';
      continue;
    }
    if (w && w.word === 'else') {
      consumeTo(st, w.end);
      elseBody = parseStatementBlock(st);
      if (!elseBody) reportError(st, 'MissingStatementBlockAfterElse', st.lastEnd, undefined, peek(st).kind === 'EndOfInput');
      break;
    }
    restore(st, save);
    break;
  }
  return { type: 'If', clauses, elseBody, extent: extent(st, start, st.lastEnd) };
}

function parseForEach(st: ParserState, start: number, label: string | null): StatementAst | null {
  // Flags such as -Parallel are accepted and ignored.
  for (;;) {
    const t = peek(st, 'command');
    if (t.kind !== 'Parameter') break;
    advance(st, t);
    if (t.op!.toLowerCase().startsWith('t')) parseCommandArgument(st);
  }
  const node = (variable: VariableExpressionAst, iterable: Condition, body: StatementBlockAst): StatementAst => ({
    type: 'ForEach', label, variable, iterable, body, extent: extent(st, start, st.lastEnd),
  });
  if (!expectOpenParen(st, 'MissingOpenParenthesisAfterKeyword', 'foreach')) return null;
  skipNewlines(st);
  const v = peek(st);
  if (v.kind !== 'Variable') {
    reportError(st, 'MissingVariableNameAfterForeach', st.lastEnd, undefined, v.kind === 'EndOfInput');
    return null;
  }
  advance(st, v);
  const variable: VariableExpressionAst = { type: 'Variable', name: v.name!, scope: v.scope ?? null, splatted: false, extent: extent(st, v.start, v.end) };
  skipNewlines(st);
  const inTok = peek(st);
  if (!(inTok.kind === 'Identifier' && inTok.text.toLowerCase() === 'in')) {
    reportError(st, 'MissingInInForeach', st.lastEnd, undefined, inTok.kind === 'EndOfInput');
    return null;
  }
  advance(st, inTok);
  const iterable = parseCondition(st, 'MissingForeachExpression', 'foreach');
  if (!iterable) return null;
  if (!expectCloseParen(st, 'MissingEndParenthesisAfterForeach', 'foreach')) return null;
  const body = requireBlock(st, 'MissingForeachStatement');
  return node(variable, iterable, body);
}

function parseFor(st: ParserState, start: number, label: string | null): StatementAst | null {
  if (!expectOpenParen(st, 'MissingOpenParenthesisAfterKeyword', 'for')) return null;
  const part = (): StatementAst | null => {
    skipNewlines(st);
    const t = peek(st);
    if (t.kind === 'Semi' || t.kind === 'RParen') return null;
    return parseStatement(st);
  };
  const sep = () => {
    skipNewlines(st);
    const t = peek(st);
    if (t.kind === 'Semi') advance(st, t);
  };
  const initializer = part();
  sep();
  const cond = part();
  sep();
  const iterator = part();
  if (!expectCloseParen(st, 'MissingEndParenthesisAfterStatement', 'for')) return null;
  const body = requireBlock(st, 'MissingLoopStatement', 'for');
  return {
    type: 'For', label, initializer, condition: isCondition(cond) ? cond : null, iterator, body, extent: extent(st, start, st.lastEnd),
  };
}

function parseWhile(st: ParserState, start: number, label: string | null): StatementAst | null {
  if (!expectOpenParen(st, 'MissingOpenParenthesisAfterKeyword', 'while')) return null;
  const condition = parseCondition(st, 'MissingExpressionAfterKeyword', 'while');
  if (!condition) return null;
  if (!expectCloseParen(st, 'MissingEndParenthesisAfterStatement', 'while')) return null;
  const body = requireBlock(st, 'MissingLoopStatement', 'while');
  return { type: 'While', label, condition, body, extent: extent(st, start, st.lastEnd) };
}

function parseDo(st: ParserState, start: number, label: string | null): StatementAst | null {
  const body = parseStatementBlock(st);
  if (!body) {
    // pwsh looks for no while or until then: what follows is read as statements.
    reportError(st, 'MissingLoopStatement', st.lastEnd, 'do', peek(st).kind === 'EndOfInput');
    return null;
  }
  skipNewlines(st);
  const w = peekWord(st);
  if (!w || (w.word !== 'while' && w.word !== 'until')) {
    reportError(st, 'MissingWhileOrUntilInDoWhile', st.lastEnd, undefined, peek(st).kind === 'EndOfInput');
    return null;
  }
  consumeTo(st, w.end);
  if (!expectOpenParen(st, 'MissingOpenParenthesisAfterKeyword', w.word)) return null;
  const condition = parseCondition(st, 'MissingExpressionAfterKeyword', w.word);
  if (!condition) return null;
  if (!expectCloseParen(st, 'MissingEndParenthesisAfterStatement', w.word)) return null;
  return { type: 'DoLoop', label, until: w.word === 'until', condition, body, extent: extent(st, start, st.lastEnd) };
}

/** Reports an error pwsh reports with ReportIncompleteInput and returns its verdict (at the end of the script). */
function reportIncomplete(st: ParserState, id: ParserErrorId, offset: number, arg?: string): boolean {
  const incomplete = atEndOfScript(st, offset);
  reportError(st, id, offset, arg, incomplete);
  return incomplete;
}

/**
 * pwsh's SwitchStatementRule: after an error it reads on (a missing `)` or condition, then the body),
 * reporting each error after the last part read; once an error at the end of the script is reported
 * the later ones are not. A switch with an error is no statement.
 */
function parseSwitch(st: ParserState, start: number, label: string | null, keywordEnd: number): StatementAst | null {
  const flags = { regex: false, wildcard: false, exact: false, caseSensitive: false, file: false };
  let subject: Condition | null = null;
  let isError = false;
  let incomplete = false;
  let lastEnd = keywordEnd;
  for (;;) {
    const t = peek(st, 'command');
    if (t.kind !== 'Parameter') break;
    advance(st, t);
    lastEnd = t.end;
    const name = t.op!.toLowerCase();
    const pick = (full: string) => full.startsWith(name);
    if (pick('regex')) flags.regex = true;
    else if (pick('wildcard')) flags.wildcard = true;
    else if (pick('exact')) flags.exact = true;
    else if (pick('casesensitive')) flags.caseSensitive = true;
    else if (pick('file')) {
      flags.file = true;
      skipNewlines(st);
      const file = parseCommandArgument(st);
      if (!file) {
        isError = true;
        incomplete = reportIncomplete(st, 'MissingFilenameOption', t.end);
      } else {
        lastEnd = file.extent.end;
        subject = {
          type: 'Pipeline', background: false, extent: file.extent,
          elements: [{ type: 'CommandExpression', expression: file, redirections: [], extent: file.extent }],
        };
      }
    } else if (!pick('parallel')) {
      isError = true;
      reportError(st, 'InvalidSwitchFlag', t.start, t.op, false, t.end);
    }
  }
  skipNewlines(st);
  const lp = peek(st);
  if (lp.kind === 'LParen') {
    lastEnd = lp.end;
    advance(st, lp);
    if (flags.file) {
      isError = true;
      reportError(st, 'PipelineValueRequired', lp.start, undefined, false, lp.end);
    }
    skipNewlines(st);
    const s = parsePipelineChain(st);
    subject = isCondition(s) ? s : null;
    if (!s) {
      isError = true;
      incomplete = reportIncomplete(st, 'PipelineValueRequired', lp.end);
    } else lastEnd = s.extent.end;
    skipNewlines(st);
    const rp = peek(st);
    if (rp.kind !== 'RParen') {
      if (!incomplete) {
        isError = true;
        incomplete = reportIncomplete(st, 'MissingEndParenthesisInSwitchStatement', lastEnd);
      }
    } else {
      lastEnd = rp.end;
      advance(st, rp);
    }
  } else if (!subject && !flags.file) {
    isError = true;
    incomplete = reportIncomplete(st, 'PipelineValueRequired', lastEnd);
  }
  skipNewlines(st);
  const open = peek(st);
  const clauses: SwitchStatementAst['clauses'] = [];
  let defaultBody: StatementBlockAst | null = null;
  if (open.kind !== 'LCurly') {
    if (!incomplete) {
      isError = true;
      reportIncomplete(st, 'MissingCurlyBraceInSwitchStatement', lastEnd);
    }
  } else {
    lastEnd = open.end;
    advance(st, open);
    skipNewlines(st);
    for (;;) {
      const t = peek(st, 'command');
      const isDefault = t.kind === 'Generic' && !t.parts && t.text.toLowerCase() === 'default';
      let pattern: ExpressionAst | null = null;
      if (isDefault) advance(st, t);
      else {
        pattern = parseCommandArgument(st);
        if (!pattern) {
          // Nothing like a condition, so no body either: a `}` is taken to avoid a second error.
          isError = true;
          reportIncomplete(st, 'MissingSwitchConditionExpression', lastEnd);
          const c = peek(st);
          if (c.kind === 'RCurly') advance(st, c);
          break;
        }
      }
      lastEnd = pattern ? pattern.extent.end : t.end;
      const body = parseStatementBlock(st);
      if (!body) {
        isError = true;
        incomplete = reportIncomplete(st, 'MissingSwitchStatementClause', lastEnd);
      } else {
        lastEnd = body.extent.end;
        if (isDefault) {
          if (defaultBody) {
            isError = true;
            reportError(st, 'MultipleSwitchDefaultClauses', t.start, undefined, false, t.end);
          }
          defaultBody = body;
        } else clauses.push({ pattern: pattern!, body });
      }
      skipNewlines(st, true);
      const c = peek(st);
      if (c.kind === 'RCurly') {
        advance(st, c);
        break;
      }
      if (c.kind === 'EndOfInput') {
        if (!incomplete) {
          isError = true;
          reportError(st, 'MissingEndCurlyBrace', open.start, undefined, true, open.end);
        }
        break;
      }
    }
  }
  if (isError || !subject) return null;
  return { type: 'Switch', label, flags, subject, clauses, defaultBody, extent: extent(st, start, st.lastEnd) };
}

function parseTry(st: ParserState, start: number): StatementAst | null {
  const body = parseStatementBlock(st);
  if (!body) {
    // pwsh looks for no catch or finally then: what follows is read as statements.
    reportError(st, 'MissingTryStatementBlock', st.lastEnd, undefined, peek(st).kind === 'EndOfInput');
    return null;
  }
  const catches: TryStatementAst['catches'] = [];
  let finallyBody: StatementBlockAst | null = null;
  for (;;) {
    const save = snapshot(st);
    skipNewlines(st);
    const w = peekWord(st);
    if (w && w.word === 'catch') {
      consumeTo(st, w.end);
      const types: string[] = [];
      for (;;) {
        skipNewlines(st);
        const t = peek(st);
        if (t.kind === 'LBracket') {
          const type = parseTypeLiteral(st);
          if (type) types.push(type.name);
          continue;
        }
        if (t.kind === 'Comma') {
          advance(st, t);
          continue;
        }
        break;
      }
      const handler = requireBlock(st, 'MissingCatchHandlerBlock');
      catches.push({ types, body: handler, extent: extent(st, w.start, st.lastEnd) });
      continue;
    }
    if (w && w.word === 'finally') {
      consumeTo(st, w.end);
      finallyBody = requireBlock(st, 'MissingFinallyStatementBlock');
      break;
    }
    restore(st, save);
    break;
  }
  if (catches.length === 0 && !finallyBody) reportError(st, 'MissingCatchOrFinally', st.lastEnd, undefined, peek(st).kind === 'EndOfInput');
  return { type: 'Try', body, catches, finallyBody, extent: extent(st, start, st.lastEnd) };
}

function parseFunction(st: ParserState, start: number, isFilter: boolean): StatementAst | null {
  const nameTok = peek(st, 'command');
  if (nameTok.kind !== 'Generic' || nameTok.parts) {
    reportError(st, 'MissingNameAfterKeyword', st.lastEnd, isFilter ? 'filter' : 'function', nameTok.kind === 'EndOfInput');
    return null;
  }
  advance(st, nameTok);
  let parameters: ParameterAst[] | null = null;
  skipNewlines(st);
  const lp = peek(st);
  if (lp.kind === 'LParen') {
    advance(st, lp);
    const list = { closed: true };
    parameters = parseParameterList(st, lp.end, list);
    // pwsh ends the declaration there (no missing body reported); what follows is read as statements.
    if (!list.closed) return null;
    skipNewlines(st);
  }
  const open = peek(st);
  if (open.kind !== 'LCurly') {
    reportError(st, 'MissingFunctionBody', st.lastEnd, undefined, open.kind === 'EndOfInput');
    return null;
  }
  const body = parseScriptBlock(st);
  return { type: 'FunctionDefinition', name: nameTok.value ?? nameTok.text, isFilter, parameters, body, extent: extent(st, start, st.lastEnd) };
}

/**
 * `[attr][type]$name = default, ...` and the closing `)`, after the `(` (pwsh's ParameterListRule,
 * ParameterRule and the `)` check of its callers). A missing `)` is reported after the last
 * parameter (or the `(`); a parameter of attributes without its variable skips through the `)`.
 */
export function parseParameterList(st: ParserState, lparenEnd: number, out?: { closed: boolean }): ParameterAst[] {
  const params: ParameterAst[] = [];
  let lastEnd = lparenEnd;
  let comma: Token | null = null;
  for (;;) {
    skipNewlines(st);
    let t = peek(st);
    const begin = t.start;
    const attributes: AttributeAst[] = [];
    let typeName: string | null = null;
    let attributesEnd = -1;
    while (t.kind === 'LBracket') {
      const a = parseTypeLiteral(st);
      if (!a) break;
      if (a.attribute) attributes.push(a.attribute);
      else typeName = a.name;
      attributesEnd = a.attribute ? a.attribute.extent.end : a.end;
      skipNewlines(st);
      t = peek(st);
    }
    if (t.kind !== 'Variable') {
      if (attributesEnd >= 0) {
        reportError(st, 'InvalidFunctionParameter', attributesEnd, undefined, t.kind === 'EndOfInput');
        syncThroughCloseParen(st);
        lastEnd = attributesEnd;
      } else if (comma) {
        reportError(st, 'MissingExpressionAfterToken', comma.end, ',', t.kind === 'EndOfInput');
      }
      break;
    }
    advance(st, t);
    let defaultValue: ExpressionAst | null = null;
    skipNewlines(st);
    const eq = peek(st);
    if (eq.kind === 'Operator' && eq.op === '=') {
      advance(st, eq);
      skipNewlines(st);
      defaultValue = parseExpression(st, false);
      if (!defaultValue) reportError(st, 'MissingExpressionAfterToken', eq.end, '=', peek(st).kind === 'EndOfInput');
    }
    lastEnd = defaultValue ? defaultValue.extent.end : t.end;
    params.push({ type: 'Parameter', name: t.name!, typeName, attributes, defaultValue, extent: extent(st, begin, lastEnd) });
    skipNewlines(st);
    const c = peek(st);
    if (c.kind !== 'Comma') break;
    advance(st, c);
    comma = c;
  }
  skipNewlines(st);
  const rp = peek(st);
  if (rp.kind === 'RParen') advance(st, rp);
  else reportError(st, 'MissingEndParenthesisInFunctionParameterList', lastEnd, undefined, rp.kind === 'EndOfInput');
  if (out) out.closed = rp.kind === 'RParen';
  return params;
}

/**
 * pwsh's SyncOnError(true, RParen): skips to the `)` or `}` that closes the current level and
 * consumes it (a `}` too: `function f { param([int] }` then misses the body's `}`, pwsh 7.6).
 */
function syncThroughCloseParen(st: ParserState): void {
  let depth = 0;
  for (;;) {
    const t = peek(st);
    if (t.kind === 'EndOfInput') return;
    if (t.kind === 'LParen' || t.kind === 'LCurly' || t.kind === 'AtParen' || t.kind === 'DollarParen' || t.kind === 'AtCurly') depth++;
    else if (t.kind === 'RParen' || t.kind === 'RCurly') {
      if (depth === 0) {
        advance(st, t);
        return;
      }
      depth--;
    }
    advance(st, t);
  }
}

const NAMED_BLOCKS = new Set(['begin', 'process', 'end', 'dynamicparam', 'clean']);

/** Is the next word a named block (`begin {`)? */
function namedBlockAhead(st: ParserState): { word: string; end: number } | null {
  const w = peekWord(st);
  if (!w || !NAMED_BLOCKS.has(w.word)) return null;
  const save = snapshot(st);
  consumeTo(st, w.end);
  skipNewlines(st);
  const isBlock = st.src[st.pos] === '{';
  restore(st, save);
  return isBlock ? w : null;
}

/** The inside of a script block or script: optional `[attr] param(...)`, then named blocks or statements. */
export function parseScriptBlockBody(
  st: ParserState,
  closer: Closer,
): { paramBlock: ParamBlockAst | null; begin: StatementBlockAst | null; process: StatementBlockAst | null; end: StatementBlockAst | null } {
  skipNewlines(st, true);
  let paramBlock: ParamBlockAst | null = null;
  const bodyStart = st.pos;
  const save = snapshot(st);
  const attributes: AttributeAst[] = [];
  let t = peek(st);
  while (t.kind === 'LBracket') {
    const a = parseTypeLiteral(st);
    if (!a || !a.attribute) break;
    attributes.push(a.attribute);
    skipNewlines(st);
    t = peek(st);
  }
  const w = peekWord(st);
  let isParam = false;
  if (w && w.word === 'param') {
    const s2 = snapshot(st);
    consumeTo(st, w.end);
    skipNewlines(st);
    isParam = st.src[st.pos] === '(';
    if (!isParam) restore(st, s2);
  }
  if (isParam) {
    const paramStart = attributes.length ? attributes[0]!.extent.start : w!.start;
    const lp = peek(st);
    advance(st, lp);
    const parameters = parseParameterList(st, lp.end);
    paramBlock = { type: 'ParamBlock', attributes, parameters, extent: extent(st, paramStart, st.lastEnd) };
    skipNewlines(st, true);
  } else restore(st, save);

  if (namedBlockAhead(st)) {
    const blocks: Record<string, StatementBlockAst | null> = { begin: null, process: null, end: null };
    for (;;) {
      skipNewlines(st, true);
      const nb = namedBlockAhead(st);
      if (!nb) {
        const x = peek(st);
        if (x.kind === 'EndOfInput' || x.kind === closer) break;
        reportError(st, 'UnexpectedToken', x.start, x.text, false, x.end);
        advance(st, x);
        continue;
      }
      consumeTo(st, nb.end);
      const block = parseStatementBlock(st)!;
      if (nb.word in blocks) blocks[nb.word] = block;
    }
    return { paramBlock, begin: blocks.begin!, process: blocks.process!, end: blocks.end! };
  }
  const blockStart = paramBlock ? st.pos : bodyStart;
  const statements = parseStatementList(st, closer);
  const end: StatementBlockAst = { type: 'StatementBlock', statements, extent: extent(st, blockStart, Math.max(blockStart, st.lastEnd)) };
  void scanGeneric;
  return { paramBlock, begin: null, process: null, end };
}

/** A base type name as written (`System.IEquatable[Object]`), read up to a blank, `,` or `{`. */
function readTypeName(st: ParserState): string | null {
  skipTrivia(st);
  st.cache = null;
  const src = st.src;
  let q = st.pos;
  let depth = 0;
  while (q < src.length) {
    const c = src[q]!;
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (depth === 0 && (c === ',' || c === '{' || /\s/.test(c))) break;
    q++;
  }
  if (q === st.pos) return null;
  const name = src.slice(st.pos, q);
  consumeTo(st, q);
  return name;
}

/**
 * `class` / `enum` definitions (about_Classes, about_Enum): parsed into a TypeDefinition node. Members
 * are properties (`[type]$name = value`), methods (`[type] Name(params) { }`), constructors and enum
 * values. As in pwsh, a token that starts no member ends the body with a missing `}` reported just
 * after the `{`, the rest being left to the enclosing statement list.
 */
function parseTypeDefinition(st: ParserState, start: number, kind: 'class' | 'enum'): StatementAst | null {
  const nameTok = peek(st, 'command');
  if (nameTok.kind !== 'Generic' || nameTok.parts) {
    reportError(st, 'MissingNameAfterKeyword', st.lastEnd, kind, nameTok.kind === 'EndOfInput');
    return null;
  }
  advance(st, nameTok);
  const name = nameTok.value ?? nameTok.text;
  const baseTypes: string[] = [];
  skipNewlines(st);
  if (peek(st).kind === 'Colon') {
    advance(st, peek(st));
    for (;;) {
      skipNewlines(st);
      const b = readTypeName(st);
      if (b) baseTypes.push(b);
      skipNewlines(st);
      const c = peek(st);
      if (c.kind !== 'Comma') break;
      advance(st, c);
    }
  }
  skipNewlines(st);
  const open = peek(st);
  const members: TypeMemberAst[] = [];
  const node = (): TypeDefinitionAst => ({ type: 'TypeDefinition', kind, name, baseTypes, members, extent: extent(st, start, st.lastEnd) });
  if (open.kind !== 'LCurly') {
    reportError(st, 'MissingTypeBody', st.lastEnd, kind, open.kind === 'EndOfInput');
    return node();
  }
  advance(st, open);
  for (;;) {
    skipNewlines(st, true);
    const t = peek(st);
    if (t.kind === 'RCurly') {
      advance(st, t);
      return node();
    }
    const member = kind === 'enum' ? parseEnumValue(st) : parseClassMember(st, name);
    if (!member) {
      reportError(st, 'MissingEndCurlyBrace', open.end, undefined, peek(st).kind === 'EndOfInput');
      return node();
    }
    members.push(member);
  }
}

function member(st: ParserState, start: number, fields: Partial<TypeMemberAst> & Pick<TypeMemberAst, 'kind' | 'name'>): TypeMemberAst {
  return {
    type: 'TypeMember', static: false, hidden: false, attributes: [], typeName: null, parameters: [], initializer: null,
    baseArguments: null, body: null, ...fields, extent: extent(st, start, st.lastEnd),
  };
}

/** An optional `= <expression>` (a parameter's default, an enum value's or a property's initializer). */
function parseInitializer(st: ParserState, allowComma: boolean): ExpressionAst | null {
  const eq = peek(st);
  if (eq.kind !== 'Operator' || eq.op !== '=') return null;
  advance(st, eq);
  skipNewlines(st);
  const value = parseExpression(st, allowComma);
  if (!value) reportError(st, 'ExpectedValueExpression', eq.end, '=', peek(st).kind === 'EndOfInput');
  return value;
}

function parseEnumValue(st: ParserState): TypeMemberAst | null {
  const t = peek(st);
  if (t.kind !== 'Identifier') return null;
  advance(st, t);
  const initializer = parseInitializer(st, false);
  return member(st, t.start, { kind: 'enumValue', name: t.text, initializer });
}

function parseClassMember(st: ParserState, className: string): TypeMemberAst | null {
  const begin = peek(st).start;
  const attributes: AttributeAst[] = [];
  let typeName: string | null = null;
  let isStatic = false;
  let hidden = false;
  for (;;) {
    skipNewlines(st);
    const t = peek(st);
    if (t.kind === 'LBracket') {
      const a = parseTypeLiteral(st);
      if (!a) return null;
      if (a.attribute) attributes.push(a.attribute);
      else typeName = a.name;
      continue;
    }
    if (t.kind === 'Identifier' && (t.text.toLowerCase() === 'static' || t.text.toLowerCase() === 'hidden')) {
      advance(st, t);
      if (t.text.toLowerCase() === 'static') isStatic = true;
      else hidden = true;
      continue;
    }
    break;
  }
  const t = peek(st);
  const common = { static: isStatic, hidden, attributes, typeName };
  if (t.kind === 'Variable') {
    advance(st, t);
    const initializer = parseInitializer(st, true);
    return member(st, begin, { kind: 'property', name: t.name!, ...common, initializer });
  }
  if (t.kind !== 'Identifier') return null;
  advance(st, t);
  const lp = peek(st);
  if (lp.kind !== 'LParen') {
    // pwsh: a bare word in a class body is a method without its parameter list and body.
    reportError(st, 'MissingMethodParameterList', t.end, undefined, lp.kind === 'EndOfInput');
    reportError(st, 'MissingFunctionBody', t.end, undefined, lp.kind === 'EndOfInput');
    return member(st, begin, { kind: 'method', name: t.text, ...common });
  }
  advance(st, lp);
  const parameters = parseParameterList(st, lp.end);
  let baseArguments: ExpressionAst[] | null = null;
  skipNewlines(st);
  if (peek(st).kind === 'Colon') {
    // Constructor chaining: `: base(args)`.
    advance(st, peek(st));
    skipNewlines(st);
    baseArguments = [];
    const b = peek(st);
    if (b.kind === 'Identifier') advance(st, b);
    if (peek(st).kind === 'LParen') {
      advance(st, peek(st));
      for (;;) {
        skipNewlines(st);
        const a = peek(st).kind === 'RParen' ? null : parseExpression(st, false);
        if (!a) break;
        baseArguments.push(a);
        skipNewlines(st);
        const c = peek(st);
        if (c.kind !== 'Comma') break;
        advance(st, c);
      }
      const close = peek(st);
      if (close.kind === 'RParen') advance(st, close);
      else reportError(st, 'MissingEndParenthesisInMethodCall', st.lastEnd, undefined, close.kind === 'EndOfInput');
    }
    skipNewlines(st);
  }
  let body = null;
  if (peek(st).kind === 'LCurly') body = parseScriptBlock(st);
  else reportError(st, 'MissingFunctionBody', st.lastEnd, undefined, peek(st).kind === 'EndOfInput');
  const isConstructor = t.text.toLowerCase() === className.toLowerCase();
  return member(st, begin, { kind: isConstructor ? 'constructor' : 'method', name: t.text, ...common, parameters, baseArguments, body });
}
