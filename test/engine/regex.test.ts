import { describe, expect, test } from 'vitest';
import { run } from './helpers';
import { createSession } from '../../src/session';

// .NET regular expression syntax on JavaScript (src/engine/regex.ts), as pwsh 7.6 evaluates it.
describe('regular expressions', () => {
  test('inline comments, (?x) and IgnorePatternWhitespace', () => {
    const r = run("'book' -match '(?# This is an inline comment)oo'; 'book' -match '(?x)oo# This is an end-of-line comment'; 'book' -split 'oo # comment', 0, 'IgnorePatternWhitespace'");
    expect(r.lines).toEqual(['True', 'True', 'b', 'k']);
  });
  test('anchors and options: \\A \\z \\Z, $ before a final newline, (?i) under -cmatch, (?\'name\'...), atomic groups, []x[]', () => {
    const r = run("\"abc`n\" -match 'c$'; 'ab' -match '\\Aa'; 'xab' -match '\\Aa'; \"ab`n\" -match 'b\\z'; \"ab`n\" -match 'b\\Z'; 'AB' -cmatch '(?i)ab'; 'ab' -match '(?<first>a)(?''second''b)'; $Matches.second; 'a-b' -replace '(?>a)-', 'X'; '[x]' -match '[]x[]'");
    expect(r.lines).toEqual(['True', 'True', 'False', 'False', 'True', 'True', 'True', 'b', 'Xb', 'True']);
  });
  test('-replace with a script block gets each Match as $_', () => {
    expect(run("'072101108108111' -replace '\\d{3}', {return [char][int]$_.Value}").lines).toEqual(['Hello']);
    expect(run("'John Smith' -replace '(?<f>\\w+) (?<l>\\w+)', { \"$($_.Groups['l'].Value), $($_.Groups[1].Value)\" }").lines).toEqual(['Smith, John']);
  });
  test('-split: empty matches, max count, SimpleMatch, RegexMatch/IgnoreCase, a script block, captures', () => {
    const r = run('"abc","de" -split ""; "--"; "ab,cd","1,5,7,8" -split ",", 2; "10X20x30" -csplit "X", 0, "SimpleMatch"; "a.b" -split ".", 0, "SimpleMatch"; "--"; "analogous" -split "[AEIOU]", 0, "RegexMatch, IgnoreCase"; "--"; "analogous" -split { $_ -eq "a" -or $_ -eq "o" }, 4; "a1b2c3d" -split "(\\d)", 2');
    expect(r.lines).toEqual(['', 'a', 'b', 'c', '', '', 'd', 'e', '', '--', 'ab', 'cd', '1', '5,7,8', '10', '20x30', 'a', 'b', '--', '', 'n', 'l', 'g', '', 's', '--', '', 'n', 'l', 'gous', 'a', '1', 'b2c3d']);
  });
  test('unary -split trims and splits at whitespace runs', () => {
    expect(run('(-split " red`tblue`ngreen ").Count; (-split " ").Count').lines).toEqual(['3', '1']);
  });
});

