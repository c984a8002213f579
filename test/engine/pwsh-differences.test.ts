import { describe, expect, test } from 'vitest';
import { firstError, run } from './helpers';

// Behaviours the generated differential suite (test/pwsh/generated.pwsh.test.ts) found to differ
// from pwsh 7.6, each checked against the real pwsh.
describe('found by the generated differential suite', () => {
  const cases: [string, string[]][] = [
    // about_Trap: continue resumes silently, no keyword writes the error and goes on, break rethrows.
    ["trap { \"t: $_\"; continue } 1/0; 'next'", ['t: Attempted to divide by zero.', 'next']],
    ["trap { 'trapped' } throw 'x'; 'after'", ['trapped', 'after']],
    ["function g { trap { 'in g'; continue }; 1/0; 'g goes on' }; g; 'top'", ['in g', 'g goes on', 'top']],
    ["trap [System.DivideByZeroException] { 'div'; break } 1/0; 'not reached'", ['div']],
    // A compound statement needs no separator before the next statement.
    ['if ($true) { 1 } 2; try { 3 } finally { 4 } 5; function f { 6 } f', ['1', '2', '3', '4', '5', '6']],
  ];
  test.each(cases)('%s', (code, expected) => {
    expect(run(code).lines).toEqual(expected);
  });

  test('a trapped error is written unless the trap continues', () => {
    expect(run("trap { 'seen' } 1/0; 'after'").errors.map((e) => e.message)).toEqual(['Attempted to divide by zero.']);
    expect(run("trap { continue } 1/0; 'after'").errors).toEqual([]);
  });
});

describe('numbers, assignments, pipelines and .NET method errors (generated suite)', () => {
  const cases: [string, string[]][] = [
    // pwsh 7.6: [string] and expansion give a Double 15 digits; ToString() and -f the round-trip ones.
    ['$d = 2/3; [string]$d; "$d"; $d.ToString(); "{0}" -f $d', ['0.666666666666667', '0.666666666666667', '0.6666666666666666', '0.6666666666666666']],
    ['[string]1e15; [string]0.0001; [string]0.00001; (0.00001).ToString()', ['1E+15', '0.0001', '1E-05', '1E-05']],
    ['$a = $b = -17; $a + $b; $x = $y += 2; $x', ['-34', '2']],
    // Output of a begin block reaches a command whose begin has not run yet: that begin runs first.
    ["'a' | ForEach-Object -Begin { 'start' } -Process { $_ } | ForEach-Object { \"<$_>\" }", ['<start>', '<a>']],
    ["try { 'abc'.Substring(5) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.Exception.InnerException.GetType().Name }", ['ArgumentOutOfRangeException', 'Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter \'startIndex\')"', 'ArgumentOutOfRangeException']],
    ["try { [int]::Parse('x') } catch { $_.FullyQualifiedErrorId }; [double]::Parse('1,000.5')", ['FormatException', '1000.5']],
  ];
  test.each(cases)('%s', (code, expected) => {
    expect(run(code).lines).toEqual(expected);
  });
});

describe('arguments and string conversion (generated suite)', () => {
  const cases: [string, string[]][] = [
    // A simple function's unknown -name goes to $args with the argument after it, in command-line order.
    ['function f { param($a) "a=$a rest=$args" }; f -b 2; f -a 1 -c; f 1 2 -d', ['a= rest=-b 2', 'a=1 rest=-c', 'a=1 rest=2 -d']],
    ['function hh { "[$($args -join \',\')] $($args.Count)" }; hh -x 1; hh -x:1', ['[-x,1] 2', '[-x:,1] 2']],
    // A negative number argument is a string; a typed parameter converts it.
    ['function t($z) { "$($z.GetType().Name) $($z + 1)" }; t -16; t 16; function u([int]$z) { $z + 1 }; u -16', ['String -161', 'Int32 17', '-15']],
    // Nested arrays are named, not flattened, in string conversion.
    ['((1,2),3) -join ","; [string]((1,2),3); "$((1,2),3)"; [string](1,2)', ['System.Object[],3', 'System.Object[] 3', 'System.Object[] 3', '1 2']],
    ["try { [int]'abc' } catch [System.InvalidCastException] { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().Name }", ['RuntimeException', 'PSInvalidCastException']],
    ["try { 'abc'.Substring(5) } catch [System.ArgumentOutOfRangeException] { 'inner first' } catch [System.Management.Automation.MethodInvocationException] { 'outer' }", ['inner first']],
    ["'{0:P1}' -f 0.3; '{0:P0}' -f -0.5", ['30.0%', '-50%']],
    // A [char] cast on to a number is its code point (pwsh 7.6).
    ["[int][char]'Z'; [char]'a' + 1; [double][char]'A'", ['90', 'a1', '65']],
  ];
  test.each(cases)('%s', (code, expected) => {
    expect(run(code).lines).toEqual(expected);
  });
});

