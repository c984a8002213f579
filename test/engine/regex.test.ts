import { describe, expect, test } from 'vitest';
import { run } from './helpers';

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
