import { describe, expect, test } from 'vitest';
import { run } from './helpers';

// Operators and conversions (about_Operators, about_Comparison_Operators; cases P-25..P-30).
const cases: [string, string[]][] = [
  ['"10" -eq 10', ['True']],
  ['10 -eq "10"', ['True']],
  ['"abc" -eq "ABC"', ['True']],
  ['"abc" -ceq "ABC"', ['False']],
  ["'aaa' -lt 'AAA'", ['False']],
  ["'aaa' -clt 'AAA'", ['True']],
  ["'aaa' -ieq 'AAA'", ['True']],
  ['!3', ['False']],
  ['@(3) -eq 3', ['3']],
  ['(@() -eq 3).Count', ['0']],
  ['$test = 1,2,@(3,4); $test -eq 2', ['2']],
  ['1,2,3,2 -eq 2', ['2', '2']],
  ['10/4', ['2.5']],
  ['4/2', ['2']],
  ['7 % 3', ['1']],
  ['2GB', ['2147483648']],
  ['"ab" * 3', ['ababab']],
  ['(1,2 + 3,4).Count', ['4']],
  ['$h = @{a=1} + @{b=2}; $h.Count', ['2']],
  ['1..4', ['1', '2', '3', '4']],
  ['3..1', ['3', '2', '1']],
  ["'a1b2' -replace '(\\d)', '<$1>'", ['a<1>b<2>']],
  ['"a1b2" -replace "(\\d)", "<$1>"', ['a<>b<>']],
  ["'a,b,,c' -split ','", ['a', 'b', '', 'c']],
  ['-split " a  b "', ['a', 'b']],
  ["(1,2,3) -join '-'", ['1-2-3']],
  ["'{0,-5}|{1:N2}|{2:D3}' -f 'ab', 1234.5, 7", ['ab   |1,234.50|007']],
  ["'Hello' -like 'h*'", ['True']],
  ["'Hello' -clike 'h*'", ['False']],
  ["'file.txt' -like '*.[tx]xt'", ['True']],
  ["'abc' -match 'b(c)'; $Matches[1]", ['True', 'c']],
  ["'Mailbox' -notmatch '^x'", ['True']],
  ['1,2,3 -contains 2', ['True']],
  ['2 -in 1,2,3', ['True']],
  ['5 -is [int]', ['True']],
  ["'5' -as [int]", ['5']],
  ["'x' -as [int]", ['']],
  ['$null -eq $null', ['True']],
  ['[int]"42" + 1', ['43']],
  ['"4" + 2', ['42']],
  ['4 + "2"', ['6']],
  ['[int]2.5', ['2']],
  ['[int]3.5', ['4']],
  ['$x = 5; $x += 2; $x', ['7']],
  ['$x = 5; $x++; $x', ['6']],
  ['$i = 1; $j = $i++; "$i $j"', ['2 1']],
  ['$a, $b = 1, 2, 3; "$a|$b"', ['1|2 3']],
  ['$one, $two = 1, 2, 3; "One = $one"; "Two = $two"', ['One = 1', 'Two = 2 3']],
  ['$MyArray = "a","b"; "Hello $MyArray"', ['Hello a b']],
  ['$null ?? "d"', ['d']],
  ['$true ? "y" : "n"', ['y']],
  ['-not $false', ['True']],
  ['5 -band 3', ['1']],
  ['[string]::IsNullOrEmpty("")', ['True']],
  ['[math]::Round(2.567, 2)', ['2.57']],
  ['[math]::Max(3, 9)', ['9']],
  ['"a-b-c".Split("-").Count', ['3']],
  ['"  x ".Trim()', ['x']],
  ['"Hello".Substring(1,3)', ['ell']],
  ['"C:\\scripts\\create-rooms.ps1".LastIndexOfAny("\\")', ['10']],
  ['"a.b-c".IndexOfAny([char[]]"-.")', ['1']],
  ['([char[]]"ab").Count', ['2']],
  ['"abc".lastindexofany("xyz")', ['-1']],
  ['"abc".ToUpper()', ['ABC']],
  ['"abc".Length', ['3']],
  ['(1,2,3).Count', ['3']],
  ['$null.Count', ['0']],
  ['(5).Count', ['1']],
  ['"x".GetType().FullName', ['System.String']],
  ['(1,2).GetType().Name', ['Object[]']],
  ['@{}.GetType().Name', ['Hashtable']],
  ['$h = @{Name="n"}; $h.Name; $h["Name"]', ['n', 'n']],
  ['$o = [pscustomobject]@{A=1;B=2}; $o.B', ['2']],
  ['$o = [pscustomobject]@{A=1;B=2}; "$o"', ['@{A=1; B=2}']],
  ['$o = [pscustomobject]@{A=1;B=2}; $o.PSObject.Properties.Name', ['A', 'B']],
  ['$a = @([pscustomobject]@{N="x"}, [pscustomobject]@{N="y"}); $a.N', ['x', 'y']],
  ['$l = New-Object System.Collections.ArrayList; $l.Add("a"); $l.Add("b"); $l.Count', ['0', '1', '2']],
  ['$d = [datetime]"2026-01-31"; $d.AddMonths(1).ToString("yyyy-MM-dd")', ['2026-02-28']],
  ['"{0:yyyy-MM-dd}" -f [datetime]"2025-03-04"', ['2025-03-04']],
  ['$a = 1,2,3; $a[-1]; $a[0..1]', ['3', '1', '2']],
  ["'abc'[1]", ['b']],
  ['([ordered]@{b=1;a=2}).Keys', ['b', 'a']],
  ['$x = "5"; [int]$y = $x; $y + 1', ['6']],
  ['[guid]::NewGuid().ToString().Length', ['36']],
  ['[Environment]::NewLine.Length', ['1']],
  ['[char]65', ['A']],
  ['$s = ""; foreach ($i in 1..3) { $s += $i }; $s', ['123']],
];

