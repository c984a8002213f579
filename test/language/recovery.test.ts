/**
 * Error recovery and the places pwsh reports errors, pinned with pwsh 7.6's own results
 * (Parser.ParseInput: ErrorId, line, column, message).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/language/parser';

/** Every parse error as `Id line:column message`. */
function errors(src: string): string[] {
  return parse(src).errors.map((e) => `${e.errorId} ${e.line}:${e.column} ${e.message}`);
}

const RESERVED = "The '<' operator is reserved for future use.";

describe('redirection operators', () => {
  it('reads the file name after `<` as after `>`: `<name>` is reported once', () => {
    expect(errors('Get-Help <cmdlet-name>')).toEqual([`RedirectionNotSupported 1:10 ${RESERVED}`]);
    expect(errors('Get-Foo -Name <String> -Id <Int>')).toEqual([`RedirectionNotSupported 1:15 ${RESERVED}`, `RedirectionNotSupported 1:28 ${RESERVED}`]);
    expect(errors('a <b c> d')).toEqual([`RedirectionNotSupported 1:3 ${RESERVED}`]);
  });

  it('reports a missing file name first, then the reserved `<`', () => {
    expect(errors('a <')).toEqual(['MissingFileSpecification 1:4 Missing file specification after redirection operator.', `RedirectionNotSupported 1:3 ${RESERVED}`]);
    expect(errors('a > <c>')).toEqual(['MissingFileSpecification 1:4 Missing file specification after redirection operator.', `RedirectionNotSupported 1:5 ${RESERVED}`]);
  });

  it('takes a redirection token in the command-name place as a plain word, without error', () => {
    expect(errors('<object>')).toEqual([]);
    expect(errors('<object> -is <type-reference>')).toEqual([`RedirectionNotSupported 1:14 ${RESERVED}`]);
    expect(errors('> a b')).toEqual([]);
    expect(errors('a | <b> c')).toEqual([]);
    expect(errors('& <x>')).toEqual([]);
    const s = parse('<a> b').ast.end!.statements[0]!;
    expect(s).toMatchObject({ type: 'Pipeline', elements: [{ type: 'Command', elements: [{ value: '<' }, { value: 'a>' }, { value: 'b' }] }] });
  });

  it('does not end a bareword, a parameter or `$var...` at `>` or `<` (only a token can start a redirection)', () => {
    expect(errors('a b>c; a x<; a 7>c; a $x>c; a -p>c; a b>c<d')).toEqual([]);
    const s = parse('a b>c -p>d').ast.end!.statements[0]!;
    expect(s).toMatchObject({ elements: [{ elements: [{ value: 'a' }, { value: 'b>c' }, { type: 'CommandParameter', name: 'p>d' }], redirections: [] }] });
  });

  it('starts a redirection after a quoted string, a parenthesis or a member access', () => {
    for (const src of ["a 'x'>c", 'a "x">c', 'a (1)>c', 'a $x.y>c', 'a $x[0]>c']) {
      const s = parse(src).ast.end!.statements[0]!;
      expect(s, src).toMatchObject({ elements: [{ redirections: [{ type: 'FileRedirection' }] }] });
    }
    expect(errors("a 'x'<c")).toEqual([`RedirectionNotSupported 1:6 ${RESERVED}`]);
  });

  it('reports `<` after an expression operator that lacks its operand', () => {
    expect(errors('$x -eq <b>')).toEqual([
      "ExpectedValueExpression 1:7 You must provide a value expression following the '-eq' operator.",
      `RedirectionNotSupported 1:8 ${RESERVED}`,
    ]);
  });
});