describe('conversion errors and typed catch (generated suite)', () => {
  const errorOf = (code: string) => {
    const e = run(code).errors[0];
    return `${e?.fullyQualifiedErrorId} | ${e?.exception.message}`;
  };
  test.each([
    ['[int]1e10', 'InvalidCastIConvertible | Cannot convert value "10000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ['[byte]300', 'InvalidCastIConvertible | Cannot convert value "300" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."'],
    ["[int]'3000000000'", 'InvalidCastFromStringToInteger | Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."'],
    ["[datetime]'notadate'", 'InvalidCastParseTargetInvocationWithFormatProvider | Cannot convert value "notadate" to type "System.DateTime". Error: "The string \'notadate\' was not recognized as a valid DateTime. There is an unknown word starting at index \'0\'."'],
    ["[datetime]'2020-13-45'", 'InvalidCastParseTargetInvocationWithFormatProvider | Cannot convert value "2020-13-45" to type "System.DateTime". Error: "String \'2020-13-45\' was not recognized as a valid DateTime."'],
  ])('%s', (code, expected) => {
    expect(errorOf(code)).toBe(expected);
  });

  const cases: [string, string[]][] = [
    ["[int]'1,000'; [double]'1,000.5'; 1 + '1,000'", ['1000', '1000.5', '1001']],
    ["try { throw [ArgumentException]::new('x') } catch [System.Management.Automation.RuntimeException] { 'rt' }", ['rt']],
    ["try { 'x' * -1 } catch [System.Management.Automation.RuntimeException] { $_.FullyQualifiedErrorId }", ['System.ArgumentOutOfRangeException']],
    ["try { 1 + 'x' } catch { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().Name }", ['RuntimeException', 'PSInvalidCastException']],
  ];
  test.each(cases)('%s', (code, expected) => {
    expect(run(code).lines).toEqual(expected);
  });
});

describe('cmdlets, dictionaries and the parser (generated suite)', () => {
  const cases: [string, string[]][] = [
    ["'a','a','A','b' | Get-Unique; 1,1,2,1 | Get-Unique; 'a','A' | Get-Unique -CaseInsensitive", ['a', 'A', 'b', '1', '2', '1', 'a']],
    ['$h = [ordered]@{ a = 3KB; b = 2 }; $h[0]; $h[1]; $h["b"]', ['3072', '2', '2']],
  ];
  test.each(cases)('%s', (code, expected) => {
    expect(run(code).lines).toEqual(expected);
  });
  test('++ and -- need something to assign', () => {
    expect(run('--16').parseErrors.map((e) => e.errorId)).toEqual(['OperatorRequiresVariableOrProperty']);
    expect(run('$x = 1; $x++; ++$x; $x').lines).toEqual(['3']);
  });
});

describe('measure, casts and traps (generated suite)', () => {
  test('a property no input has measures as nothing; non-numeric values count', () => {
    const r = run("[pscustomobject]@{ a = 1 } | Measure-Object -Property N -Sum; ('b','a' | Measure-Object -Sum).Count");
    expect(r.lines).toEqual(['2']);
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['NonNumericInputObject,Microsoft.PowerShell.Commands.MeasureObjectCommand', 'NonNumericInputObject,Microsoft.PowerShell.Commands.MeasureObjectCommand']);
  });
  test.each([
    ["[double]'abc'", 'InvalidCastFromStringToDoubleOrSingle'],
    ["[int[]]'x'", 'InvalidCastExceptionScalarToArray'],
  ])('%s fails with %s', (code, id) => {
    expect(run(code).errors.map((e) => e.fullyQualifiedErrorId)).toEqual([id]);
  });
});

describe('typed variables and parameters (generated suite)', () => {
  const cases: [string, string[]][] = [
    // At top level a failed typed assignment declares nothing (in a script block it declares the typed slot).
    ["[int]$t = 'x'; $t; $t = 'y'; $t; $t = '8'; $t", ['', 'y', '8']],
    ["& { [int]$t = 'x'; $t; $t = 'y'; $t; $t = '8'; $t }", ['0', '0', '8']],
    ['function f { param([int]$a, [double]$b, [string]$c, [switch]$d, [bool]$e, $g) "a=$a b=$b c=[$c] d=$d e=$e g=[$g]"; $null -eq $c }; f', ['a=0 b=0 c=[] d=False e=False g=[]', 'False']],
    ['$null -eq [string]$null; ($null -as [string]) -eq $null', ['False', 'False']],
  ];
  test.each(cases)('%s', (code, expected) => {
    expect(run(code).lines).toEqual(expected);
  });
});

