import { describe, expect, test } from 'vitest';
import { firstError, run } from './helpers';

describe('casts and conversions (pwsh 7.6)', () => {
  test('[string]$null is the empty string: it prints an empty line', () => {
    const r = run("[string]$null\n([string]$null).GetType().Name\n$x = [string]$null; $null -eq $x", { outDefault: true });
    expect(r.hostText).toBe('\nString\nFalse\n');
  });
  test('[string] variables, parameters and array elements hold "" for $null', () => {
    const r = run('function f([string]$n){ $null -eq $n }; f; f -n $null; [string]$v = $null; $null -eq $v; $a = [string[]]($null, "a"); $null -eq $a[0]');
    expect(r.lines).toEqual(['False', 'False', 'False', 'False']);
  });
});

test('unbound typed function parameters hold the type\'s value for null (pwsh 7.6)', () => {
  const r = run('function f([int]$i, [string]$s, [bool]$b, [double]$d, [datetime]$t, [string[]]$a, [hashtable]$h) { $i; $null -eq $s; $b; $d; $null -eq $t; $null -eq $a; $null -eq $h }; f');
  expect(r.lines).toEqual(['0', 'False', 'False', '0', 'True', 'True', 'True']);
});

describe('arrays (about_Arrays, pwsh 7.6)', () => {
  test('Clear() sets the elements to default(T): $null in object[], 0 in int[]', () => {
    expect(run('$a = 1, 2, 3; [void]$a.Clear(); $a | % { $null -eq $_ }').lines).toEqual(['True', 'True', 'True']);
    expect(run('[int[]] $intA = 1, 2, 3; [void]$intA.Clear(); $intA').lines).toEqual(['0', '0', '0']);
  });
  test('typed arrays keep their type and convert assigned elements', () => {
    const r = run('([int[]](1,2)).GetType().FullName; $a = [int[]](1,2); $a += 3; $a.GetType().FullName; [int[]]$x = 1,2; $x[0] = "7"; $x[0].GetType().Name; $x[1] = "abc"');
    expect(r.lines).toEqual(['System.Int32[]', 'System.Object[]', 'Int32']);
    expect(r.errors[0].message).toBe('Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."');
  });
  test('a scalar indexed with several indices is $null', () => {
    expect(run('(2)[0]; (2)[-1]; (2)[1] -eq $null; (2)[0,0] -eq $null').lines).toEqual(['2', '2', 'True', 'True']);
  });
  test('[T[]]::new(n) and multi-dimensional arrays', () => {
    const r = run("$z = [int[]]::new(3); $z; $z.GetType().Name; [string[,]]$rank2 = [string[,]]::new(3,2); $rank2.Rank; $rank2.Length; $rank2[1,1] = 'd'; $rank2[1,1]; $m = [int[,]]::new(2,2); $m[1,0] = '5'; $m; $m.GetType().Name");
    expect(r.lines).toEqual(['0', '0', '0', 'Int32[]', '2', '6', 'd', '0', '0', '5', '0', 'Int32[,]']);
  });
});

test('a bare -- ends the parameters; it is not passed on (pwsh 7.6)', () => {
  const r = run('Write-Output -- -InputObject; function f { $args.Count; $args }; f -- -x; function g { [CmdletBinding()] param($p) "p=$p" }; g -- -p; Write-Output "--"');
  expect(r.lines).toEqual(['-InputObject', '1', '-x', 'p=-p', '--']);
});

test('[datetime] with a two-digit year (TwoDigitYearMax 2049) and impossible dates', () => {
  const r = run("[datetime] '2/20/88' - [datetime] '1/20/88' -eq [timespan] '31'; ([datetime]'1/1/30').Year; ([datetime]'09/12/91').Year; [datetime]'2/30/2020'");
  expect(r.lines).toEqual(['True', '2030', '1991']);
  expect(r.errors[0].fullyQualifiedErrorId).toBe('InvalidCastParseTargetInvocationWithFormatProvider');
});

test('$OutputEncoding is UTF-8 and $PSDefaultParameterValues an empty table (pwsh 7.6)', () => {
  expect(run("$OutputEncoding.EncodingName; $OutputEncoding.CodePage; $PSDefaultParameterValues.Count; $PSDefaultParameterValues['Out-File:Width'] = 2000; $PSDefaultParameterValues['Out-File:Width']").lines).toEqual(['Unicode (UTF-8)', '65001', '0', '2000']);
});

