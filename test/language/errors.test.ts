import { describe, expect, it } from 'vitest';
import { parse } from '../../src/language/parser';
import { failsToParse, firstError } from './helpers';

describe('parse errors: pwsh ids, exact wording, 1-based positions', () => {
  it.each([
    ['Get-Mailbox -EmailAddress <email address>', 'RedirectionNotSupported', "The '<' operator is reserved for future use.", 1, 27],
    ['if ($a) {\n  1', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", 1, 9],
    ['$x = "abc', 'TerminatorExpectedAtEndOfString', 'The string is missing the terminator: ".', 1, 6],
    ["$x = 'abc", 'TerminatorExpectedAtEndOfString', "The string is missing the terminator: '.", 1, 6],
    ["@'\nabc", 'TerminatorExpectedAtEndOfString', "The string is missing the terminator: '@.", 1, 1],
    ['@"\nabc', 'TerminatorExpectedAtEndOfString', 'The string is missing the terminator: "@.', 1, 1],
    ['$x = 1 2', 'UnexpectedToken', "Unexpected token '2' in expression or statement.", 1, 8],
    ['1 + 0x10000000000000000', 'BadNumericConstant', 'The numeric constant 0x10000000000000000 is not valid.', 1, 5],
    ['$x = 300y', 'BadNumericConstant', 'The numeric constant 300y is not valid.', 1, 6],
    ['9223372036854775808l', 'BadNumericConstant', 'The numeric constant 9223372036854775808l is not valid.', 1, 1],
    ['gps | | sort', 'EmptyPipeElement', 'An empty pipe element is not allowed.', 1, 7],
    ['1 +', 'ExpectedValueExpression', "You must provide a value expression following the '+' operator.", 1, 4],
    ['$a = (1 + 2', 'MissingEndParenthesisInExpression', "Missing closing ')' in expression.", 1, 12],
    ['"`u{}"', 'InvalidUnicodeEscapeSequence', "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.", 1, 2],
    ['"`u{110000}"', 'InvalidUnicodeEscapeSequenceValue', 'The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.', 1, 2],
    ['@a', 'SplattingNotPermitted', "The splatting operator '@' cannot be used to reference variables in an expression. '@a' can be used only as an argument to a command. To reference variables in an expression use '$a'.", 1, 1],
    ['f -a:', 'ParameterRequiresArgument', 'Parameter -a: requires an argument.', 1, 6],
    ['f ,', 'MissingArgument', 'Missing argument in parameter list.', 1, 3],
    ['f 1,', 'MissingExpression', "Missing expression after ',' in pipeline element.", 1, 5],
    ['1 | 2', 'ExpressionsMustBeFirstInPipeline', 'Expressions are only allowed as the first element of a pipeline.', 1, 5],
    ['f > ', 'MissingFileSpecification', 'Missing file specification after redirection operator.', 1, 4],
    ['$x.', 'MissingPropertyName', 'Missing property name after reference operator.', 1, 4],
    ['$a[', 'MissingArrayIndexExpression', 'Array index expression is missing or not valid.', 1, 4],
    ['$a[1', 'MissingEndSquareBracket', "Missing ']' after array index expression.", 1, 5],
    ['$s.Trim(', 'MissingEndParenthesisInMethodCall', "Missing ')' in method call.", 1, 9],
    // pwsh reports it at the token found instead of `)`; the end of input sits one past the text.
    ['$(1', 'MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.", 1, 5],
    ['@(1', 'MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.", 1, 5],
    ['"a $(1', 'IncompleteDollarSubexpressionReference', "$(subexpression) is missing the closing ')'.", 1, 4],
    ['if', 'MissingOpenParenthesisInIfStatement', "Missing '(' after 'if' in if statement.", 1, 3],
    ['if ()', 'IfStatementMissingCondition', "Missing condition in if statement after 'if ('.", 1, 5],
    // pwsh reports these at a token: the one in the `)`'s place (the end of input lies one past the
    // end of the script), and the `)` itself.
    ['if ($a', 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'if' statement.", 1, 8],
    ['if ($a)', 'MissingStatementBlock', 'Missing statement block after if ( condition ).', 1, 7],
    ['if ($a) {} else', 'MissingStatementBlockAfterElse', "Missing statement block after 'else' keyword.", 1, 16],
    ['foreach ($a) {}', 'MissingInInForeach', "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}", 1, 12],
    ['foreach (1) {}', 'MissingVariableNameAfterForeach', 'Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}', 1, 10],
    ['while ($true)', 'MissingLoopStatement', 'Missing statement body in while loop.', 1, 14],
    ['do {} ', 'MissingWhileOrUntilInDoWhile', 'Missing while or until keyword in do loop.', 1, 6],
    ['try { }', 'MissingCatchOrFinally', 'The Try statement is missing its Catch or Finally block.', 1, 8],
    ['function', 'MissingNameAfterKeyword', 'Missing name after function keyword.', 1, 9],
    ['function f', 'MissingFunctionBody', 'Missing function body in function declaration.', 1, 11],
    ['@{ a 1 }', 'MissingEqualsInHashLiteral', "Missing '=' operator after key in hash literal.", 1, 5],
    ['@{ a = }', 'MissingStatementInHashLiteral', "Missing statement after '=' in hash literal.", 1, 7],
    ['switch ($x) { 1 }', 'MissingSwitchStatementClause', 'Missing statement block in switch statement clause.', 1, 16],
    // pwsh 7.6 finds no error in `$<Name> = 1` (the expectation was InvalidVariableReference): a `$`
    // that starts no variable is a bareword, here a command name. `$:` is the invalid reference.
    ['$:', 'InvalidVariableReference', "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.", 1, 1],
    ['"$env: x"', 'InvalidVariableReferenceWithDrive', "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", 1, 2],
    ['<# open', 'MissingTerminatorMultiLineComment', "The terminator '#>' is missing from the multiline comment.", 1, 1],
    ["@'x\n'@", 'UnexpectedCharactersAfterHereStringHeader', 'No characters are allowed after a here-string header but before the end of the line.', 1, 3],
    ['-not', 'MissingExpressionAfterOperator', "Missing expression after unary operator '-not'.", 1, 5],
    ['[', 'MissingTypename', "Missing type name after '['.", 1, 2],
  ])('%j', (src, id, message, line, column) => {
    failsToParse(src, id, message, line, column);
  });

  it('incompleteInput is true only when the input ended too early', () => {
    expect(firstError('if ($a) {')!.incompleteInput).toBe(true);
    expect(firstError('"abc')!.incompleteInput).toBe(true);
    expect(firstError('gps |')!.incompleteInput).toBe(true);
    expect(firstError('1 +')!.incompleteInput).toBe(true);
    expect(firstError('$x = 1 2')!.incompleteInput).toBe(false);
    expect(firstError('a -x <y>')!.incompleteInput).toBe(false);
  });

  it('reports the error line and column on later lines', () => {
    expect(firstError('Get-Foo\n\n  Set-Bar -Identity <id>')).toMatchObject({ errorId: 'RedirectionNotSupported', line: 3, column: 21, offset: 29 });
  });

  it('keeps parsing after an error (several errors for one input)', () => {
    // pwsh 7.6: `<email` reads `email` as the file name, so no MissingFileSpecification (the
    // expectation used to list one); each `<` is reported once.
    const r = parse('Get-Mailbox -Identity <id> -EmailAddress <email address>');
    expect(r.errors.map((e) => [e.errorId, e.column])).toEqual([['RedirectionNotSupported', 23], ['RedirectionNotSupported', 42]]);
    expect(r.ast.end!.statements).toHaveLength(1);
  });

  it('the error extent is what pwsh underlines: the unexpected token, the operand of ++/--', () => {
    const span = (src: string) => parse(src).errors.map((e) => [e.errorId, src.slice(e.offset, e.endOffset)]);
    expect(span('$x = 1 2')).toEqual([['UnexpectedToken', '2']]);
    expect(span('--16')).toEqual([['OperatorRequiresVariableOrProperty', '16']]);
    expect(span('$x = "abc')).toEqual([['TerminatorExpectedAtEndOfString', '"abc']]);
  });
});

describe('$( ) in an expandable string: scanned first, then parsed on its own (pwsh ScanSubExpression)', () => {
  const errs = (src: string) => parse(src).errors.map((e) => [e.errorId, e.line, e.column, src.slice(e.offset, e.endOffset), e.message]);

  it('`" inside it is a plain quote: "q`"abc`"" is the string "q" followed by a token', () => {
    const src = `"value: $("q\`"abc\`"".Contains('Beta'))"`;
    expect(errs(src)).toEqual([['UnexpectedToken', 1, 15, 'abc`"".Contains', "Unexpected token 'abc`\"\".Contains' in expression or statement."]]);
  });

  it('"" inside it is one quote too: the string it opens runs to the end of the sub-expression', () => {
    expect(errs(`"value: $((@("") -like '*a*'))"`)).toEqual([
      // The tokenizer's own error is not moved over the dropped quote (pwsh: NewScriptExtent).
      ['TerminatorExpectedAtEndOfString', 1, 14, `"") -like '*a*')`, 'The string is missing the terminator: ".'],
      ['MissingEndParenthesisInSubexpression', 1, 31, '', "Missing closing ')' in subexpression."],
      ['MissingEndParenthesisInExpression', 1, 31, '', "Missing closing ')' in expression."],
    ]);
  });

  it('the first ) that balances the parentheses ends it, inside quotes or not', () => {
    expect(errs(`"a $(")") b"`).map((e) => [e[0], e[2]])).toEqual([
      ['TerminatorExpectedAtEndOfString', 6],
      ['MissingEndParenthesisInSubexpression', 9],
      ['UnexpectedToken', 9],
      ['TerminatorExpectedAtEndOfString', 12],
    ]);
  });

  it('the same in a bareword argument', () => {
    expect(errs('echo a$("x`"y")b').map((e) => [e[0], e[2], e[3]])).toEqual([
      ['TerminatorExpectedAtEndOfString', 13, 'y"'],
      ['UnexpectedToken', 13, 'y")'],
      ['MissingEndParenthesisInSubexpression', 16, ''],
    ]);
  });

  it('a sub-expression left open is reported before the string', () => {
    expect(errs('"a $(1').map((e) => [e[0], e[2], e[3]])).toEqual([
      ['IncompleteDollarSubexpressionReference', 4, '$(1'],
      ['TerminatorExpectedAtEndOfString', 1, '"a $(1'],
      ['MissingEndParenthesisInSubexpression', 8, ''],
    ]);
  });

  it('here-strings keep doubled quotes', () => {
    expect(parse('@"\n$("a""b") $("c`"d")\n"@').errors).toEqual([]);
  });
});
