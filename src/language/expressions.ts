/**
 * Expression mode (lang-spec chapter 7, about_Operators): one precedence-climbing loop for binary
 * operators over array literals (`,` binds tighter than binary operators), unary/cast, primaries
 * and postfix member/index/invoke operators.
 */
import type {
  AttributeAst,
  ExpressionAst,
  HashtableAst,
  ScriptBlockAst,
  StatementAst,
  StringConstantExpressionAst,
  ExpandableStringExpressionAst,
} from './ast';
import { advance, consumeTo, enter, leave, peek, peekAfter, skipNewlines } from './cursor';
import { extent, reportError, reportScanError, type ParserState } from './state';
import { parseScriptBlockBody, parseStatement, parseStatementList } from './statements';
import { skipTrivia } from './tokenizer';
import { binaryPrecedence, isIdentifierChar, isIdentifierStart, isNewLineChar, isPrefixOperator, type Token } from './tokens';

export function stringNode(st: ParserState, t: Token): StringConstantExpressionAst | ExpandableStringExpressionAst {
  const ext = extent(st, t.start, t.end);
  if (t.parts && t.parts.length) {
    return { type: 'ExpandableString', parts: t.parts, stringKind: t.stringKind ?? 'BareWord', raw: t.raw ?? t.text, extent: ext };
  }
  return { type: 'StringConstant', value: t.value ?? '', stringKind: t.stringKind ?? 'BareWord', extent: ext };
}

/** Full expression: binary operators, then pwsh 7's `? :`. `allowComma` is false inside argument lists. */
export function parseExpression(st: ParserState, allowComma = true): ExpressionAst | null {
  const cond = parseBinary(st, 1, allowComma);
  if (!cond) return null;
  const q = peek(st);
  if (q.kind !== 'Question') return cond;
  advance(st, q);
  skipNewlines(st);
  const ifTrue = parseExpression(st, allowComma);
  if (!ifTrue) {
    reportError(st, 'ExpectedValueExpression', q.end, '?', peek(st).kind === 'EndOfInput');
    return cond;
  }
  skipNewlines(st);
  const colon = peek(st);
  if (colon.kind !== 'Colon') {
    reportError(st, 'UnexpectedToken', colon.start, colon.text || '?', colon.kind === 'EndOfInput', colon.end);
    return cond;
  }
  advance(st, colon);
  skipNewlines(st);
  const ifFalse = parseExpression(st, allowComma);
  if (!ifFalse) {
    reportError(st, 'ExpectedValueExpression', colon.end, ':', peek(st).kind === 'EndOfInput');
    return cond;
  }
  return { type: 'TernaryExpression', condition: cond, ifTrue, ifFalse, extent: extent(st, cond.extent.start, ifFalse.extent.end) };
}

function parseBinary(st: ParserState, minPrec: number, allowComma: boolean): ExpressionAst | null {
  const left = parseArrayLiteral(st, allowComma);
  return left ? climb(st, left, minPrec, allowComma) : null;
}

function climb(st: ParserState, left: ExpressionAst, minPrec: number, allowComma: boolean): ExpressionAst {
  for (;;) {
    const t = peek(st);
    const prec = binaryPrecedence(t);
    if (!prec || prec < minPrec) return left;
    advance(st, t);
    skipNewlines(st);
    let right = parseArrayLiteral(st, allowComma);
    if (!right) {
      reportError(st, 'ExpectedValueExpression', t.end, t.text, peek(st).kind === 'EndOfInput');
      return left;
    }
    for (;;) {
      const p2 = binaryPrecedence(peek(st));
      if (!p2 || p2 <= prec) break;
      right = climb(st, right, prec + 1, allowComma);
    }
    left = {
      type: 'BinaryExpression',
      operator: (t.op ?? t.text).toLowerCase(),
      left,
      right,
      operatorExtent: extent(st, t.start, t.end),
      extent: extent(st, left.extent.start, right.extent.end),
    };
  }
}

function parseArrayLiteral(st: ParserState, allowComma: boolean): ExpressionAst | null {
  const first = parseUnary(st);
  if (!first || !allowComma) return first;
  let t = peek(st);
  if (t.kind !== 'Comma') return first;
  const elements: ExpressionAst[] = [first];
  while (t.kind === 'Comma') {
    advance(st, t);
    skipNewlines(st);
    const e = parseUnary(st);
    if (!e) {
      reportError(st, 'MissingExpressionAfterToken', t.end, ',', peek(st).kind === 'EndOfInput');
      break;
    }
    elements.push(e);
    t = peek(st);
  }
  return { type: 'ArrayLiteral', elements, extent: extent(st, first.extent.start, st.lastEnd) };
}

