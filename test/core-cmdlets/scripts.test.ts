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
