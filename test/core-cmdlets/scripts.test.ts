/** The data cmdlets run as scripts through the session (parser, binder, pipeline, formatter). */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../src/session';

let session: Session;
beforeAll(() => {
  session = createSession();
});

const runs = (script: string) => session.run(script).text;

describe('documented examples print as pwsh prints them', () => {
  it.each<[string, string, string]>([
    ['Select-Object.md example 4', '"a","b","c","a","A","a" | Select-Object -Unique', 'a\nb\nc\nA\n'],
    ['Select-Object.md example 5', '"a","a","b","c" | Select-Object -First 2 -Unique', 'a\n'],
    ['Select-Object.md example 6', '"aa", "Aa", "Bb", "bb" | Select-Object -Unique -CaseInsensitive', 'aa\nBb\n'],
    [
      'Select-Object.md example 11',
      '$customObject = 1 | Select-Object -Property MyCustomProperty; $customObject.MyCustomProperty = "New Custom Property"; $customObject',
      '\nMyCustomProperty\n----------------\nNew Custom Property\n\n',
    ],
    [
      'Measure-Object.md example 3',
      '"One", "Two", "Three", "Four" | Set-Content -Path C:\\Users\\Administrator\\Desktop\\tmp.txt; Get-Content C:\\Users\\Administrator\\Desktop\\tmp.txt | Measure-Object -Character -Line -Word',
      // pwsh 7.6: the empty Property cell leaves the separator before it ("    4     4         18 " there).
      '\nLines Words Characters Property\n----- ----- ---------- --------\n    4     4         15 \n\n',
    ],
    ['Measure-Object.md example 7', '"One", "Two`nThree" | Measure-Object -Line', '\nLines Words Characters Property\n----- ----- ---------- --------\n    3                  \n\n'],
    ['ConvertTo-Json.md example 3', '[ordered]@{Account="User01";Domain="Domain01";Admin="True"} | ConvertTo-Json -Compress', '{"Account":"User01","Domain":"Domain01","Admin":"True"}\n'],
    ['Group-Object counts', "'a','b','a' | Group-Object", '\nCount Name                      Group\n----- ----                      -----\n    2 a                         {a, a}\n    1 b                         {b}\n\n'],
    [
      'Get-Member grouped by TypeName',
      "'a' | Get-Member -MemberType Property",
      '\n   TypeName: System.String\n\nName   MemberType Definition\n----   ---------- ----------\nLength Property   int Length {get;}\n\n',
    ],
    [
      'ConvertTo-Json depth warning',
      '[pscustomobject]@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json',
      'WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 2.\n{\n  "a": {\n    "b": {\n      "c": "System.Collections.Hashtable"\n    }\n  }\n}\n',
    ],
    ['Select-Object missing expanded property', "'x' | Select-Object -ExpandProperty Nope", 'Select-Object: Property "Nope" cannot be found.\n'],
    ['Sort-Object per-key direction', "'bb','a','ccc' | Sort-Object -Property @{Expression={$_.Length}; Descending=$true}", 'ccc\nbb\na\n'],
  ])('%s', (_, script, expected) => {
    expect(runs(script)).toBe(expected);
  });
});

describe('files through the session', () => {
  it('exports a CSV the migration docs expect and reads it back', () => {
    const r = session.run(
      "[pscustomobject]@{EmailAddress='pilarp@contoso.com'; Password='Pa$$w0rd'} | Export-Csv C:\\Users\\Administrator\\Desktop\\StagedBatch1.csv; Get-Content C:\\Users\\Administrator\\Desktop\\StagedBatch1.csv",
    );
    expect(r.output).toEqual(['"EmailAddress","Password"', '"pilarp@contoso.com","Pa$$w0rd"']);
    expect(session.run("(Import-Csv C:\\Users\\Administrator\\Desktop\\StagedBatch1.csv).EmailAddress").output).toEqual(['pilarp@contoso.com']);
  });

  it('reports a missing file with its id and category', () => {
    const r = session.run('Get-Content C:\\x.txt');
    expect(r.text).toBe("Get-Content: Cannot find path 'C:\\x.txt' because it does not exist.\n");
    expect(r.errors[0]!.get('FullyQualifiedErrorId')).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand');
    expect(String(session.run('$Error[0].CategoryInfo.Category').output[0])).toBe('ObjectNotFound');
  });

  it('keeps a credential in CliXml and brings it back', () => {
    const r = session.run(
      "$c = New-Object System.Management.Automation.PSCredential('admin@contoso.com', (ConvertTo-SecureString 'Pa$$w0rd' -AsPlainText -Force)); $c | Export-Clixml C:\\Users\\Administrator\\Desktop\\cred.xml; (Import-Clixml C:\\Users\\Administrator\\Desktop\\cred.xml).GetNetworkCredential().Password",
    );
    expect(r.output).toEqual(['Pa$$w0rd']);
  });

  it('tees into a variable and measures', () => {
    const r = session.run('1..10 | Tee-Object -Variable nums | Measure-Object -Sum | Select-Object -ExpandProperty Sum; $nums.Count');
    expect(r.output).toEqual([55, 10]);
  });
});