describe('operators and conversions', () => {
  test.each(cases)('%s', (script, expected) => {
    const r = run(script);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.lines).toEqual(expected);
  });
});

describe('runtime errors', () => {
  const errors: [string, string, string][] = [
    ['[Foo.Bar]::Baz()', 'Unable to find type [Foo.Bar].', 'TypeNotFound'],
    ['"x".Frobnicate()', "Method invocation failed because [System.String] does not contain a method named 'Frobnicate'.", 'MethodNotFound'],
    ['$n = $null; $n.ToString()', 'You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull'],
    ['1/0', 'Attempted to divide by zero.', 'RuntimeException'],
    // pwsh 7.6: setting a missing property of a [pscustomobject] fails in its setter; of a .NET object, it is a PropertyAssignmentException.
    ['$o = [pscustomobject]@{A=1}; $o.Nope = 2', 'Exception setting "Nope": "The property \'Nope\' cannot be found on this object. Verify that the property exists and can be set."', 'ExceptionWhenSetting'],
    ['$o = 1; $o.Nope = 2', "The property 'Nope' cannot be found on this object. Verify that the property exists and can be set.", 'PropertyAssignmentException'],
    ['Set-StrictMode -Version 1; $undefinedVar', "The variable '$undefinedVar' cannot be retrieved because it has not been set.", 'VariableIsUndefined'],
    ['Get-Nothing', "The term 'Get-Nothing' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.", 'CommandNotFoundException'],
  ];
  test.each(errors)('%s', (script, message, id) => {
    const r = run(script);
    expect(r.errors[0]?.message).toBe(message);
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe(id);
  });

  test('command not found is ObjectNotFound with CommandNotFoundException', () => {
    const r = run('Get-Nothing');
    // pwsh 7.6: no command ran, so CategoryInfo.Activity is empty.
    expect(r.errors[0].categoryInfo.toString()).toBe('ObjectNotFound: (Get-Nothing:String) [], CommandNotFoundException');
    expect(r.success).toBe(false);
  });

  test('undefined variables are $null without strict mode', () => {
    expect(run('$nothing -eq $null').lines).toEqual(['True']);
  });
});

