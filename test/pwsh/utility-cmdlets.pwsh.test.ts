/**
 * The object and utility cmdlets (issue 14) against pwsh 7.6: their deterministic common forms and
 * errors print what pwsh prints. Get-Random only with -SetSeed (the emulator implements .NET's
 * seeded Random); New-Guid, Get-Host, Get-Culture and Get-History only for what is the same on both.
 */
import { describe, expect, it } from 'vitest';
import { firstDisagreements, measureAgreement, oracleAvailable, type OracleCase } from './oracle';

const obj = "$o = [pscustomobject]@{a=1}; ";
const two = "$r = [pscustomobject]@{n=1;m=2}; $d = [pscustomobject]@{n=2;m=2}; ";
const file = "Set-Content -Path sls-test.txt -Value 'alpha one','beta two','Alpha three','gamma'; ";

const CODE: string[] = [
  // Get-Random
  'Get-Random -SetSeed 42 -Maximum 100',
  'Get-Random -SetSeed 42',
  'Get-Random -SetSeed 42 -Minimum 1 -Maximum 7 -Count 5',
  'Get-Random -SetSeed 42 -Maximum 1.5',
  'Get-Random -SetSeed 42 -Maximum 10000000000',
  'Get-Random -SetSeed 42 -InputObject 1,2,3,4,5',
  'Get-Random -SetSeed 42 -InputObject 1,2,3,4,5 -Count 3',
  '1..10 | Get-Random -SetSeed 7 -Shuffle',
  "'red','green','blue' | Get-Random -SetSeed 3",
  'Get-Random -SetSeed 1 -Count 3; Get-Random -Count 2 -Maximum 50',
  'Get-Random -SetSeed 5 -Minimum -10 -Maximum 10 -Count 4',
  'Get-Random -Minimum 10 -Maximum 5',
  'Get-Random -Minimum 5 -Maximum 5',
  'Get-Random -Maximum abc',
  'Get-Random -Count 0',
  // New-Guid
  '(New-Guid).ToString().Length',
  'New-Guid -Empty',
  'New-Guid -InputObject 11111111-2222-3333-4444-555555555555',
  'New-Guid -InputObject nope',
  // Add-Member
  obj + '$o | Add-Member -NotePropertyName b -NotePropertyValue 2; $o',
  obj + '$o | Add-Member -NotePropertyName a -NotePropertyValue 2',
  obj + 'Add-Member -InputObject $o -MemberType NoteProperty -Name a -Value 5 -Force -PassThru',
  obj + '$o | Add-Member ScriptProperty Double { $this.a * 2 } -PassThru | Format-List',
  obj + '$o | Add-Member AliasProperty Alpha a -PassThru | Get-Member',
  obj + '$o | Add-Member ScriptMethod Hi { "hi $($args[0]) $($this.a)" }; $o.Hi("x")',
  obj + '$o | Add-Member -NotePropertyMembers ([ordered]@{b=2; c=3}) -PassThru',
  obj + '$o | Add-Member -TypeName My.Type -PassThru | ForEach-Object pstypenames',
  obj + '$o | Add-Member -MemberType Property -Name b -Value 1',
  obj + '$o | Add-Member -MemberType ScriptProperty -Name b -Value 1',
  obj + '$o | Add-Member -MemberType AliasProperty -Name b -Value nope -PassThru',
  // Compare-Object
  'Compare-Object 1,2,3 2,3,4',
  'Compare-Object 1,2,3 2,3,4 -IncludeEqual',
  'Compare-Object 1,2,3 2,3,4 -IncludeEqual -ExcludeDifferent',
  'Compare-Object 1,2,3 2,3,4 -PassThru',
  'Compare-Object a,B c,b',
  'Compare-Object a,B c,b -CaseSensitive',
  two + 'Compare-Object $r $d -Property n',
  two + 'Compare-Object $r $d -Property n,m',
  two + 'Compare-Object $r $d -Property n -PassThru | Format-List',
  'Compare-Object $null 1',
  'Compare-Object @() 1,2',
  'Compare-Object 1,2,3,4,5 5,4,3,2,1 -SyncWindow 0',
  'Compare-Object 1 2 -SyncWindow -1',
  '2,3,4 | Compare-Object 1,2,3',
  // New-TimeSpan
  'New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5',
  "New-TimeSpan -Start ([datetime]'2024-01-01') -End ([datetime]'2024-03-01 12:00')",
  '(New-TimeSpan -Hours 5).ToString()',
  '(New-TimeSpan -Minutes 90).TotalHours',
  'New-TimeSpan -Days 1 -Start (Get-Date)',
  // Get-Unique
  '1,1,2,2,3,1 | Get-Unique',
  "'a','A','b' | Get-Unique",
  "'a','A','b' | Get-Unique -CaseInsensitive",
  "1,'1',2 | Get-Unique -OnType",
  "1,'1',2 | Get-Unique -AsString",
  "'b','a','c','a' | Sort-Object | Get-Unique",
  // Join-String
  '1,2,3 | Join-String',
  "1,2,3 | Join-String -Separator ', '",
  "'a','b' | Join-String -SingleQuote -Separator ','",
  "'a','b' | Join-String -DoubleQuote -OutputPrefix '[' -OutputSuffix ']'",
  "1,2 | Join-String -FormatString '<{0}>' -Separator ';'",
  "[pscustomobject]@{n='x'},[pscustomobject]@{n='y'} | Join-String -Property n -Separator '|'",
  "[pscustomobject]@{n='x'},[pscustomobject]@{n='y'} | Join-String { $_.n.ToUpper() } '-'",
  "@() | Join-String -OutputPrefix 'p' -OutputSuffix 's'",
  "[pscustomobject]@{n='x';m=2} | Join-String",
  // Select-String
  "'alpha','Beta','gamma' | Select-String a",
  "'alpha','Beta','gamma' | Select-String b",
  "'alpha','Beta','gamma' | Select-String b -CaseSensitive",
  "'alpha','Beta','gamma' | Select-String a -NotMatch",
  "'a.b','axb' | Select-String . -SimpleMatch",
  "'banana' | Select-String an -AllMatches | ForEach-Object { $_.Matches.Count }",
  "'banana' | Select-String an | ForEach-Object { $_.Line, $_.LineNumber, $_.Matches[0].Value, $_.Matches[0].Index }",
  "'x' | Select-String x -Quiet",
  "'x' | Select-String y -Quiet",
  file + 'Select-String -Path sls-test.txt -Pattern alpha',
  file + 'Select-String -Path sls-test.txt -Pattern beta -Context 1',
  file + 'Select-String -Path sls-test.txt -Pattern alpha -CaseSensitive | ForEach-Object LineNumber',
  file + 'Select-String -Path sls-test.txt -Pattern beta -Context 1,0 | ForEach-Object { $_.Context.PreContext }',
  file + 'Select-String -Path sls-test.txt -Pattern a -List | ForEach-Object Line',
  // ConvertTo-Html
  "[pscustomobject]@{Name='a';Value=1},[pscustomobject]@{Name='b';Value=2} | ConvertTo-Html",
  "[pscustomobject]@{Name='a';Value=1} | ConvertTo-Html -Fragment",
  "[pscustomobject]@{Name='a';Value=1} | ConvertTo-Html -As List -Fragment",
  "[pscustomobject]@{Name='a';Value=1} | ConvertTo-Html -As List",
  "[pscustomobject]@{Name='a<b';Value=1} | ConvertTo-Html -Property Name -Title T -PreContent '<p>pre</p>' -PostContent post -Body '<b>B</b>' -Head '<h>'",
  "'x','yy' | ConvertTo-Html -Fragment",
  'ConvertTo-Html -As Foo',
  // Invoke-Expression
  "Invoke-Expression '1 + 2'",
  "$x = 1; iex '$x = 5'; $x",
  "iex 'Get-Nope'",
  "iex ''",
  'iex $null',
  "'2 * 21' | Invoke-Expression",
  // Get-History / Get-Host / Get-Culture: what is the same on both
  '@(Get-History).Count',
  '(Get-Host).UI.GetType().FullName -eq $null',
  "(Get-Culture -Name en-US).LCID",
  "(Get-Culture -Name en-US).DisplayName",
  'Get-Culture -Name en-US',
];

const cases: OracleCase[] = CODE.map((code, i) => ({ id: `utility-${String(i).padStart(3, '0')}`, code }));

describe.skipIf(!oracleAvailable())('utility cmdlets against pwsh', () => {
  it('print what pwsh prints', async () => {
    const { disagreements } = await measureAgreement('utility-cmdlets', cases);
    expect(firstDisagreements(disagreements, 40)).toBe('');
  }, 180_000);
});