test('doubles convert to strings with 15 significant digits; ToString(), -f and CSV keep the round-trip form (pwsh 7.6)', () => {
  const r = run('23.5/2.4; [string](0.1+0.2); "$(0.1+0.2)"; (0.1+0.2).ToString(); "{0}" -f (0.1+0.2); 123456789012345678.0; 1.5e-7; -0.000012345; 0.0001; 1/3; 10.6 * 12; 10.0 % 0.3', { outDefault: true });
  expect(r.hostText).toBe('9.79166666666667\n0.3\n0.3\n0.30000000000000004\n0.30000000000000004\n1.23456789012346E+17\n1.5E-07\n-1.2345E-05\n0.0001\n0.333333333333333\n127.2\n0.1\n');
});

test('[cultureinfo]: CurrentCulture can be set (string conversion stays invariant), InvariantCulture, casts from names', () => {
  const r = run("[cultureinfo]::CurrentCulture.Name; [cultureinfo]::CurrentCulture = 'fr'; 1.2 -replace ','; [cultureinfo]::CurrentCulture.Name; [cultureinfo]::InvariantCulture.LCID; ([System.Globalization.CultureInfo]'de-DE').DisplayName");
  expect(r.lines).toEqual(['en-US', '1.2', 'fr', '127', 'German (Germany)']);
});