describe('integer operators as pwsh 7.6 types them', () => {
  const cases: [string, string[]][] = [
    // Shift counts are masked to 31 (Int32) or 63 (Int64); a Double count rounds half-to-even.
    ['0x0408 -shl 1; 0x0408 -shr 3; 0x100000000 -shr 0xfff81', ['2064', '129', '2147483648']],
    ['1 -shl 33; 1 -shl 31; 5 -shr 1.6; 5 -shl 2.5', ['2', '-2147483648', '1', '20']],
    // A Double operand of -band/-bor/-bxor converts to Int64 with banker's rounding.
    ['0x0F0F -band 14.6; 0x0F0F -bor 14.40D; 0x0F0F -bxor 14.40D; 0x0F0F -bxor 14.6', ['15', '3855', '3841', '3840']],
    ['0x0F0F -band 14.5; 0x0F0F -band 15.5; 0x0F0F -band 0xFEL', ['14', '0', '14']],
    // String and array replication counts round half-to-even too.
    ['"red" * 2.7; "red" * 2.3450D; "ab" * 2.5; "ab" * 3.5; "ab" * -0.4', ['redredred', 'redred', 'abab', 'abababab', '']],
    ['((1,2) * 1.7).Count; ($null * 3) -eq $null', ['4', 'True']],
    // Boolean has arithmetic through Int32 except op_Multiply on the left.
    ['$true + $true; $true - $false; 2 * $true; $true / 2', ['2', '1', '2', '0.5']],
  ];
  test.each(cases)('%s', (script, expected) => {
    expect(run(script).lines).toEqual(expected);
  });

  test('Boolean * is not defined', () => {
    const r = run('$false * $true');
    expect(r.errors[0]?.message).toBe("The operation '[System.Boolean] * [System.Boolean]' is not defined.");
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe('NotADefinedOperationForType');
    expect(r.errors[0]?.category).toBe('InvalidOperation');
    expect(run('$true * 2.5').errors[0]?.message).toBe("The operation '[System.Boolean] * [System.Double]' is not defined.");
  });
});

describe('-f standard numeric formats (pwsh 7.6 en-US with Windows\' NumberDecimalDigits, as the oracle driver sets it)', () => {
  const cases: [string, string[]][] = [
    ['"__{0,12:e2}__" -f 123.456e2; "__{0,-12:p}__" -f -0.252; "__{0:C}__" -f -1234.56', ['__   1.23e+004__', '__-25.200%    __', '__-$1,234.56__']],
    ['"{0:N}|{0:F}|{0:P}|{0:P0}" -f 1234.5; "{0} {1,-10} {2:N}" -f 1,"hello",[Math]::PI', ['1,234.50|1234.50|123,450.000%|123,450%', '1 hello      3.14']],
    ['"{0:X}|{0:x4}" -f 0x100000000; "{0:X}" -f -1; "__0x{0:X8}__" -f 65535', ['100000000|100000000', 'FFFFFFFF', '__0x0000FFFF__']],
  ];
  test.each(cases)('%s', (script, expected) => {
    expect(run(script).lines).toEqual(expected);
  });
});