describe('replace, format and traps (generated suite)', () => {
  const cases: [string, string[]][] = [
    ["'Hello' -replace '^(.)', '$0$0'", ['HHello']],
    ["trap { \"trapped: $_\"; continue } [int]::Parse('x'); 'after'", ["trapped: The input string 'x' was not in a correct format.", 'after']],
  ];
  test.each(cases)('%s', (code, expected) => {
    expect(run(code).lines).toEqual(expected);
  });
  test("'{0:X}' of a Double is a format error", () => {
    expect(run("'{0:x4}' -f 1.5e-3").errors.map((e) => e.message)).toEqual(['Error formatting a string: Format specifier was invalid..']);
  });
  test('-f checks the format item as .NET 9 parses it, and the format against the value type', () => {
    const errors = (code: string) => run(code).errors.map((e) => `${e.fullyQualifiedErrorId} [${e.category}] ${e.message}`);
    const bad = (text: string) => [`FormatError [InvalidOperation] Error formatting a string: ${text}.`];
    expect(errors("'{0:X}' -f 1e16")).toEqual(bad('Format specifier was invalid.'));
    expect(errors("'{0:Q}' -f 1")).toEqual(bad('Format specifier was invalid.'));
    expect(errors("'{0:D}' -f 1.5")).toEqual(bad('Format specifier was invalid.'));
    expect(errors("'{0:D1000000000}' -f 1")).toEqual(bad('Format specifier was invalid.'));
    expect(errors("'{ 0}' -f 1")).toEqual(bad('Input string was not in a correct format. Failure to parse near offset 1. Expected an ASCII digit.'));
    expect(errors("'{0,}' -f 1")).toEqual(bad('Input string was not in a correct format. Failure to parse near offset 3. Expected an ASCII digit.'));
    expect(errors("'{0' -f 1")).toEqual(bad('Input string was not in a correct format. Failure to parse near offset 2. Format item ends prematurely.'));
    expect(errors("'{0}}' -f 1")).toEqual(bad('Input string was not in a correct format. Failure to parse near offset 4. Format item ends prematurely.'));
    expect(errors("'a}b' -f 1")).toEqual(bad('Input string was not in a correct format. Failure to parse near offset 2. Unexpected closing brace without a corresponding opening brace.'));
    expect(errors("'{1}' -f 1")).toEqual(bad('Index (zero based) must be greater than or equal to zero and less than the size of the argument list.'));
    expect(errors("[string]::Format('{0:Q}', 1)")).toEqual(['FormatException [NotSpecified] Exception calling "Format" with "2" argument(s): "Format specifier was invalid."']);
    expect(errors("(1).ToString('Q')")).toEqual(['FormatException [NotSpecified] Exception calling "ToString" with "1" argument(s): "Format specifier was invalid."']);
    // A string or a Boolean ignores the format; a custom format is no standard one; B and R; spaces in the item.
    expect(run("'{0:X}|{1:N2}|{2:Q}' -f 'abc', '5', $true; '{0:N2x}' -f 1; '{0:B8}|{1:R}' -f 5, 1.5; '{0 ,4 :D2}|' -f 7").lines).toEqual(['abc|5|True', 'N2x', '00000101|1.5', '  07|']);
  });
  test('String.Replace: an empty oldValue is an ArgumentException; the comparison overloads', () => {
    const e = run("'mail01'.Replace('', 'x')").errors[0]!;
    expect([e.fullyQualifiedErrorId, e.category, e.message]).toEqual(['ArgumentException', 'NotSpecified', 'Exception calling "Replace" with "2" argument(s): "The value cannot be an empty string. (Parameter \'oldValue\')"']);
    expect(run("'aBc'.Replace('b', 'x', 'OrdinalIgnoreCase'); 'aXbx'.Replace('x', '-', $true, $null); 'abc'.Replace('b', $null)").lines).toEqual(['axc', 'a-b-', 'ac']);
    expect(run("'abc'.Replace('a')").errors.map((e) => e.message)).toEqual(['Cannot find an overload for "Replace" and the argument count: "1".']);
  });
});