// .NET's RegexParser on an invalid pattern (src/engine/regex-parse.ts): the offset and reason pwsh 7.6 shows.
describe('invalid patterns', () => {
  const errorOf = (code: string) => {
    const e = run(code).errors[0];
    return e ? `${e.fullyQualifiedErrorId} [${e.category}] ${e.exception.message}` : 'no error';
  };
  const parseErrors: [string, string][] = [
    ['*a*', "Invalid pattern '*a*' at offset 1. Quantifier '*' following nothing."],
    ['a**', "Invalid pattern 'a**' at offset 3. Nested quantifier '*'."],
    ['a+{3}', "Invalid pattern 'a+{3}' at offset 3. Nested quantifier '{'."],
    ['(?i)*', "Invalid pattern '(?i)*' at offset 5. Quantifier '*' following nothing."],
    ['a{2,1}', "Invalid pattern 'a{2,1}' at offset 6. Illegal {x,y} with x > y."],
    ['(a', "Invalid pattern '(a' at offset 2. Not enough )'s."],
    ['a)', "Invalid pattern 'a)' at offset 2. Too many )'s."],
    ['[]a', "Invalid pattern '[]a' at offset 3. Unterminated [] set."],
    ['[b-a]', "Invalid pattern '[b-a]' at offset 4. [x-y] range in reverse order."],
    ['[a-\\d]', "Invalid pattern '[a-\\d]' at offset 5. Cannot include class \\d in character range."],
    ['a\\', "Invalid pattern 'a\\' at offset 2. Illegal \\ at end of pattern."],
    ['\\q', "Invalid pattern '\\q' at offset 2. Unrecognized escape sequence \\q."],
    ['(a)\\2', "Invalid pattern '(a)\\2' at offset 5. Reference to undefined group number 2."],
    ['(?<x>a)\\k<y>', "Invalid pattern '(?<x>a)\\k<y>' at offset 12. Reference to undefined group name 'y'."],
    ['(?<1a>a)', "Invalid pattern '(?<1a>a)' at offset 4. Invalid group name: Group names must begin with a word character."],
    ['(?z)', "Invalid pattern '(?z)' at offset 3. Unrecognized grouping construct."],
    ['(?#abc', "Invalid pattern '(?#abc' at offset 6. Unterminated (?#...) comment."],
    ['\\p{Foo}', "Invalid pattern '\\p{Foo}' at offset 7. Unknown property 'Foo'."],
    ['\\xZZ', "Invalid pattern '\\xZZ' at offset 3. Insufficient or invalid hexadecimal digits."],
    ['\\c1', "Invalid pattern '\\c1' at offset 3. Unrecognized control character."],
    ['(?(1)a|b)', "Invalid pattern '(?(1)a|b)' at offset 5. Conditional alternation refers to an undefined group number 1."],
    ['[a-z-[b]c]', "Invalid pattern '[a-z-[b]c]' at offset 8. A subtraction must be the last element in a character class."],
  ];
  test.each(parseErrors)('%s', (pattern, message) => {
    expect(errorOf(`'x' -match '${pattern}'`)).toBe(`System.Text.RegularExpressions.RegexParseException [OperationStopped] ${message}`);
  });

  test('each construct reports the pattern as pwsh 7.6 does', () => {
    const parse = "Invalid pattern '*a' at offset 1. Quantifier '*' following nothing.";
    expect(errorOf("@() -match '*a'")).toBe(`System.Text.RegularExpressions.RegexParseException [OperationStopped] ${parse}`);
    expect(errorOf("@('x') -notmatch '*a'")).toBe(`System.Text.RegularExpressions.RegexParseException [OperationStopped] ${parse}`);
    expect(errorOf("'x' -split '*a'")).toBe(`System.Text.RegularExpressions.RegexParseException [OperationStopped] ${parse}`);
    expect(errorOf("@('x') -replace '*a'")).toBe('InvalidRegularExpression [InvalidOperation] The regular expression pattern *a is not valid.');
    expect(errorOf("switch -Regex ('x') { '*a' { 1 } }")).toBe('InvalidRegularExpression [InvalidOperation] The regular expression pattern *a is not valid.');
    expect(errorOf("'x' | Select-String '*a'")).toBe(`InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand [InvalidArgument] The string *a is not a valid regular expression: ${parse}`);
    expect(errorOf("'x' | Where-Object Length -match '*a'")).toBe(`BadOperatorArgument,Microsoft.PowerShell.Commands.WhereObjectCommand [InvalidArgument] The argument to operator 'Imatch' is not valid: ${parse}.`);
    expect(errorOf("function f { param([ValidatePattern('*a')]$p) $p }; f x")).toBe(`ParameterArgumentValidationError,f [InvalidData] Cannot validate argument on parameter 'p'. ${parse}`);
    // RegexParseException is an ArgumentException, by itself or inside -replace's error.
    expect(run("try { 'x' -match '*a' } catch [ArgumentException] { 'm' }; try { 'x' -replace '*a' } catch [ArgumentException] { 'r' }").lines).toEqual(['m', 'r']);
  });

  test('switch -Regex builds a clause pattern when it reaches it; the error shows at the clause, after the output before it', () => {
    expect(run("switch -Regex ('x') { 'x' { 'hit'; break } '*a' { 2 } }; switch -Regex (@()) { '*a' { 1 } }").errors).toEqual([]);
    const r = createSession().run("'first'\nswitch -Regex ('Beta') { '^[A-Z]' { 'capital' } '*e*' { 'has e' } default { 'other' } }\n'next'");
    expect(r.text).toBe(
      'first\ncapital\nInvalidOperation: \nLine |\n   2 |  switch -Regex (\'Beta\') { \'^[A-Z]\' { \'capital\' } \'*e*\' { \'has e\' } def …\n     |                                                  ~~~~~\n     | The regular expression pattern *e* is not valid.\nnext\n',
    );
  });
});

