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

  it('a parameter of attributes only: the error skip takes the closing `)` or `}` with it', () => {
    agree([
      ['function f { param([int] }', ['InvalidFunctionParameter 1:25', 'MissingEndParenthesisInFunctionParameterList 1:25', 'MissingEndCurlyBrace 1:12']],
      ['function f { param([int] ) }', ['InvalidFunctionParameter 1:25', 'MissingEndParenthesisInFunctionParameterList 1:25']],
      ['& { param([int] } ; 1', ['InvalidFunctionParameter 1:16', 'MissingEndParenthesisInFunctionParameterList 1:16', 'MissingEndCurlyBrace 1:3']],
      ['function f([int] }', ['InvalidFunctionParameter 1:17', 'MissingEndParenthesisInFunctionParameterList 1:17']],
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
  it('switch (SwitchStatementRule): reads on after an error, each reported after the last part read, none after one at the end', () => {
    agree([
      ["switch ($x) {}", ["MissingSwitchConditionExpression 1:14"]],
      ["switch (", ["PipelineValueRequired 1:9"]],
      ["switch ($x) {", ["MissingSwitchConditionExpression 1:14"]],
      ["switch ($x) { 1", ["MissingSwitchStatementClause 1:16"]],
      ["switch ($x) { 1 ", ["MissingSwitchStatementClause 1:16"]],
      ["switch ($x) { 1 {} d", ["MissingSwitchStatementClause 1:21"]],
      ["switch ($x) { 1 {} default", ["MissingSwitchStatementClause 1:27"]],
      ["switch $x) { 1 {} default {} }", ["PipelineValueRequired 1:7", "MissingCurlyBraceInSwitchStatement 1:7", "UnexpectedToken 1:10", "UnexpectedToken 1:16", "UnexpectedToken 1:19"]],
      ["switch ($x { 1 {} default {} }", ["UnexpectedToken 1:12", "MissingEndParenthesisInSwitchStatement 1:11"]],
      ["switch -file", ["MissingFilenameOption 1:13"]],
      ["switch -foo ($x) { 1 {} }", ["InvalidSwitchFlag 1:8"]],
      ["switch ($x) { 1 {} default {} default {} }", ["MultipleSwitchDefaultClauses 1:31"]],
      ["switch ($x)", ["MissingCurlyBraceInSwitchStatement 1:12"]],
      ["switch ($x) { 1 {} ", ["MissingEndCurlyBrace 1:13"]],
    ]);
  });

  it('do and try without their block: no while/until, catch/finally looked for', () => {
    agree([
      ["do", ["MissingLoopStatement 1:3"]],
      ["do ", ["MissingLoopStatement 1:3"]],
      ["do  $n++ } until ($n -ge 3)", ["MissingLoopStatement 1:3", "UnexpectedToken 1:10"]],
      ["try", ["MissingTryStatementBlock 1:4"]],
      ["try ", ["MissingTryStatementBlock 1:4"]],
      ["try  throw 'x' } catch { 1 } finally { 2 }", ["MissingTryStatementBlock 1:4", "UnexpectedToken 1:16", "UnexpectedToken 1:30"]],
    ]);
  });

  it('else, elseif, catch and until out of place are dropped once an error has been reported', () => {
    agree([
      ["if $a) { 1 } elseif ($a) { 2 } else { 3 }", ["MissingOpenParenthesisInIfStatement 1:3", "UnexpectedToken 1:6", "UnexpectedToken 1:14", "UnexpectedToken 1:26", "UnexpectedToken 1:32"]],
      ["if ($a) { 1  elseif ($a) { 2 } else { 3 }", ["UnexpectedToken 1:14", "UnexpectedToken 1:26", "UnexpectedToken 1:32", "MissingEndCurlyBrace 1:9"]],
      ["try { throw 'x'  catch { 1 } finally { 2 }", ["UnexpectedToken 1:18", "UnexpectedToken 1:30", "MissingEndCurlyBrace 1:5", "MissingCatchOrFinally 1:43"]],
      ["1 +; until ($x)", ["ExpectedValueExpression 1:4"]],
      ["else { 1 }", []],
    ]);
  });

  it('an `@` that starts nothing: UnrecognizedToken, a command name where one is read', () => {
    agree([
      ["@", ["UnrecognizedToken 1:1"]],
      ["@ x", ["UnrecognizedToken 1:1"]],
      ["$x = @", ["UnrecognizedToken 1:6"]],
      ["[x]@", ["UnrecognizedToken 1:4", "UnexpectedToken 1:4"]],
      ["\"a\"@", ["UnrecognizedToken 1:4", "UnexpectedToken 1:4"]],
      ["@\nraw\n'@", ["UnrecognizedToken 1:1", "TerminatorExpectedAtEndOfString 3:1"]],
      ["$o = [pscustomobject]@ A = 1 }", ["UnrecognizedToken 1:22", "UnexpectedToken 1:22", "UnexpectedToken 1:30"]],
    ]);
  });

  it('`1.` is a number; `&` and `.` without a command are reported at the operator', () => {
    agree([
      ["1.", []],
      ["$a = 1.", []],
      ["$a = 1.x", []],
      ["$a = 1. + 2", []],
      ["foreach ($i in 1.", ["MissingEndParenthesisAfterForeach 1:18"]],
      ["$l = @(1, 2)[0.", ["MissingEndSquareBracket 1:16"]],
      ["1..2", []],
      ["&", ["MissingExpression 1:1"]],
      ["& ", ["MissingExpression 1:1"]],
      [".", ["MissingExpression 1:1"]],
    ]);
  });
});

describe('words that start as numbers or type literals', () => {
  it('in an expression a number followed by `[`, a letter, `$`, `@`, a quote... is a generic token, a value nowhere', () => {
    agree([
      ["3[0]", []],
      ["(3[0])", []],
      ["1, 3[0]", ["MissingExpressionAfterToken 1:3", "UnexpectedToken 1:4"]],
      ["$x = 1, 3[0]", ["MissingExpressionAfterToken 1:8", "UnexpectedToken 1:9"]],
      ["1 + 3[0]", ["ExpectedValueExpression 1:4", "UnexpectedToken 1:5"]],
      ["$a = @(1, 2, 3[0..1]", ["MissingExpressionAfterToken 1:13", "UnexpectedToken 1:14", "MissingEndParenthesisInSubexpression 1:22"]],
      ["3.5[0]", []],
      ["(1 + 3x)", ["ExpectedValueExpression 1:5", "UnexpectedToken 1:6", "MissingEndParenthesisInExpression 1:5", "UnexpectedToken 1:8"]],
      ["(3.x)", []],
      ["-3[0]", []],
      ["(1 + 3:1)", ["UnexpectedToken 1:7", "MissingEndParenthesisInExpression 1:7", "UnexpectedToken 1:9"]],
      ["1..3[0]", ["ExpectedValueExpression 1:4", "UnexpectedToken 1:4"]],
    ]);
  });

  it('a `[` with no type name where a command may start: MissingTypename, then the word read as a command', () => {
    agree([
      ["[0..1]", ["MissingTypename 1:2"]],
      ["$o = [", ["MissingTypename 1:7"]],
      ["[", ["MissingTypename 1:2"]],
      ["($o = [)", ["MissingTypename 1:8"]],
      ["x ([)", ["MissingTypename 1:5"]],
    ]);
  });

  it('a splatted variable outside a command\'s elements: SplattingNotPermitted after the parse errors', () => {
    agree([
      ["$list = @1, 2, 3)[0..1]", ["UnexpectedToken 1:17", "MissingTypename 1:19", "SplattingNotPermitted 1:9"]],
      ["x @a, @b", ["SplattingNotPermittedInArgumentList 1:3", "SplattingNotPermittedInArgumentList 1:7"]],
      ["@a + 1; [", ["MissingTypename 1:10", "SplattingNotPermitted 1:1"]],
      ["$x = @a", ["SplattingNotPermitted 1:6"]],
      ["x (@a)", ["SplattingNotPermitted 1:4"]],
      ["x @a", []],
      ["[int]@a", ["SplattingNotPermitted 1:6"]],
      ["x @a.b", ["SplattingNotPermitted 1:3"]],
      ["& @a", []],
      ["@a; 1 +", ["ExpectedValueExpression 1:8", "SplattingNotPermitted 1:1"]],
      ["x -p @a", []],
    ]);
  });
});

describe('command arguments', () => {
  it('`-p:` without its argument: ParameterRequiresArgument after the token, naming it as written; a stray `,` goes on to the next line', () => {
    agree([
      ["x -p:", ["ParameterRequiresArgument 1:6"]],
      ["x -p:\n", ["ParameterRequiresArgument 1:6"]],
      ["gcm -a:", ["ParameterRequiresArgument 1:8"]],
      ["x -p:,", ["MissingArgument 1:6"]],
      ["x -p: ,a", ["MissingArgument 1:7"]],
      ["a,\nb,\nc,d", ["MissingArgument 1:2"]],
      ["x ,\n\nb", ["MissingArgument 1:3"]],
      ["x a, ,b", ["MissingExpression 1:5", "MissingArgument 1:6"]],
    ]);
  });

  it('an escape that starts a token at the very end: IncompleteString one past the end', () => {
    agree([
      ["`", ["IncompleteString 1:3"]],
      ["x `", ["IncompleteString 1:5"]],
      ["(1)`", ["IncompleteString 1:6"]],
      ["$a`", ["IncompleteString 1:5"]],
      ["x`", []],
      ["x\n`", ["IncompleteString 2:3"]],
    ]);
  });
});

describe('skipping after an error', () => {
  it('`--%` takes the line up to a `|` or `&&` outside double quotes', () => {
    agree([
      ["cmd --% echo \"a|b\"", []],
      ["cmd --% echo a|b", []],
      ["cmd --% echo \"a|b", []],
      ["cmd --% a \"&&\" b", []],
      ["cmd --% a 'b|c' d", ["TerminatorExpectedAtEndOfString 1:15"]],
    ]);
  });

  it('a hash literal without its `=` skips to a `}`, counting `{` but not `@{` (pwsh\'s SyncOnError)', () => {
    agree([
      ["@{\na\n$x | y @{n=1} -p c\n$o", ["MissingEqualsInHashLiteral 2:2", "UnexpectedToken 3:15", "UnexpectedToken 3:18"]],
      ["@{ a; @{b=1}; c }", ["MissingEqualsInHashLiteral 1:5", "UnexpectedToken 1:17"]],
      ["@{ a; {b=1}; c }", ["MissingEqualsInHashLiteral 1:5"]],
    ]);
  });
});

describe('unary comma', () => {
  it('without its operand: MissingExpressionAfterOperator, an error expression in its place (what follows is unexpected)', () => {
    agree([
      [",", ["MissingExpressionAfterOperator 1:2"]],
      ["$a = ,", ["MissingExpressionAfterOperator 1:7"]],
      [", r2>", ["MissingExpressionAfterOperator 1:2", "UnexpectedToken 1:3"]],
      ["$a > -S <r1, r2> -N <s>", ["RedirectionNotSupported 1:9", "UnexpectedToken 1:12", "MissingExpressionAfterOperator 1:13", "UnexpectedToken 1:14", "RedirectionNotSupported 1:21"]],
    ]);
  });
});

describe('a parameter after an expression: one skipped', () => {
  it('in an expression `-Name` ends with the name; the expression skips one, the pipeline reports the next as a command word', () => {
    agree([
      ["$E-S-A!$H+H*", ["UnexpectedToken 1:3", "UnexpectedToken 1:5"]],
      ["$E -S-A", ["UnexpectedToken 1:4", "UnexpectedToken 1:6"]],
      ["$E -S -A", ["UnexpectedToken 1:4", "UnexpectedToken 1:7"]],
      ["$E-S-A", ["UnexpectedToken 1:3", "UnexpectedToken 1:5"]],
      ["1 -S-A-B", ["UnexpectedToken 1:3", "UnexpectedToken 1:5"]],
      ["1 -a -b-c", ["UnexpectedToken 1:3", "UnexpectedToken 1:6"]],
      ["1 -a -b -c-d", ["UnexpectedToken 1:3", "UnexpectedToken 1:6"]],
      ["   X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*\n   ", ["UnexpectedToken 1:28", "UnexpectedToken 1:30", "UnexpectedToken 1:37", "UnexpectedToken 1:46"]],
      ["1 -x:", ["UnexpectedToken 1:3", "UnexpectedToken 1:5"]],
      ["1 -x:2", ["UnexpectedToken 1:3", "UnexpectedToken 1:5"]],
      ["$a -x.y", ["UnexpectedToken 1:4", "UnexpectedToken 1:6"]],
      ["(1 -a)", ["UnexpectedToken 1:4"]],
      ["[int] -x", ["UnexpectedToken 1:7"]],
    ]);
  });
});

describe('a parameter after an expression', () => {
  it('right after it: reported and skipped (before ExpressionsMustBeFirstInPipeline); after a redirection: it ends the pipeline and starts the next statement', () => {
    agree([
      ["1 -x 2", ["UnexpectedToken 1:3", "UnexpectedToken 1:6"]],
      ["1 -x 2 3", ["UnexpectedToken 1:3", "UnexpectedToken 1:6", "UnexpectedToken 1:8"]],
      ["x | 1 -x 2", ["UnexpectedToken 1:7", "ExpressionsMustBeFirstInPipeline 1:5", "UnexpectedToken 1:10"]],
      ["x | 1 > f -C 1", ["ExpressionsMustBeFirstInPipeline 1:5", "UnexpectedToken 1:11"]],
      ["x | $a > f -C 1 2", ["ExpressionsMustBeFirstInPipeline 1:5", "UnexpectedToken 1:12"]],
      ["1 > f -C 1", ["UnexpectedToken 1:7"]],
      ["1 > f -C 1 2", ["UnexpectedToken 1:7"]],
      ["x | 1 -C 1", ["UnexpectedToken 1:7", "ExpressionsMustBeFirstInPipeline 1:5", "UnexpectedToken 1:10"]],
      ["x | 1 <a> -C 1", ["ExpressionsMustBeFirstInPipeline 1:5", "RedirectionNotSupported 1:7", "UnexpectedToken 1:11"]],
      ["1 -x >f", ["UnexpectedToken 1:3"]],
      ["1 -x -y", ["UnexpectedToken 1:3", "UnexpectedToken 1:6"]],
      ["x <S> -A <$true | $false> -B <d.h:m> -C <Size> -D <P>", ["RedirectionNotSupported 1:3", "RedirectionNotSupported 1:10", "ExpressionsMustBeFirstInPipeline 1:19", "RedirectionNotSupported 1:30", "UnexpectedToken 1:38", "RedirectionNotSupported 1:41", "RedirectionNotSupported 1:51"]],
      ["1 -x > f -y", ["UnexpectedToken 1:3", "UnexpectedToken 1:10"]],
      ["$a -x", ["UnexpectedToken 1:4"]],
      ["(1 -x)", ["UnexpectedToken 1:4"]],
      ["1 -x; 2", ["UnexpectedToken 1:3"]],
    ]);
  });
});
