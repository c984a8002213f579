import { describe, expect, test } from 'vitest';
import { run } from './helpers';

// Documented examples of the core cmdlets (reference/powershell/cmdlets/*.md) that apply without a world.
describe('ForEach-Object (ForEach-Object.md)', () => {
  const cases: [string, string[]][] = [
    ['30000, 56798, 12432 | ForEach-Object -Process {$_/1024}', ['29.296875', '55.466796875', '12.140625']],
    ['1, 2, $null, 4 | ForEach-Object {"Hello"}', ['Hello', 'Hello', 'Hello', 'Hello']],
    ['"Microsoft.PowerShell.Core", "Microsoft.PowerShell.Host" | ForEach-Object {$_.Split(".")}', ['Microsoft', 'PowerShell', 'Core', 'Microsoft', 'PowerShell', 'Host']],
    ['"Microsoft.PowerShell.Core", "Microsoft.PowerShell.Host" | ForEach-Object -MemberName Split -ArgumentList "."', ['Microsoft', 'PowerShell', 'Core', 'Microsoft', 'PowerShell', 'Host']],
    ['"Microsoft.PowerShell.Core", "Microsoft.PowerShell.Host" | foreach Split "."', ['Microsoft', 'PowerShell', 'Core', 'Microsoft', 'PowerShell', 'Host']],
    ["1..2 | ForEach-Object { 'begin' } { 'process' }", ['begin', 'process', 'process']],
    ["1..2 | ForEach-Object { 'begin' } { 'process A' }  { 'process B' } { 'end' }", ['begin', 'process A', 'process B', 'process A', 'process B', 'end']],
    ["1..2 | ForEach-Object -Begin $null -Process { 'one' }, { 'two' }, { 'three' } -End $null", ['one', 'two', 'three', 'one', 'two', 'three']],
    ['"a","bb" | % Length', ['1', '2']],
    ['1..3 | % -Begin { $t = 0 } -Process { $t += $_ } -End { $t }', ['6']],
    ['ForEach-Object -InputObject 5 { $_ * 2 }', ['10']],
  ];
  test.each(cases)('%s', (script, expected) => {
    const r = run(script);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.lines).toEqual(expected);
  });
});

describe('Where-Object (Where-Object.md)', () => {
  const data = '$s = @([pscustomobject]@{Name="a"; Status="Stopped"; Handles=1500; Flag=$true}, [pscustomobject]@{Name="p1"; Status="Running"; Handles=10; Flag=$false});';
  const cases: [string, string[]][] = [
    [`${data} ($s | Where-Object { $_.Status -eq "Stopped" }).Name`, ['a']],
    [`${data} ($s | Where-Object Status -EQ "Stopped").Name`, ['a']],
    [`${data} ($s | Where-Object Name -Match "^p.*").Name`, ['p1']],
    [`${data} ($s | Where-Object -Property Handles -GE -Value 1000).Name`, ['a']],
    [`${data} ($s | where Handles -GE 1000).Name`, ['a']],
    [`${data} ($s | ? Handles -lt 1000).Name`, ['p1']],
    [`${data} ($s | Where-Object Flag).Name`, ['a']],
    [`${data} ($s | Where-Object -Not Flag).Name`, ['p1']],
    [`${data} ($s | Where-Object Name -Like "P*").Name`, ['p1']],
    [`${data} ($s | Where-Object Name -CLike "P*").Count`, ['0']],
    [`${data} ($s | Where-Object Name -In "a","b").Name`, ['a']],
    [`${data} ($s | Where-Object Status -NE "Stopped").Name`, ['p1']],
    ['1..10 | Where-Object { $_ % 3 -eq 0 }', ['3', '6', '9']],
  ];
  test.each(cases)('%s', (script, expected) => {
    const r = run(script);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.lines).toEqual(expected);
  });
});

describe('Write-Output (Write-Output.md)', () => {
  test('enumerates unless -NoEnumerate', () => {
    expect(run('Write-Output 1,2,3 | Measure-Object2 2>$null; (Write-Output 1,2,3 | ForEach-Object { "x" }).Count').lines).toEqual(['3']);
    expect(run('(Write-Output 1,2,3 -NoEnumerate | ForEach-Object { "x" }).Count').lines).toEqual(['1']);
    expect(run('echo hello; write world').lines).toEqual(['hello', 'world']);
  });
});

