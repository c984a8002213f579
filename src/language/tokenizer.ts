/**
 * The on-demand tokenizer: `scanToken(st, mode)` reads one token at `st.pos` in the mode the parser
 * asks for (about_Parsing: expression mode vs argument/command mode). It never advances `st.pos`;
 * the parser does, through `peek`/`advance`.
 */
import { parsePending, readEmbeddedVariable, readEscape, readExpandable, readHereString, readSingleQuoted, readBracedVariableName, readVariableNameEnd, type PendingSubExpression } from './strings';
import { scriptOffset, reportScanError, type Mode, type ParserState } from './state';
import {
  DASH_OPERATORS,
  endsGenericToken,
  isDash,
  isDigit,
  isDoubleQuote,
  isHexDigit,
  isIdentifierChar,
  isIdentifierStart,
  isNewLineChar,
  isSingleQuote,
  isVariableChar,
  isWhitespace,
  type StringPart,
  type Token,
  type TokenKind,
} from './tokens';

/** Skips blanks, comments and backtick line continuations (not line breaks). */
export function skipTrivia(st: ParserState): void {
  const src = st.src;
  let p = st.pos;
  for (;;) {
    const c = src[p];
    if (c === undefined) break;
    if (isWhitespace(c)) {
      p++;
      continue;
    }
    if (c === '#') {
      while (p < src.length && !isNewLineChar(src[p]!)) p++;
      continue;
    }
    if (c === '<' && src[p + 1] === '#') {
      const close = src.indexOf('#>', p + 2);
      if (close < 0) {
        reportScanError(st, 'MissingTerminatorMultiLineComment', p, undefined, true, src.length);
        p = src.length;
      } else p = close + 2;
      continue;
    }
    if (c === '`') {
      // Line continuation: backtick, optional blanks (then optionally a comment), line break.
      let q = p + 1;
      while (src[q] === ' ' || src[q] === '\t') q++;
      if (q > p + 1 && src[q] === '#') while (q < src.length && !isNewLineChar(src[q]!)) q++;
      if (src[q] === '\r' || src[q] === '\n') {
        p = q + (src[q] === '\r' && src[q + 1] === '\n' ? 2 : 1);
        continue;
      }
      if (q >= src.length && q > p + 1) {
        p = q;
        continue;
      }
    }
    break;
  }
  st.pos = p;
}

function tok(kind: TokenKind, st: ParserState, start: number, end: number, spaceBefore: boolean, extra?: Partial<Token>): Token {
  // A token's text is the script's text under its extent (pwsh: Token.Text is Extent.Text), which
  // in a nested scan still holds the quotes the sub-expression's first scan collapsed.
  const text = st.nest ? st.orig.slice(scriptOffset(st, start), scriptOffset(st, end)) : st.src.slice(start, end);
  return { kind, start, end, text, spaceBefore, ...extra };
}

/**
 * A scanned numeric literal: its value as the engine keeps numbers (an integral type's value is a
 * number below 1E+15 in magnitude, else an exact bigint; a Double or Decimal with a fraction is a
 * number), or `bad` when pwsh's tokenizer rejects the constant (BadNumericConstant: `0x1FFFFFFFFFFFFFFFF`,
 * `300y`, `-1u`...): an error in expression mode, a generic token in command mode.
 */
export interface ScannedNumber {
  end: number;
  value: number | bigint;
  bad?: boolean;
}

/** pwsh's NumberSuffixFlags, as the letters after the digits spell them (`u` may precede `l`, `y`, `s`). */
type NumberSuffix = '' | 'u' | 'l' | 'ul' | 'y' | 'uy' | 's' | 'us' | 'd' | 'n';

const MULTIPLIERS: Record<string, bigint> = { kb: 1n << 10n, mb: 1n << 20n, gb: 1n << 30n, tb: 1n << 40n, pb: 1n << 50n };

