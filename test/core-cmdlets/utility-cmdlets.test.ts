/**
 * The object and utility cmdlets (issue 14) as a user sees them: the text printed, pwsh's error
 * wording for bad input, and state afterwards. Literal texts are pwsh 7.6's (the same forms run
 * against pwsh in test/pwsh/utility-cmdlets.pwsh.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';
import { BufferHost } from '../../src/buffer-host';

function shell() {
  const host = new BufferHost([], 120);
  const s = createSession({ host, realTime: () => 0 });
  return (code: string) => s.run(code).text;
}
const once = (code: string) => shell()(code);

describe('Get-Random', () => {
  it('draws .NET\'s seeded sequence after -SetSeed, as pwsh prints it', () => {
    expect(once('Get-Random -SetSeed 42 -Maximum 100')).toBe('17\n');
    expect(once('Get-Random -SetSeed 42')).toBe('381294397\n');
    expect(once('Get-Random -SetSeed 42 -Minimum 1 -Maximum 7 -Count 5')).toBe('2\n3\n5\n3\n2\n');
    expect(once('Get-Random -SetSeed 42 -Maximum 1.5')).toBe('0.266331059749392\n');
    expect(once('Get-Random -SetSeed 42 -Maximum 10000000000')).toBe('1453229721\n');
    expect(once('Get-Random -SetSeed 42 -InputObject 1,2,3,4,5 -Count 3')).toBe('4\n1\n3\n');
    expect(once('1..10 | Get-Random -SetSeed 7 -Shuffle')).toBe('10\n9\n2\n6\n5\n1\n7\n8\n4\n3\n');
  });
  it('keeps the seeded sequence for later calls in the session', () => {
    const run = shell();
    expect(run('Get-Random -SetSeed 1 -Count 3')).toBe('42389573\n602183487\n1191169941\n');
    expect(run('Get-Random -Count 2 -Maximum 50')).toBe('26\n20\n');
  });
  it('is deterministic without a seed (the world\'s randomness)', () => {
    expect(once('Get-Random -Maximum 1000; Get-Random -Maximum 1000')).toBe(once('Get-Random -Maximum 1000; Get-Random -Maximum 1000'));
  });
  it('rejects bad bounds and counts with pwsh\'s wording', () => {
    expect(once('Get-Random -Minimum 10 -Maximum 5')).toBe('Get-Random: The Minimum value (10) cannot be greater than or equal to the Maximum value (5).\n');
    expect(once('Get-Random -Maximum abc')).toBe('Get-Random: Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."\n');
    expect(once('Get-Random -Count 0')).toContain("Cannot validate argument on parameter 'Count'. The 0 argument is less than the minimum allowed range of 1.");
  });
});

describe('New-Guid', () => {
  it('writes a System.Guid shown in a Guid column', () => {
    expect(once('(New-Guid).ToString().Length')).toBe('36\n');
    expect(once('New-Guid -Empty')).toBe('\nGuid\n----\n00000000-0000-0000-0000-000000000000\n\n');
    // pwsh 7.6 (about_Type_Conversion): .NET's byte order.
    expect(once('[byte[]] $bytes = 1..16; [System.Guid]::new($bytes)')).toBe('\nGuid\n----\n04030201-0605-0807-090a-0b0c0d0e0f10\n\n');
    expect(once('(New-Guid).ToString()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n$/);
  });
  it('rejects text that is not a GUID', () => {
    expect(once('New-Guid -InputObject nope')).toBe('New-Guid: Unrecognized Guid format.\n');
  });
});

describe('Add-Member', () => {
  it('adds note, script and alias properties and script methods', () => {
    const run = shell();
    run('$o = [pscustomobject]@{a=1}');
    run('$o | Add-Member -NotePropertyName b -NotePropertyValue 2');
    run('$o | Add-Member ScriptProperty Double { $this.a * 2 }');
    run('$o | Add-Member AliasProperty Alpha a');
    run('$o | Add-Member ScriptMethod Hi { "hi $($args[0]) $($this.a)" }');
    expect(run('$o | Format-List')).toBe('\na      : 1\nb      : 2\nDouble : 2\nAlpha  : 1\n\n');
    expect(run('$o.Hi("x")')).toBe('hi x 1\n');
    expect(run('$o.a = 4; $o.Double')).toBe('8\n');
  });
  it('adds -NotePropertyMembers and a -TypeName, -PassThru writing the object', () => {
    expect(once('[pscustomobject]@{a=1} | Add-Member -NotePropertyMembers ([ordered]@{b=2; c=3}) -PassThru')).toBe('\na b c\n- - -\n1 2 3\n\n');
    expect(once('[pscustomobject]@{a=1} | Add-Member -TypeName My.Type -PassThru | ForEach-Object pstypenames')).toBe('My.Type\nSystem.Management.Automation.PSCustomObject\nSystem.Object\n');
  });
  it('refuses an existing member without -Force', () => {
    const run = shell();
    expect(run('$o = [pscustomobject]@{a=1}; $o | Add-Member -NotePropertyName a -NotePropertyValue 2')).toBe(
      'Add-Member: Cannot add a member with the name "a" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.\n',
    );
    expect(run('$o.a')).toBe('1\n');
    expect(run('$o | Add-Member NoteProperty a 5 -Force; $o.a')).toBe('5\n');
  });
  it('rejects member types it cannot add and non-script-block values', () => {
    expect(once('[pscustomobject]@{a=1} | Add-Member -MemberType Property -Name b -Value 1')).toBe('Add-Member: Cannot add a member with type "Property". Specify a different type for the MemberTypes parameter.\n');
    expect(once('[pscustomobject]@{a=1} | Add-Member -MemberType ScriptProperty -Name b -Value 1')).toBe('Add-Member: Cannot convert the "1" value of type "System.Int32" to type "System.Management.Automation.ScriptBlock".\n');
  });
});

describe('Compare-Object', () => {
  it('reports the differences with SideIndicator', () => {
    expect(once('Compare-Object 1,2,3 2,3,4')).toBe('\nInputObject SideIndicator\n----------- -------------\n          4 =>\n          1 <=\n\n');
    expect(once('Compare-Object 1,2,3 2,3,4 -IncludeEqual -ExcludeDifferent')).toBe('\nInputObject SideIndicator\n----------- -------------\n          2 ==\n          3 ==\n\n');
    expect(once('Compare-Object 1,2,3 2,3,4 -PassThru')).toBe('4\n1\n');
    expect(once('Compare-Object a,B c,b -CaseSensitive')).toBe('\nInputObject SideIndicator\n----------- -------------\nc           =>\nb           =>\na           <=\nB           <=\n\n');
  });
  it('compares by -Property', () => {
    expect(once('Compare-Object ([pscustomobject]@{n=1;m=2}) ([pscustomobject]@{n=2;m=2}) -Property n')).toBe('\nn SideIndicator\n- -------------\n2 =>\n1 <=\n\n');
  });
  it('rejects a null reference and a negative sync window', () => {
    expect(once('Compare-Object $null 1')).toBe("Compare-Object: Cannot bind argument to parameter 'ReferenceObject' because it is null.\n");
    expect(once('Compare-Object 1 2 -SyncWindow -1')).toContain("Cannot validate argument on parameter 'SyncWindow'. The -1 argument is less than the minimum allowed range of 0.");
  });
});

describe('New-TimeSpan', () => {
  it('builds spans from parts and from two dates', () => {
    expect(once('(New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5).TotalMilliseconds')).toBe('93784005\n');
    expect(once("(New-TimeSpan -Start ([datetime]'2024-01-01') -End ([datetime]'2024-03-01 12:00')).ToString()")).toBe('60.12:00:00\n');
  });
  it('rejects parameters of both sets', () => {
    expect(once('New-TimeSpan -Days 1 -Start (Get-Date)')).toBe('New-TimeSpan: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n');
  });
});

describe('Get-Unique, Join-String', () => {
  it('drops adjacent duplicates', () => {
    expect(once('1,1,2,2,3,1 | Get-Unique')).toBe('1\n2\n3\n1\n');
    expect(once("'a','A','b' | Get-Unique -CaseInsensitive")).toBe('a\nb\n');
    expect(once("1,'1',2 | Get-Unique -OnType")).toBe('1\n1\n2\n');
  });
  it('joins with separators, quotes, formats and prefixes', () => {
    expect(once("'a','b' | Join-String -DoubleQuote -OutputPrefix '[' -OutputSuffix ']'")).toBe('["a""b"]\n');
    expect(once("1,2 | Join-String -FormatString '<{0}>' -Separator ';'")).toBe('<1>;<2>\n');
    expect(once("[pscustomobject]@{n='x'},[pscustomobject]@{n='y'} | Join-String -Property n -Separator '|'")).toBe('x|y\n');
  });
});

describe('Select-String', () => {
  it('matches piped strings and prints the lines', () => {
    expect(once("'alpha','Beta','gamma' | Select-String b")).toBe('\nBeta\n\n');
    expect(once("'banana' | Select-String an -AllMatches | ForEach-Object { $_.Matches.Count }")).toBe('2\n');
    expect(once("'x' | Select-String x -Quiet")).toBe('True\n');
  });
  it('searches files of the virtual disk as file:line:text', () => {
    const run = shell();
    run("Set-Content -Path sls.txt -Value 'alpha one','beta two','Alpha three'");
    expect(run('Select-String -Path sls.txt -Pattern alpha')).toBe('\nsls.txt:1:alpha one\nsls.txt:3:Alpha three\n\n');
    expect(run('Select-String -Path sls.txt -Pattern beta -Context 1')).toBe('\n  sls.txt:1:alpha one\n> sls.txt:2:beta two\n  sls.txt:3:Alpha three\n\n');
  });
  it('reports a missing file', () => {
    expect(once('Select-String -Path C:\\nope.txt -Pattern x')).toBe("Select-String: Cannot find path 'C:\\nope.txt' because it does not exist.\n");
  });
});

describe('ConvertTo-Html', () => {
  it('writes pwsh\'s table fragment and list', () => {
    expect(once("[pscustomobject]@{Name='a<b';Value=1} | ConvertTo-Html -Fragment")).toBe('<table>\n<colgroup><col/><col/></colgroup>\n<tr><th>Name</th><th>Value</th></tr>\n<tr><td>a&lt;b</td><td>1</td></tr>\n</table>\n');
    expect(once("[pscustomobject]@{Name='a'} | ConvertTo-Html -As List -Fragment")).toBe('<table>\n<tr><td>Name:</td><td>a</td></tr>\n</table>\n');
  });
  it('rejects an -As outside Table/List', () => {
    expect(once('ConvertTo-Html -As Foo')).toContain('The argument "Foo" does not belong to the set "Table,List" specified by the ValidateSet attribute.');
  });
});

describe('Invoke-Expression, Get-History, Get-Error, Get-Host, Get-Culture', () => {
  it('runs PowerShell text in the caller\'s scope', () => {
    expect(once("$x = 1; iex '$x = 5'; $x")).toBe('5\n');
    expect(once("'2 * 21' | Invoke-Expression")).toBe('42\n');
    expect(once("iex ''")).toBe("Invoke-Expression: Cannot bind argument to parameter 'Command' because it is an empty string.\n");
    expect(once("iex '1 +'")).toContain("You must provide a value expression following the '+' operator.");
  });
  it('lists the command lines run, with their status', () => {
    const run = shell();
    run('1 + 1');
    run("'x'");
    expect(run('Get-History | ForEach-Object { "$($_.Id) $($_.ExecutionStatus) $($_.CommandLine)" }')).toBe('1 Completed 1 + 1\n2 Completed \'x\'\n');
    expect(run('(Get-History -Count 1).CommandLine')).toBe('Get-History | ForEach-Object { "$($_.Id) $($_.ExecutionStatus) $($_.CommandLine)" }\n');
    expect(run('Get-History -Id 99')).toBe('Get-History: Cannot locate history for Id 99.\n');
  });
  it('shows the newest error in detail', () => {
    const run = shell();
    run('Write-Error boom');
    expect(run('Get-Error')).toContain('    Message : boom');
  });
  it('describes the host and its en-US culture', () => {
    expect(once('(Get-Host).Name')).toBe('exo-emulator\n');
    expect(once('Get-Culture')).toBe('\nLCID             Name             DisplayName\n----             ----             -----------\n1033             en-US            English (United States)\n\n');
  });
});

// Binding errors name the parameter's .NET type as pwsh 7.6 does (the metadata's dotNetType), and a
// cmdlet's errors carry its class (the metadata's className); the same forms run against pwsh in
// test/pwsh/bad-input.pwsh.test.ts.
describe('binding errors as pwsh words them', () => {
  const lastError = (code: string) => once(`${code}\n$e = $Error[0]; $e.FullyQualifiedErrorId; $e.CategoryInfo.Category.ToString(); $e.Exception.Message`).split('\n').slice(-4, -1);
  const missing = (cmd: string, param: string, type: string, cls: string) =>
    expect(lastError(`${cmd} -${param}`)).toEqual([`MissingArgument,${cls}`, 'InvalidArgument', `Missing an argument for parameter '${param}'. Specify a parameter of type '${type}' and try again.`]);
  it('MissingArgument names the full .NET type', () => {
    missing('Add-Member', 'MemberType', 'System.Management.Automation.PSMemberTypes', 'Microsoft.PowerShell.Commands.AddMemberCommand');
    missing('Add-Member', 'NotePropertyMembers', 'System.Collections.IDictionary', 'Microsoft.PowerShell.Commands.AddMemberCommand');
    missing('New-Object', 'Property', 'System.Collections.IDictionary', 'Microsoft.PowerShell.Commands.NewObjectCommand');
    missing('ConvertTo-Html', 'CssUri', 'System.Uri', 'Microsoft.PowerShell.Commands.ConvertToHtmlCommand');
    missing('Select-String', 'Encoding', 'System.Text.Encoding', 'Microsoft.PowerShell.Commands.SelectStringCommand');
    missing('Join-String', 'Property', 'Microsoft.PowerShell.Commands.PSPropertyExpression', 'Microsoft.PowerShell.Commands.Utility.JoinStringCommand');
    missing('Join-String', 'Separator', 'System.String', 'Microsoft.PowerShell.Commands.Utility.JoinStringCommand');
  });
  it("Join-String's errors carry its class, Microsoft.PowerShell.Commands.Utility.JoinStringCommand", () => {
    expect(lastError('Join-String -NoSuchParameter 1')).toEqual(['NamedParameterNotFound,Microsoft.PowerShell.Commands.Utility.JoinStringCommand', 'InvalidArgument', "A parameter cannot be found that matches parameter name 'NoSuchParameter'."]);
  });
  it('Add-Member -MemberType takes exact names only (EnumMultipleTypeConverter); two names are WrongMemberCount', () => {
    const values = 'AliasProperty,CodeProperty,Property,NoteProperty,ScriptProperty,PropertySet,Method,CodeMethod,ScriptMethod,Methods,ParameterizedProperty,MemberSet,Event,Dynamic,InferredProperty,Properties,All';
    const type = 'System.Management.Automation.PSMemberTypes';
    expect(lastError('Add-Member -MemberType NotAValidValue')).toEqual([
      'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.AddMemberCommand',
      'InvalidArgument',
      `Cannot bind parameter 'MemberType'. Cannot convert value "NotAValidValue" to type "${type}". Error: "Cannot convert value "NotAValidValue" to type "${type}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "${values}"."`,
    ]);
    expect(lastError('[pscustomobject]@{} | Add-Member -MemberType note -Name x -Value 1')[0]).toBe('CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.AddMemberCommand');
    expect(lastError("[pscustomobject]@{} | Add-Member -MemberType 'NoteProperty,ScriptProperty' -Name y -Value 1")).toEqual([
      'WrongMemberCount,Microsoft.PowerShell.Commands.AddMemberCommand',
      'InvalidOperation',
      'To add a member, only one member type can be specified. The member types specified are: "NoteProperty, ScriptProperty"',
    ]);
    expect(once('$o = [pscustomobject]@{}; $o | Add-Member -MemberType NoteProperty -Name x -Value 1; $o.x')).toBe('1\n');
  });
  it("Add-Member -MemberType <number> is PSMemberTypes' flag value, not a position in the list (pwsh 7.6)", () => {
    const values = 'AliasProperty,CodeProperty,Property,NoteProperty,ScriptProperty,PropertySet,Method,CodeMethod,ScriptMethod,Methods,ParameterizedProperty,MemberSet,Event,Dynamic,InferredProperty,Properties,All';
    expect(once('$o = [pscustomobject]@{A = 5}; $o | Add-Member -MemberType 1 -Name X -Value A; $o.X')).toBe('5\n');
    expect(lastError('[pscustomobject]@{} | Add-Member -MemberType 2 -Name X -Value A')).toEqual([
      'ConvertToFinalInvalidCastException,Microsoft.PowerShell.Commands.AddMemberCommand',
      'InvalidArgument',
      'Cannot convert the "A" value of type "System.String" to type "System.Reflection.MethodInfo".',
    ]);
    expect(lastError('[pscustomobject]@{} | Add-Member -MemberType 4 -Name X -Value A')[2]).toBe('Cannot add a member with type "Property". Specify a different type for the MemberTypes parameter.');
    expect(lastError('[pscustomobject]@{} | Add-Member -MemberType 16 -Name X -Value A')[2]).toBe('Cannot convert the "A" value of type "System.String" to type "System.Management.Automation.ScriptBlock".');
    // Several flags, a group or none: WrongMemberCount, named as .NET writes the value.
    for (const [n, shown] of [['3', 'AliasProperty, CodeProperty'], ['449', 'AliasProperty, Methods'], ['8223', 'Properties'], ['0', '0']]) {
      expect(lastError(`[pscustomobject]@{} | Add-Member -MemberType ${n} -Name X -Value A`)).toEqual([
        'WrongMemberCount,Microsoft.PowerShell.Commands.AddMemberCommand',
        'InvalidOperation',
        `To add a member, only one member type can be specified. The member types specified are: "${shown}"`,
      ]);
    }
    expect(lastError('[pscustomobject]@{} | Add-Member -MemberType 16384 -Name X -Value A')).toEqual([
      'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.AddMemberCommand',
      'InvalidArgument',
      `Cannot bind parameter 'MemberType'. Cannot convert value "16384" to type "System.Management.Automation.PSMemberTypes" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "${values}".`,
    ]);
  });
});

describe('ConvertTo-Html columns', () => {
  it('an object with no properties makes no column and no row; later objects set the columns', () => {
    expect(once('ConvertTo-Html -InputObject 1 -Fragment')).toBe('<table>\n</table>\n');
    expect(once('ConvertTo-Html -In 1')).toContain('<body>\n<table>\n</table>\n</body></html>');
    expect(once("1,'ab' | ConvertTo-Html -Fragment")).toBe('<table>\n<colgroup><col/></colgroup>\n<tr><th>Length</th></tr>\n<tr><td>2</td></tr>\n</table>\n');
  });
  it('a -Property name the object does not have makes no column', () => {
    expect(once('[pscustomobject]@{a=1} | ConvertTo-Html -Property a,zz -Fragment')).toBe('<table>\n<colgroup><col/></colgroup>\n<tr><th>a</th></tr>\n<tr><td>1</td></tr>\n</table>\n');
  });
  it("an array given as -InputObject is one row of System.Array's own properties (pwsh 7.6)", () => {
    expect(once('ConvertTo-Html -InputObject 1,2 -Fragment')).toBe(
      '<table>\n<colgroup><col/><col/><col/><col/><col/><col/><col/><col/></colgroup>\n' +
        '<tr><th>Length</th><th>LongLength</th><th>Rank</th><th>SyncRoot</th><th>IsReadOnly</th><th>IsFixedSize</th><th>IsSynchronized</th><th>Count</th></tr>\n' +
        '<tr><td>2</td><td>2</td><td>1</td><td>System.Object[]</td><td>False</td><td>True</td><td>False</td><td>2</td></tr>\n</table>\n',
    );
    expect(once('ConvertTo-Html -InputObject (1,2,3) -Property Length,Nope -Fragment')).toBe('<table>\n<colgroup><col/></colgroup>\n<tr><th>Length</th></tr>\n<tr><td>3</td></tr>\n</table>\n');
    expect(once('ConvertTo-Html -InputObject (1,2) -As List -Fragment')).toContain('<tr><td>SyncRoot:</td><td>System.Object[]</td></tr>\n<tr><td>IsReadOnly:</td><td>False</td></tr>');
    // Piped, the elements go one by one (an [int] has no column).
    expect(once('1,2 | ConvertTo-Html -Fragment')).toBe('<table>\n</table>\n');
  });
});
