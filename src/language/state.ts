/**
 * The single parser state: source, position, collected errors and the one-token lookahead cache.
 * Line/column of any offset comes from a line-start table (binary search).
 */
import type { Extent, ParseError } from './ast';
import { formatParserMessage, type ParserErrorId } from './messages';
import type { Token } from './tokens';

/** Tokenizer modes set by the parser (about_Parsing: argument mode vs expression mode). */
export type Mode = 'expression' | 'command';

export interface ParserState {
  src: string;
  pos: number;
  errors: ParseError[];
  errorKeys: Set<string>;
  lineStarts: number[];
  cache: { pos: number; mode: Mode; token: Token } | null;
  depth: number;
  /** End offset of the last consumed token (node extents end here). */
  lastEnd: number;
  /** Set once the nesting limit has been hit, so deeper constructs are not entered. */
  tooDeep: boolean;
}

export const MAX_DEPTH = 400;

export function createState(src: string): ParserState {
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) {
      if (src.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  return { src, pos: 0, errors: [], errorKeys: new Set(), lineStarts, cache: null, depth: 0, lastEnd: 0, tooDeep: false };
}

export function lineColumn(st: ParserState, offset: number): { line: number; column: number } {
  const starts = st.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function extent(st: ParserState, start: number, end: number): Extent {
  const { line, column } = lineColumn(st, start);
  return { start, end, line, column };
}

/** Records an error once per (offset, id): rescans and backtracking must not duplicate it. */
export function reportError(
  st: ParserState,
  id: ParserErrorId,
  offset: number,
  arg?: string,
  incompleteInput = false,
  length?: number,
): void {
  const key = `${offset}:${id}`;
  if (st.errorKeys.has(key)) return;
  st.errorKeys.add(key);
  const { line, column } = lineColumn(st, offset);
  st.errors.push({ errorId: id, message: formatParserMessage(id, arg), line, column, offset, incompleteInput, ...(length !== undefined ? { length } : {}) });
}

/** Saves what backtracking must restore. */
export function snapshot(st: ParserState): { pos: number; errors: number; lastEnd: number } {
  return { pos: st.pos, errors: st.errors.length, lastEnd: st.lastEnd };
}

export function restore(st: ParserState, snap: { pos: number; errors: number; lastEnd: number }): void {
  st.pos = snap.pos;
  st.lastEnd = snap.lastEnd;
  for (let i = snap.errors; i < st.errors.length; i++) {
    const e = st.errors[i]!;
    st.errorKeys.delete(`${e.offset}:${e.errorId}`);
  }
  st.errors.length = snap.errors;
  st.cache = null;
}
