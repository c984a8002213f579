import { expect } from 'vitest';
import { parse } from '../../src/language/parser';
import type { ExpressionAst, StatementAst } from '../../src/language/ast';

/** Statements of the script's end block. */
export function statements(src: string): StatementAst[] {
  const r = parse(src);
  expect(r.errors, `unexpected errors for ${JSON.stringify(src)}`).toEqual([]);
  return r.ast.end?.statements ?? [];
}

/** Asserts the source parses without errors and its first statement matches `shape` (only the named fields). */
export function parses(src: string, shape: object): void {
  expect(statements(src)[0]).toMatchObject(shape);
}

/** The expression of a one-expression script (`1 + 2`). */
export function expr(src: string): ExpressionAst {
  const s = statements(src)[0]!;
  if (s.type !== 'Pipeline' || s.elements[0]!.type !== 'CommandExpression') throw new Error(`not an expression: ${src}`);
  return s.elements[0].expression;
}

/** The elements of the first command of a one-command script. */
export function commandElements(src: string) {
  const s = statements(src)[0]!;
  if (s.type !== 'Pipeline' || s.elements[0]!.type !== 'Command') throw new Error(`not a command: ${src}`);
  return s.elements[0].elements;
}

/** Asserts the first parse error's id, exact message and 1-based position. */
export function failsToParse(src: string, errorId: string, message: string, line: number, column: number): void {
  const r = parse(src);
  expect(r.errors.length, `expected an error for ${JSON.stringify(src)}`).toBeGreaterThan(0);
  expect(r.errors[0]).toMatchObject({ errorId, message, line, column });
}

export function firstError(src: string) {
  return parse(src).errors[0];
}
