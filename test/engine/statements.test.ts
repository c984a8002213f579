import { describe, expect, test } from 'vitest';
import { firstError, run } from './helpers';
import { createSession } from '../../src/session';

// Functions, splatting (P-43..P-50), scopes, control flow, try/catch/finally, throw.
const SIMPLE = `function SimpleTest { param([Alias('Key')]$Name, $Path) "Key: $Name; Path: $Path; Args: $args" }`;

describe('functions and splatting', () => {
  const cases: [string, string[]][] = [
    [`${SIMPLE}; $hash=@{Name="Hello";Blah="World"}; SimpleTest @hash`, ['Key: Hello; Path: ; Args: -Blah: World']],
    [`${SIMPLE}; $hash=@{Name="Hello";Path="World"}; SimpleTest @hash`, ['Key: Hello; Path: World; Args: ']],
    [`${SIMPLE}; $hash=@{Name="Hello"}; SimpleTest @hash -Path "Yeah"; SimpleTest -Path "Yeah" @hash`, ['Key: Hello; Path: Yeah; Args: ', 'Key: Hello; Path: Yeah; Args: ']],
    [`${SIMPLE}; $hash=@{Key="Hello"}; SimpleTest @hash`, ['Key: Hello; Path: ; Args: ']],
    [`${SIMPLE}; $hash=@{Name="Hello";Path="World"}; SimpleTest @hash -Path "Yeah"`, ['Key: Hello; Path: Yeah; Args: ']],
    [`${SIMPLE}; $hash=@{Name="Hello";Blah="World"}; SimpleTest @hash -Name "Yeah"`, ['Key: Yeah; Path: ; Args: -Blah: World']],
    [`${SIMPLE}; $hash=@{key="Hello";Path="World"}; SimpleTest @hash -Key "Yeah"`, ['Key: Yeah; Path: World; Args: ']],
    [`${SIMPLE}; $a = "x", "y"; SimpleTest @a`, ['Key: x; Path: y; Args: ']],
    ['function f { $args.Count; $args[1] }; f 4 -5 6', ['3', '-5']],
    ['function f($a, $b = 10) { $a + $b }; f 1; f 1 2', ['11', '3']],
    ['function f { param([int]$n) $n * 2 }; f "21"', ['42']],
    ['function f { param([switch]$Force) "force=$Force" }; f; f -Force', ['force=False', 'force=True']],
    ['function f { [CmdletBinding()] param([Parameter(Mandatory)][string]$Name) "hi $Name" }; f -Name x', ['hi x']],
    ['function f { process { $_ * 2 } }; 1,2,3 | f', ['2', '4', '6']],
    ['function f { $input | ForEach-Object { $_ + 1 } }; 1,2 | f', ['2', '3']],
    ['filter dbl { $_ * 2 }; 1,2 | dbl', ['2', '4']],
    ['function f { param([Parameter(ValueFromPipelineByPropertyName)]$Name) process { "n=$Name" } }; [pscustomobject]@{Name="a"} | f', ['n=a']],
    ['function f { begin { "b" } process { "p$_" } end { "e" } }; 1,2 | f', ['b', 'p1', 'p2', 'e']],
    ['function f { return 5; "not" }; f', ['5']],
    ['function f { 1; return; 2 }; f', ['1']],
    ['$input = 1,2,3; 4,-5,6 | & { $input }', ['4', '-5', '6']],
    ['& { param($x) "x=$x" } 7', ['x=7']],
    ['$sb = { $args[0] + 1 }; & $sb 1; $sb.Invoke(2)', ['2', '3']],
  ];
  test.each(cases)('%s', (script, expected) => {
    const r = run(script);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.lines).toEqual(expected);
  });

  test('advanced function errors name the function', () => {
    const r = run('function Get-Thing { [CmdletBinding()] param([Parameter(Mandatory)][string]$Name) $Name }; Get-Thing -Bogus 1');
    expect(r.errors[0].message).toBe("A parameter cannot be found that matches parameter name 'Bogus'.");
    expect(r.errors[0].fullyQualifiedErrorId).toBe('NamedParameterNotFound,Get-Thing');
  });
  test('ValidateSet on a function parameter', () => {
    const r = run("function f { param([ValidateSet('a','b')]$Kind) $Kind }; f c");
    expect(r.errors[0].message).toBe('Cannot validate argument on parameter \'Kind\'. The argument "c" does not belong to the set "a,b" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.');
  });
});

