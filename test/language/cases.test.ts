/**
 * Parser cases P-1..P-51 of /work/shared/notes/pwsh-formatting-and-parsing-cases.md section 4 that
 * are about parsing (binding/runtime cases are checked here only for their parse shape).
 */
import { describe, expect, it } from 'vitest';
import { parse, tokenize } from '../../src/language/parser';
import { commandElements, expr, statements } from './helpers';

const ids = (src: string) => parse(src).errors.map((e) => e.errorId);
const first = (src: string) => parse(src).errors[0];

describe('P-1..P-16: parse errors', () => {
  it.each(['1;2;3|3', '1;2;3|$(1+1)', "1;2;3|'abc'"])('P-1..3 %s fails (expression after a pipe)', (src) => {
    expect(first(src)).toMatchObject({ errorId: 'ExpressionsMustBeFirstInPipeline', offset: 6 });
  });
  it('P-4 1|1: ExpressionsMustBeFirstInPipeline at offset 2', () => {
    expect(first('1|1')).toMatchObject({ errorId: 'ExpressionsMustBeFirstInPipeline', offset: 2 });
  });
  it('P-5 (1+ 1), is incomplete input', () => {
    expect(first('(1+ 1),')).toMatchObject({ incompleteInput: true });
  });
  it('P-6 |gps: EmptyPipeElement at 0', () => {
    expect(first('|gps')).toMatchObject({ errorId: 'EmptyPipeElement', offset: 0 });
  });
  it('P-7 gps|: EmptyPipeElement at 4', () => {
    expect(first('gps|')).toMatchObject({ errorId: 'EmptyPipeElement', offset: 4, incompleteInput: true });
  });
  it('P-8 gps| |foreach name: EmptyPipeElement', () => {
    expect(ids('gps| |foreach name')).toEqual(['EmptyPipeElement']);
  });
  it('P-9 $a=: ExpectedValueExpression at 3', () => {
    expect(first('$a=')).toMatchObject({ errorId: 'ExpectedValueExpression', offset: 3 });
  });
  it('P-10 1+: ExpectedValueExpression at 2', () => {
    expect(first('1+')).toMatchObject({ errorId: 'ExpectedValueExpression', offset: 2 });
  });
  it('P-11 gcm -a:: ParameterRequiresArgument after the parameter (pwsh 7.6: column 8)', () => {
    expect(first('gcm -a:')).toMatchObject({ errorId: 'ParameterRequiresArgument', column: 8 });
  });
  it('P-12 gcm -a: 1,: MissingExpression', () => {
    expect(first('gcm -a: 1,')).toMatchObject({ errorId: 'MissingExpression' });
  });
  it('P-13 gcm ,: MissingArgument at 4', () => {
    expect(first('gcm ,')).toMatchObject({ errorId: 'MissingArgument', offset: 4 });
  });
  it('P-14 @a: SplattingNotPermitted at 0', () => {
    expect(first('@a')).toMatchObject({ errorId: 'SplattingNotPermitted', offset: 0 });
  });
  it('P-15 @{ a=1;b=2;c=3;: MissingEndCurlyBrace', () => {
    expect(first('@{ a=1;b=2;c=3;')).toMatchObject({ errorId: 'MissingEndCurlyBrace', incompleteInput: true });
  });
  it.each(['   )', '   }'])('P-16 %j: UnexpectedToken', (src) => {
    expect(first(src)).toMatchObject({ errorId: 'UnexpectedToken', offset: 3 });
  });
});