// The translation keeps .NET's meaning where JavaScript's differs.
describe('.NET semantics on JavaScript', () => {
  test('groups are numbered as .NET numbers them: the unnamed first, then the named', () => {
    expect(run("'ab' -match '(?<x>a)(b)'; $Matches[1]; $Matches.x; $Matches.Keys.Count; 'gamma' -match '(?<first>\\w)'; $Matches.Keys.Count").lines).toEqual(['True', 'b', 'a', '3', 'True', '2']);
    expect(run("'abb' -match '(?<x>a)(b)\\1'; 'aba' -match '(?<x>a)(b)\\2'; 'abab' -replace '(?<x>a)(b)', '$1$2'").lines).toEqual(['True', 'True', 'baba']);
    expect(run("'a1b2c3' -split '(?<n>\\d)(x)?'").lines).toEqual(['a', '1', 'b', '2', 'c', '3', '']);
  });
  test('replacement text: a group the pattern lacks stays literal; $$, $&, $`, $\', $_', () => {
    expect(run("'abc' -replace 'b', '$12'; 'abc' -replace 'b', '$$'; 'abc' -replace 'b', '[$&]'; 'abc' -replace 'b', '$`|$''|$_'; 'abc' -replace '(?<n>b)', '<${n}>'").lines).toEqual(['a$12c', 'a$c', 'a[b]c', 'aa|c|abcc', 'a<b>c']);
  });
  test('. and $ as .NET has them, (?m) and (?s) where they apply, atomic groups, \\p{IsBlock}', () => {
    expect(run("\"a`rb\" -match 'a.b'; \"a`nb\" -match 'a.b'; \"a`nb\" -match '(?s:a.b)'; \"a`nb\" -match '(?m)^b$'; \"a`r`nb\" -match '(?m)a$'").lines).toEqual(['True', 'False', 'True', 'True', 'False']);
    expect(run("'aaa' -match '(?>a+)a'; 'aaa' -match '(?>a+)'; 'Ωmega' -match '^\\p{IsGreek}'; 'x' -match '\\P{IsGreek}'").lines).toEqual(['False', 'True', 'True', 'True']);
  });
  test('a valid .NET construct JavaScript cannot run says so', () => {
    const e = run("'aab' -replace '\\Ga', 'x'").errors[0]!;
    expect([e.fullyQualifiedErrorId, e.category, e.message]).toEqual(['RegexNotSupported', 'NotImplemented', 'The regular expression pattern \\Ga uses \\G, which exo-emulator does not support.']);
  });
});

// [regex]: System.Text.RegularExpressions.Regex objects and the static methods, case-sensitive by default.
describe('[regex]', () => {
  test('static methods', () => {
    expect(run("[regex]::Escape('a.b c]d}e#f'); [regex]::Unescape('a\\.b'); [regex]::IsMatch('ABC', 'b'); [regex]::IsMatch('ABC', 'b', 'IgnoreCase'); [regex]::Match('abc', '(?<x>b)').Groups['x'].Value; [regex]::Match('abc', 'x').Success").lines).toEqual(['a\\.b\\ c]d}e\\#f', 'a.b', 'False', 'True', 'b', 'False']);
    expect(run("[regex]::Matches('a1b2', '\\d') | % Value; [regex]::Replace('a1b2', '(\\d)', '<$1>'); [regex]::Split('a1b2c', '\\d')").lines).toEqual(['1', '2', 'a<1>b<2>', 'a', 'b', 'c']);
  });
  test('Regex objects: -match and -replace use them as they are', () => {
    expect(run("$r = [regex]'A(\\d)'; \"$r\"; $r.GetType().FullName; 'xA1' -match $r; 'xa1' -match $r; $r.Match('A5').Groups[1].Value; $r.Replace('A1A2', '[$1]'); $r.Options").lines).toEqual(['A(\\d)', 'System.Text.RegularExpressions.Regex', 'True', 'False', '5', '[1][2]', 'None']);
    expect(run("$r = [regex]::new('b', 'IgnoreCase'); $r.IsMatch('ABC'); 'ABC' -replace $r, 'x'").lines).toEqual(['True', 'AxC']);
  });
  test('an invalid pattern: the method call, the constructor, the cast', () => {
    const err = (code: string) => run(code).errors.map((e) => `${e.fullyQualifiedErrorId} [${e.category}] ${e.message}`);
    const parse = "Invalid pattern '*a' at offset 1. Quantifier '*' following nothing.";
    expect(err("[regex]::Match('x', '*a')")).toEqual([`RegexParseException [NotSpecified] Exception calling "Match" with "2" argument(s): "${parse}"`]);
    expect(err("[regex]::new('*a')")).toEqual([`RegexParseException [NotSpecified] Exception calling ".ctor" with "1" argument(s): "${parse}"`]);
    expect(err("[regex]'*a'")).toEqual([`InvalidCastFromStringToRegex [InvalidArgument] Cannot convert value "*a" to type "System.Text.RegularExpressions.Regex". Error: "${parse}"`]);
    expect(err("[regex]::Unescape('\\q')")).toEqual(['RegexParseException [NotSpecified] Exception calling "Unescape" with "1" argument(s): "Invalid pattern \'\\q\' at offset 2. Unrecognized escape sequence \\q."']);
  });
});