describe('redirection targets and merging', () => {
  it('reserves merging into the error stream (`N>&2`) and needs a stream digit before `>&`', () => {
    expect(errors('a 4>&2')).toEqual(["RedirectionNotSupported 1:3 The '4>&2' operator is reserved for future use."]);
    expect(errors('a 2>&1; a *>&1; a 3>&1')).toEqual([]);
    expect(errors('a >&1')).toEqual(['MissingFileSpecification 1:4 Missing file specification after redirection operator.']);
  });

  it('takes a parameter-like word as a file name', () => {
    expect(errors('New-RemoteDomain -Name "<Unique Name"> -DomainName x')).toEqual([]);
    expect(errors('a > --% x')).toEqual([]);
  });

  it('reports an expression after the first pipeline element before its redirections', () => {
    expect(errors('Set-Foo -X <$true | $false>')).toEqual([
      `RedirectionNotSupported 1:12 ${RESERVED}`,
      'ExpressionsMustBeFirstInPipeline 1:21 Expressions are only allowed as the first element of a pipeline.',
      'MissingFileSpecification 1:28 Missing file specification after redirection operator.',
    ]);
  });
});

describe('unexpected tokens', () => {
  it('ends the pipeline at the token, reports it as scanned at a statement start, and parses on from it', () => {
    expect(errors('1 2 3')).toEqual(["UnexpectedToken 1:3 Unexpected token '2' in expression or statement.", "UnexpectedToken 1:5 Unexpected token '3' in expression or statement."]);
    expect(errors('1 Write-Host x')).toEqual(["UnexpectedToken 1:3 Unexpected token 'Write-Host' in expression or statement."]);
    expect(errors('1 b=2')).toEqual(["UnexpectedToken 1:3 Unexpected token 'b=2' in expression or statement."]);
    expect(parse('$x = 1 foo bar').ast.end!.statements.map((s) => s.type)).toEqual(['Assignment', 'Pipeline']);
  });

  it('lets the enclosing construct report its missing closer after the token', () => {
    expect(errors('(1 2)')).toEqual([
      "UnexpectedToken 1:4 Unexpected token '2' in expression or statement.",
      "MissingEndParenthesisInExpression 1:3 Missing closing ')' in expression.",
      "UnexpectedToken 1:5 Unexpected token ')' in expression or statement.",
    ]);
    expect(errors('$(1 2)')).toEqual(["UnexpectedToken 1:5 Unexpected token '2' in expression or statement."]);
  });

  it('reports nothing when a non-pipeline statement is followed by more on its line', () => {
    expect(errors('if ($x) {} foo')).toEqual([]);
    expect(errors('function f {} x')).toEqual([]);
  });

  it('ends a quoted token at its closing quote in argument mode too', () => {
    expect(errors('"a" "b"c')).toEqual(["UnexpectedToken 1:5 Unexpected token '\"b\"' in expression or statement.", "UnexpectedToken 1:8 Unexpected token 'c' in expression or statement."]);
    const s = parse("echo \"a\"b 'c'd").ast.end!.statements[0]!;
    expect(s).toMatchObject({ elements: [{ elements: [{ value: 'echo' }, { value: 'a' }, { value: 'b' }, { value: 'c' }, { value: 'd' }] }] });
  });
});

describe('`$` without a variable name', () => {
  it('is a bareword: a command name at a statement start, an unexpected token after an operator', () => {
    expect(errors('$<VariableName> = Get-Content "<text file>"')).toEqual([]);
    expect(errors('$ foo; $%x; a $<x>')).toEqual([]);
    expect(errors('1 + $<x>')).toEqual([
      "ExpectedValueExpression 1:4 You must provide a value expression following the '+' operator.",
      "UnexpectedToken 1:5 Unexpected token '$<x>' in expression or statement.",
    ]);
  });

  it('reports `$x:` with no name after the colon, in strings too, and keeps `$x:b`, `$x::y`', () => {
    const drive = "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.";
    expect(errors('a $x: b')).toEqual([`InvalidVariableReferenceWithDrive 1:3 ${drive}`]);
    expect(errors('"$x: y"')).toEqual([`InvalidVariableReferenceWithDrive 1:2 ${drive}`]);
    expect(errors('$x:b; $x::y; "${x}:"')).toEqual([]);
    expect(errors('"$:"')).toEqual(["InvalidVariableReference 1:2 Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name."]);
  });
});

