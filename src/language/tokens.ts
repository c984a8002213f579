/**
 * Token kinds, the operator table (flags and precedence) and character classes.
 * Precedences follow pwsh's TokenFlags (lower binds looser); reference/powershell/about/about_Operators.md.
 */
import type { ExpandableStringExpressionAst, ExpressionAst, StringKind } from './ast';

export type TokenKind =
  | 'EndOfInput'
  | 'NewLine'
  | 'Semi'
  | 'Variable'
  | 'SplattedVariable'
  | 'Number'
  | 'String'
  | 'Generic'
  | 'Identifier'
  | 'Parameter'
  | 'Operator'
  | 'LParen'
  | 'RParen'
  | 'LCurly'
  | 'RCurly'
  | 'LBracket'
  | 'RBracket'
  | 'AtParen'
  | 'AtCurly'
  | 'DollarParen'
  | 'Comma'
  | 'Dot'
  | 'DotDot'
  | 'ColonColon'
  | 'Colon'
  | 'Question'
  | 'QuestionDot'
  | 'QuestionLBracket'
  | 'Pipe'
  | 'AndAnd'
  | 'OrOr'
  | 'Ampersand'
  | 'Redirection'
  | 'Label'
  | 'StopParsing'
  | 'Unknown';

export type StringPart = string | ExpressionAst;

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Source text of the token. */
  text: string;
  /** Operators: normalised lower-case text (`-ceq`, `+=`); Parameter/Label/Identifier: the name. */
  op?: string;
  /** Variables. */
  name?: string;
  scope?: string | null;
  /** Strings and generic tokens: processed value; parts when it expands. */
  value?: string;
  parts?: StringPart[] | null;
  stringKind?: StringKind;
  raw?: string;
  /** Numbers. */
  num?: number | bigint;
  /** `-Name:` */
  hasColon?: boolean;
  /** Redirection: the stream and form. */
  redirection?: { from: string; append: boolean; merge: boolean; to?: 'output' | 'error' };
  /** Whether whitespace/comments preceded the token (postfix operators need none). */
  spaceBefore: boolean;
  /** A precomputed node for expandable strings (built once per scan). */
  expandable?: ExpandableStringExpressionAst;
}

export const PREC_LOGICAL = 1;
export const PREC_BITWISE = 2;
export const PREC_COMPARISON = 5;
export const PREC_COALESCE = 7;
export const PREC_ADD = 9;
export const PREC_MULTIPLY = 10;
export const PREC_FORMAT = 12;
export const PREC_RANGE = 13;

const FLAG_BINARY = 1;
const FLAG_UNARY = 2;

interface OperatorInfo {
  flags: number;
  precedence: number;
}

/** Dash operators (`-eq`...), keyed by lower-case name without the dash. */
export const DASH_OPERATORS = new Map<string, OperatorInfo>();

function addDash(names: string[], precedence: number, caseVariants: boolean, unary = false): void {
  for (const n of names) {
    const info = { flags: FLAG_BINARY | (unary ? FLAG_UNARY : 0), precedence };
    DASH_OPERATORS.set(n, info);
    if (caseVariants) {
      DASH_OPERATORS.set('c' + n, { ...info });
      DASH_OPERATORS.set('i' + n, { ...info });
    }
  }
}
addDash(['and', 'or', 'xor'], PREC_LOGICAL, false);
addDash(['band', 'bor', 'bxor'], PREC_BITWISE, false);
addDash(
  ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace', 'contains', 'notcontains', 'in', 'notin'],
  PREC_COMPARISON,
  true,
);
addDash(['split'], PREC_COMPARISON, true, true);
addDash(['join'], PREC_COMPARISON, false, true);
addDash(['is', 'isnot', 'as', 'shl', 'shr'], PREC_COMPARISON, false);
addDash(['f'], PREC_FORMAT, false);
DASH_OPERATORS.set('not', { flags: FLAG_UNARY, precedence: 0 });
DASH_OPERATORS.set('bnot', { flags: FLAG_UNARY, precedence: 0 });

