/**
 * Lookahead and consumption on top of the tokenizer. Every token scanned is memoised per (position,
 * mode) for the scan, with the parse errors its scan reported: lookahead and backtracking then cost
 * nothing more, and a string holding `$( )` is parsed once however often it is looked at (without
 * this, each nesting level scanned its string three times: exponential in the nesting).
 */
import { reportError, replayErrors, MAX_DEPTH, type Mode, type ParserState } from './state';
import { scanToken, skipTrivia } from './tokenizer';
import type { Token } from './tokens';

function scanMemoised(st: ParserState, mode: Mode): Token {
  const key = mode === 'expression' ? st.pos : -1 - st.pos;
  const hit = st.memo.get(key);
  if (hit) {
    if (hit.errors.length) replayErrors(st, hit.errors);
    return hit.token;
  }
  const pos = st.pos;
  const before = st.errors.length;
  const token = scanToken(st, mode);
  st.scans++;
  st.pos = pos;
  st.memo.set(key, { token, errors: st.errors.length > before ? st.errors.slice(before) : [] });
  return token;
}

export function peek(st: ParserState, mode: Mode = 'expression'): Token {
  const c = st.cache;
  if (c && c.pos === st.pos && c.mode === mode) return c.token;
  const pos = st.pos;
  const token = scanMemoised(st, mode);
  st.cache = { pos, mode, token };
  return token;
}

/** The token after `t` (one more token of lookahead), leaving the position as it was. */
export function peekAfter(st: ParserState, t: Token, mode: Mode = 'expression'): Token {
  const pos = st.pos;
  st.pos = t.end;
  const next = scanMemoised(st, mode);
  st.pos = pos;
  return next;
}

export function advance(st: ParserState, t: Token): void {
  st.pos = t.end;
  st.lastEnd = t.end;
  st.cache = null;
}

/** Skips line breaks (and, when asked, `;`) with the trivia between them. */
export function skipNewlines(st: ParserState, semis = false): void {
  const src = st.src;
  for (;;) {
    skipTrivia(st);
    const c = src[st.pos];
    if (c === '\n' || c === '\r' || (semis && c === ';')) {
      st.pos++;
      st.cache = null;
    } else break;
  }
}

/** pwsh's ReportIncompleteInput verdict: nothing but blanks, line breaks and comments follow the offset. */
export function atEndOfScript(st: ParserState, offset: number): boolean {
  const save = st.pos;
  const cache = st.cache;
  st.pos = offset;
  skipNewlines(st);
  const end = st.pos >= st.src.length;
  st.pos = save;
  st.cache = cache;
  return end;
}

/** True when only blanks/comments separate the position from the next line break or the end. */
export function atLineEnd(st: ParserState): boolean {
  const t = peek(st);
  return t.kind === 'NewLine' || t.kind === 'EndOfInput';
}

/** Reads a plain word (letters) at the position after trivia, without consuming it. */
export function peekWord(st: ParserState): { word: string; start: number; end: number } | null {
  const save = st.pos;
  skipTrivia(st);
  const start = st.pos;
  st.pos = save;
  const src = st.src;
  let q = start;
  while (q < src.length && /[A-Za-z]/.test(src[q]!)) q++;
  if (q === start) return null;
  const next = src[q] ?? '';
  if (next !== '' && !/[\s{}();,|&>]/.test(next) && next !== '#') return null;
  return { word: src.slice(start, q).toLowerCase(), start, end: q };
}

export function consumeTo(st: ParserState, end: number): void {
  st.pos = end;
  st.lastEnd = end;
  st.cache = null;
}

/** Nesting guard: past the limit, parsing stops (pwsh: ScriptTooComplicated), keeping the stack safe. */
export function enter(st: ParserState): boolean {
  if (st.tooDeep) return false;
  if (++st.depth > MAX_DEPTH) {
    st.tooDeep = true;
    reportError(st, 'ScriptTooComplicated', st.pos);
    st.pos = st.src.length;
    st.cache = null;
    st.depth--;
    return false;
  }
  return true;
}

export function leave(st: ParserState): void {
  st.depth--;
}
