import { describe, expect, it } from 'vitest';
import { commandElements, expr } from './helpers';

describe('single-quoted strings', () => {
  it.each([
    ["'abc'", 'abc'],
    ["'it''s'", "it's"],
    ["'$x `n'", '$x `n'],
    ["'foo`u{2195}abc'", 'foo`u{2195}abc'],
    ["\u2018smart\u2019", 'smart'],
  ])('%s', (src, value) => {
    expect(expr(src)).toMatchObject({ type: 'StringConstant', value, stringKind: 'SingleQuoted' });
  });
});

describe('double-quoted strings: escapes (P-17..P-23)', () => {
  it.each([
    ['"foo` bar"', 'foo bar'],
    ['"fo`odbar"', 'foodbar'],
    ['"`e"', '\x1b'],
    ['"`0"', '\0'],
    ['"`a"', '\x07'],
    ['"`b"', '\b'],
    ['"`f"', '\f'],
    ['"`n"', '\n'],
    ['"`r"', '\r'],
    ['"`t"', '\t'],
    ['"`v"', '\v'],
    ['"`""', '"'],
    ['"`\'"', "'"],
    ['"`\\\\"', '\\\\'],
    ['"`u{a9}"', '\u00a9'],
    ['"`u{1F600}"', '\u{1F600}'],
    ['"say ""hi"""', 'say "hi"'],
    ['"a `$x"', 'a $x'],
    ['"cost: $ 5"', 'cost: $ 5'],
    ['\u201csmart\u201d', 'smart'],
  ])('%s', (src, value) => {
    expect(expr(src)).toMatchObject({ type: 'StringConstant', value, stringKind: 'DoubleQuoted' });
  });
});

describe('double-quoted strings: expansion', () => {
  it.each([
    ['"Hello $name"', ['Hello ', { type: 'Variable', name: 'name' }]],
    ['"$var.Prop"', [{ type: 'Variable', name: 'var' }, '.Prop']],
    ['"$($x.Prop)"', [{ type: 'SubExpression', statements: [{ elements: [{ expression: { type: 'MemberExpression' } }] }] }]],
    ['"${x}y"', [{ type: 'Variable', name: 'x' }, 'y']],
    ['"$env:X!"', [{ type: 'Variable', name: 'X', scope: 'env' }, '!']],
    ['"$script:x"', [{ type: 'Variable', name: 'x', scope: 'script' }]],
    // Quotes doubled or escaped inside `$( )` are collapsed before it is parsed (pwsh ScanSubExpression).
    ['"x$("a`"`"b")y"', ['x', { type: 'SubExpression', statements: [{ elements: [{ expression: { value: 'a"b' } }] }] }, 'y']],
    // Only the `$( )` and member access after it are parsed; the rest of its text is dropped.
    ["\"[$('(').Length)]\"", ['[', { type: 'MemberExpression', target: { type: 'SubExpression' }, member: { value: 'Length' } }, ']']],
    ["\"[$('(') + 1)]\"", ['[', { type: 'SubExpression' }, ']']],
    ['"$x[0]"', [{ type: 'Variable', name: 'x' }, '[0]']],
  ])('%s', (src, parts) => {
    expect(expr(src)).toMatchObject({ type: 'ExpandableString', stringKind: 'DoubleQuoted', parts });
  });

  it('raw keeps the text between the quotes', () => {
    expect(expr('"a `n $b"')).toMatchObject({ raw: 'a `n $b', parts: ['a \n ', { name: 'b' }] });
  });
});

describe('here-strings', () => {
  it('single-quoted here-string keeps text verbatim, without the final line break', () => {
    expect(expr("@'\nline $x\n  'quoted'\n'@")).toMatchObject({ type: 'StringConstant', value: "line $x\n  'quoted'", stringKind: 'SingleQuotedHereString' });
  });
  it('double-quoted here-string expands and keeps quotes', () => {
    expect(expr('@"\nHi "$name"\n"@')).toMatchObject({ type: 'ExpandableString', stringKind: 'DoubleQuotedHereString', parts: ['Hi "', { name: 'name' }, '"'] });
  });
  it('empty here-string', () => {
    expect(expr("@'\n'@")).toMatchObject({ value: '' });
  });
  it('CRLF line breaks', () => {
    expect(expr("@'\r\na\r\nb\r\n'@")).toMatchObject({ value: 'a\r\nb' });
  });
});

describe('escapes in barewords (P-24)', () => {
  it('Write-Output `u{a9}` Acme` Inc is one argument', () => {
    expect(commandElements('Write-Output `u{a9}` Acme` Inc')).toMatchObject([{ value: 'Write-Output' }, { type: 'StringConstant', value: '\u00a9 Acme Inc' }]);
  });
});
