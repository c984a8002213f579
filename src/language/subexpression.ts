/**
 * `$( ... )` embedded in an expandable string or bareword: parsed in place with the same state
 * (pwsh tokenizes nested subexpressions recursively), then the outer scan resumes after `)`.
 */
import type { SubExpressionAst } from './ast';
import { peek, advance } from './cursor';
import { extent, reportError, type ParserState } from './state';
import { parseStatementList } from './statements';

export function parseSubExpressionAt(st: ParserState, dollar: number): { node: SubExpressionAst; end: number } {
  const savedPos = st.pos;
  const savedCache = st.cache;
  const savedLastEnd = st.lastEnd;
  st.pos = dollar + 2;
  st.lastEnd = dollar + 2;
  st.cache = null;
  const statements = parseStatementList(st, 'RParen');
  const close = peek(st);
  if (close.kind === 'RParen') advance(st, close);
  else reportError(st, 'MissingEndParenthesisInSubexpression', st.lastEnd, undefined, close.kind === 'EndOfInput');
  const end = st.lastEnd;
  st.pos = savedPos;
  st.cache = savedCache;
  st.lastEnd = savedLastEnd;
  return { node: { type: 'SubExpression', statements, extent: extent(st, dollar, end) }, end };
}