describe('Write-Host (Write-Host.md)', () => {
  test('examples', () => {
    expect(run('Write-Host "no newline test " -NoNewline; Write-Host "second string"').hostText).toBe('no newline test second string\n');
    expect(run('Write-Host (2,4,6,8,10,12) -Separator ", +2= "').hostText).toBe('2, +2= 4, +2= 6, +2= 8, +2= 10, +2= 12\n');
    expect(run('Write-Host "Red on white text." -ForegroundColor red -BackgroundColor white').host.writes).toEqual([{ stream: 'host', text: 'Red on white text.\n' }]);
  });
  test('invalid colour fails binding', () => {
    expect(run('Write-Host x -ForegroundColor Purple').errors[0].fullyQualifiedErrorId).toBe('CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteHostCommand');
  });
});

describe('Get-Command (Get-Command.md)', () => {
  test('-Name wildcards, -Verb, -Noun, -CommandType', () => {
    expect(run('(Get-Command -Name Write-*).Name').lines).toEqual(['Write-Debug', 'Write-Error', 'Write-Host', 'Write-Information', 'Write-Output', 'Write-Progress', 'Write-Verbose', 'Write-Warning']);
    expect(run('(Get-Command -Verb Get -Noun *Variable).Name').lines).toEqual(['Get-Variable']);
    expect(run('(Get-Command gcm).ResolvedCommandName').lines).toEqual(['Get-Command']);
    expect(run('(Get-Command -CommandType Alias -Name echo).Definition').lines).toEqual(['Write-Output']);
    expect(run('(Get-Command Get-Date).Source').lines).toEqual(['Microsoft.PowerShell.Utility']);
  });
  test('-Syntax prints the syntax lines', () => {
    expect(run('Get-Command Out-Null -Syntax').lines).toEqual(['\nOut-Null [-InputObject <psobject>] [<CommonParameters>]\n']);
    expect(run('Get-Command Start-Sleep -Syntax').lines).toEqual(['\nStart-Sleep [-Seconds] <double> [<CommonParameters>]\n\nStart-Sleep -Milliseconds <int> [<CommonParameters>]\n\nStart-Sleep -Duration <timespan> [<CommonParameters>]\n']);
  });
  test('an unknown name fails as pwsh does', () => {
    const r = run('Get-Command Get-Nope');
    expect(r.errors[0].message).toBe("The term 'Get-Nope' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.");
    expect(r.errors[0].fullyQualifiedErrorId).toBe('CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand');
  });
  test('functions are listed', () => {
    expect(run('function Get-Mine {}; (Get-Command Get-Mine).CommandType').lines).toEqual(['Function']);
  });
});

describe('Get-Help (Get-Help.md)', () => {
  test('default view from metadata', () => {
    const text = run('Get-Help Out-Null').lines[0];
    expect(text).toContain('\nNAME\n    Out-Null\n\nSYNOPSIS\n    Hides the output instead of sending it down the pipeline or displaying it.\n\n\nSYNTAX\n    Out-Null [-InputObject <PSObject>] [<CommonParameters>]\n');
    expect(text).toContain('REMARKS\n    To see the examples, type: "Get-Help Out-Null -Examples"');
  });
  test('<cmdlet> -? shows help; -Online prints the URL; -Parameter shows one parameter', () => {
    expect(run('Write-Output -?').lines[0]).toContain('NAME\n    Write-Output');
    expect(run('Get-Help Write-Output -Online').hostText).toBe('https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/write-output?view=powershell-7.4\n');
    expect(run('Get-Help Write-Output -Parameter NoEnumerate').lines[0]).toContain('-NoEnumerate <SwitchParameter>\n\n    Required?                    false\n    Position?                    named');
  });
});

