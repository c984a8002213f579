/**
 * Truncated and damaged scripts (the bad-input oracle's `parse:*` cases): the parse errors pwsh 7.6
 * reports for them, id and position (Parser.ParseInput), pinned here so they hold without pwsh.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/language/parser';

function errors(src: string): string[] {
  return parse(src).errors.map((e) => `${e.errorId} ${e.line}:${e.column}`);
}

function agree(rows: [string, string[]][]): void {
  for (const [src, expected] of rows) expect(errors(src), JSON.stringify(src)).toEqual(expected);
}

describe('truncated scripts: pwsh\'s parse errors', () => {
  it('if: the missing `)` at the token in its place (end of input one past the end), the missing block at the `)`', () => {
    agree([
      ["if ($", ["MissingEndParenthesisAfterStatement 1:7"]],
      ["if ($a -gt 1", ["MissingEndParenthesisAfterStatement 1:14"]],
      ["if ($a\n", ["MissingEndParenthesisAfterStatement 2:2"]],
      ["if ($a # c", ["MissingEndParenthesisAfterStatement 1:12"]],
      ["if ($a; 1)", ["MissingEndParenthesisAfterStatement 1:7", "UnexpectedToken 1:10"]],
      ["if ($a -gt 1 { 1 }", ["UnexpectedToken 1:14", "MissingEndParenthesisAfterStatement 1:14"]],
      ["if ($a) { 1 } elseif ($a", ["MissingEndParenthesisAfterStatement 1:26"]],
      ["if ($a)", ["MissingStatementBlock 1:7"]],
      ["if ($a) ", ["MissingStatementBlock 1:7"]],
      ["if ($a\n)", ["MissingStatementBlock 2:1"]],
      ["$x = if ($true) ", ["MissingStatementBlock 1:15"]],
    ]);
  });

  it('a type literal without its `]`: EndSquareBracketExpectedAtEndOfAttribute just before the next token', () => {
    agree([
      ["[int", ["EndSquareBracketExpectedAtEndOfAttribute 1:5"]],
      ["[int ", ["EndSquareBracketExpectedAtEndOfAttribute 1:6"]],
      ["[int $x", ["EndSquareBracketExpectedAtEndOfAttribute 1:5"]],
      ["[int$x", ["EndSquareBracketExpectedAtEndOfAttribute 1:4"]],
      ["[int\n$x", ["EndSquareBracketExpectedAtEndOfAttribute 1:4"]],
      ["[List[int", ["EndSquareBracketExpectedAtEndOfAttribute 1:10"]],
      ["$o = [pscustomobject@{ A = 1 }", ["EndSquareBracketExpectedAtEndOfAttribute 1:20"]],
    ]);
  });

  it('parameter lists: the missing `)` after the last parameter, attributes without a variable skip through the `)`', () => {
    agree([
      ["param([int", ["EndSquareBracketExpectedAtEndOfAttribute 1:11", "InvalidFunctionParameter 1:11", "MissingEndParenthesisInFunctionParameterList 1:11"]],
      ["param(", ["MissingEndParenthesisInFunctionParameterList 1:7"]],
      ["param($a", ["MissingEndParenthesisInFunctionParameterList 1:9"]],
      ["param($a,", ["MissingExpressionAfterToken 1:10", "MissingEndParenthesisInFunctionParameterList 1:9"]],
      ["param($a =", ["MissingExpressionAfterToken 1:11", "MissingEndParenthesisInFunctionParameterList 1:9"]],
      ["param($", ["MissingEndParenthesisInFunctionParameterList 1:7"]],
      ["param([int]x) 1", ["InvalidFunctionParameter 1:12", "MissingEndParenthesisInFunctionParameterList 1:12"]],
      ["function f { param(int]$v = 2) $v }", ["MissingEndParenthesisInFunctionParameterList 1:20", "MissingEndCurlyBrace 1:12", "UnexpectedToken 1:30", "UnexpectedToken 1:35"]],
      ["function f { param([int]x) 1 }", ["InvalidFunctionParameter 1:25", "MissingEndParenthesisInFunctionParameterList 1:25"]],
      ["function f (x) { 1 }", ["MissingEndParenthesisInFunctionParameterList 1:13", "UnexpectedToken 1:14"]],
    ]);
  });

  it('a closer that is not its own ends a block: its `}` is reported missing, the outer level reports the token', () => {
    agree([
      ["{ 1 ) 2 }", ["MissingEndCurlyBrace 1:1", "UnexpectedToken 1:5", "UnexpectedToken 1:9"]],
      ["if (1) { 1 ) 2 }", ["MissingEndCurlyBrace 1:8", "UnexpectedToken 1:12", "UnexpectedToken 1:16"]],
      ["$(1 } 2)", ["MissingEndParenthesisInSubexpression 1:5", "UnexpectedToken 1:5", "UnexpectedToken 1:8"]],
    ]);
  });
});
