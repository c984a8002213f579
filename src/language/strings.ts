/**
 * String bodies: single-quoted, double-quoted (with `$var`, `${...}`, `$( )` expansion and backtick
 * escapes), here-strings, and the escape processing shared with command-mode barewords.
 * (reference/powershell/about/about_Quoting_Rules.md, about_Special_Characters.md; lang-spec 2.3.5.2)
 */
import type { ExpressionAst, SubExpressionAst, VariableExpressionAst } from './ast';
import { parseNestedSubExpression, scanSubExpressionText } from './subexpression';
import { extent, reportScanError, type ParserState } from './state';
import { isDoubleQuote, isHexDigit, isNewLineChar, isSingleQuote, isVariableChar, type StringPart } from './tokens';

/** Backtick escapes of about_Special_Characters. */
const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * Decodes the escape whose backtick is at `p`. Returns the produced text and the offset after it.
 * A backtick before any other character yields that character.
 */
export function readEscape(st: ParserState, p: number): { text: string; end: number } {
  const src = st.src;
  const c = src[p + 1];
  if (c === undefined) return { text: '`', end: p + 1 };
  if (c === 'u' && src[p + 2] === '{') {
    let q = p + 3;
    while (q < src.length && isHexDigit(src[q]!)) q++;
    const digits = src.slice(p + 3, q);
    if (src[q] !== '}') {
      if (digits.length > 6) reportScanError(st, 'TooManyDigitsInUnicodeEscapeSequence', p);
      else if (digits.length === 0) reportScanError(st, 'InvalidUnicodeEscapeSequence', p);
      else reportScanError(st, 'MissingUnicodeEscapeSequenceTerminator', p);
      return { text: '', end: q };
    }
    if (digits.length === 0) {
      reportScanError(st, 'InvalidUnicodeEscapeSequence', p);
      return { text: '', end: q + 1 };
    }
    if (digits.length > 6) {
      reportScanError(st, 'TooManyDigitsInUnicodeEscapeSequence', p);
      return { text: '', end: q + 1 };
    }
    const code = parseInt(digits, 16);
    if (code > 0x10ffff) {
      reportScanError(st, 'InvalidUnicodeEscapeSequenceValue', p);
      return { text: '', end: q + 1 };
    }
    return { text: String.fromCodePoint(code), end: q + 1 };
  }
  if (c === '\r' && src[p + 2] === '\n') return { text: '\r\n', end: p + 3 };
  // Surrogate pairs stay together.
  const cp = src.codePointAt(p + 1)!;
  const ch = String.fromCodePoint(cp);
  return { text: SIMPLE_ESCAPES[ch] ?? ch, end: p + 1 + ch.length };
}

/** Single-quoted body starting after the opening quote; `''` is one quote. */
export function readSingleQuoted(st: ParserState, p: number): { value: string; end: number; terminated: boolean } {
  const src = st.src;
  let value = '';
  let runStart = p;
  while (p < src.length) {
    const c = src[p]!;
    if (isSingleQuote(c)) {
      value += src.slice(runStart, p);
      if (p + 1 < src.length && isSingleQuote(src[p + 1]!)) {
        value += c;
        p += 2;
        runStart = p;
        continue;
      }
      return { value, end: p + 1, terminated: true };
    }
    p++;
  }
  return { value: value + src.slice(runStart, p), end: p, terminated: false };
}

/**
 * The `$( )` of a string or bareword whose text is collected but not parsed yet (pwsh parses it
 * when the whole token is scanned): `parts[index]` is replaced by `parse()`'s node.
 */
export interface PendingSubExpression {
  index: number;
  parse: () => ExpressionAst;
}

/** Parses the pending sub-expressions of a finished token, in order, into their parts. */
export function parsePending(parts: StringPart[], pending: PendingSubExpression[]): void {
  for (const x of pending) parts[x.index] = x.parse();
}

/**
 * Reads `$...` inside an expandable string at `p` (which holds `$`). Returns null when the `$`
 * is literal (`"a $ b"`, `"cost: $"`). A `$( )` comes back as a placeholder with `nested`, to be
 * parsed once the token is complete (see parsePending).
 */