/** Tokens that can start a unary expression (decides whether `[type]` is a cast). */
function startsUnary(t: Token): boolean {
  switch (t.kind) {
    case 'Variable':
    case 'SplattedVariable':
    case 'Number':
    case 'String':
    case 'LParen':
    case 'DollarParen':
    case 'AtParen':
    case 'AtCurly':
    case 'LCurly':
    case 'LBracket':
    case 'Comma':
      return true;
    case 'Operator':
      return isPrefixOperator(t);
    default:
      return false;
  }
}

export function parseUnary(st: ParserState): ExpressionAst | null {
  if (!enter(st)) return null;
  try {
    return parseUnaryInner(st);
  } finally {
    leave(st);
  }
}

function parseUnaryInner(st: ParserState): ExpressionAst | null {
  const t = peek(st);
  if (t.kind === 'Comma') {
    advance(st, t);
    skipNewlines(st);
    const operand = parseUnary(st);
    if (!operand) {
      // pwsh keeps an error expression in its place: what follows is then unexpected.
      reportError(st, 'MissingExpressionAfterOperator', t.end, ',', peek(st).kind === 'EndOfInput');
      return { type: 'ErrorExpression', extent: extent(st, t.start, t.end) };
    }
    return { type: 'ArrayLiteral', elements: [operand], extent: extent(st, t.start, operand.extent.end) };
  }
  if (isPrefixOperator(t)) {
    advance(st, t);
    skipNewlines(st);
    const operand = parseUnary(st);
    if (!operand) {
      // pwsh keeps the operator with an error operand: `-- -- -` reports only the innermost.
      reportError(st, 'MissingExpressionAfterOperator', t.end, t.text, peek(st).kind === 'EndOfInput');
      const missing: ExpressionAst = { type: 'ErrorExpression', extent: extent(st, t.end, t.end) };
      return { type: 'UnaryExpression', operator: (t.op ?? t.text).toLowerCase(), operand: missing, postfix: false, extent: extent(st, t.start, t.end) };
    }
    const opName = (t.op ?? t.text).toLowerCase();
    // `-5` / `+5` written together are numeric constants, as pwsh's tokenizer reads them.
    if ((opName === '-' || opName === '+') && operand.type === 'Constant' && operand.extent.start === t.end) {
      const value = opName === '-' ? (typeof operand.value === 'bigint' ? -operand.value : -operand.value) : operand.value;
      return { type: 'Constant', value, text: t.text + operand.text, extent: extent(st, t.start, operand.extent.end) };
    }
    return { type: 'UnaryExpression', operator: opName, operand, postfix: false, extent: extent(st, t.start, operand.extent.end) };
  }
  if (t.kind === 'LBracket') {
    const type = parseTypeLiteral(st);
    if (!type) return null;
    if (type.attribute) return null;
    const next = peek(st);
    // `[int].5`: written against the type, `.5` is member access (the member named 5), not a cast of 0.5.
    if (next.kind === 'Number' && !next.spaceBefore && next.text.startsWith('.')) {
      advance(st, next);
      const typeExpr: ExpressionAst = { type: 'TypeExpression', typeName: type.name, extent: extent(st, t.start, type.end) };
      const member: ExpressionAst = { type: 'StringConstant', value: next.text.slice(1), stringKind: 'BareWord', extent: extent(st, next.start + 1, next.end) };
      const access: ExpressionAst = { type: 'MemberExpression', target: typeExpr, member, static: false, nullConditional: false, extent: extent(st, t.start, next.end) };
      return parsePostfixUnary(st, parsePostfix(st, access));
    }
    if (startsUnary(next) && next.kind !== 'Comma') {
      const operand = parseUnary(st);
      if (operand) {
        return { type: 'ConvertExpression', typeName: type.name, operand, extent: extent(st, t.start, operand.extent.end) };
      }
    }
    const typeExpr: ExpressionAst = { type: 'TypeExpression', typeName: type.name, extent: extent(st, t.start, type.end) };
    return parsePostfixUnary(st, parsePostfix(st, typeExpr));
  }
  const primary = parsePrimary(st);
  if (!primary) return null;
  return parsePostfixUnary(st, parsePostfix(st, primary));
}

