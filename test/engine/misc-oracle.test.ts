import { describe, expect, test } from 'vitest';
import { run } from './helpers';
import { renderErrorRecord } from '../../src/formatting/error-view';

// Differences the collected oracle suite found, each checked against pwsh 7.6.
describe('collected oracle differences', () => {
  test("ForEach-Object -Parallel: a block's terminating error is PSTaskException around its own exception (a throw shows as Exception:)", () => {
    const r = run('1..3 | ForEach-Object -Parallel { if ($_ -eq 2) { throw "Terminating Error: $_" }; "Output: $_" }; 1 | ForEach-Object -Parallel { 1/0; "after" }');
    expect(r.lines).toEqual(['Output: 1', 'Output: 3', 'after']);
    expect(r.errors.map((e) => [e.fullyQualifiedErrorId, e.category])).toEqual([['PSTaskException', 'InvalidOperation'], ['RuntimeException', 'NotSpecified']]);
    // pwsh 7.6 text (its order among the outputs follows its threads).
    expect(r.errors.map((e) => renderErrorRecord(e))).toEqual(['Exception: Terminating Error: 2', 'RuntimeException: Attempted to divide by zero.']);
  });

  test('a flags enum given as a list binds as the combination (PSMemberTypes)', () => {
    // pwsh 7.6: "x" | Get-Member -MemberType Properties, Method  → Length among them; a bad name fails on the joined list.
    const r = run('("x" | Get-Member -MemberType properties, method).Name -contains "Length"; "x" | Get-Member -MemberType Prop, Method');
    expect(r.lines).toEqual(['True']);
    expect(r.errors[0].message).toBe('Cannot bind parameter \'MemberType\'. Cannot convert value "Prop,Method" to type "System.Management.Automation.PSMemberTypes". Error: "Unable to match the identifier name Prop,Method to a valid enumerator name. Specify one of the following enumerator names and try again:\nAliasProperty, CodeProperty, Property, NoteProperty, ScriptProperty, PropertySet, Method, CodeMethod, ScriptMethod, Methods, ParameterizedProperty, MemberSet, Event, Dynamic, InferredProperty, Properties, All"');
  });

  test('Sort-Object leaves equal keys where .NET\'s introsort puts them; -Stable keeps input order', () => {
    // pwsh 7.6 output.
    const r = run(`(1..20 | Sort-Object {$_ % 3}) -join ','; (1..17 | Sort-Object {$_ % 3}) -join ','; (1..40 | Sort-Object {$_ % 3} -Descending) -join ','; (1..40 | Sort-Object {$_ % 4} -Unique) -join ','; (1..20 | Sort-Object {$_ % 3} -Stable) -join ','`);
    expect(r.lines).toEqual([
      '18,3,15,6,12,9,1,16,13,10,7,4,19,11,8,14,5,17,2,20',
      '9,15,3,12,6,13,10,16,1,7,4,11,5,14,2,8,17',
      '20,2,38,17,5,35,8,32,23,11,29,26,14,25,31,34,37,28,22,1,40,19,4,16,13,7,10,3,36,6,33,30,39,12,27,15,24,18,9,21',
      '20,9,38,27',
      '3,6,9,12,15,18,1,4,7,10,13,16,19,2,5,8,11,14,17,20',
    ]);
  });

  test('a typed param block missing a mandatory argument names no command and is not kept in $Error', () => {
    // pwsh 7.6: ": Cannot process command because of one or more missing mandatory parameters: Path."
    const r = run('param([Parameter(Mandatory)][string[]] $Path)');
    expect(renderErrorRecord(r.errors[0])).toBe(': Cannot process command because of one or more missing mandatory parameters: Path.');
    expect(r.rs.invoke('$Error.Count').output).toEqual([0]);
  });

  test('splatting $null or an undefined variable passes one $null argument; a string its characters', () => {
    // pwsh 7.6: 1, 1, 0, 3, [][1], host text "a " and "This is a test. ".
    const r = run('function f { $args.Count }; f @undefined; $n=$null; f @n; $e=@(); f @e; $s="abc"; f @s; function g { param($a,$b) "[$a][$b]" }; g @undefined 1; Write-Host "a" @nothing');
    expect(r.lines).toEqual(['1', '1', '0', '3', '[][1]']);
    expect(r.hostText).toBe('a \n');
  });

  test('a type literal is a System.Type object with IsPrimitive, FullName, GetArrayRank()', () => {
    // pwsh 7.6 (lang-spec chapter 7).
    const r = run('[int].IsPrimitive; [Object[]].FullName; [int[,,]].GetArrayRank(); [int].GetType().FullName; [string].IsPrimitive; [int[]].IsArray; [int[]].GetElementType().FullName');
    expect(r.lines).toEqual(['True', 'System.Object[]', '3', 'System.RuntimeType', 'False', 'True', 'System.Int32']);
  });

  test('a static method without parentheses is a method reference with Invoke(); [char] static methods', () => {
    // pwsh 7.6 (lang-spec chapter 7).
    const r = run('$a = [Math]::Sqrt; $a.Invoke(2.0); $a = [Math]::("Sq"+"rt"); $a.Invoke(4); $a = [char]::ToLower; $a.Invoke("X"); [char]::IsUpper("a"); [char]::IsUpper("A"); $null -eq [Math]::Nope; [byte]::MaxValue; $t = [int16]; $t::MinValue');
    expect(r.lines).toEqual(['1.4142135623731', '2', 'x', 'False', 'True', 'True', '255', '-32768']);
  });

  test('a trap that breaks rethrows the error as ParentContainsErrorRecordException', () => {
    // pwsh 7.6: "ParentContainsErrorRecordException: Attempted to divide by zero." ; a throw stays "Exception: x".
    const r = run('$j = 0; $v = 10/$j; "Done"\ntrap { $j = 2; break }');
    expect(r.errors.map((e) => renderErrorRecord(e))).toEqual(['ParentContainsErrorRecordException: Attempted to divide by zero.']);
    expect(renderErrorRecord(run('trap { break }; throw "x"').errors[0])).toBe('Exception: x');
    expect(renderErrorRecord(run('1/0').errors[0])).toBe('RuntimeException: Attempted to divide by zero.');
  });

  test('[guid]::new() from 16 bytes uses .NET\'s byte order and prints as a Guid table', () => {
    // pwsh 7.6 (about_Type_Conversion): "\nGuid\n----\n04030201-0605-0807-090a-0b0c0d0e0f10\n\n"
    // (The table view is checked in test/core-cmdlets/utility-cmdlets.test.ts.)
    expect(run('[byte[]] $bytes = 1..16; [System.Guid]::new($bytes).Guid').lines).toEqual(['04030201-0605-0807-090a-0b0c0d0e0f10']);
    expect(run('[guid]::new("0F8FAD5B-D9CB-469F-A165-70867728950E").ToString(); [guid]::new().Guid').lines).toEqual(['0f8fad5b-d9cb-469f-a165-70867728950e', '00000000-0000-0000-0000-000000000000']);
  });

  test('an expression\'s error is shown at its statement (pwsh\'s sequence point), a command\'s at the command', () => {
    // pwsh 7.6 underlines: the whole assignment, the whole pipeline, an if condition, the statement in a block.
    const r = run('$r = $null\n$x = $r[4].Foo + 1\nWrite-Output ($r[4].Foo)\nif ($r[4].Foo) { }\n"a" | % { $r[4].Foo } | Out-String\n$y = 1 + $null.Foo().Bar\n$z = 1 + (Get-Item /nope -ea Stop)');
    expect(r.errors.map((e) => renderErrorRecord(e).split('\n')[3])).toEqual([
      '     |  ~~~~~~~~~~~~~~~~~~',
      '     |  ~~~~~~~~~~~~~~~~~~~~~~~~',
      '     |      ~~~~~~~~~',
      '     |            ~~~~~~~~~',
      '     |  ~~~~~~~~~~~~~~~~~~~~~~~~',
      '     |            ~~~~~~~~~~~~~~~~~~~~~~~',
    ]);
  });

  test('a top-level Write-Error halted by Stop shows its command\'s position; not halted, none', () => {
    // pwsh 7.6 (about_Preference_Variables).
    const r = run('\nWrite-Error "plain"\n$ErrorActionPreference = "Stop"\nWrite-Error -Message "Test Error" ; Write-Host "Hello World"');
    expect(r.errors.map((e) => renderErrorRecord(e))).toEqual([
      'Write-Error: plain',
      'Write-Error: \nLine |\n   4 |  Write-Error -Message "Test Error" ; Write-Host "Hello World"\n     |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n     | Test Error',
    ]);
    expect(r.hostText).toBe('');
  });

  test('an unknown type literal fails at the literal, even before :: ', () => {
    // pwsh 7.6 underlines `[Nope]` in `$test = [Nope]::new()` and `$y = 1 + [Nope]::Foo`.
    const r = run('\n$test = [Nope]::new()\n$y = 1 + [Nope]::Foo');
    expect(r.errors.map((e) => renderErrorRecord(e).split('\n')[3])).toEqual(['     |          ~~~~~~', '     |           ~~~~~~']);
  });
});