describe('P-17..P-24: string escapes (AST values)', () => {
  it.each([
    ['"foo` bar"', 'foo bar'],
    ['"fo`odbar"', 'foodbar'],
    ['"`e"', '\x1b'],
    ['"`0`a`b`f`n`r`t`v"', '\0\x07\b\f\n\r\t\v'],
    ['"`""', '"'],
    ['"`\'"', "'"],
    ['"`\\\\"', '\\\\'],
    ['"`u{a9}"', '\u00a9'],
    ["'foo`u{2195}abc'", 'foo`u{2195}abc'],
  ])('%s', (src, value) => {
    expect(expr(src)).toMatchObject({ type: 'StringConstant', value });
  });
  it('P-21 write-output "`"" has one argument: a double quote', () => {
    expect(commandElements('write-output "`""')[1]).toMatchObject({ value: '"' });
  });
  it('P-24 escaped spaces keep a bareword together', () => {
    expect(commandElements('Write-Output `u{a9}` Acme` Inc')).toHaveLength(2);
  });
});

describe('P-25..P-31: parse shapes of binding cases', () => {
  it('P-25 "Hello $MyArray" expands a variable', () => {
    expect(statements('$MyArray = "a","b"; "Hello $MyArray"')[1]).toMatchObject({ elements: [{ expression: { type: 'ExpandableString', parts: ['Hello ', { name: 'MyArray' }] } }] });
  });
  it('P-26 multiple assignment target is an array literal', () => {
    expect(statements('$one, $two = 1, 2, 3')[0]).toMatchObject({ type: 'Assignment', target: { type: 'ArrayLiteral', elements: [{ name: 'one' }, { name: 'two' }] } });
  });
  it('P-27 script.ps1 4 -5 6 -blah -- foo -bar', () => {
    expect(commandElements('./script.ps1 4 -5 6 -blah -- foo -bar')).toMatchObject([
      { value: './script.ps1' },
      { value: 4 },
      { type: 'StringConstant', value: '-5' }, // pwsh 7.6: a bareword string
      { value: 6 },
      { type: 'CommandParameter', name: 'blah' },
      { type: 'StringConstant', value: '--' },
      { value: 'foo' },
      { type: 'CommandParameter', name: 'bar' },
    ]);
  });
  it('P-28 4,-5,6 | & { $input }', () => {
    expect(statements('$input = 1,2,3;4,-5,6 | & { $input }')[1]).toMatchObject({
      elements: [{ expression: { type: 'ArrayLiteral', elements: [{ value: 4 }, { value: -5 }, { value: 6 }] } }, { invocationOperator: '&' }],
    });
  });
  it('P-29/P-30 comparison operators parse with their case prefix', () => {
    expect(expr("'aaa' -clt 'AAA'")).toMatchObject({ operator: '-clt' });
    expect(expr("'aaa' -ieq 'AAA'")).toMatchObject({ operator: '-ieq' });
    expect(expr('!3')).toMatchObject({ type: 'UnaryExpression', operator: '!' });
    expect(expr('@(3) -eq 3')).toMatchObject({ left: { type: 'ArrayExpression' } });
  });
  it.each(['34uy', '48y', '8s', '49us', '26', '28u', '24l', '32ul', '20d', '6n'])('P-31 f -Value %s keeps its text', (n) => {
    expect(commandElements(`f -Value ${n}`)[2]).toMatchObject({ type: 'Constant', text: n });
  });
});

describe('P-32/P-33: tokens', () => {
  it.each(['a?2:2', '1?2:3', 'a?', 'a?b', '1?', '?2:3'])('%s is one Generic token and a bareword command name', (src) => {
    const tokens = tokenize(src);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ kind: 'Generic', text: src });
    expect(commandElements(src)).toMatchObject([{ type: 'StringConstant', value: src, stringKind: 'BareWord' }]);
  });
  it.each(['$true?2:3', '$false?', '$env:abc', '$env:123', '$:abc'])('%s is one Variable token', (src) => {
    const tokens = tokenize(src);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ kind: 'Variable', text: src });
  });
});