function parsePostfixUnary(st: ParserState, e: ExpressionAst): ExpressionAst {
  const t = peek(st);
  if (t.kind === 'Operator' && (t.op === '++' || t.op === '--') && !t.spaceBefore) {
    advance(st, t);
    return { type: 'UnaryExpression', operator: t.op, operand: e, postfix: true, extent: extent(st, e.extent.start, t.end) };
  }
  return e;
}

/**
 * `[TypeName]`, `[List[string]]`, `[int[]]`, or an attribute `[Name(args)]`, with the `[` as the next
 * token. Consumes through the closing `]`.
 */
export function parseTypeLiteral(
  st: ParserState,
): { name: string; end: number; attribute: AttributeAst | null } | null {
  const open = peek(st);
  advance(st, open);
  const src = st.src;
  let p = st.pos;
  while (src[p] === ' ' || src[p] === '\t') p++;
  const nameStart = p;
  const first = src[p] ?? '';
  if (!(isIdentifierStart(first) || first === '_')) {
    // No type name here: reported without scanning further (`[[[[...` stays linear); input is
    // incomplete only when nothing follows.
    reportError(st, 'MissingTypename', open.end, undefined, p >= src.length);
    consumeTo(st, first === ']' ? p + 1 : nameStart);
    return null;
  }
  let depth = 0;
  while (p < src.length) {
    const c = src[p]!;
    if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) break;
      depth--;
    } else if (c === '(' && depth === 0) break;
    else if (isNewLineChar(c) || c === '{' || c === '}' || c === ';' || c === '"' || c === "'" || c === '$' || c === '=' || c === ')' || c === '@') break;
    p++;
  }
  const name = src.slice(nameStart, p).trim();
  if (name === '' || !(isIdentifierStart(name[0]!) || name[0] === '_')) {
    reportError(st, 'MissingTypename', open.end, undefined, p >= src.length);
    // `[]`: the `]` closes the empty type name (pwsh reports nothing more).
    consumeTo(st, src[p] === ']' && name === '' ? p + 1 : nameStart);
    return null;
  }
  if (src[p] === '(') {
    consumeTo(st, p);
    const attribute = parseAttributeArguments(st, name, open.start);
    return { name, end: st.lastEnd, attribute };
  }
  if (src[p] !== ']') {
    // pwsh (AttributeRule, a type constraint without its `]`): reported just before the token that
    // follows the name, the end of input's lying one past the end of the script.
    let q = p;
    while (src[q] === ' ' || src[q] === '\t') q++;
    const next = q >= src.length ? src.length + 1 : q;
    reportError(st, 'EndSquareBracketExpectedAtEndOfAttribute', Math.max(0, next - 1), undefined, q >= src.length);
    consumeTo(st, p);
    return { name, end: nameStart + name.length, attribute: null };
  }
  consumeTo(st, p + 1);
  return { name, end: p + 1, attribute: null };
}

function parseAttributeArguments(st: ParserState, typeName: string, start: number): AttributeAst {
  const lparen = peek(st);
  advance(st, lparen);
  const positionalArguments: ExpressionAst[] = [];
  const namedArguments: { name: string; value: ExpressionAst | null }[] = [];
  for (;;) {
    skipNewlines(st);
    let t = peek(st);
    if (t.kind === 'RParen' || t.kind === 'EndOfInput') break;
    if (t.kind === 'Identifier') {
      // Named argument: `Name = value` or a bare `Name` (meaning $true).
      const save = st.pos;
      advance(st, t);
      const eq = peek(st);
      if (eq.kind === 'Operator' && eq.op === '=') {
        advance(st, eq);
        skipNewlines(st);
        const value = parseExpression(st, false);
        if (!value) reportError(st, 'MissingExpressionAfterToken', eq.end, '=', peek(st).kind === 'EndOfInput');
        namedArguments.push({ name: t.text, value });
      } else if (eq.kind === 'Comma' || eq.kind === 'RParen' || eq.kind === 'NewLine') {
        namedArguments.push({ name: t.text, value: null });
      } else {
        consumeTo(st, save);
        st.lastEnd = save;
        const e = parseExpression(st, false);
        if (!e) break;
        positionalArguments.push(e);
      }
    } else {
      const e = parseExpression(st, false);
      if (!e) {
        reportError(st, 'UnexpectedToken', t.start, t.text, false, t.end);
        break;
      }
      positionalArguments.push(e);
    }
    skipNewlines(st);
    t = peek(st);
    if (t.kind === 'Comma') advance(st, t);
    else break;
  }
  skipNewlines(st);
  const close = peek(st);
  if (close.kind === 'RParen') advance(st, close);
  else reportError(st, 'MissingEndParenthesisInExpression', st.lastEnd, undefined, close.kind === 'EndOfInput');
  const rb = peek(st);
  if (rb.kind === 'RBracket') advance(st, rb);
  else reportError(st, 'EndSquareBracketExpectedAtEndOfAttribute', st.lastEnd, undefined, rb.kind === 'EndOfInput');
  return { type: 'Attribute', typeName, positionalArguments, namedArguments, extent: extent(st, start, st.lastEnd) };
}

