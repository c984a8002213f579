/**
 * The checks pwsh makes on the finished tree (its SemanticChecks pass), reported after every parse
 * error, in tree order. Only the ones scripts meet so far: `++`/`--` on something that is not a
 * variable, property or element (OperatorRequiresVariableOrProperty), and a splatted variable
 * anywhere but as a command's element (SplattingNotPermitted; in a command's comma list the parser
 * reports SplattingNotPermittedInArgumentList instead).
 */
import type { ExpressionAst, ScriptBlockAst } from './ast';
import { reportError, type ParserState } from './state';

const ASSIGNABLE = new Set(['Variable', 'MemberExpression', 'IndexExpression', 'ErrorExpression']);
/** A variable, property or element, also under a cast (`[int]$x++`). */
const assignable = (e: ExpressionAst): boolean => ASSIGNABLE.has(e.type) || (e.type === 'ConvertExpression' && assignable(e.operand));

export function semanticChecks(st: ParserState, root: ScriptBlockAst): void {
  const visit = (node: unknown, inCommand = false): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, inCommand);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string };
    if (n.type === 'Variable') {
      const v = node as { name: string; splatted: boolean; extent: { start: number; end: number } };
      if (v.splatted && !inCommand) reportError(st, 'SplattingNotPermitted', v.extent.start, v.name, false, v.extent.end);
      return;
    }
    if (n.type === 'Command') {
      // A command's own elements (and the elements of a comma list among them) may be splatted.
      const c = node as { elements: { type: string; elements?: unknown[] }[] };
      for (const [k, v] of Object.entries(node)) {
        if (k === 'extent' || !v || typeof v !== 'object') continue;
        if (k !== 'elements') visit(v);
        else for (const e of c.elements) visit(e.type === 'ArrayLiteral' ? e.elements : e, true);
      }
      return;
    }
    if (n.type === 'UnaryExpression') {
      const u = node as { operator: string; operand: ExpressionAst };
      if ((u.operator === '++' || u.operator === '--') && !assignable(u.operand)) {
        reportError(st, 'OperatorRequiresVariableOrProperty', u.operand.extent.start, u.operator, false, u.operand.extent.end);
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'extent' && v && typeof v === 'object') visit(v);
  };
  visit(root);
}