/** The inclusive range of each suffix's type; '' (no suffix) and 'n' fit the value themselves. */
const SUFFIX_RANGE: Partial<Record<NumberSuffix, [bigint, bigint]>> = {
  y: [-128n, 127n],
  uy: [0n, 255n],
  s: [-32768n, 32767n],
  us: [0n, 65535n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  ul: [0n, 2n ** 64n - 1n],
  u: [0n, 2n ** 64n - 1n],
  d: [-(2n ** 96n - 1n), 2n ** 96n - 1n],
};
const INT64_RANGE: [bigint, bigint] = [-(2n ** 63n), 2n ** 63n - 1n];

/** An integral value as the engine keeps it: exact, a number while a double prints all its digits (see int64Value). */
function integralValue(n: bigint): number | bigint {
  return n > -1000000000000000n && n < 1000000000000000n ? Number(n) : n;
}

/** .NET's Math.Round (to even) of a double as BigInteger, as the tokenizer's AsBigInt does for `1.5l`. */
function roundToEvenBig(d: number): bigint {
  let r = Math.round(d);
  if (Math.abs(d % 1) === 0.5 && r % 2 !== 0) r -= 1;
  return BigInt(r);
}

/**
 * The value of a hexadecimal literal's digits (tokenizer.cs TryGetNumberValue): without `u` the top
 * digit of a full-width literal is a sign bit, the width being 2 digits for `y`, 4 for `s`, 16 for
 * `l` and 8 or 16 otherwise (`0xFFFFFFFF` is the Int32 -1, `0xFFFFFFFFFFFFFFFF` the Int64 -1, while
 * `0x0FFFFFFFF` is 4294967295); a literal of 16 digits is an Int64 however small (`0x0000000000000001`).
 */
function hexValue(digits: string, suffix: NumberSuffix): { value: bigint; long: boolean } {
  // pwsh scans the digits after a '0' it prepends, so the lengths here count that '0'.
  let text = '0' + digits;
  if (!suffix.startsWith('u')) {
    const width = suffix === 'y' ? 2 : suffix === 's' ? 4 : suffix === 'l' ? 16 : text.length < 16 ? 8 : 16;
    if (text.length === width + 1) text = text.slice(1);
  }
  let value = BigInt('0x' + text);
  if (parseInt(text[0]!, 16) >= 8) value -= 1n << BigInt(4 * text.length);
  return { value, long: text.length === 16 && (suffix === '' || suffix === 'u') };
}

/** A binary literal's digits (Utils.ParseBinary): a leading 1 is a sign bit at 8, 16, 32, 64 or 96 digits or from 128 on. */
function binaryValue(digits: string, suffix: NumberSuffix): { value: bigint; long: boolean } {
  let value = BigInt('0b' + digits);
  const n = digits.length;
  if (!suffix.startsWith('u') && digits[0] === '1' && (n === 8 || n === 16 || n === 32 || n === 64 || n === 96 || n >= 128)) value -= 1n << BigInt(n);
  return { value, long: n === 64 && (suffix === '' || suffix === 'u') };
}

/** The value of an integral literal (pwsh 7.6 TryGetNumberValue), or undefined when it is no valid constant. */
function integralLiteral(value: bigint, suffix: NumberSuffix, decimalDigits: boolean): number | bigint | undefined {
  if (suffix === 'n') return integralValue(value);
  if (suffix === 'u') {
    // Unsigned: UInt32, else UInt64.
    return value >= 0n && value < 2n ** 64n ? integralValue(value) : undefined;
  }
  const range = SUFFIX_RANGE[suffix];
  if (range) return value >= range[0] && value <= range[1] ? integralValue(value) : undefined;
  // No suffix: Int32, Int64, then (decimal digits only) Decimal or Double.
  if (value >= INT64_RANGE[0] && value <= INT64_RANGE[1]) return integralValue(value);
  if (!decimalDigits) return undefined;
  return value <= SUFFIX_RANGE.d![1] ? value : Number(value);
}

/** Scans a numeric literal at `p`; returns null when the text is not a number. */
/**
 * pwsh in expression mode: a number followed by one of these is no number but a generic token
 * (`3[0]`, `3x`, `3$a`); operators, brackets other than `[`, `.`, `,`, `:` and blanks end it.
 */
function continuesNumberAsGeneric(c: string): boolean {
  return c !== '' && (isIdentifierChar(c) || '[@$`~^\\'.includes(c) || isSingleQuote(c) || isDoubleQuote(c));
}

export function scanNumber(src: string, p: number): ScannedNumber | null {
  const start = p;
  let format: 'decimal' | 'hex' | 'binary' = 'decimal';
  let digits: string;
  let real = false;
  if (src[p] === '0' && (src[p + 1] === 'x' || src[p + 1] === 'X') && isHexDigit(src[p + 2] ?? '')) {
    p += 2;
    while (p < src.length && isHexDigit(src[p]!)) p++;
    format = 'hex';
    digits = src.slice(start + 2, p);
  } else if (src[p] === '0' && (src[p + 1] === 'b' || src[p + 1] === 'B') && (src[p + 2] === '0' || src[p + 2] === '1')) {
    p += 2;
    while (src[p] === '0' || src[p] === '1') p++;
    format = 'binary';
    digits = src.slice(start + 2, p);
  } else {
    while (p < src.length && isDigit(src[p]!)) p++;
    // pwsh: a `.` after digits belongs to the number unless a second `.` follows (`1.` is 1.0, `1..2` a range).
    if (src[p] === '.' && (isDigit(src[p + 1] ?? '') || (p > start && src[p + 1] !== '.'))) {
      real = true;
      p++;
      while (p < src.length && isDigit(src[p]!)) p++;
    }
    if (p === start) return null;
    if ((src[p] === 'e' || src[p] === 'E') && (isDigit(src[p + 1] ?? '') || ((src[p + 1] === '+' || isDash(src[p + 1] ?? '')) && isDigit(src[p + 2] ?? '')))) {
      real = true;
      p += 2;
      while (p < src.length && isDigit(src[p]!)) p++;
    }
    digits = src.slice(start, p).replace(/[\u2013\u2014\u2015]/g, '-');
  }
  // Type suffix (l, d, u, ul, uy, us, y, s, n) then multiplier (kb..pb), case-insensitive.
  const rest = src.slice(p, p + 2).toLowerCase();
  let suffix: NumberSuffix = '';
  for (const s of ['ul', 'uy', 'us', 'u', 'l', 'd', 'y', 's', 'n'] as const) {
    if (rest.startsWith(s)) {
      suffix = s;
      p += s.length;
      break;
    }
  }
  const multiplier = MULTIPLIERS[src.slice(p, p + 2).toLowerCase()] ?? 1n;
  if (multiplier !== 1n) p += 2;
  if (isVariableChar(src[p] ?? '')) return null;
  let value: number | bigint | undefined;
  if (real) {
    // A real literal is a Double (a Decimal with `d`); a type suffix rounds it to even into that type.
    const d = Number(digits) * Number(multiplier);
    if (suffix === '' || suffix === 'd') value = d;
    else if (Number.isFinite(d)) value = integralLiteral(roundToEvenBig(d), suffix, false);
  } else if (format === 'decimal') {
    value = integralLiteral(BigInt(digits) * multiplier, suffix, true);
  } else {
    const parsed = format === 'hex' ? hexValue(digits, suffix) : binaryValue(digits, suffix);
    value = integralLiteral(parsed.value * multiplier, parsed.long && suffix === '' ? 'l' : parsed.long ? 'ul' : suffix, false);
  }
  return value === undefined ? { end: p, value: 0, bad: true } : { end: p, value };
}

/** `N>`, `N>>`, `N>&1`, `*>`, `>`, `>>` at `p`; null when not a redirection. */
function scanRedirection(st: ParserState, p: number, spaceBefore: boolean): Token | null {
  const src = st.src;
  let from = 'output';
  let q = p;
  const streams: Record<string, string> = { '1': 'output', '2': 'error', '3': 'warning', '4': 'verbose', '5': 'debug', '6': 'information', '*': 'all' };
  if (streams[src[p]!] && src[p + 1] === '>') {
    from = streams[src[p]!]!;
    q++;
  } else if (src[p] !== '>') return null;
  q++;
  if (src[q] === '>') return tok('Redirection', st, p, q + 1, spaceBefore, { redirection: { from, append: true, merge: false } });
  // Merging (`2>&1`) needs its stream digit; `N>&2` is a token too, reported as reserved by the parser.
  if (q > p + 1 && src[q] === '&' && (src[q + 1] === '1' || src[q + 1] === '2')) {
    return tok('Redirection', st, p, q + 2, spaceBefore, { redirection: { from, append: false, merge: true, to: src[q + 1] === '1' ? 'output' : 'error' } });
  }
  return tok('Redirection', st, p, q, spaceBefore, { redirection: { from, append: false, merge: false } });
}

/**
 * A command-mode bareword at `p`: runs to whitespace or one of `{}();,|&>`; quoted sections,
 * `$var`, `$( )` and backtick escapes inside it are processed (about_Parsing "argument mode").
 */
export function scanGeneric(st: ParserState, p: number, spaceBefore: boolean): Token {
  const src = st.src;
  const start = p;
  const parts: StringPart[] = [];
  const pending: PendingSubExpression[] = [];
  let buf = '';
  let run = p;
  let expands = false;
  while (p < src.length) {
    const c = src[p]!;
    if (endsGenericToken(c)) break;
    if (c === '`') {
      if (p + 1 >= src.length) {
        // A backtick ending the input is kept as a literal character.
        p++;
        break;
      }
      if (isNewLineChar(src[p + 1]!)) break;
      buf += src.slice(run, p);
      const e = readEscape(st, p);
      buf += e.text;
      p = run = e.end;
      continue;
    }
    if (isSingleQuote(c)) {
      buf += src.slice(run, p);
      const r = readSingleQuoted(st, p + 1);
      if (!r.terminated) reportScanError(st, 'TerminatorExpectedAtEndOfString', p, "'", true, src.length);
      buf += r.value;
      p = run = r.end;
      continue;
    }
    if (isDoubleQuote(c)) {
      buf += src.slice(run, p);
      const r = readExpandable(st, p + 1, src.length, 'dq');
      if (!r.terminated) reportScanError(st, 'TerminatorExpectedAtEndOfString', p, '"', true, src.length);
      if (r.parts.length) {
        r.parts.forEach((part, i) => {
          if (typeof part === 'string') buf += part;
          else {
            if (buf !== '') parts.push(buf);
            buf = '';
            const nested = r.pending.find((x) => x.index === i);
            if (nested) pending.push({ index: parts.length, parse: nested.parse });
            parts.push(part);
          }
        });
        expands = true;
      } else buf += r.value;
      p = run = r.end;
      continue;
    }
    if (c === '$') {
      const v = readEmbeddedVariable(st, p, src.length);
      if (v) {
        buf += src.slice(run, p);
        if (buf !== '') parts.push(buf);
        buf = '';
        if (v.nested) pending.push({ index: parts.length, parse: v.nested });
        parts.push(v.node);
        expands = true;
        p = run = v.end;
        continue;
      }
    }
    p++;
  }
  if (p === start && p < src.length) p++; // never return an empty token
  buf += src.slice(run, p);
  if (buf !== '' || parts.length === 0) parts.push(buf);
  parsePending(parts, pending);
  const value = expands ? parts.filter((x) => typeof x === 'string').join('') : (parts[0] as string);
  return tok('Generic', st, start, p, spaceBefore, { value, parts: expands ? parts : null, stringKind: 'BareWord' });
}

function scanVariable(st: ParserState, p: number, mode: Mode, spaceBefore: boolean, splat: boolean): Token | null {
  const src = st.src;
  const c = src[p + 1] ?? '';
  let end: number;
  let fullName: string;
  if (c === '{' && !splat) {
    const r = readBracedVariableName(st, p, src.length)!;
    end = r.end;
    fullName = r.name;
  } else if (!splat && (c === '$' || c === '^')) {
    end = p + 2;
    fullName = c;
  } else if (isVariableChar(c)) {
    end = readVariableNameEnd(src, p + 1, src.length);
    fullName = src.slice(p + 1, end);
  } else if (c === ':' && isVariableChar(src[p + 2] ?? '')) {
    // `$:abc` is one variable token in pwsh (P-33).
    end = readVariableNameEnd(src, p + 2, src.length);
    fullName = src.slice(p + 1, end);
  } else if (c === ':' && !splat) {
    // `$:` alone: a variable token with an invalid reference (pwsh).
    reportScanError(st, 'InvalidVariableReference', p);
    end = p + 2;
    fullName = '';
  } else return null;
  if (fullName.endsWith(':')) {
    reportScanError(st, 'InvalidVariableReferenceWithDrive', p);
    fullName = fullName.slice(0, -1);
  }
  const colon = fullName.indexOf(':');
  const scope = colon > 0 ? fullName.slice(0, colon).toLowerCase() : null;
  const name = colon > 0 ? fullName.slice(colon + 1) : colon === 0 ? fullName.slice(1) : fullName;
  if (mode === 'command') {
    // `$dir\file.txt` is one expandable bareword; `$x.Name`, `$x[0]`, `$t::M` stay variable + postfix.
    const n = src[end] ?? '';
    if (!endsGenericToken(n) && n !== '.' && n !== '[' && !(n === ':' && src[end + 1] === ':') && !(splat && false)) {
      return null;
    }
  }
  return tok(splat ? 'SplattedVariable' : 'Variable', st, p, end, spaceBefore, { name, scope });
}

function scanString(st: ParserState, p: number, spaceBefore: boolean): Token {
  const src = st.src;
  if (isSingleQuote(src[p]!)) {
    const r = readSingleQuoted(st, p + 1);
    if (!r.terminated) reportScanError(st, 'TerminatorExpectedAtEndOfString', p, "'", true, src.length);
    return tok('String', st, p, r.end, spaceBefore, { value: r.value, parts: null, stringKind: 'SingleQuoted', raw: src.slice(p + 1, r.terminated ? r.end - 1 : r.end) });
  }
  const r = readExpandable(st, p + 1, src.length, 'dq');
  if (!r.terminated) reportScanError(st, 'TerminatorExpectedAtEndOfString', p, '"', true, src.length);
  parsePending(r.parts, r.pending);
  return tok('String', st, p, r.end, spaceBefore, {
    value: r.value,
    parts: r.parts.length ? r.parts : null,
    stringKind: 'DoubleQuoted',
    raw: src.slice(p + 1, r.terminated ? r.end - 1 : r.end),
  });
}

function op(st: ParserState, p: number, len: number, spaceBefore: boolean, name?: string): Token {
  return tok('Operator', st, p, p + len, spaceBefore, { op: name ?? st.src.slice(p, p + len) });
}

/** Reads one token at `st.pos` (after trivia) without consuming it. */
export function scanToken(st: ParserState, mode: Mode): Token {
  const before = st.pos;
  skipTrivia(st);
  const p = st.pos;
  st.pos = before;
  const spaceBefore = p > before;
  const src = st.src;
  const c = src[p];
  if (c === undefined) return tok('EndOfInput', st, p, p, spaceBefore);
  const n = src[p + 1] ?? '';
  if (c === '`' && p + 1 >= src.length) {
    // pwsh: a token that starts with an escape at the very end is an incomplete string, reported
    // where the end of input lies (one past the end); nothing follows it.
    reportScanError(st, 'IncompleteString', p + 2, undefined, true);
    return tok('EndOfInput', st, p + 1, p + 1, spaceBefore);
  }
  switch (c) {
    case '\r':
      return tok('NewLine', st, p, n === '\n' ? p + 2 : p + 1, spaceBefore);
    case '\n':
      return tok('NewLine', st, p, p + 1, spaceBefore);
    case ';':
      return tok('Semi', st, p, p + 1, spaceBefore);
    case '(':
      return tok('LParen', st, p, p + 1, spaceBefore);
    case ')':
      return tok('RParen', st, p, p + 1, spaceBefore);
    case '{':
      return tok('LCurly', st, p, p + 1, spaceBefore);
    case '}':
      return tok('RCurly', st, p, p + 1, spaceBefore);
    case ',':
      return tok('Comma', st, p, p + 1, spaceBefore);
    case '|':
      return n === '|' ? tok('OrOr', st, p, p + 2, spaceBefore) : tok('Pipe', st, p, p + 1, spaceBefore);
    case '&':
      return n === '&' ? tok('AndAnd', st, p, p + 2, spaceBefore) : tok('Ampersand', st, p, p + 1, spaceBefore);
    case '>':
      return scanRedirection(st, p, spaceBefore)!;
    case '<':
      return tok('Redirection', st, p, p + 1, spaceBefore, { op: '<' });
  }
  if (mode === 'expression') {
    if (c === '[') return tok('LBracket', st, p, p + 1, spaceBefore);
    if (c === ']') return tok('RBracket', st, p, p + 1, spaceBefore);
  }
  if (c === '$') {
    if (n === '(') return tok('DollarParen', st, p, p + 2, spaceBefore);
    const v = scanVariable(st, p, mode, spaceBefore, false);
    if (v) return v;
    // A `$` that starts no variable (`$<name>`, `$ x`, `$%`) is a bareword in both modes (pwsh).
    return scanGeneric(st, p, spaceBefore);
  }
  if (c === '@') {
    if (n === '(') return tok('AtParen', st, p, p + 2, spaceBefore);
    if (n === '{') return tok('AtCurly', st, p, p + 2, spaceBefore);
    if (isDoubleQuote(n) || isSingleQuote(n)) {
      const r = readHereString(st, p);
      return tok('String', st, p, r.end, spaceBefore, {
        value: r.value,
        parts: r.parts.length ? r.parts : null,
        stringKind: r.expandable ? 'DoubleQuotedHereString' : 'SingleQuotedHereString',
        raw: r.raw,
      });
    }
    const v = scanVariable(st, p, mode, spaceBefore, true);
    if (v) return v;
    // pwsh: an `@` that starts nothing is an unrecognized token of its own (a command name where
    // one is read, an unexpected token elsewhere).
    reportScanError(st, 'UnrecognizedToken', p, undefined, false, p + 1);
    return tok('Generic', st, p, p + 1, spaceBefore, { value: '@' });
  }
  if (isSingleQuote(c) || isDoubleQuote(c)) {
    // A token that starts with a quote is a string and ends at its closing quote in both modes:
    // pwsh passes `"a"b` as two arguments, `"a"` and `b` (while `a"b"c` is one bareword).
    return scanString(st, p, spaceBefore);
  }
  if (isDigit(c) || (c === '*' && n === '>')) {
    const r = scanRedirection(st, p, spaceBefore);
    if (r && (c === '*' || '123456'.includes(c))) return r;
  }
  if (isDigit(c) || (c === '.' && isDigit(n))) {
    const num = scanNumber(src, p);
    if (num && (mode === 'expression' ? !continuesNumberAsGeneric(src[num.end] ?? '') : endsGenericToken(src[num.end] ?? ''))) {
      // pwsh 7.6: a constant its type cannot hold is a parse error in an expression, an argument's text in a command.
      if (num.bad) {
        if (mode === 'command') return scanGeneric(st, p, spaceBefore);
        reportScanError(st, 'BadNumericConstant', p, src.slice(p, num.end), false, num.end);
      }
      return tok('Number', st, p, num.end, spaceBefore, { num: num.value });
    }
    if (mode === 'command' || !num) return scanGeneric(st, p, spaceBefore);
  }
  if (isDash(c)) return scanDash(st, p, mode, spaceBefore);
  if (mode === 'command') {
    if (c === '.' && (endsGenericToken(n) || n === '$' || isSingleQuote(n) || isDoubleQuote(n))) return tok('Dot', st, p, p + 1, spaceBefore);
    if (c === ':' && n === ':') return tok('ColonColon', st, p, p + 2, spaceBefore);
    return scanGeneric(st, p, spaceBefore);
  }
  // Expression mode.
  switch (c) {
    case '.':
      if (n === '.') return tok('DotDot', st, p, p + 2, spaceBefore, { op: '..' });
      return tok('Dot', st, p, p + 1, spaceBefore);
    case ':':
      return n === ':' ? tok('ColonColon', st, p, p + 2, spaceBefore) : tok('Colon', st, p, p + 1, spaceBefore);
    case '?':
      if (n === '?') return src[p + 2] === '=' ? op(st, p, 3, spaceBefore) : op(st, p, 2, spaceBefore);
      if (n === '.') return tok('QuestionDot', st, p, p + 2, spaceBefore);
      if (n === '[') return tok('QuestionLBracket', st, p, p + 2, spaceBefore);
      return tok('Question', st, p, p + 1, spaceBefore);
    case '+':
      return n === '+' || n === '=' ? op(st, p, 2, spaceBefore) : op(st, p, 1, spaceBefore);
    case '*':
    case '/':
    case '%':
    case '=':
      return n === '=' && c !== '=' ? op(st, p, 2, spaceBefore) : op(st, p, 1, spaceBefore);
    case '!':
      return op(st, p, 1, spaceBefore);
  }
  if (isIdentifierStart(c)) {
    let q = p + 1;
    while (q < src.length && isIdentifierChar(src[q]!)) q++;
    return tok('Identifier', st, p, q, spaceBefore, { op: src.slice(p, q) });
  }
  return scanGeneric(st, p, spaceBefore);
}

function scanDash(st: ParserState, p: number, mode: Mode, spaceBefore: boolean): Token {
  const src = st.src;
  const n = src[p + 1] ?? '';
  if (mode === 'command') {
    if (isDash(n)) {
      if (src[p + 2] === '%') return tok('StopParsing', st, p, p + 3, spaceBefore);
      if (endsGenericToken(src[p + 2] ?? '')) return tok('Generic', st, p, p + 2, spaceBefore, { value: '--', parts: null, stringKind: 'BareWord' });
    }
    // pwsh 7.6: a negative number as a command argument is a string (`f -16` binds "-16", `$z + 1`
    // gives "-161"); a typed parameter converts it as usual.
    if (isDigit(n) || (n === '.' && isDigit(src[p + 2] ?? ''))) return scanGeneric(st, p, spaceBefore);
    if (isIdentifierStart(n) || n === '?' || n === '_') {
      // -Name or -Name: (the colon form carries its argument).
      let q = p + 1;
      while (q < src.length) {
        const ch = src[q]!;
        if (endsGenericToken(ch) || ch === ':' || ch === '.' || ch === '[' || ch === '$' || ch === '"' || ch === "'" || ch === '`') break;
        q++;
      }
      const nameEnd = q;
      const hasColon = src[q] === ':';
      if (hasColon) q++;
      else if (q < src.length && !endsGenericToken(src[q]!)) return scanGeneric(st, p, spaceBefore);
      return tok('Parameter', st, p, q, spaceBefore, { op: src.slice(p + 1, nameEnd), hasColon });
    }
    return scanGeneric(st, p, spaceBefore);
  }
  // Expression mode: dash operators, `--`, `-=`, or minus.
  if (isIdentifierStart(n)) {
    let q = p + 1;
    while (q < src.length && isIdentifierChar(src[q]!)) q++;
    const name = src.slice(p + 1, q).toLowerCase();
    if (DASH_OPERATORS.has(name)) return tok('Operator', st, p, q, spaceBefore, { op: '-' + name });
    // `-Name` that is no operator is a parameter token in expression mode too (`1 -x` reports '-x'),
    // ending where the name does (pwsh: `$E-S-A` reads '-S', then '-A').
    return tok('Parameter', st, p, q, spaceBefore, { op: src.slice(p + 1, q), hasColon: false });
  }
  if (isDash(n)) return tok('Operator', st, p, p + 2, spaceBefore, { op: '--' });
  if (n === '=') return tok('Operator', st, p, p + 2, spaceBefore, { op: '-=' });
  return tok('Operator', st, p, p + 1, spaceBefore, { op: '-' });
}