export function parsePrimary(st: ParserState): ExpressionAst | null {
  const t = peek(st);
  switch (t.kind) {
    case 'Variable':
      advance(st, t);
      return { type: 'Variable', name: t.name!, scope: t.scope ?? null, splatted: false, extent: extent(st, t.start, t.end) };
    case 'SplattedVariable':
      // Not allowed here: SplattingNotPermitted, reported after the parse errors (semantics.ts).
      advance(st, t);
      return { type: 'Variable', name: t.name!, scope: t.scope ?? null, splatted: true, extent: extent(st, t.start, t.end) };
    case 'Number':
      advance(st, t);
      return { type: 'Constant', value: t.num!, text: t.text, extent: extent(st, t.start, t.end) };
    case 'String':
      advance(st, t);
      return stringNode(st, t);
    case 'LParen': {
      advance(st, t);
      skipNewlines(st);
      const inner = peek(st);
      if (inner.kind === 'RParen') {
        // `()`: reported, and kept as an error operand so that the command or expression goes on.
        reportError(st, 'ExpectedExpression', inner.start);
        advance(st, inner);
        return { type: 'ErrorExpression', extent: extent(st, t.start, inner.end) };
      }
      const pipeline = parseStatement(st);
      const afterPipeline = st.lastEnd;
      skipNewlines(st);
      const close = peek(st);
      if (close.kind === 'RParen') advance(st, close);
      else {
        reportError(st, 'MissingEndParenthesisInExpression', afterPipeline, undefined, close.kind === 'EndOfInput');
      }
      // A statement that failed still consumed its tokens: they are not read again (no rewind, so
      // parsing stays linear however deep the failed statements nest).
      if (!pipeline) return { type: 'ErrorExpression', extent: extent(st, t.start, st.lastEnd) };
      return { type: 'ParenExpression', pipeline, extent: extent(st, t.start, st.lastEnd) };
    }
    case 'DollarParen':
    case 'AtParen': {
      advance(st, t);
      const statements = parseStatementList(st, 'RParen');
      const close = peek(st);
      if (close.kind === 'RParen') advance(st, close);
      // pwsh (Parser.SubExpressionRule, for `$(` and `@(` alike) reports it at the token found
      // instead; the end-of-input token sits one past the end of the text.
      else if (close.kind === 'EndOfInput') reportScanError(st, 'MissingEndParenthesisInSubexpression', st.src.length + 1, undefined, true);
      else reportError(st, 'MissingEndParenthesisInSubexpression', close.start, undefined, false, close.end);
      const ext = extent(st, t.start, st.lastEnd);
      return t.kind === 'DollarParen' ? { type: 'SubExpression', statements, extent: ext } : { type: 'ArrayExpression', statements, extent: ext };
    }
    case 'AtCurly':
      return parseHashtable(st, t);
    case 'LCurly': {
      const sb = parseScriptBlock(st);
      return { type: 'ScriptBlockExpression', scriptBlock: sb, extent: sb.extent };
    }
    default:
      return null;
  }
}