export function readEmbeddedVariable(
  st: ParserState,
  p: number,
  limit: number,
  hereString = false,
): { node: VariableExpressionAst | SubExpressionAst; end: number; nested?: () => ExpressionAst } | null {
  const src = st.src;
  const c = src[p + 1];
  if (p + 1 >= limit || c === undefined) return null;
  if (c === '(') {
    const scanned = scanSubExpressionText(st, p, limit, hereString);
    const placeholder: SubExpressionAst = { type: 'SubExpression', statements: [], extent: extent(st, p, scanned.end) };
    return { node: placeholder, end: scanned.end, nested: () => parseNestedSubExpression(st, p, scanned) };
  }
  if (c === '{') {
    const r = readBracedVariableName(st, p, limit);
    if (!r) return null;
    return { node: variableNode(st, r.name, p, r.end, false), end: r.end };
  }
  if (c === '$' || c === '^') return { node: variableNode(st, c, p, p + 2, false), end: p + 2 };
  if (c === ':' && !isVariableChar(src[p + 2] ?? '')) {
    // pwsh: `"$:"` is an invalid variable reference, not a literal `$`.
    reportScanError(st, 'InvalidVariableReference', p);
    return { node: variableNode(st, '', p, p + 2, false), end: p + 2 };
  }
  if (!isVariableChar(c) && c !== ':') return null;
  const end = readVariableNameEnd(src, c === ':' ? p + 2 : p + 1, limit);
  const fullName = src.slice(p + 1, end);
  if (fullName.endsWith(':')) reportScanError(st, 'InvalidVariableReferenceWithDrive', p);
  return { node: variableNode(st, fullName.endsWith(':') ? fullName.slice(0, -1) : fullName.replace(/^:/, ''), p, end, false), end };
}

/** End of `name` or `scope:name` starting at `p` (no `$`). */
export function readVariableNameEnd(src: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && isVariableChar(src[q]!)) q++;
  if (src[q] === ':' && q + 1 < limit && src[q + 1] !== ':' && isVariableChar(src[q + 1]!)) {
    q++;
    while (q < limit && isVariableChar(src[q]!)) q++;
  } else if (src[q] === ':' && src[q + 1] !== ':' && q > p && !src.slice(p, q).includes(':')) {
    // `$x:` / `$env:` followed by no name: pwsh takes the colon into the token and reports
    // InvalidVariableReferenceWithDrive (the caller sees the trailing ':').
    q++;
  }
  return q;
}

/** `${name}` at `p` (the `$`): the name with backtick escapes processed. */
export function readBracedVariableName(
  st: ParserState,
  p: number,
  limit: number,
): { name: string; end: number } | null {
  const src = st.src;
  let q = p + 2;
  let name = '';
  while (q < limit && src[q] !== '}') {
    if (src[q] === '`' && q + 1 < limit) {
      name += src[q + 1];
      q += 2;
    } else name += src[q++];
  }
  if (q >= limit) {
    reportScanError(st, 'IncompleteDollarVariableReference', p, undefined, true);
    return { name, end: q };
  }
  if (name === '') reportScanError(st, 'EmptyVariableReference', p);
  return { name, end: q + 1 };
}

/** Splits `scope:name` (`env:PATH`, `script:x`) into the AST's scope and name. */
export function variableNode(
  st: ParserState,
  fullName: string,
  start: number,
  end: number,
  splatted: boolean,
): VariableExpressionAst {
  const colon = fullName.indexOf(':');
  const scope = colon > 0 ? fullName.slice(0, colon).toLowerCase() : null;
  const name = colon > 0 ? fullName.slice(colon + 1) : fullName;
  return { type: 'Variable', name, scope, splatted, extent: extent(st, start, end) };
}

/**
 * Reads an expandable body from `p` up to `limit`. In 'dq' mode it stops at the closing double
 * quote (`""` is an escaped quote); in 'here' mode it reads everything up to `limit`. Its `$( )`
 * are left in `pending`, for the caller to parse after reporting the token's own errors.
 */