describe('generated-suite findings (pwsh 7.6.10 oracle)', () => {
  test('.NET numbers unnamed groups first: $Matches, -replace $n and Groups follow it', () => {
    const r = run("'Hello' -match '(?<first>\\w)(\\w)' | Out-Null; $Matches.Keys.Count; $Matches[1]; $Matches.first; 'Hello' -replace '(?<f>H)(e)', '$1${f}$2'; 'Hello' -replace '(?<f>H)(e)', { $_.Groups[1].Value + $_.Groups[2].Name }");
    expect(r.lines).toEqual(['3', 'e', 'H', 'eHHllo', 'efllo']);
  });

  test('null to TimeSpan, DateTime or Guid is an error; to a hashtable it is $null', () => {
    const r = run("[timespan]'1.02:03:04'.Hours; [guid]$null; $null -eq [hashtable]$null");
    expect(r.lines).toEqual(['True']);
    expect(r.errors.map((e) => `${e.fullyQualifiedErrorId}: ${e.message}`)).toEqual(['nullToObjectInvalidCast: Cannot convert null to type "System.TimeSpan".', 'nullToObjectInvalidCast: Cannot convert null to type "System.Guid".']);
  });

  test('Double.Parse reads NaN and Infinity', () => {
    expect(run("[double]'NaN'; [double]' -infinity '; 'nan' -as [double]").lines).toEqual(['NaN', '-Infinity', 'NaN']);
    expect(run("[double]'inf'").errors[0]?.fullyQualifiedErrorId).toBe('InvalidCastFromStringToDoubleOrSingle');
  });

  test('a trap that breaks on a thrown error records it once; a runtime error twice', () => {
    expect(run("trap { 't'; break } throw 'custom'", { outDefault: true }).rs.invoke('$Error.Count').output[0]).toBe(1);
    expect(run('trap { break } 1/0', { outDefault: true }).rs.invoke('$Error.Count').output[0]).toBe(2);
  });

  test('an expression error leaving a cmdlet\'s script block takes the cmdlet\'s InvocationInfo', () => {
    const r = run("try { 'b' | ForEach-Object { [int]'x' } } catch { $_.CategoryInfo.Activity; $_.InvocationInfo.MyCommand.Name }; try { 'b' | ForEach-Object { throw 'x' } } catch { \"[$($_.CategoryInfo.Activity)]\" }");
    expect(r.lines).toEqual(['ForEach-Object', 'ForEach-Object', '[]']);
  });
});

describe('error action preference on statement-terminating errors (pwsh 7.6.10 oracle)', () => {
  test('SilentlyContinue and Ignore record them and go on, a throw included', () => {
    const r = run("$ErrorActionPreference = 'SilentlyContinue'; 1/0; nosuchcmd; if (1) { throw 'x' }; 'after'; $?; $Error.Count", { outDefault: true });
    expect(r.hostText).toBe('after\nTrue\n3\n');
  });
  test('under a try they are caught as before', () => {
    expect(run("$ErrorActionPreference = 'Ignore'; try { 1/0 } catch { 'caught' }").lines).toEqual(['caught']);
  });
  test('an array given to a scalar parameter is named by its type', () => {
    expect(firstError(run('function f { param([int]$a) }; f @(1,2)')).message).toBe('Cannot process argument transformation on parameter \'a\'. Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".');
    expect(firstError(run('Get-Date -Year @(1,2)'))).toEqual({ id: 'CannotConvertArgument,Microsoft.PowerShell.Commands.GetDateCommand', category: 'InvalidArgument', message: "Cannot convert 'System.Object[]' to the type 'System.Int32' required by parameter 'Year'. Specified method is not supported." });
  });
});


describe('member access written against a type literal', () => {
  test('[int].5 reads the member named 5 ($null); [int] .5 casts', () => {
    expect(run('[int].5; [int] .5; "v=$([int].5)"; [int].5 + 1').lines).toEqual(['', '0', 'v=', '1']);
  });
});

describe('Int64 and Double arithmetic edges (pwsh 7.6.10 oracle)', () => {
  test('an exact Int64 remainder; a Double divided by zero is Infinity, NaN for %', () => {
    expect(run('9223372036854775807 % -2; 9223372036854775807 % 7; 0.3 / 0; -0.5 / 0; 5.5 % 0').lines).toEqual(['1', '0', 'Infinity', '-Infinity', 'NaN']);
    expect(run('1 / 0').errors[0]?.message).toBe('Attempted to divide by zero.');
  });
});