describe('numeric casts name the value as its ToString() writes it (pwsh 7.6)', () => {
  test.each([
    ['[int]1e16', 'Cannot convert value "10000000000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ['[int]1e20', 'Cannot convert value "1E+20" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ['[int][double]::NaN', 'Cannot convert value "NaN" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ['[char]1.5', 'Cannot convert value "1.5" to type "System.Char". Error: "Invalid cast from \'Double\' to \'Char\'."'],
    ['[char]65536', 'Cannot convert value "65536" to type "System.Char". Error: "Value was either too large or too small for a character."'],
    ["[long]'9223372036854775808'", 'Cannot convert value "9223372036854775808" to type "System.Int64". Error: "Value was either too large or too small for an Int64."'],
  ])('%s', (script, message) => {
    const e = run(script).errors[0];
    expect(e?.message).toBe(message);
    expect(e?.category).toBe('InvalidArgument');
  });
  test("[double] reads the invariant NaN and Infinity symbols; [char]$null is the NUL character", () => {
    expect(run("[double]'nan'; [double]' -Infinity '; [single]'NaN'; 'NaN' -as [double]; [char]$null -eq [char]0").lines).toEqual(['NaN', '-Infinity', 'NaN', 'NaN', 'True']);
    expect(run("[int]'NaN'").errors[0]?.message).toBe('Cannot convert value "NaN" to type "System.Int32". Error: "The input string \'NaN\' was not in a correct format."');
  });
  test('-as [char] of a Double is $null', () => {
    expect(run('"[$(1.5 -as [char])]"; [char]65').lines).toEqual(['[]', 'A']);
  });
  test('a typed array inside an expanded array is named by its type', () => {
    expect(run("\"value: $([int[]]'1','2','3')\"").lines).toEqual(['value: System.Int32[] 2 3']);
  });
});

// [System.Collections.Generic.List[T]]::new() as pwsh 7.6 makes and reports it.
describe('System.Collections.Generic.List[T]', () => {
  test('::new(), ::new(capacity) and ::new(collection); Add is void', () => {
    const r = run('$l = [System.Collections.Generic.List[int]]::new(); $null -eq $l; $l.Count; $r = $l.Add(3); $null -eq $r; $l.Add(4); $l -join ","; $l.GetType().Name; [System.Collections.Generic.List[int]]::new(4).Count; [System.Collections.Generic.List[int]]::new([int[]](1,2)).Count');
    expect(r.lines.filter((x) => x !== '')).toEqual(['False', '0', 'True', '3,4', 'List`1', '0', '2']);
    expect(r.errors).toEqual([]);
  });
  test('an index past the end reads nothing', () => {
    const r = run('$l = [System.Collections.Generic.List[int]]::new(); $null -eq $l[3]; "after"');
    expect(r.lines).toEqual(['True', 'after']);
    expect(r.errors).toEqual([]);
  });
  test('RemoveAt past the end: MethodInvocationException around ArgumentOutOfRangeException', () => {
    const r = run('$l = [System.Collections.Generic.List[int]]::new(); $l.RemoveAt(3)');
    expect(firstError(r)).toEqual({ message: 'Exception calling "RemoveAt" with "1" argument(s): "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter \'index\')"', id: 'ArgumentOutOfRangeException', category: 'NotSpecified' });
  });
  test('assigning past the end: ArgumentOutOfRangeException as it is (OperationStopped)', () => {
    for (const list of ['[System.Collections.Generic.List[int]]::new()', '[System.Collections.ArrayList]::new()']) {
      const r = run(`$l = ${list}; $l[5] = 1`);
      expect(firstError(r)).toEqual({ message: "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')", id: 'System.ArgumentOutOfRangeException', category: 'OperationStopped' });
    }
  });
});

describe('[array]::Copy (System.Array.Copy, pwsh 7.6)', () => {
  test('copies a range, or the first n elements; the void method writes nothing', () => {
    expect(run('$d = @(0, 0); $r = & { [array]::Copy(@(1), $d, 1); "x" }; $r.Count; $d -join ","').lines).toEqual(['1', '1,0']);
    expect(run('$d = New-Object int[] 12; [array]::Copy((1..10), 3, $d, 5L, 4); $d -join ","').lines.at(-1)).toBe('0,0,0,0,0,4,5,6,7,0,0,0');
    expect(run('$d = New-Object object[] 4; [array]::Copy((1..10), $d, 3); $d -join ","').lines.at(-1)).toBe('1,2,3,');
  });
  test("a $null array is ArgumentNullException in MethodInvocationException, shown at the statement", () => {
    const r = run('[array]::Copy($source, 3, $dest, 5L, 4)');
    expect(firstError(r)).toEqual({ message: 'Exception calling "Copy" with "5" argument(s): "Value cannot be null. (Parameter \'sourceArray\')"', id: 'ArgumentNullException', category: 'NotSpecified' });
    expect(firstError(run('[array]::Copy(@(1), $null, 1)')).message).toBe('Exception calling "Copy" with "3" argument(s): "Value cannot be null. (Parameter \'destinationArray\')"');
  });
  test(".NET's range and type checks", () => {
    const message = (script: string) => firstError(run(script)).message;
    expect(message('$d = New-Object object[] 2; [array]::Copy((1..3), $d, 3)')).toBe('Exception calling "Copy" with "3" argument(s): "Destination array was not long enough. Check the destination index, length, and the array\'s lower bounds. (Parameter \'destinationArray\')"');
    expect(message('$d = New-Object object[] 5; [array]::Copy((1..3), 2, $d, 0, 2)')).toBe('Exception calling "Copy" with "5" argument(s): "Source array was not long enough. Check the source index, length, and the array\'s lower bounds. (Parameter \'sourceArray\')"');
    expect(message('$d = New-Object object[] 5; [array]::Copy((1..3), -1, $d, 0, 2)')).toBe('Exception calling "Copy" with "5" argument(s): "sourceIndex (\'-1\') must be greater than or equal to \'0\'. (Parameter \'sourceIndex\')\nActual value was -1."');
    expect(message('$d = New-Object int[] 5; [array]::Copy(("1", "2"), $d, 2)')).toBe('Exception calling "Copy" with "3" argument(s): "At least one element in the source array could not be cast down to the destination array type."');
    expect(firstError(run('[array]::Copy(@(1), @(2))')).id).toBe('MethodCountCouldNotFindBest');
  });
});

describe('void .NET instance methods write nothing as a statement (pwsh 7.6)', () => {
  test('Hashtable.Add/Clear, List[T].Add/Clear, ArrayList.Remove write nothing; bool and int results still write', () => {
    const r = run(
      '$h=@{}; @($h.Add(1,2)).Count; $l = [System.Collections.Generic.List[int]]::new(); @($l.Add(5)).Count; @($l.Clear()).Count; ' +
        '@($l.Remove(5)).Count; $a=[System.Collections.ArrayList]::new(); @($a.Add(1)).Count; @($a.Remove(1)).Count; $x = $h.Clear(); $null -eq $x; $o=[ordered]@{}; @($o.Add("a",1)).Count',
    );
    expect(r.lines).toEqual(['0', '0', '0', '1', '1', '0', 'True', '0']);
    expect(r.errors).toEqual([]);
  });
});