export function readExpandable(
  st: ParserState,
  p: number,
  limit: number,
  mode: 'dq' | 'here',
): { parts: StringPart[]; value: string; end: number; terminated: boolean; pending: PendingSubExpression[] } {
  const src = st.src;
  const parts: StringPart[] = [];
  // Text is appended in runs (slices), never char by char, to stay linear on long strings.
  let buf = '';
  let run = p;
  let hasExpansion = false;
  const pending: PendingSubExpression[] = [];
  const finish = (end: number, terminated: boolean) => {
    if (buf !== '' || parts.length === 0) parts.push(buf);
    return {
      parts: hasExpansion ? parts : [],
      value: hasExpansion ? '' : (parts[0] as string),
      end,
      terminated,
      pending,
    };
  };
  while (p < limit) {
    const c = src[p]!;
    if (mode === 'dq' && isDoubleQuote(c)) {
      buf += src.slice(run, p);
      if (p + 1 < limit && isDoubleQuote(src[p + 1]!)) {
        buf += c;
        p += 2;
        run = p;
        continue;
      }
      return finish(p + 1, true);
    }
    if (c === '`' && p + 1 < limit) {
      buf += src.slice(run, p);
      const e = readEscape(st, p);
      buf += e.text;
      p = e.end;
      run = p;
      continue;
    }
    if (c === '$') {
      const v = readEmbeddedVariable(st, p, limit, mode === 'here');
      if (v) {
        buf += src.slice(run, p);
        if (buf !== '') parts.push(buf);
        buf = '';
        if (v.nested) pending.push({ index: parts.length, parse: v.nested });
        parts.push(v.node);
        hasExpansion = true;
        p = v.end;
        run = p;
        continue;
      }
    }
    p++;
  }
  buf += src.slice(run, p);
  return finish(p, mode === 'here');
}

/**
 * Here-string at `p` (the `@`). The header must end its line; the footer (`'@` / `"@`) must start
 * a line. The value excludes the line break before the footer.
 */
export function readHereString(
  st: ParserState,
  p: number,
): { value: string; parts: StringPart[]; raw: string; end: number; expandable: boolean } {
  const src = st.src;
  const expandable = isDoubleQuote(src[p + 1]!);
  let q = p + 2;
  while (q < src.length && (src[q] === ' ' || src[q] === '\t')) q++;
  if (q < src.length && !isNewLineChar(src[q]!)) {
    reportScanError(st, 'UnexpectedCharactersAfterHereStringHeader', q);
    while (q < src.length && !isNewLineChar(src[q]!)) q++;
  }
  if (q >= src.length) {
    reportScanError(st, 'TerminatorExpectedAtEndOfString', p, expandable ? '"@' : "'@", true, src.length);
    return { value: '', parts: [], raw: '', end: src.length, expandable };
  }
  q += src[q] === '\r' && src[q + 1] === '\n' ? 2 : 1;
  const contentStart = q;
  // Find a line that starts with the footer.
  let lineStart = q;
  let footer = -1;
  while (lineStart <= src.length) {
    const c = src[lineStart];
    const n = src[lineStart + 1];
    if (c !== undefined && n === '@' && (expandable ? isDoubleQuote(c) : isSingleQuote(c))) {
      footer = lineStart;
      break;
    }
    let e = lineStart;
    while (e < src.length && !isNewLineChar(src[e]!)) e++;
    if (e >= src.length) break;
    lineStart = e + (src[e] === '\r' && src[e + 1] === '\n' ? 2 : 1);
  }
  if (footer < 0) {
    const raw = src.slice(contentStart);
    const r = expandable ? readExpandable(st, contentStart, src.length, 'here') : null;
    reportScanError(st, 'TerminatorExpectedAtEndOfString', p, expandable ? '"@' : "'@", true, src.length);
    if (!r) return { value: raw, parts: [], raw, end: src.length, expandable };
    parsePending(r.parts, r.pending);
    return { value: r.value, parts: r.parts, raw, end: src.length, expandable };
  }
  let contentEnd = footer;
  if (contentEnd > contentStart) {
    if (src[contentEnd - 1] === '\n') contentEnd--;
    if (contentEnd > contentStart && src[contentEnd - 1] === '\r') contentEnd--;
  } else contentEnd = contentStart;
  const raw = src.slice(contentStart, contentEnd);
  if (!expandable) return { value: raw, parts: [], raw, end: footer + 2, expandable };
  const r = readExpandable(st, contentStart, contentEnd, 'here');
  parsePending(r.parts, r.pending);
  return { value: r.value, parts: r.parts, raw, end: footer + 2, expandable };
}