describe('scopes', () => {
  const cases: [string, string[]][] = [
    ['$x = 1; function f { $x = 2; $x }; f; $x', ['2', '1']],
    ['$x = 1; function f { $script:x = 2 }; f; $x', ['2']],
    ['$x = 1; function f { $global:x = 3 }; f; $x', ['3']],
    ['function f { $y = 5 }; . f; $y', ['5']],
    ['$x = 1; & { $x = 9 }; $x', ['1']],
    ['$x = 1; . { $x = 9 }; $x', ['9']],
    ['1..3 | ForEach-Object { $sum += $_ }; $sum', ['6']],
    ['$env:MYVAR = "v"; $env:MYVAR; $env:myvar', ['v', 'v']],
    ['$PSVersionTable.PSVersion.Major; $PSVersionTable.PSEdition', ['7', 'Core']],
    ['$Host.UI.RawUI.BufferSize.Width', ['120']],
    ['$ConfirmPreference; $ErrorActionPreference; $FormatEnumerationLimit', ['High', 'Continue', '4']],
  ];
  test.each(cases)('%s', (script, expected) => {
    const r = run(script);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.lines).toEqual(expected);
  });
});

describe('control flow', () => {
  const cases: [string, string[]][] = [
    ['if ($false) { 1 } elseif ($true) { 2 } else { 3 }', ['2']],
    ['foreach ($i in 1..5) { if ($i -eq 2) { continue }; if ($i -eq 4) { break }; $i }', ['1', '3']],
    ['for ($i = 0; $i -lt 3; $i++) { $i }', ['0', '1', '2']],
    ['$i = 0; while ($i -lt 2) { $i; $i++ }', ['0', '1']],
    ['$i = 0; do { $i; $i++ } until ($i -ge 2)', ['0', '1']],
    [':outer foreach ($a in 1..2) { foreach ($b in 1..2) { if ($b -eq 2) { continue outer }; "$a$b" } }', ['11', '21']],
    ['switch (3) { 1 { "one" } 3 { "three" } default { "other" } }', ['three']],
    ['switch ("abc") { "ABC" { "ci" } }', ['ci']],
    ['switch -Wildcard ("mailbox01") { "mail*" { "wild" } }', ['wild']],
    ['switch -Regex ("id-42") { "(\\d+)" { $Matches[1] } }', ['42']],
    ['switch (1, 2, 3) { 2 { "two"; break } default { "d$_" } }', ['d1', 'two']],
    ['switch (5) { { $_ -gt 3 } { "big" } }', ['big']],
    ['1 -and 0; 1 -or 0', ['False', 'True']],
    ['Write-Output a && Write-Output b', ['a', 'b']],
    ['Get-Nope 2>$null || Write-Output fallback', ['fallback']],
  ];
  test.each(cases)('%s', (script, expected) => {
    const r = run(script);
    expect(r.lines).toEqual(expected);
  });

  test('exit stops the script and sets the exit code', () => {
    const r = run('"a"; exit 3; "b"');
    expect(r.lines).toEqual(['a']);
    expect(r.exitCode).toBe(3);
  });
});