describe('format objects piped on (pwsh 7.6)', () => {
  const x = "$x = @([pscustomobject]@{ Name = 'b'; N = 2 }, [pscustomobject]@{ Name = 'a'; N = 10 }); ";
  it('a Format-* command passes the format objects it receives on unchanged', () => {
    expect(runs(x + '$x | Format-Table Name, N | Format-Table')).toBe('\nName  N\n----  -\nb     2\na    10\n\n');
    expect(runs(x + '$x | Format-List Name | Format-Table')).toBe('\nName : b\n\nName : a\n\n');
    expect(runs(x + '1, ($x | Format-Table), 2 | Format-List')).toBe('1\n\nName  N\n----  -\nb     2\na    10\n\n2\n');
    expect(runs(x + '$x | Format-Table | Out-String')).toBe('\nName  N\n----  -\nb     2\na    10\n\n\n');
  });
  it('the objects are FormatStartData, GroupStartData, FormatEntryData..., GroupEndData, FormatEndData', () => {
    expect(runs(x + '$r = $x | Format-Table; $r.GetType().FullName; $r | ForEach-Object { $_.GetType().Name }')).toBe(
      'System.Object[]\nFormatStartData\nGroupStartData\nFormatEntryData\nFormatEntryData\nGroupEndData\nFormatEndData\n',
    );
    // Scalars alone are out-of-band entries with no frame.
    expect(runs("(1, 2 | Format-Custom).Count; 1, 2 | Format-Custom")).toBe('2\n1\n2\n');
  });
  it('records out of sequence stop out-lineoutput (Out-String: the statement; Out-Default: the command line)', () => {
    const msg = 'out-lineoutput: The object of type "Microsoft.PowerShell.Commands.Internal.Format.FormatEndData" is not valid or not in the correct sequence. This is likely caused by a user-specified "format-*" command which is conflicting with the default formatting.\n';
    expect(runs(x + "$x | Format-Table | Sort-Object | Out-String; 'after'")).toBe(msg + 'after\n');
    expect(runs(x + "$x | Format-Table | Sort-Object; 'after'")).toBe(msg);
    const r = session.run(x + '$x | Format-Table | Sort-Object | Out-String');
    expect(r.errors.map((e) => [e.fullyQualifiedErrorId, e.category, e.exception.message])).toEqual([['ConsoleLineOutputOutOfSequencePacket,Microsoft.PowerShell.Commands.OutLineOutputCommand', 'InvalidData', 'Operation is not valid due to the current state of the object.']]);
  });
  it('their members are pwsh\'s fields', () => {
    expect(runs(x + '($x | Format-Table)[2] | Select-Object * | Format-List')).toBe(
      '\nClassId2e4f51ef21dd47e99d3c952918aff9cd : 27c87ef9bbda4f709f6b4002fa4af63c\nformatEntryInfo                         : Microsoft.PowerShell.Commands.Internal.Format.TableRowEntry\noutOfBand                               : False\nwriteStream                             : None\n\n',
    );
  });
});