describe('typed variables', () => {
  test.each([
    ['[int]$number = 8; $number = "12345"; $number = "Hello"', 'Cannot convert value "Hello" to type "System.Int32". Error: "The input string \'Hello\' was not in a correct format."'],
    ['[int]$k = 0; $k = [int]::MaxValue; $k++', 'Cannot convert value "2147483648" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ['[int]$k = [int]::MinValue; --$k', 'Cannot convert value "-2147483649" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
  ])('a failed conversion is the variable\'s MetadataError: %s', (script, message) => {
    const e = run(script).errors[0];
    expect(e?.message).toBe(message);
    // pwsh 7.6: RuntimeException [MetadataError], `MetadataError: (:) [], ArgumentTransformationMetadataException`.
    expect(e?.fullyQualifiedErrorId).toBe('RuntimeException');
    expect(e?.categoryInfo.toString()).toBe('MetadataError: (:) [], ArgumentTransformationMetadataException');
  });

  test('at top level a failed typed assignment declares nothing (pwsh 7.6)', () => {
    const r = run('[int]$t = \'x\'; "[$t]"; $t = \'y\'; "[$t]"; $v = 3; [int]$v = \'x\'; "[$v]"');
    expect(r.lines).toEqual(['[]', '[y]', '[3]']);
    expect(r.errors.map((e) => e.category)).toEqual(['MetadataError', 'MetadataError']);
  });

  test('in a script block the typed slot exists with its default, and casts fail as InvalidArgument (pwsh 7.6)', () => {
    const r = run('& { [int]$u = \'x\'; "[$u]"; $u = \'y\'; "[$u]"; $q = 1; [int]$q = \'z\'; "[$q]" }');
    expect(r.lines).toEqual(['[0]', '[0]', '[1]']);
    expect(r.errors.map((e) => `${e.fullyQualifiedErrorId} ${e.category}`)).toEqual(['InvalidCastFromStringToInteger InvalidArgument', 'InvalidCastFromStringToInteger InvalidArgument', 'RuntimeException MetadataError']);
  });

  test('the cast\'s exception is the inner one', () => {
    const r = run('[int]$n = 8; try { $n = "x" } catch { $_.Exception.GetType().FullName; $_.Exception.InnerException.GetType().FullName }; try { $n = "x" } catch [System.InvalidCastException] { "caught" }');
    expect(r.lines).toEqual(['System.Management.Automation.ArgumentTransformationMetadataException', 'System.Management.Automation.PSInvalidCastException', 'caught']);
  });
});

describe('Int64 overflow goes to Double', () => {
  test('pwsh 7.6: ([int64]::MaxValue + 1) is a Double', () => {
    expect(run('([int64]::MaxValue + 1).GetType().Name; [int64]::MaxValue + 1; (1e15).GetType().Name; (1000000000000000).GetType().Name; 1e16 -is [double]; 1e16 -is [long]').lines).toEqual(['Double', '9.22337203685478E+18', 'Double', 'Int64', 'True', 'False']);
  });
});

describe('numeric literals as pwsh 7.6 reads them (tokenizer.cs TryGetNumberValue)', () => {
  test.each([
    // A hex literal of 8 digits is an Int32 whose top bit is the sign; everything that follows sees -1.
    ['0xFFFFFFFF; (0xFFFFFFFF).GetType().Name; 0xFFFFFFFF -bxor -20; 0xFFFFFFFF / 16; -0xFFFFFFFF; 1 -lt 0xFFFFFFFF; 0xFFFFFFFF + -3', ['-1', 'Int32', '19', '-0.0625', '1', 'False', '-4']],
    // 16 digits: an Int64; 9 digits (a leading 0): the positive Int64.
    ['0xFFFFFFFFFFFFFFFF; 0x8000000000000000; 0x0FFFFFFFF; 0x100000000; (0x100000000).GetType().Name', ['-1', '-9223372036854775808', '4294967295', '4294967296', 'Int64']],
    // Suffixes and multipliers apply to the signed value; binary literals have sign bits at 8, 16, 32, 64 digits.
    ['0xFFy; 0xFFuy; 0xFFFFs; 0xFFFFFFFFkb; 0b11111111; 0b011111111; 1.5l; 2.5l; 9223372036854775807', ['-1', '255', '-1', '-1024', '-1', '255', '2', '2', '9223372036854775807']],
    // A numeric string converts as the literal would.
    ["[int]'0xFFFFFFFF'; 0 + '0xFFFFFFFFFFFFFFFF'; [int]'0xFFl'; 5 * '0xFFFFFFFF'", ['-1', '-1', '255', '-5']],
  ])('%s', (script, expected) => {
    expect(run(script).lines).toEqual(expected);
  });

  test('a constant its type cannot hold is a parse error in an expression, a word in a command', () => {
    const r = run('1 + 0x10000000000000000');
    expect(r.errors.map((e) => [e.fullyQualifiedErrorId, e.message])).toEqual([['BadNumericConstant', 'The numeric constant 0x10000000000000000 is not valid.']]);
    expect(run('Write-Output 0x10000000000000000 300y').lines).toEqual(['0x10000000000000000', '300y']);
  });

  test('.5 right after a type or an operand is member access, not a number', () => {
    expect(run('"value: $([int].5)"; [int] .5; $s = [string].5; $s += "x"; $s').lines).toEqual(['value: ', '0', 'x']);
  });
});

describe("Int64 arithmetic is pwsh's LongOps", () => {
  test('past Int64 a product goes through BigInteger, whose conversion to Double truncates', () => {
    expect(run('[long]::MaxValue * 2; 9223372036854775807 * -20; $x = -9223372036854775807; $x *= 2; $x').lines).toEqual(['1.84467440737095E+19', '-1.84467440737095E+20', '-1.84467440737095E+19']);
  });
  test('remainder and an exact quotient stay exact Int64', () => {
    expect(run('9223372036854775807 % 2; 9223372036854775807 % 7; (9223372036854775807 % 0x10) * 5; 9223372036854775807 % -2147483648; [long]::MaxValue / 1; [long]::MaxValue / 2').lines).toEqual([
      '1', '0', '75', '2147483647', '9223372036854775807', '4.61168601842739E+18',
    ]);
  });
  test('a Double divided by zero is IEEE; an integer by zero fails', () => {
    expect(run('0.3 / 0; -1.5 / 0; 5.5 % 0').lines).toEqual(['Infinity', '-Infinity', 'NaN']);
    expect(run('1 / 0').errors[0]?.message).toBe('Attempted to divide by zero.');
  });
});

describe("a Double's text (.NET 10's Dragon4: the exact value, ties to even)", () => {
  test.each([
    // PowerShell's own conversion is "G15".
    ['481126923 / 3KB; "$(1/3)"; [long]::MaxValue * 2; 0.1 + 0.2; 1e15; [double]::MaxValue', ['156616.836914062', '0.333333333333333', '1.84467440737095E+19', '0.3', '1E+15', '1.79769313486232E+308']],
    // ToString() and "{0}" round-trip, in exponent form from 18 digits before the point.
    ["(1e16).ToString(); (1e17).ToString(); '{0}' -f 1e16; (1.5e-5).ToString(); (0.1 + 0.2).ToString()", ['10000000000000000', '1E+17', '10000000000000000', '1.5E-05', '0.30000000000000004']],
    // Standard formats round the exact value, an exact tie to even.
    ["'{0:N2}' -f 0.125; '{0:C2}' -f 0.125; '{0:P1}' -f 1.5e-3; '{0:N0}' -f .5; '{0:G2}' -f 0.125; '{0:E1}' -f 0.125; '{0:F3}' -f 0.0015; (2.5).ToString('F0'); (2.675).ToString('F2')", ['0.12', '$0.12', '0.2%', '0', '0.12', '1.2E-001', '0.002', '2', '2.67']],
    // A custom format rounds 15 significant digits half up.
    ["(0.125).ToString('0.00'); (2.675).ToString('0.00'); (0.015).ToString('0.00')", ['0.13', '2.68', '0.02']],
  ])('%s', (script, expected) => {
    expect(run(script).lines).toEqual(expected);
  });
});

describe('numbers beside a Double, and the integral formats', () => {
  test('the right operand converts to Double beside a Double (pwsh 7.6)', () => {
    expect(run('1.5 + "NaN"; 1.5 / "NaN"; 7.5 % "Infinity"; 1.5 + "2"').lines).toEqual(['NaN', 'NaN', '7.5', '3.5']);
    const e = run('1.5 + "x"').errors[0];
    expect([e?.fullyQualifiedErrorId, e?.message]).toEqual(['InvalidCastFromStringToDoubleOrSingle', 'Cannot convert value "x" to type "System.Double". Error: "The input string \'x\' was not in a correct format."']);
  });
  test('X and D format an exact Int64 by its own digits and refuse a Double', () => {
    expect(run("'{0:X}' -f 9223372036854775807; '{0:D20}' -f 9223372036854775807; '{0:N0}' -f 1000000000000000").lines).toEqual(['7FFFFFFFFFFFFFFF', '09223372036854775807', '1,000,000,000,000,000']);
    expect(run("'{0:X}' -f 1e16").errors[0]?.message).toBe('Error formatting a string: Format specifier was invalid..');
  });
});