describe('P-34..P-42: line continuation', () => {
  it('P-34 backtick at end of line', () => {
    expect(expr("'Hello' + `\n    ' world'")).toMatchObject({ operator: '+', right: { value: ' world' } });
  });
  it('P-35 backtick followed by blanks then the line break', () => {
    expect(expr("'Hello' + ` \t \n' world'")).toMatchObject({ operator: '+' });
  });
  it('P-36 backtick, blank, comment', () => {
    expect(expr("'Hello' + ` # comment\n' world'")).toMatchObject({ operator: '+' });
  });
  it('P-37 backtick directly before # is an escape: ExpectedValueExpression', () => {
    expect(first("'Hello' + `# comment\n' world'")).toMatchObject({ errorId: 'ExpectedValueExpression' });
  });
  it('P-38 two backticks at the end of a line: ExpectedValueExpression', () => {
    expect(first("'Hello' + ``\n' world'")).toMatchObject({ errorId: 'ExpectedValueExpression' });
  });
  it('P-39 pipe at line end, with a comment after it or a comment line between', () => {
    for (const src of ["'Hello' |\n    ForEach-Object {\"$_ world\"}", "'Hello' | # c\n ForEach-Object {1}", "'Hello' |\n# c\n ForEach-Object {1}"]) {
      expect(statements(src)[0]).toMatchObject({ elements: [{}, { type: 'Command' }] });
    }
  });
  it('P-40 trailing pipe then end, or then a line starting with |', () => {
    expect(first("'Hello' |\n")).toMatchObject({ errorId: 'EmptyPipeElement' });
    expect(first("'Hello' |\n| ForEach-Object {1}")).toMatchObject({ errorId: 'EmptyPipeElement' });
  });
  it('P-41 leading pipe continues (comment lines between, | alone on a line)', () => {
    expect(statements("'Hello'\n    | ForEach-Object {1}")[0]).toMatchObject({ elements: [{}, {}] });
    expect(statements("'Hello'\n# c\n\n    | ForEach-Object {1}")[0]).toMatchObject({ elements: [{}, {}] });
    expect(statements("'Hello'\n|\nForEach-Object {1}")[0]).toMatchObject({ elements: [{}, {}] });
  });
  it('P-42 multi-line leading pipes', () => {
    expect(statements('1..10\n| ForEach-Object {($_ -shl 1) + $_}\n| Where-Object {$_ % 2 -eq 0}\n| Sort-Object -Descending')[0]).toMatchObject({
      elements: [{ type: 'CommandExpression' }, { type: 'Command' }, { type: 'Command' }, { type: 'Command' }],
    });
  });
});

describe('P-43..P-50: splatting parse shapes', () => {
  it('P-43 function with Alias attribute, splat argument', () => {
    const s = statements('function SimpleTest { param([Alias(\'Key\')]$Name, $Path) "Key: $Name; Path: $Path; Args: $args" }; $hash=@{Name="Hello";Blah="World"}; SimpleTest @hash');
    expect(s[0]).toMatchObject({ type: 'FunctionDefinition', body: { paramBlock: { parameters: [{ name: 'Name', attributes: [{ typeName: 'Alias' }] }, { name: 'Path' }] } } });
    expect(s[2]).toMatchObject({ elements: [{ elements: [{ value: 'SimpleTest' }, { type: 'Variable', name: 'hash', splatted: true }] }] });
  });
  it('P-45/P-50 splat before and after explicit parameters', () => {
    expect(commandElements('SimpleTest @hash -Path "Yeah"')).toMatchObject([{}, { splatted: true }, { type: 'CommandParameter', name: 'Path' }, { value: 'Yeah' }]);
    expect(commandElements('Get-Verb @hash -Verb "Send"')).toMatchObject([{}, { splatted: true }, { name: 'Verb' }, {}]);
  });
});

describe('P-51: unicode escape errors', () => {
  it('`u{} and `u{110000}', () => {
    expect(first('"`u{}"')).toMatchObject({ errorId: 'InvalidUnicodeEscapeSequence' });
    expect(first('"`u{110000}"')).toMatchObject({ errorId: 'InvalidUnicodeEscapeSequenceValue' });
  });
});