/** `{ ... }` with the `{` as next token. ScriptBlockAst.text is the text between the braces. */
export function parseScriptBlock(st: ParserState): ScriptBlockAst {
  const open = peek(st);
  advance(st, open);
  const body = parseScriptBlockBody(st, 'RCurly');
  const close = peek(st);
  let textEnd = st.pos;
  if (close.kind === 'RCurly') {
    textEnd = close.start;
    advance(st, close);
  } else {
    reportError(st, 'MissingEndCurlyBrace', open.start, undefined, close.kind === 'EndOfInput');
    textEnd = st.lastEnd;
  }
  return { type: 'ScriptBlock', ...body, text: st.src.slice(open.end, textEnd), extent: extent(st, open.start, st.lastEnd) };
}

function parseHashKey(st: ParserState): ExpressionAst | null {
  skipTrivia(st);
  st.cache = null;
  const src = st.src;
  const p = st.pos;
  if (isIdentifierStart(src[p] ?? '')) {
    // Bareword key: runs to blanks, '=', ';' or '}' (`@{Content-Type = ...}` is one key).
    let q = p;
    while (q < src.length && (isIdentifierChar(src[q]!) || src[q] === '-' || src[q] === '.')) q++;
    consumeTo(st, q);
    return { type: 'StringConstant', value: src.slice(p, q), stringKind: 'BareWord', extent: extent(st, p, q) };
  }
  return parseUnary(st);
}

function parseHashtable(st: ParserState, open: Token): HashtableAst {
  advance(st, open);
  const pairs: { key: ExpressionAst; value: StatementAst }[] = [];
  // pwsh reports a hash literal's missing `}` just after `@{`; the tokens after the point of error are
  // left to the enclosing statement, except after a key without `=` (skipped to the closing `}`).
  const missingClose = () => reportError(st, 'MissingEndCurlyBrace', open.end, undefined, peek(st).kind === 'EndOfInput');
  const done = () => ({ type: 'Hashtable' as const, pairs, extent: extent(st, open.start, st.lastEnd) });
  for (;;) {
    skipNewlines(st, true);
    const t = peek(st);
    if (t.kind === 'RCurly') {
      advance(st, t);
      return done();
    }
    const key = t.kind === 'EndOfInput' || (t.kind === 'Operator' && t.op === '=') ? null : parseHashKey(st);
    if (!key) {
      missingClose();
      return done();
    }
    const eq = peek(st);
    if (!(eq.kind === 'Operator' && eq.op === '=')) {
      reportError(st, 'MissingEqualsInHashLiteral', st.lastEnd, undefined, eq.kind === 'EndOfInput');
      skipToCloseCurly(st, missingClose);
      return done();
    }
    advance(st, eq);
    skipNewlines(st);
    const value = parseStatement(st);
    if (!value) {
      reportError(st, 'MissingStatementInHashLiteral', eq.end, undefined, peek(st).kind === 'EndOfInput');
      const n = peek(st);
      if (n.kind !== 'RCurly' && n.kind !== 'Semi' && n.kind !== 'NewLine') {
        missingClose();
        return done();
      }
      continue;
    }
    pairs.push({ key, value });
    const sep = peek(st);
    if (sep.kind === 'Semi' || sep.kind === 'NewLine' || sep.kind === 'RCurly') continue;
    missingClose();
    return done();
  }
}

/** Error recovery: skips to the `}` closing the current braces (consumed), or to the end. */
function skipToCloseCurly(st: ParserState, atEnd: () => void): void {
  let depth = 0;
  for (;;) {
    const t = peek(st);
    if (t.kind === 'EndOfInput') return atEnd();
    advance(st, t);
    if (t.end <= t.start) st.pos++;
    // pwsh's SyncOnError counts `{` but not `@{`: a nested hash literal's `}` ends the skip.
    if (t.kind === 'LCurly') depth++;
    else if (t.kind === 'RCurly' && depth-- === 0) return;
  }
}