/** Symbol operators' binary precedence. */
const SYMBOL_PRECEDENCE: Record<string, number> = {
  '+': PREC_ADD,
  '-': PREC_ADD,
  '*': PREC_MULTIPLY,
  '/': PREC_MULTIPLY,
  '%': PREC_MULTIPLY,
  '??': PREC_COALESCE,
  '..': PREC_RANGE,
};

export const ASSIGNMENT_OPERATORS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '??=']);

/** Binary precedence of an operator token, or 0 when it is not a binary operator. */
export function binaryPrecedence(t: Token): number {
  if (t.kind === 'DotDot') return PREC_RANGE;
  if (t.kind !== 'Operator' || !t.op) return 0;
  if (t.op.startsWith('-') && t.op.length > 1) {
    const info = DASH_OPERATORS.get(t.op.slice(1));
    return info && info.flags & FLAG_BINARY ? info.precedence : 0;
  }
  return SYMBOL_PRECEDENCE[t.op] ?? 0;
}

/** Prefix operators that start a unary expression. */
export function isPrefixOperator(t: Token): boolean {
  if (t.kind !== 'Operator' || !t.op) return false;
  if (t.op === '!' || t.op === '-' || t.op === '+' || t.op === '++' || t.op === '--') return true;
  if (t.op.startsWith('-')) {
    const info = DASH_OPERATORS.get(t.op.slice(1));
    return !!info && (info.flags & FLAG_UNARY) !== 0;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Character classes (about_Special_Characters, lang-spec chapter 2)

export function isDash(c: string): boolean {
  // pwsh accepts en dash, em dash and horizontal bar wherever '-' is expected.
  return c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015';
}
export function isDoubleQuote(c: string): boolean {
  return c === '"' || c === '\u201c' || c === '\u201d' || c === '\u201e';
}
export function isSingleQuote(c: string): boolean {
  return c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201a' || c === '\u201b';
}
export function isNewLineChar(c: string): boolean {
  return c === '\n' || c === '\r';
}
export function isWhitespace(c: string): boolean {
  return (
    c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\u2028' || c === '\u2029' ||
    c === '\ufeff' || (c >= '\u2000' && c <= '\u200b') || c === '\u3000' || c === '\u202f' || c === '\u205f'
  );
}
export function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
export function isHexDigit(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
export function isLetter(c: string): boolean {
  return /\p{L}/u.test(c);
}
/** Characters of a `$name` variable (letters, digits, `_`, `?`). */
export function isVariableChar(c: string): boolean {
  if (c === '') return false;
  const code = c.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || c === '_' || c === '?')
    return true;
  return code > 127 && /[\p{L}\p{Nd}]/u.test(c);
}
/** Characters of an identifier in expression mode (member names, keywords, hash keys). */
export function isIdentifierChar(c: string): boolean {
  if (c === '') return false;
  const code = c.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || c === '_') return true;
  return code > 127 && /[\p{L}\p{Nd}]/u.test(c);
}
export function isIdentifierStart(c: string): boolean {
  return c !== '' && isIdentifierChar(c) && !isDigit(c);
}
/**
 * Characters that end a bareword in command mode (about_Parsing). `>` and `<` do not: pwsh reads
 * `b>c`, `x>` and `7<c` as one generic token; a redirection starts only where a token starts.
 */
export function endsGenericToken(c: string): boolean {
  return (
    c === '' || isWhitespace(c) || isNewLineChar(c) || c === '{' || c === '}' || c === '(' || c === ')' || c === ';' ||
    c === ',' || c === '|' || c === '&'
  );
}

export const STATEMENT_KEYWORDS = new Set([
  'if', 'elseif', 'else', 'foreach', 'for', 'while', 'do', 'until', 'switch', 'try', 'catch', 'finally', 'throw',
  'return', 'break', 'continue', 'exit', 'function', 'filter', 'workflow', 'param', 'trap', 'begin', 'process', 'end',
  'dynamicparam', 'clean', 'data', 'class', 'enum', 'using', 'in',
]);