describe('records merged from the other streams (pwsh 7.6)', () => {
  it('the console prints them with their stream prefix', () => {
    expect(runs("Write-Warning 'careful' 3>&1")).toBe('WARNING: careful\n');
    expect(runs("Write-Verbose 'v' -Verbose *>&1; Write-Debug 'd' -Debug 5>&1; Write-Information 'i' 6>&1; Write-Host 'h' *>&1")).toBe('VERBOSE: v\nDEBUG: d\ni\nh\n');
    expect(runs('Write-Warning "a`nb" 3>&1')).toBe('WARNING: a\nWARNING: b\n');
  });
  it('are records whose text is their message; the mark stays with the object', () => {
    expect(runs('$r = Write-Warning w 3>&1; $r.GetType().FullName; "$r"; $r.Message; $r')).toBe('System.Management.Automation.WarningRecord\nw\nw\nWARNING: w\n');
    expect(runs('$r = Write-Verbose v -Verbose 4>&1; $r.PSObject.TypeNames')).toBe('System.Management.Automation.VerboseRecord\nSystem.Management.Automation.InformationalRecord\nSystem.Object\n');
    expect(runs('(Write-Information i 6>&1).GetType().Name; (Write-Host h 6>&1).MessageData.GetType().Name')).toBe('InformationRecord\nHostInformationMessage\n');
  });
  it('Out-String and files get the bare message', () => {
    expect(runs('Write-Warning w 3>&1 | Out-String')).toBe('w\n\n');
    expect(runs('Write-Warning w 3>&1 > C:\\w.txt; Get-Content C:\\w.txt')).toBe('w\n');
  });
  it('they are shown out of band unless -Force lists their properties, each line prefixed', () => {
    expect(runs('Write-Warning w 3>&1 | Format-List *')).toBe('WARNING: w\n');
    expect(runs('Write-Warning w 3>&1 | Format-List Message -Force')).toBe('\nWARNING: Message : w\nWARNING: \n');
  });
  it('-WarningVariable collects the records, unmarked', () => {
    expect(runs('Write-Warning w -WarningVariable wv 3> $null; $wv[0].GetType().Name; $wv')).toBe('WarningRecord\nw\n');
  });
});

describe("Out-Default's grouping window and streaming (pwsh 7.6, errors merged into Out-Default)", () => {
  it('objects print as they are written; a self-sizing table waits for its rows', () => {
    expect(runs('1..2 | ForEach-Object { $_; Write-Host "h$_" }')).toBe('1\nh1\n2\nh2\n');
    expect(runs("[pscustomobject]@{a=1}; Write-Warning 'w'; [pscustomobject]@{a=22}; Write-Host 'h'")).toBe('\nWARNING: w\nh\n a\n -\n 1\n22\n\n');
  });
  it('Out-Host and Out-Default format each object as it comes too', () => {
    expect(runs('1..2 | ForEach-Object { $_; Write-Host "h$_" } | Out-Host; "z"')).toBe('1\nh1\n2\nh2\nz\n');
  });
  it('an error raised downstream while ForEach-Object passes an object on keeps its own InvocationInfo', () => {
    expect(runs('function f { process { $x = 1/0 } }; try { 1 | ForEach-Object { $_ } | f } catch { "[$($_.InvocationInfo.MyCommand)]" }')).toBe('[]\n');
    expect(runs('try { 1 | ForEach-Object { 1/0 } } catch { "[$($_.InvocationInfo.MyCommand)]" }')).toBe('[ForEach-Object]\n');
  });
  it('Select-Object -First / -Index stop the commands before them once satisfied', () => {
    expect(runs('1..5 | ForEach-Object { $_; Write-Host "h$_" } | Select-Object -First 2; "z"')).toBe('1\nh1\n2\nz\n');
    expect(runs('1..3 | ForEach-Object { $_; Write-Host "h$_" } | Select-Object -Index 1; "z"')).toBe('h1\n2\nz\n');
    expect(runs('1..3 | ForEach-Object { $_; Write-Host "h$_" } | Select-Object -First 1 -Last 1; "z"')).toBe('1\nh1\nh2\nh3\n3\nz\n');
  });
  it('an error takes its place among the rows', () => {
    expect(runs("[pscustomobject]@{a=1}; Write-Error 'boom'; [pscustomobject]@{a=2}; 'str'")).toBe('\na\n-\n1\nWrite-Error: boom\n2\nstr\n\n');
  });
  it('a terminating error drops what the window still holds', () => {
    expect(runs("[pscustomobject]@{a=1}; Write-Host h; throw 'x'")).toBe('\nh\nException: x\n');
    expect(runs("@{a=1}; throw 'x'")).toBe('\nName                           Value\n----                           -----\na                              1\nException: x\n');
  });
  it('the window closes with the first object written 300 ms after it opened (virtual clock)', () => {
    expect(runs('[pscustomobject]@{a=1}; Start-Sleep -Milliseconds 400; [pscustomobject]@{a=22222}; [pscustomobject]@{a=333}')).toBe('\n    a\n    -\n    1\n22222\n  333\n\n');
  });
  it('later tables are sized by their data; an object without the Count column reads the intrinsic 1', () => {
    expect(runs("'x' | Group-Object | Select-Object Name, Count; [pscustomobject]@{Name='mail01'}")).toBe('\nName   Count\n----   -----\nx          1\nmail01     1\n\n');
  });
});