describe('try / catch / finally / throw', () => {
  test('throw with a string: RuntimeException whose id is the message', () => {
    const r = run('try { throw "boom" } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName } finally { "fin" }');
    expect(r.lines).toEqual(['boom', 'boom', 'System.Management.Automation.RuntimeException', 'fin']);
  });
  test('uncaught throw stops the script', () => {
    const r = run('"a"; throw "stop here"; "b"');
    expect(r.lines).toEqual(['a']);
    expect(r.errors[0].message).toBe('stop here');
    expect(r.errors[0].categoryInfo.toString()).toBe('OperationStopped: (stop here:String) [], RuntimeException');
  });
  test('statement-terminating errors continue with the next statement', () => {
    const r = run('Get-Nope; "next"');
    expect(r.lines).toEqual(['next']);
  });
  test('typed catch picks the matching clause', () => {
    const r = run('try { Get-Nope } catch [System.Management.Automation.ParameterBindingException] { "pb" } catch [System.Management.Automation.CommandNotFoundException] { "cnf: " + $_.CategoryInfo.Reason } catch { "other" }');
    expect(r.lines).toEqual(['cnf: CommandNotFoundException']);
  });
  test('-ErrorAction Stop makes Write-Error catchable', () => {
    const r = run('try { Write-Error "bad" -ErrorAction Stop; "not here" } catch { "caught " + $_.Exception.Message }');
    expect(r.lines).toEqual(['caught bad']);
  });
  test('$ErrorActionPreference = Stop', () => {
    const r = run('$ErrorActionPreference = "Stop"; try { Write-Error "bad"; "no" } catch { "c" }');
    expect(r.lines).toEqual(['c']);
  });
  test('$Error holds the newest first; $? reflects failure', () => {
    const r = run('Write-Error "one"; Write-Error "two"; $?; $Error[0].Exception.Message; $Error.Count');
    expect(r.lines).toEqual(['False', 'two', '2']);
  });
  test('$Error keeps one entry for an exception it already holds first (pwsh 7.6 AppendDollarError)', () => {
    // `throw $_.Exception` and `Write-Error -ErrorRecord $_` in a catch re-raise the error $Error[0] holds.
    const a = run('try { 1/0 } catch { throw $_.Exception }');
    expect(a.rs.invoke('$Error.Count; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category.ToString(); $Error[0].Exception.Message').output.map(String)).toEqual(['1', 'RuntimeException', 'NotSpecified', 'Attempted to divide by zero.']);
    expect(firstError(a)).toEqual({ message: 'Attempted to divide by zero.', id: 'RuntimeException', category: 'NotSpecified' });
    const b = run('try { 1/0 } catch { Write-Error -ErrorRecord $_ }; $Error.Count');
    expect(b.lines).toEqual(['1']);
    expect(firstError(b)).toEqual({ message: 'Attempted to divide by zero.', id: 'RuntimeException', category: 'NotSpecified' });
    const c = run('try { Get-Variable nosuch -ErrorAction Stop } catch { try { throw $_.Exception } catch {} }; $Error.Count; $Error[0].FullyQualifiedErrorId');
    expect(c.lines).toEqual(['1', 'VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand']);
    // Another error in between: the rethrow is a new entry.
    const d = run("try { 1/0 } catch { Write-Error 'x' -ErrorAction SilentlyContinue; try { throw $_.Exception } catch {} }; $Error.Count");
    expect(d.lines).toEqual(['3']);
  });
  test('throw inside a function propagates to the caller catch', () => {
    const r = run('function f { throw "inner" }; try { f } catch { "got " + $_ }');
    expect(r.lines).toEqual(['got inner']);
  });
  test('finally runs on break', () => {
    const r = run('foreach ($i in 1..3) { try { if ($i -eq 2) { break }; $i } finally { "f$i" } }');
    expect(r.lines).toEqual(['1', 'f1', 'f2']);
  });
});

describe('$( ) in expandable strings (pwsh scans its text first, then parses it alone)', () => {
  test('quotes doubled or escaped in it are one quote; here-strings keep them', () => {
    expect(run('"x$("a`"`"b")y"; @"\n$("a""b") $("c`"d")\n"@').lines).toEqual(['xa"by', 'a"b c"d']);
  });
  test('the first ) that balances the parentheses ends it; text parsed after the $( ) and its member access is dropped', () => {
    expect(run(`"[$('(').Length)]"; "[$('(') + 1)]"`).lines).toEqual(['[1]', '[(]']);
  });
  test('an escaped quote in a string inside it is a parse error, shown as pwsh shows it', () => {
    const r = createSession().run('"value: $("q`"Server2`"".Length)"; (3 % -14)');
    expect(r.text).toBe(
      [
        'ParserError: ',
        'Line |',
        '   1 |  "value: $("q`"Server2`"".Length)"; (3 % -14)',
        '     |                ~~~~~~~~~~~~~~~~~',
        "     | Unexpected token 'Server2`\"\".Length' in expression or statement.",
        '',
      ].join('\n'),
    );
  });
});