describe('after an expression', () => {
  it('reports a parameter as unexpected and reads on to the redirections', () => {
    expect(errors('1 -x')).toEqual(["UnexpectedToken 1:3 Unexpected token '-x' in expression or statement."]);
    expect(errors('a -E <$true | $false>] -Action <Allow | Deny>')).toEqual([
      `RedirectionNotSupported 1:6 ${RESERVED}`,
      'ExpressionsMustBeFirstInPipeline 1:15 Expressions are only allowed as the first element of a pipeline.',
      "UnexpectedToken 1:24 Unexpected token '-Action' in expression or statement.",
      `RedirectionNotSupported 1:32 ${RESERVED}`,
    ]);
    // `> -Action`: the parameter-like word is the file name.
    expect(errors('a -E <$true | $false> -Action')).toEqual([`RedirectionNotSupported 1:6 ${RESERVED}`, 'ExpressionsMustBeFirstInPipeline 1:15 Expressions are only allowed as the first element of a pipeline.']);
  });
});

describe('hash literals', () => {
  const MISSING = "Missing closing '}' in statement block or type definition.";
  it("reports a missing '}' just after `@{` and leaves the rest to the enclosing statement", () => {
    expect(errors('@{a=1')).toEqual([`MissingEndCurlyBrace 1:3 ${MISSING}`]);
    expect(errors('@{a=1; b=2 3}')).toEqual([
      "UnexpectedToken 1:12 Unexpected token '3' in expression or statement.",
      `MissingEndCurlyBrace 1:3 ${MISSING}`,
      "UnexpectedToken 1:13 Unexpected token '}' in expression or statement.",
    ]);
    expect(errors('Set-X -Y @{Add="a","b"...}')).toEqual([
      "ExpectedValueExpression 1:25 You must provide a value expression following the '..' operator.",
      "UnexpectedToken 1:25 Unexpected token '.' in expression or statement.",
      `MissingEndCurlyBrace 1:12 ${MISSING}`,
      "UnexpectedToken 1:26 Unexpected token '}' in expression or statement.",
    ]);
  });

  it('skips to the closing brace after a key without `=`', () => {
    expect(errors('@{a b c=1}; 1')).toEqual(["MissingEqualsInHashLiteral 1:4 Missing '=' operator after key in hash literal."]);
    expect(errors('@{a')).toEqual(["MissingEqualsInHashLiteral 1:4 Missing '=' operator after key in hash literal.", `MissingEndCurlyBrace 1:3 ${MISSING}`]);
  });
});

describe('argument mode', () => {
  it('passes a `.` with nothing after it as a word, not a member access', () => {
    expect(errors("echo (1).\necho $x. x")).toEqual([]);
    expect(errors("echo (1).; 1")).toEqual(["MissingPropertyName 1:10 Missing property name after reference operator."]);
    expect(errors('$x = (1).')).toEqual(['MissingPropertyName 1:10 Missing property name after reference operator.']);
  });
});

describe('unary operators', () => {
  it('report only the innermost missing operand, then check `--`/`++` operands after all parse errors', () => {
    const dashes = 'Name   Value\n----   -----\nMsg3   x';
    expect(errors(dashes)).toEqual([
      "MissingExpressionAfterOperator 2:13 Missing expression after unary operator '-'.",
      "UnexpectedToken 3:1 Unexpected token 'Msg3' in expression or statement.",
      "OperatorRequiresVariableOrProperty 2:3 The '--' operator works only on variables or on properties.",
      "OperatorRequiresVariableOrProperty 2:8 The '--' operator works only on variables or on properties.",
      "OperatorRequiresVariableOrProperty 2:10 The '--' operator works only on variables or on properties.",
      "OperatorRequiresVariableOrProperty 2:12 The '--' operator works only on variables or on properties.",
    ]);
    expect(errors('-- 1')).toEqual(["OperatorRequiresVariableOrProperty 1:4 The '--' operator works only on variables or on properties."]);
    expect(errors('--$x; ++$a.b; $c[0]++')).toEqual([]);
    expect(errors('--')).toEqual(["MissingExpressionAfterOperator 1:3 Missing expression after unary operator '--'."]);
  });
});