/** Member access, static member, index and method invocation, when written without blanks. */
export function parsePostfix(st: ParserState, target: ExpressionAst, argumentMode = false): ExpressionAst {
  // A hash literal left open by an error takes no member access (pwsh).
  if (target.type === 'Hashtable' && st.src[target.extent.end - 1] !== '}') return target;
  for (;;) {
    const t = peek(st);
    if (t.spaceBefore) return target;
    // `.5` right after an operand is member access to a member named 5 (pwsh 7.6: `[int].5` is $null, not a cast).
    const dotNumber = t.kind === 'Number' && t.text.startsWith('.');
    if (t.kind === 'Dot' || t.kind === 'ColonColon' || t.kind === 'QuestionDot' || dotNumber) {
      // In argument mode a `.` with nothing after it is a word of its own (`echo (1).` passes '.').
      if (argumentMode && t.kind === 'Dot') {
        const after = peekAfter(st, t);
        if (after.spaceBefore || after.kind === 'NewLine' || after.kind === 'EndOfInput') return target;
      }
      advance(st, t);
      const isStatic = t.kind === 'ColonColon';
      const nullConditional = t.kind === 'QuestionDot';
      // pwsh lets blanks and line breaks come between `.`/`::` and the member name (`$a.
      // b`, `[int]:: $_`); in argument mode a `.` followed by a blank was left as a word above.
      if (!dotNumber) skipNewlines(st);
      const m = dotNumber ? t : peek(st);
      let member: ExpressionAst | null = null;
      if (dotNumber) member = { type: 'StringConstant', value: t.text.slice(1), stringKind: 'BareWord', extent: extent(st, t.start + 1, t.end) };
      else if (m.kind === 'Identifier') {
        advance(st, m);
        member = { type: 'StringConstant', value: m.text, stringKind: 'BareWord', extent: extent(st, m.start, m.end) };
      } else if (m.kind === 'Variable' || m.kind === 'String' || m.kind === 'LParen' || m.kind === 'DollarParen') {
        member = parsePrimary(st);
      } else if (m.kind === 'Number') {
        advance(st, m);
        member = { type: 'StringConstant', value: m.text, stringKind: 'BareWord', extent: extent(st, m.start, m.end) };
      }
      if (!member) {
        reportError(st, 'MissingPropertyName', t.end, undefined, m.kind === 'EndOfInput');
        return target;
      }
      const lp = peek(st);
      if (lp.kind === 'LCurly' && !lp.spaceBefore) {
        // `.Where{ ... }` / `.ForEach{ ... }`: a method call whose one argument is the script block.
        const sb = parseScriptBlock(st);
        const arg: ExpressionAst = { type: 'ScriptBlockExpression', scriptBlock: sb, extent: sb.extent };
        target = { type: 'InvokeMemberExpression', target, member, arguments: [arg], static: isStatic, nullConditional, extent: extent(st, target.extent.start, st.lastEnd) };
        continue;
      }
      if (lp.kind === 'LParen' && !lp.spaceBefore) {
        advance(st, lp);
        const args: ExpressionAst[] = [];
        skipNewlines(st);
        let c = peek(st);
        while (c.kind !== 'RParen' && c.kind !== 'EndOfInput') {
          const a = parseExpression(st, false);
          if (!a) break;
          args.push(a);
          skipNewlines(st);
          c = peek(st);
          if (c.kind !== 'Comma') break;
          advance(st, c);
          skipNewlines(st);
          c = peek(st);
        }
        c = peek(st);
        if (c.kind === 'RParen') advance(st, c);
        else {
          reportError(st, 'MissingEndParenthesisInMethodCall', st.lastEnd, undefined, c.kind === 'EndOfInput');
          return { type: 'InvokeMemberExpression', target, member, arguments: args, static: isStatic, nullConditional, extent: extent(st, target.extent.start, st.lastEnd) };
        }
        target = { type: 'InvokeMemberExpression', target, member, arguments: args, static: isStatic, nullConditional, extent: extent(st, target.extent.start, st.lastEnd) };
      } else {
        target = { type: 'MemberExpression', target, member, static: isStatic, nullConditional, extent: extent(st, target.extent.start, st.lastEnd) };
      }
      continue;
    }
    if (t.kind === 'LBracket' || t.kind === 'QuestionLBracket') {
      advance(st, t);
      skipNewlines(st);
      const index = parseExpression(st);
      if (!index) {
        reportError(st, 'MissingArrayIndexExpression', t.end, undefined, peek(st).kind === 'EndOfInput');
        return target;
      }
      skipNewlines(st);
      const close = peek(st);
      if (close.kind === 'RBracket') advance(st, close);
      else {
        reportError(st, 'MissingEndSquareBracket', st.lastEnd, undefined, close.kind === 'EndOfInput');
      }
      target = { type: 'IndexExpression', target, index, nullConditional: t.kind === 'QuestionLBracket', extent: extent(st, target.extent.start, st.lastEnd) };
      continue;
    }
    return target;
  }
}
