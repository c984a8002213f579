/**
 * The single parser state: source, position, collected errors and the one-token lookahead cache.
 * Line/column of any offset comes from a line-start table (binary search).
 */
import type { Extent, ExpressionAst, ParseError } from './ast';
import { formatParserMessage, type ParserErrorId } from './messages';
import type { Token } from './tokens';

/** Tokenizer modes set by the parser (about_Parsing: argument mode vs expression mode). */
export type Mode = 'expression' | 'command';

/**
 * A nested scan of a `$( )` found in an expandable string or bareword (pwsh's UnscannedSubExprToken
 * parsed by StartNestedScan). `src` then holds only the sub-expression's text as pwsh's
 * ScanSubExpression collected it (`""` and `` `" `` collapsed to one quote); a position `i` in it
 * is the script offset `i + adj`, moved over the collapsed characters (`skipped`, script offsets,
 * sorted) as pwsh's Tokenizer.CurrentExtent moves token extents. Errors the tokenizer reports by
 * character index (pwsh's NewScriptExtent) are not moved.
 */
export interface NestedScan {
  adj: number;
  skipped: number[] | null;
}

export interface ParserState {
  src: string;
  /** The script as given; `src` differs from it only inside a nested scan (see NestedScan). */
  orig: string;
  nest: NestedScan | null;
  pos: number;
  errors: ParseError[];
  errorKeys: Set<string>;
  lineStarts: number[];
  cache: { pos: number; mode: Mode; token: Token } | null;
  /** Tokens scanned in the current scan, by position (negative for command mode), with the errors their scan reported (cursor.ts). */
  memo: Map<number, { token: Token; errors: ParseError[] }>;
  /**
   * The `$( )` of strings and barewords parsed so far, by script offset and collected text: a string
   * read in both modes (`$$"$(...)"` as an expression and as a command word) is parsed once.
   * Shared by the nested scans.
   */
  nested: Map<string, { node: ExpressionAst; errors: ParseError[] }>;
  /** Tokens scanned (memo misses): the parser's work, linear in the input (test/language/parse-linear.test.ts). */
  scans: number;
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
  return { src, orig: src, nest: null, pos: 0, errors: [], errorKeys: new Set(), lineStarts, cache: null, memo: new Map(), nested: new Map(), scans: 0, depth: 0, lastEnd: 0, tooDeep: false };
}

/**
 * The script offset of a position of the current scan, as pwsh's Tokenizer.CurrentExtent computes
 * it: every collapsed character at or after the scan's adjustment and before the (growing) offset
 * moves it one on.
 */
export function scriptOffset(st: ParserState, offset: number): number {
  if (!st.nest) return offset;
  let x = offset + st.nest.adj;
  const skipped = st.nest.skipped;
  if (!skipped) return x;
  for (const s of skipped) {
    if (s < st.nest.adj) continue;
    if (s < x) x++;
    else break;
  }
  return x;
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

/**
 * Records a parser error once per (offset, id): rescans and backtracking must not duplicate it.
 * `end` ends its extent (what pwsh underlines); without it the extent is empty. Inside a nested
 * scan both are token positions, moved as pwsh moves token extents.
 */
export function reportError(
  st: ParserState,
  id: ParserErrorId,
  offset: number,
  arg?: string,
  incompleteInput = false,
  end = offset,
): void {
  pushError(st, id, scriptOffset(st, offset), scriptOffset(st, end), arg, incompleteInput);
}

/**
 * An error the tokenizer reports by character index (pwsh's ReportIncompleteInput(index) and
 * NewScriptExtent): inside a nested scan its offsets are not moved over collapsed characters.
 */
export function reportScanError(
  st: ParserState,
  id: ParserErrorId,
  offset: number,
  arg?: string,
  incompleteInput = false,
  end = offset,
): void {
  const adj = st.nest?.adj ?? 0;
  pushError(st, id, offset + adj, end + adj, arg, incompleteInput);
}

/** Reports again errors a memoised token's scan reported, where a backtrack removed them. */
export function replayErrors(st: ParserState, errors: ParseError[]): void {
  for (const e of errors) {
    const key = `${e.offset}:${e.errorId}`;
    if (st.errorKeys.has(key)) continue;
    st.errorKeys.add(key);
    st.errors.push(e);
  }
}

function pushError(st: ParserState, id: ParserErrorId, offset: number, endOffset: number, arg: string | undefined, incompleteInput: boolean): void {
  const key = `${offset}:${id}`;
  if (st.errorKeys.has(key)) return;
  st.errorKeys.add(key);
  const { line, column } = lineColumn(st, offset);
  st.errors.push({ errorId: id, message: formatParserMessage(id, arg), line, column, offset, endOffset, incompleteInput });
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