describe('variables, dates, sleep, objects, secure strings', () => {
  const cases: [string, string[]][] = [
    ['Set-Variable -Name v -Value 5; $v', ['5']],
    ['New-Variable -Name w -Value 1; Get-Variable w -ValueOnly', ['1']],
    ['$z = 1; Remove-Variable z; $null -eq $z', ['True']],
    ['(Get-Variable -Name PSVersionTable).Name', ['PSVersionTable']],
    ['Get-Date -Format "yyyy-MM-dd HH:mm"', ['2026-11-24 08:42']],
    ['(Get-Date).AddDays(1).Day', ['25']],
    ['$a = Get-Date; Start-Sleep -Seconds 90; ((Get-Date) - $a).TotalSeconds', ['90']],
    ['Get-Date -Year 2020 -Month 2 -Day 29 -Format d', ['2/29/2020']],
    ['$o = New-Object PSObject -Property @{A=1}; $o.A', ['1']],
    ['$c = New-Object System.Management.Automation.PSCredential("admin@contoso.com", (ConvertTo-SecureString "P@ss" -AsPlainText -Force)); $c.UserName; $c.GetNetworkCredential().Password', ['admin@contoso.com', 'P@ss']],
    ['$c = [pscredential]::new("u", (ConvertTo-SecureString "p" -AsPlainText -Force)); $c.GetType().FullName', ['System.Management.Automation.PSCredential']],
    ['$e = ConvertTo-SecureString "x" -AsPlainText -Force | ConvertFrom-SecureString; (ConvertTo-SecureString $e | ConvertFrom-SecureString -AsPlainText)', ['x']],
    ['Invoke-Command -ScriptBlock { param($a) $a * 3 } -ArgumentList 4', ['12']],
    ['1,2 | Out-Null', []],
  ];
  test.each(cases)('%s', (script, expected) => {
    const r = run(script);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.lines).toEqual(expected);
  });
  test('New-Variable on an existing name fails', () => {
    expect(run('$q = 1; New-Variable q 2').errors[0].message).toBe("A variable with name 'q' already exists.");
  });
  test('ConvertTo-SecureString -AsPlainText without -Force fails', () => {
    const r = run('ConvertTo-SecureString "x" -AsPlainText');
    expect(r.errors[0].fullyQualifiedErrorId).toBe('ImportSecureString_InvalidArgument,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand');
  });
  test('unknown type for New-Object', () => {
    const r = run('New-Object Foo.Bar');
    expect(r.errors[0].message).toBe('Cannot find type [Foo.Bar]: verify that the assembly containing this type is loaded.');
    expect(r.errors[0].fullyQualifiedErrorId).toBe('TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand');
  });
});

describe('Get-Credential (Get-Credential.md)', () => {
  test('prompts for user and password', () => {
    const r = run('$c = Get-Credential; $c.UserName', { interactive: true, lines: ['admin@contoso.com', 'secret'] });
    expect(r.lines).toEqual(['admin@contoso.com']);
    expect(r.hostText).toBe('PowerShell credential request\nEnter your credentials.\nUser: admin@contoso.com\nPassword for user admin@contoso.com: \n');
  });
  test('-UserName and -Message', () => {
    const r = run('(Get-Credential -UserName u1 -Message "Sign in").UserName', { interactive: true, lines: ['pw'] });
    expect(r.lines).toEqual(['u1']);
    expect(r.host.prompts).toEqual(['Password for user u1: ']);
  });
  test('input ending cancels', () => {
    const r = run('Get-Credential', { interactive: true, lines: [] });
    expect(r.errors[0].fullyQualifiedErrorId).toBe('CouldNotPromptForCredential,Microsoft.PowerShell.Commands.GetCredentialCommand');
  });
});

test('ConvertFrom-Csv skips # comment lines before the header (pwsh 7.6); later ones are data', () => {
  const r = run("\"# This is a CSV comment`n#TYPE Foo`nCol1,Col2`nVal1,Val2`n#x,3\" | ConvertFrom-Csv | ForEach-Object { \"$($_.Col1)|$($_.Col2)\" }");
  expect(r.lines).toEqual(['Val1|Val2', '#x|3']);
});

describe('property names as the object has them', () => {
  test('a hashtable key keeps its spelling (pwsh 7.6: Property : num)', () => {
    const r = run('(@{num=3}, @{num=4}, @{num=5} | Measure-Object -Maximum Num).Property; @{num=1} | Select-Object NUM | ForEach-Object { $_.psobject.properties.name }');
    expect(r.lines).toEqual(['num', 'num']);
  });
});
