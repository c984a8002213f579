/**
 * `$( ... )` embedded in an expandable string or bareword, in pwsh's two steps:
 *
 * 1. While the string is scanned, Tokenizer.ScanSubExpression collects the text from `$(` to the
 *    `)` that brings a plain count of parentheses back to zero (quotes and comments are not looked
 *    at), replacing `""` and `` `" `` by one `"` outside here-strings. A missing `)` is
 *    IncompleteDollarSubexpressionReference.
 * 2. When the string becomes an AST, Parser.ParseNestedExpressions rescans that text on its own
 *    (Tokenizer.StartNestedScan) and parses one primary expression with member access from it:
 *    the `$( )`; whatever is left of the text after it is dropped.
 *
 * So `"$("a`"b")"` is the sub-expression `$("a"b")`: a string `"a"`, then the unexpected token
 * `b")`. Positions in the nested scan are mapped back to the script as pwsh maps them (see
 * NestedScan in state.ts). The nested scan reads only the collected text, so parsing stays linear
 * in the script.
 */
import type { Extent, ExpressionAst, SubExpressionAst } from './ast';
import { parsePostfix, parsePrimary } from './expressions';
import { extent, lineColumn, replayErrors, reportScanError, scriptOffset, type ParserState } from './state';
import { isDoubleQuote } from './tokens';

export interface ScannedSubExpression {
  /** `$(` ... `)` as collected. */
  text: string;
  /** Offset after the sub-expression in the current scan. */
  end: number;
  /**
   * Where the characters dropped from doubled quotes were: pwsh records their index in the
   * current scan plus its adjustment (not moved over earlier collapsed characters).
   */
  skipped: number[];
}

/** Step 1 at `dollar` (the `$` of `$(`), reading no further than `limit`. */
export function scanSubExpressionText(st: ParserState, dollar: number, limit: number, hereString: boolean): ScannedSubExpression {
  const src = st.src;
  const skipped: number[] = [];
  let text = '$(';
  let run = dollar + 2;
  let p = run;
  let depth = 1;
  for (;;) {
    if (p >= limit) {
      text += src.slice(run, p);
      reportScanError(st, 'IncompleteDollarSubexpressionReference', dollar, undefined, true, p);
      return { text, end: p, skipped };
    }
    const c = src[p]!;
    if (c === '(') depth++;
    else if (c === ')') {
      if (--depth === 0) {
        text += src.slice(run, p + 1);
        return { text, end: p + 1, skipped };
      }
    } else if (!hereString && (c === '`' || isDoubleQuote(c)) && p + 1 < limit && isDoubleQuote(src[p + 1]!)) {
      text += src.slice(run, p);
      skipped.push(p + (st.nest?.adj ?? 0));
      run = p + 1;
      p += 2;
      continue;
    }
    p++;
  }
}

/** Step 2: parses the collected text as pwsh parses an UnscannedSubExprToken. */
export function parseNestedSubExpression(st: ParserState, dollar: number, scanned: ScannedSubExpression): ExpressionAst {
  // The nested scan's adjustment is the sub-expression token's own (moved) start.
  const adj = scriptOffset(st, dollar);
  const key = `${adj}:${scanned.skipped.join(',')}:${scanned.text}`;
  const done = st.nested.get(key);
  if (done) {
    replayErrors(st, done.errors);
    return done.node;
  }
  const before = st.errors.length;
  const node = parseNestedText(st, adj, scanned);
  st.nested.set(key, { node, errors: st.errors.slice(before) });
  return node;
}

function parseNestedText(st: ParserState, adj: number, scanned: ScannedSubExpression): ExpressionAst {
  const saved = { src: st.src, nest: st.nest, pos: st.pos, cache: st.cache, memo: st.memo, lastEnd: st.lastEnd };
  st.src = scanned.text;
  // A scan that collapsed no quote keeps the enclosing scan's list (pwsh reuses its BitArray).
  st.nest = { adj, skipped: scanned.skipped.length ? scanned.skipped : (saved.nest?.skipped ?? null) };
  st.pos = 0;
  st.lastEnd = 0;
  st.cache = null;
  st.memo = new Map();
  try {
    const primary = parsePrimary(st);
    const node: ExpressionAst = primary ? parsePostfix(st, primary) : ({ type: 'SubExpression', statements: [], extent: extent(st, 0, st.src.length) } as SubExpressionAst);
    moveExtents(st, node);
    return node;
  } finally {
    st.src = saved.src;
    st.nest = saved.nest;
    st.pos = saved.pos;
    st.cache = saved.cache;
    st.memo = saved.memo;
    st.lastEnd = saved.lastEnd;
  }
}

const moved = new WeakSet<object>();

function isExtent(o: object): o is Extent {
  const x = o as Partial<Extent>;
  return typeof x.start === 'number' && typeof x.end === 'number' && typeof x.line === 'number' && typeof x.column === 'number';
}

/**
 * Moves the extents of the nodes made in a nested scan (positions in its text) to script offsets.
 * Extents made by a deeper nested scan were moved by it already.
 */
function moveExtents(st: ParserState, root: object): void {
  walk(root, (e) => {
    if (moved.has(e)) return;
    moved.add(e);
    e.start = scriptOffset(st, e.start);
    e.end = scriptOffset(st, e.end);
    const { line, column } = lineColumn(st, e.start);
    e.line = line;
    e.column = column;
  });
}

function walk(root: object, visit: (e: Extent) => void): void {
  const seen = new Set<object>();
  const stack: object[] = [root];
  while (stack.length) {
    const o = stack.pop()!;
    if (seen.has(o)) continue;
    seen.add(o);
    if (isExtent(o)) {
      visit(o);
      continue;
    }
    for (const v of Object.values(o)) if (v && typeof v === 'object') stack.push(v);
  }
}