describe('member access and method calls', () => {
  it('calls `.Where{...}` / `.ForEach{...}` with the script block as the one argument', () => {
    expect(errors('(0..9).Where{ $_ % 2 }; (1).Where{ $_ }.Count; echo (1).Where{ $_ }')).toEqual([]);
    const s = parse('$a.ForEach{ $_ }').ast.end!.statements[0]!;
    expect(s).toMatchObject({ elements: [{ expression: { type: 'InvokeMemberExpression', member: { value: 'ForEach' }, arguments: [{ type: 'ScriptBlockExpression' }] } }] });
    expect(errors('(1).Where { $_ }')).toEqual(["UnexpectedToken 1:11 Unexpected token '{' in expression or statement."]);
  });

  it('allows blanks and line breaks between `.`/`::` and the member name in expression mode', () => {
    expect(errors("'OS' | ForEach-Object { $PSVersionTable. $_ }; [int]:: $_; $a.\nb")).toEqual([]);
  });

  it('keeps `()` and `([])` as error operands: one error, the command goes on', () => {
    expect(errors('New-X -Q A/2.00()B -C D')).toEqual(["ExpectedExpression 1:17 An expression was expected after '('."]);
    expect(errors('a ([])::Any')).toEqual(["MissingTypename 1:5 Missing type name after '['."]);
  });
});

describe('class and enum definitions', () => {
  it('parse into a TypeDefinition with properties, methods, constructors and enum values', () => {
    const src = [
      'class A : B, System.IEquatable[Object] {',
      "  [string]$x = 'a'",
      '  static [int] $n',
      '  hidden $h',
      '  A() {}',
      '  A([int]$v) : base($v) { $this.x = $v }',
      '  [bool] Equals([Object] $obj) { return $true }',
      '}',
      'enum E : byte { A; B = 2',
      ' C }',
    ].join('\n');
    const r = parse(src);
    expect(r.errors).toEqual([]);
    const [cls, en] = r.ast.end!.statements;
    expect(cls).toMatchObject({ type: 'TypeDefinition', kind: 'class', name: 'A', baseTypes: ['B', 'System.IEquatable[Object]'] });
    expect((cls as { members: { kind: string; name: string }[] }).members.map((m) => `${m.kind} ${m.name}`)).toEqual([
      'property x', 'property n', 'property h', 'constructor A', 'constructor A', 'method Equals',
    ]);
    expect(en).toMatchObject({ kind: 'enum', name: 'E', baseTypes: ['byte'], members: [{ name: 'A' }, { name: 'B', initializer: { value: 2 } }, { name: 'C' }] });
  });

  it("reports a missing '}' after the `{` and leaves an unexpected member to the enclosing statements", () => {
    expect(errors('enum Food {\n[Food]::Apple..[Food]::Kiwi')).toEqual(["MissingEndCurlyBrace 1:12 Missing closing '}' in statement block or type definition."]);
  });

  it('reports pwsh errors for a bare word member, a missing name and a missing body', () => {
    expect(errors('class X {\n  foo\n}')).toEqual([
      "MissingMethodParameterList 2:6 Missing '(' in class method parameter list.",
      'MissingFunctionBody 2:6 Missing function body in function declaration.',
    ]);
    expect(errors('class {\n}')).toEqual(['MissingNameAfterKeyword 1:6 Missing name after class keyword.']);
    expect(errors('class X\n')).toEqual(["MissingTypeBody 1:8 Missing 'class' body in 'class' declaration."]);
  });
});
