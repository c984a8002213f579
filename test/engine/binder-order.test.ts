/**
 * The binder's order and rules as pwsh 7.6 applies them (CmdletParameterBinderController): parameters
 * paired with their arguments first, named then positional binding, the remaining-arguments parameter,
 * unknown parameters reported last; prefixes; enum conversion; a trailing Out-Null never runs.
 * Expected texts are pwsh 7.6.10's.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';

function run(code: string): { text: string; errors: string[] } {
  const r = createSession().run(code);
  return { text: r.text, errors: r.errors.map((e) => `${e.fullyQualifiedErrorId} [${e.category}] ${e.exception.message}`) };
}

describe('parameter prefixes', () => {
  it.each([
    // pwsh 7.6: a prefix matching one declared parameter wins over the common parameters sharing it.
    ['Write-Output -In 1', '1\n'],
    ['function f { [CmdletBinding()] param($InputObject) "got $InputObject" }; f -In 1', 'got 1\n'],
    ["function k { [CmdletBinding(SupportsShouldProcess)] param($Whatever) \"got $Whatever\" }; k -Wh 1", 'got 1\n'],
  ])('%s', (code, text) => {
    expect(run(code)).toEqual({ text, errors: [] });
  });

  it('stays ambiguous between two declared parameters, names listed before aliases', () => {
    const r = run("function g { [CmdletBinding()] param([Alias('Qzx')]$Foo, $Qzy) $Foo }; g -Qz 1");
    expect(r.text).toBe("g: Parameter cannot be processed because the parameter name 'Qz' is ambiguous. Possible matches include: -Qzy -Foo.\n");
  });

  it('stays ambiguous among common parameters only', () => {
    expect(run('Write-Output -O 1').errors).toEqual([
      "AmbiguousParameter,Microsoft.PowerShell.Commands.WriteOutputCommand [InvalidArgument] Parameter cannot be processed because the parameter name 'O' is ambiguous. Possible matches include: -OutVariable -OutBuffer.",
    ]);
  });
});

describe('remaining arguments and unknown parameters', () => {
  it.each([
    ['Write-Host -NoSuchParameter 1', '-NoSuchParameter 1\n'],
    ['Write-Host -foo:bar x -zzz', '-foo: bar x -zzz\n'],
    ['Write-Output -NoSuchParameter 1', '-NoSuchParameter\n1\n'],
    ['Write-Output a -foo b', 'a\n-foo\nb\n'],
    // Simple functions: $args holds the parameter as typed; the value after it is not positional.
    ['function f($a) { "a=[$a] args=[$($args -join \'|\')]" }; f -zz 1; f 1 -zz 2; f -zz:3 4', 'a=[] args=[-zz|1]\na=[1] args=[-zz|2]\na=[] args=[-zz:|3|4]\n'],
    ["function g { [CmdletBinding()] param([Parameter(ValueFromRemainingArguments)]$Rest, [Parameter(Position=0)]$P) \"P=[$P] Rest=[$($Rest -join '|')]\" }; g -zz 1 2; g 1 -zz:5 2", 'P=[2] Rest=[-zz|1]\nP=[1] Rest=[-zz:|5|2]\n'],
  ])('%s', (code, text) => {
    expect(run(code)).toEqual({ text, errors: [] });
  });

  it('ForEach-Object cannot tell -RemainingScripts from -ArgumentList', () => {
    expect(run('ForEach-Object -NoSuchParameter 1').errors).toEqual([
      'AmbiguousParameterSet,Microsoft.PowerShell.Commands.ForEachObjectCommand [MetadataError] Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    ]);
  });

  it('reports an unknown parameter once the remaining-arguments parameter is bound', () => {
    expect(run('Write-Output -InputObject a -foo b').errors).toEqual([
      "NamedParameterNotFound,Microsoft.PowerShell.Commands.WriteOutputCommand [InvalidArgument] A parameter cannot be found that matches parameter name 'foo'.",
    ]);
  });
});

describe('pairing parameters with arguments', () => {
  it('takes a -Word that names no parameter as the value', () => {
    expect(run('Get-Variable -Name -zzz').text).toBe("Get-Variable: Cannot find a variable with the name '-zzz'.\n");
  });

  it('fails when the next word is a parameter', () => {
    expect(run('Get-Variable -Name -Scope').text).toBe("Get-Variable: Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String[]' and try again.\n");
  });

  it('converts named arguments before the mandatory check', () => {
    expect(run("ConvertFrom-Csv -Delimiter 'toolong'").text).toBe(
      'ConvertFrom-Csv: Cannot bind parameter \'Delimiter\'. Cannot convert value "toolong" to type "System.Char". Error: "String must be exactly one character long."\n',
    );
  });
});

describe('enum arguments', () => {
  it.each([
    ['Write-Host -ForegroundColor y hi', 'hi\n'],
    [
      'Write-Host -ForegroundColor Dark x',
      'Write-Host: Cannot bind parameter \'ForegroundColor\'. Cannot convert value "Dark" to type "System.ConsoleColor". Error: "The identifier name Dark cannot be processed because it is either too similar or identical to the following enumerator names: DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, DarkGray. Use a more specific identifier name."\n',
    ],
    [
      'ConvertTo-Csv -UseQuotes NotAValidValue',
      'ConvertTo-Csv: Cannot bind parameter \'UseQuotes\'. Cannot convert value "NotAValidValue" to type "Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind". Error: "Unable to match the identifier name NotAValidValue to a valid enumerator name. Specify one of the following enumerator names and try again:\nNever, Always, AsNeeded"\n',
    ],
    [
      'Get-Member -View Ext -InputObject 1',
      'Get-Member: Cannot bind parameter \'View\'. Cannot convert value "Ext" to type "System.Management.Automation.PSMemberViewTypes". Error: "Cannot convert value "Ext" to type "System.Management.Automation.PSMemberViewTypes" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "Extended,Adapted,Base,All"."\n',
    ],
    ['Write-Error -Category', "Write-Error: Missing an argument for parameter 'Category'. Specify a parameter of type 'System.Management.Automation.ErrorCategory' and try again.\n"],
  ])('%s', (code, text) => {
    expect(run(code).text).toBe(text);
  });
});

describe('metadata as pwsh 7.6 declares it', () => {
  it.each([
    ['Format-Table -ExcludeProperty', "Format-Table: A parameter cannot be found that matches parameter name 'ExcludeProperty'.\n"],
    ['Write-Output -InputObject', "Write-Output: Missing an argument for parameter 'InputObject'. Specify a parameter of type 'System.Management.Automation.PSObject' and try again.\n"],
    ['Tee-Object -Encoding', "Tee-Object: Missing an argument for parameter 'Encoding'. Specify a parameter of type 'System.Text.Encoding' and try again.\n"],
    ['New-Variable -Name', "New-Variable: Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.\n"],
  ])('%s', (code, text) => {
    expect(run(code).text).toBe(text);
  });

  it('Get-Date -UnixTimeSeconds', () => {
    expect(run("Get-Date -UnixTimeSeconds 86400 -AsUTC -Format 'yyyy-MM-dd HH:mm'; try { Get-Date -UnixTimeSeconds 1 -Date 2020-01-01 } catch { $_.FullyQualifiedErrorId }").text).toBe(
      '1970-01-02 00:00\nAmbiguousParameterSet,Microsoft.PowerShell.Commands.GetDateCommand\n',
    );
  });

  it('Select-Object -SkipIndex', () => {
    expect(run("(1..6 | Select-Object -SkipIndex 1,3) -join ','").text).toBe('1,3,5,6\n');
  });

  it('Set-Variable -Append and -Exclude, Remove-Variable -Include', () => {
    expect(run('$a = 1; Set-Variable a 2 -Append; $a -join ","; Set-Variable a 9 -Exclude a; $a -join ","; $b = 1; Remove-Variable a, b -Include b; $null -eq $b; $a -join ","').text).toBe('1,2\n1,2\nTrue\n1,2\n');
  });
});

describe('property entries and Out-Null', () => {
  it('a -Property entry that is not a name, script block or hashtable fails', () => {
    const r = createSession().run('try { Sort-Object -Property 1 } catch { $_.Exception.Message; $_.ErrorDetails.Message; $_.FullyQualifiedErrorId }');
    expect(r.text).toBe('Specified method is not supported.\nCannot convert System.Int32 to one of the following types {System.String, System.Management.Automation.ScriptBlock}.\nDictionaryKeyUnknownType,Microsoft.PowerShell.Commands.SortObjectCommand\n');
  });

  it('Out-Null ending a pipeline is never bound or run', () => {
    expect(run('Out-Null -NoSuchParameter 1; Out-Null -InputObject; 1 | Out-Null -Count abc; "after"')).toEqual({ text: 'after\n', errors: [] });
  });

  it('Out-String takes -InputObject', () => {
    expect(run('Out-String -In 1').text).toBe('1\n\n');
  });
});
