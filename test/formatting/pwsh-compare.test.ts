/**
 * Formatting compared with the real pwsh 7.6: each case is a script and the exact text pwsh
 * printed for it (Out-Default on an 80-column host or `Out-String -Width`), with
 * `$PSStyle.OutputRendering = 'PlainText'`, invariant culture unless the case says en-US.
 * The expectations are pwsh's own output, pasted literally, so the tests run without pwsh.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';
import { BufferHost } from '../../src/buffer-host';

function run(script: string, width: number): string {
  const s = createSession({ host: new BufferHost([], width) });
  return s.run(script).text;
}

type Case = [name: string, script: string, width: number, pwsh: string];



describe('numbers in cells print as pwsh prints them', () => {
  const cases: Case[] = [
  ["num-table", "[pscustomobject]@{R=[math]::Round(68.75, 1);D=1.5;F=1234.56789;H=1e20;L=0.1+0.2;N=-2.5}", 80, "\nR : 68.8\nD : 1.5\nF : 1234.56789\nH : 1E+20\nL : 0.3\nN : -2.5\n\n"],
  ["num-list", "[pscustomobject]@{R=[math]::Round(68.75, 1);D=1.5;F=1234.56789;H=1e20;L=0.1+0.2;M=[double]::MaxValue; E=[double]::Epsilon; G=1e-5; I=0.0001; J=123456789012345.6} | fl", 80, "\nR : 68.8\nD : 1.5\nF : 1234.56789\nH : 1E+20\nL : 0.3\nM : 1.79769313486232E+308\nE : 4.94065645841247E-324\nG : 1E-05\nI : 0.0001\nJ : 123456789012346\n\n"],
  // en-US shows infinities as ∞ (ICU's symbol; .NET 5+ uses ICU on Windows too); "$x" stays invariant.
  ["num-nan", "[pscustomobject]@{A=[double]::NaN;B=[double]::PositiveInfinity;C=[double]::NegativeInfinity} | ft\n[pscustomobject]@{A=[double]::NaN;B=[double]::PositiveInfinity;C=[double]::NegativeInfinity} | fl", 80, "\n  A B  C\n  - -  -\nNaN ∞ -∞\n\n\nA : NaN\nB : ∞\nC : -∞\n\n"],
  ["num-scalars", "0.1+0.2\n1e20\n2/3\n\"$(0.1+0.2) $(1e-5) $(2/3)\"\n(0.1+0.2).ToString()", 80, "0.3\n1E+20\n0.666666666666667\n0.3 1E-05 0.666666666666667\n0.30000000000000004\n"],
  ["num-wide", "[pscustomobject]@{N=1.5},[pscustomobject]@{N=0.1+0.2} | fw N", 80, "\n1.5                                     0.3\n\n"],
  ["hash-view", "@{a=1.5}", 80, "\nName                           Value\n----                           -----\na                              1.5\n\n"],
  ["hash-ft", "@{a=1.5} | ft Name,Value", 80, "\nName Value\n---- -----\na     1.50\n\n"],
  ];
  it.each(cases)('%s', (_n, script, width, pwsh) => {
    expect(run(script, width)).toBe(pwsh);
  });
});

describe('default column alignment (FVGT ComputeDefaultAlignment)', () => {
  const cases: Case[] = [
  ["align-bool-enum", "[pscustomobject]@{A='x';B=$true;C=(Get-Date '2024-01-01').DayOfWeek;D=1.5} | Format-Table", 80, "\nA    B      C    D\n-    -      -    -\nx True Monday 1.50\n\n"],
  ["align-deser", "[pscustomobject]@{Identity='Contoso-Endpoint-01'; EndpointType=(Get-Date '2024-01-01').DayOfWeek; N=5} | Export-Clixml ./x.xml\nImport-Clixml ./x.xml | ft Identity, EndpointType, N", 80, "\nIdentity            EndpointType N\n--------            ------------ -\nContoso-Endpoint-01 Monday       5\n\n"],
  ];
  it.each(cases)('%s', (_n, script, width, pwsh) => {
    expect(run(script, width)).toBe(pwsh);
  });
});

describe('objects of many shapes (Out-Default on an 80-column console: 79 cells; Out-String -Width)', () => {
  const cases: Case[] = [
  ["wide-w", "[pscustomobject]@{Name='short';V='x'},[pscustomobject]@{Name=('y'*100);V='z'}", 80, "\nName\n----                                                                           \nshort                                                                          \nyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\u2026\n\n"],
  ["null-vals", "[pscustomobject]@{A=$null;B='x';C=$null}", 80, "\nA B C\n- - -\n  x \n\n"],
  ["null-list", "[pscustomobject]@{A=$null;B='x';C=$null} | fl", 80, "\nA : \nB : x\nC : \n\n"],
  ["nested", "[pscustomobject]@{A=[pscustomobject]@{x=1;y='b'};B=@{k=1}}", 80, "\nA           B\n-           -\n@{x=1; y=b} {[k, 1]}\n\n"],
  ["nested-list", "[pscustomobject]@{A=[pscustomobject]@{x=1;y='b'};B=@{k=1}} | fl", 80, "\nA : @{x=1; y=b}\nB : {[k, 1]}\n\n"],
  ["arrays", "[pscustomobject]@{A=1,2,3,4,5;B=@();C=,@(1,2);D=@('a',$null,'c')}", 80, "\nA             B  C     D\n-             -  -     -\n{1, 2, 3, 4\u2026} {} {1 2} {a, $null, c}\n\n"],
  ["arrays-list", "[pscustomobject]@{A=1,2,3,4,5;B=@();C=,@(1,2);D=@('a',$null,'c')} | fl", 80, "\nA : {1, 2, 3, 4\u2026}\nB : {}\nC : {1 2}\nD : {a, $null, c}\n\n"],
  ["enumlimit", "$FormatEnumerationLimit=2\n[pscustomobject]@{A=1,2,3}\n$FormatEnumerationLimit=-1\n[pscustomobject]@{A=1..6}\n$FormatEnumerationLimit=0\n[pscustomobject]@{A=1..6}", 80, "\nA\n-\n{1, 2\u2026}\n{1, 2\u2026}\n{1, 2\u2026}\n\n"],
  ["long-str", "[pscustomobject]@{Name='n';Description=('word '*40)}", 80, "\nName Description\n---- -----------\nn    word word word word word word word word word word word word word word wor\u2026\n\n"],
  ["long-str-120", "[pscustomobject]@{Name='n';Description=('word '*40)} | Out-String -Width 120", 80, "\nName Description\n---- -----------\nn    word word word word word word word word word word word word word word word word word word word word word word word\u2026\n\n\n"],
  ["long-str-list (en-US)", "[pscustomobject]@{Name='n';Description=('word '*40)} | fl", 80, "\nName        : n\nDescription : word word word word word word word word word word word word word \n              word word word word word word word word word word word word word \n              word word word word word word word word word word word word word \n              word \n\n"],
  ["five-props", "[pscustomobject]@{A=1;B=2;C=3;D=4;E=5}", 80, "\nA : 1\nB : 2\nC : 3\nD : 4\nE : 5\n\n"],
  ["four-props", "[pscustomobject]@{A=1;B=2;C=3;D=4}", 80, "\nA B C D\n- - - -\n1 2 3 4\n\n"],
  ["mixed", "[pscustomobject]@{A=1;B=2},[pscustomobject]@{C=3;D=4}", 80, "\nA B\n- -\n1 2\n   \n\n"],
  ["mixed2", "[pscustomobject]@{A=1;B=2}\n[pscustomobject]@{A=5;C=3}", 80, "\nA B\n- -\n1 2\n5  \n\n"],
  ["mixed3", "[pscustomobject]@{A=1;B=2},[pscustomobject]@{A=1;B=2;C=3;D=4;E=5}", 80, "\nA B\n- -\n1 2\n1 2\n\n"],
  ["hashtables", "@{b=2;a=1}\n[ordered]@{z=1;y='two'}", 80, "\nName                           Value\n----                           -----\nb                              2\na                              1\nz                              1\ny                              two\n\n"],
  ["hash-list", "[ordered]@{z=1;y='two'} | fl", 80, "\nName  : z\nValue : 1\n\nName  : y\nValue : two\n\n"],
  ["bools", "[pscustomobject]@{Enabled=$true;Name='abc'},[pscustomobject]@{Enabled=$false;Name='d'}", 80, "\nEnabled Name\n------- ----\n   True abc\n  False d\n\n"],
  ["autosize", "[pscustomobject]@{A='x'*50;B='y'*50;C='z'} | ft -AutoSize", 80, "\nA                                                  B\n-                                                  -                           \nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyyyyyyyyyyyyyyyyyyy\u2026\n\n"],
  ["autosize2", "[pscustomobject]@{A='aaa';B=12},[pscustomobject]@{A='b';B=123456} | ft -AutoSize", 80, "\nA        B\n-        -\naaa     12\nb   123456\n\n"],
  ["wrap (en-US)", "[pscustomobject]@{A='x';B=('word '*30);C='end'} | ft -Wrap", 80, "\nA B\n- -                                                                            \nx word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word word\n\n"],
  ["wrap-auto (en-US)", "[pscustomobject]@{A='x';B=('word '*30);C='end'} | ft -Wrap -AutoSize", 80, "\nA B\n- -                                                                            \nx word word word word word word word word word word word word word word word\n  word word word word word word word word word word word word word word word\n\n"],
  ["hide", "[pscustomobject]@{A='x';B=2} | ft -HideTableHeaders", 80, "\nx 2\n\n"],
  ["calc", "[pscustomobject]@{A='x';B=2} | ft @{n='Xx';e={$_.A};Width=10;Alignment='Right'}, @{n='Y';e={$_.B*1.25}}, @{l='Z';e='A';a='center';w=7}", 80, "\n        Xx                                                            Y    Z\n        --                                                            -    -\n         x                                                         2.50    x\n\n"],
  ["calc-fmt", "[pscustomobject]@{A=1234.5678} | ft @{n='A';e={$_.A};FormatString='N2'}, @{n='B';e={$_.A};FormatString='{0:N1}'}", 80, "\n       A       B\n       -       -\n1,234.57 1,234.6\n\n"],
  ["fl-star", "[pscustomobject]@{A=1;B='x'} | Format-List *", 80, "\nA : 1\nB : x\n\n"],
  ["fl-names", "[pscustomobject]@{A=1;B='x';C=3} | Format-List C,A", 80, "\nC : 3\nA : 1\n\n"],
  ["fw-col3", "'alpha','beta','gamma','delta','epsilon','zeta','eta' | % { [pscustomobject]@{Name=$_} } | Format-Wide -Column 3", 80, "\nalpha                      beta                       gamma\ndelta                      epsilon                    zeta\neta                                                   \n\n"],
  ["fw-auto", "'alpha','beta','gamma','delta','epsilon','zeta','eta' | % { [pscustomobject]@{Name=$_} } | Format-Wide -AutoSize", 80, "\nalpha    beta     gamma    delta    epsilon  zeta     eta               \n\n"],
  ["fw-default", "'alpha','beta','gamma','delta','epsilon' | % { [pscustomobject]@{Name=$_} } | Format-Wide", 80, "\nalpha                                   beta\ngamma                                   delta\nepsilon                                 \n\n"],
  ["outstring-w", "[pscustomobject]@{A=('a'*60);B=('b'*60)} | Out-String -Width 100", 80, "\nA                                                            B\n-                                                            -\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\u2026\n\n\n"],
  ["outstring-stream", "$x = [pscustomobject]@{A=1;B='x'} | Out-String -Stream\n$x.Count\n$x | % { \"[$_]\" }", 80, "5\n[]\n[A B]\n[- -]\n[1 x]\n[]\n"],
  ["select", "Get-Date '2024-03-05' | Select-Object Year, Month, Day", 80, "\nYear Month Day\n---- ----- ---\n2024     3   5\n\n"],
  ["select-calc", "[pscustomobject]@{A=2} | Select-Object A, @{n='Half';e={$_.A/4}}", 80, "\nA Half\n- ----\n2 0.50\n\n"],
  ["calc-nofirst", "$o = [pscustomobject]@{A='x';B='y';C='z'}\n$o | ft A, @{e='B';w=5}, C | Out-String -Width 40\n$o | ft @{e='A';w=5}, B, C | Out-String -Width 40\n$o | ft @{e='A';w=3}, @{e='B';w=4}, C -AutoSize | Out-String -Width 40", 80, "\nA B C\n- - -\nx y z\n\n\n\nA     B                 C\n-     -                 -\nx     y                 z\n\n\n\nA B C\n- - -\nx y z\n\n\n"],
  ["measure-null-cells", "\"One\", \"Two`nThree\" | Measure-Object -Line", 80, "\nLines Words Characters Property\n----- ----- ---------- --------\n    3                  \n\n"],
  ];
  it.each(cases)('%s', (_n, script, width, pwsh) => {
    expect(run(script, width)).toBe(pwsh);
  });
});

describe('scalars given to Format-* are printed as they are unless -Force (FormatViewManager out-of-band)', () => {
  const cases: Case[] = [
  ["strings-scalar", "'a','b' | ft\n'a','b' | fl\n'a','b' | fw", 80, "a\nb\na\nb\na\nb\n"],
  ["string-prop-force", "'hello' | ft Length -Force\n'hello' | ft Length", 80, "\nLength\n------\n     5\n\nhello\n"],
  ["fw-prop-string", "'ab','c' | fw Length", 80, "ab\nc\n"],
  ["oob-ft", "$r = 'a','b' | ft | Out-String; \"[\" + $r + \"]\"", 80, "[a\nb\n]\n"],
  ["oob-fl", "$r = 'a','b' | fl | Out-String; \"[\" + $r + \"]\"", 80, "[a\nb\n]\n"],
  ["oob-fw", "$r = 'a','b' | fw | Out-String; \"[\" + $r + \"]\"", 80, "[a\nb\n]\n"],
  ["oob-ft-prop", "$r = 'hello' | ft Length | Out-String; \"[\" + $r + \"]\"", 80, "[hello\n]\n"],
  ["oob-ft-force", "$r = 'hello' | ft Length -Force | Out-String; \"[\" + $r + \"]\"", 80, "[\nLength\n------\n     5\n\n]\n"],
  ["oob-fl-force", "$r = 'hello' | fl Length -Force | Out-String; \"[\" + $r + \"]\"", 80, "[\nLength : 5\n\n]\n"],
  ["oob-fw-prop", "$r = 'ab','c' | fw Length | Out-String; \"[\" + $r + \"]\"", 80, "[ab\nc\n]\n"],
  ["oob-fl-prop", "$r = 'ab' | fl Length | Out-String; \"[\" + $r + \"]\"", 80, "[ab\n]\n"],
  ["oob-nums", "$r = 1,2 | ft | Out-String; \"[\" + $r + \"]\"", 80, "[1\n2\n]\n"],
  ["oob-first", "$r = 'a',[pscustomobject]@{x=1} | ft | Out-String; \"[\" + $r + \"]\"", 80, "[a\n\nx\n-\n1\n\n]\n"],
  ["oob-after", "$r = [pscustomobject]@{x=1},'a' | ft | Out-String; \"[\" + $r + \"]\"", 80, "[\nx\n-\n1\na\n\n]\n"],
  ["oob-enum", "$r = (Get-Date '2024-01-01').DayOfWeek | ft | Out-String; \"[\" + $r + \"]\"", 80, "[Monday\n]\n"],
  ["oob-bool-dbl", "$r = $true,1.5 | fl | Out-String; \"[\" + $r + \"]\"", 80, "[True\n1.5\n]\n"],
  ["oob-fl-mixed", "$r = 'a',[pscustomobject]@{x=1},'b',[pscustomobject]@{x=2} | fl | Out-String; \"[\" + $r + \"]\"", 80, "[a\n\nx : 1\n\nb\nx : 2\n\n]\n"],
  ["oob-fw-mixed", "$r = [pscustomobject]@{x=1},'a',[pscustomobject]@{x=2} | fw | Out-String; \"[\" + $r + \"]\"", 80, "[\na\n1                                        2\n\n]\n"],
  ["oob-fw-first", "$r = 'a',[pscustomobject]@{x=1} | fw | Out-String; \"[\" + $r + \"]\"", 80, "[a\n\n1                                        \n\n]\n"],
  ["fl7", "$r = 'single line string' | Format-List -Force -Property foo,bar | Out-String; \"[\" + $r + \"]\"", 80, "[\n\n]\n"],
  ["ft13", "$r = 'hello' | Format-Table -Property foo -Force | Out-String; \"[\" + $r + \"]\"", 80, "[\nfoo\n---\n\n\n]\n"],
  ];
  it.each(cases)('%s', (_n, script, width, pwsh) => {
    expect(run(script, width)).toBe(pwsh);
  });
});

describe('more shapes at 80, 120 and 200 columns', () => {
  // Dates were printed by pwsh with en-US on Linux, whose ICU puts a narrow no-break space before
  // AM/PM; the emulator prints Windows' en-US, so those expectations have a plain space there.
  const cases: Case[] = [
    ["tbl-os-80", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | Out-String -Width 80", 80, "\nId Name                                               Mail           Size\n-- ----                                               ----           ----\n 1 user1xxxxxxxxxxxxxxx                               u1@contoso.com 1.25\n 2 user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx                u2@contoso.com 2.50\n 3 user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx u3@contoso.com 3.75\n\n\n"],
    ["tbl-wrap-80 (en-US)", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | ft -Wrap Id,@{n='Name';e={$_.Name * 3}},Mail | Out-String -Width 80", 80, "\nId Name\n-- ----                                                                         \n 1 user1xxxxxxxxxxxxxxxuser1xxxxxxxxxxxxxxxuser1xxxxxxxxxxxxxxx\n 2 user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser2xx\n   xxxxxxxxxxxxxxxxxxxxxxxxxxxx\n 3 user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser3xxxxxxxxxxxxxxxxxxxxxx\n   xxxxxxxxxxxxxxxxxxxxxxxuser3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\n\n"],
    ["list-80", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | fl | Out-String -Width 80", 80, "\nId   : 1\nName : user1xxxxxxxxxxxxxxx\nMail : u1@contoso.com\nSize : 1.25\n\nId   : 2\nName : user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nMail : u2@contoso.com\nSize : 2.5\n\nId   : 3\nName : user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nMail : u3@contoso.com\nSize : 3.75\n\n\n"],
    ["wide-80", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | fw Mail -AutoSize | Out-String -Width 80", 80, "\nu1@contoso.com   u2@contoso.com  u3@contoso.com                  \n\n\n"],
    ["tbl-os-120", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | Out-String -Width 120", 80, "\nId Name                                               Mail           Size\n-- ----                                               ----           ----\n 1 user1xxxxxxxxxxxxxxx                               u1@contoso.com 1.25\n 2 user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx                u2@contoso.com 2.50\n 3 user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx u3@contoso.com 3.75\n\n\n"],
    ["tbl-wrap-120 (en-US)", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | ft -Wrap Id,@{n='Name';e={$_.Name * 3}},Mail | Out-String -Width 120", 80, "\nId Name\n-- ----                                                                                                                 \n 1 user1xxxxxxxxxxxxxxxuser1xxxxxxxxxxxxxxxuser1xxxxxxxxxxxxxxx\n 2 user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n 3 user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser3xxxxxxxxxxxx\n   xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\n\n"],
    ["list-120", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | fl | Out-String -Width 120", 80, "\nId   : 1\nName : user1xxxxxxxxxxxxxxx\nMail : u1@contoso.com\nSize : 1.25\n\nId   : 2\nName : user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nMail : u2@contoso.com\nSize : 2.5\n\nId   : 3\nName : user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nMail : u3@contoso.com\nSize : 3.75\n\n\n"],
    ["wide-120", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | fw Mail -AutoSize | Out-String -Width 120", 80, "\nu1@contoso.com  u2@contoso.com u3@contoso.com                                                             \n\n\n"],
    ["tbl-os-200", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | Out-String -Width 200", 80, "\nId Name                                               Mail           Size\n-- ----                                               ----           ----\n 1 user1xxxxxxxxxxxxxxx                               u1@contoso.com 1.25\n 2 user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx                u2@contoso.com 2.50\n 3 user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx u3@contoso.com 3.75\n\n\n"],
    ["tbl-wrap-200 (en-US)", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | ft -Wrap Id,@{n='Name';e={$_.Name * 3}},Mail | Out-String -Width 200", 80, "\nId Name                                                                                                                                                   Mail\n-- ----                                                                                                                                                   ----\n 1 user1xxxxxxxxxxxxxxxuser1xxxxxxxxxxxxxxxuser1xxxxxxxxxxxxxxx                                                                                           u1@contoso.com\n 2 user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx                                              u2@contoso.com\n 3 user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxuser3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx u3@contoso.com\n\n\n"],
    ["list-200", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | fl | Out-String -Width 200", 80, "\nId   : 1\nName : user1xxxxxxxxxxxxxxx\nMail : u1@contoso.com\nSize : 1.25\n\nId   : 2\nName : user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nMail : u2@contoso.com\nSize : 2.5\n\nId   : 3\nName : user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nMail : u3@contoso.com\nSize : 3.75\n\n\n"],
    ["wide-200", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | fw Mail -AutoSize | Out-String -Width 200", 80, "\nu1@contoso.com  u2@contoso.com  u3@contoso.com                                                                                                                                            \n\n\n"],
    ["stream", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$s = $o | Out-String -Stream -Width 60\n$s.Count\n$s | % { '<' + $_ + '>' }", 80, "7\n<>\n<Id Name                                               Mail>\n<-- ----                                               ----  >\n< 1 user1xxxxxxxxxxxxxxx                               u1@co…>\n< 2 user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx                u2@co…>\n< 3 user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx u3@co…>\n<>\n"],
    ["select", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | Select-Object Name, Size", 80, "\nName                                               Size\n----                                               ----\nuser1xxxxxxxxxxxxxxx                               1.25\nuser2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx                2.50\nuser3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 3.75\n\n"],
    ["select-first", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | Select-Object -First 1 *", 80, "\nId Name                 Mail           Size\n-- ----                 ----           ----\n 1 user1xxxxxxxxxxxxxxx u1@contoso.com 1.25\n\n"],
    ["groupby", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | ft -GroupBy Id Name", 80, "\n   Id: 1\n\nName\n----\nuser1xxxxxxxxxxxxxxx\n\n   Id: 2\n\nName\n----\nuser2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\n   Id: 3\n\nName\n----\nuser3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\n"],
    ["hide-wrap", "$o = 1..3 | % { [pscustomobject]@{Id=$_; Name=('user' + $_ + ('x'*($_*15))); Mail=\"u$_@contoso.com\"; Size=$_*1.25} }\n$o | ft -HideTableHeaders -Wrap", 80, "\n 1 user1xxxxxxxxxxxxxxx                               u1@contoso.com 1.25\n 2 user2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx                u2@contoso.com 2.50\n 3 user3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx u3@contoso.com 3.75\n\n"],
    ["date-cell (en-US)", "[pscustomobject]@{When=(Get-Date '2024-03-05 14:07:09'); N='x'}", 80, "\nWhen                N\n----                -\n3/5/2024 2:07:09 PM x\n\n"],
    ["date-list (en-US)", "[pscustomobject]@{When=(Get-Date '2024-03-05 14:07:09'); N='x'} | fl", 80, "\nWhen : 3/5/2024 2:07:09 PM\nN    : x\n\n"],
    ["date-scalar (en-US)", "Get-Date '2024-03-05 14:07:09'", 80, "\nTuesday, March 5, 2024 2:07:09 PM\n\n"],
    ["timespan", "[pscustomobject]@{T=[timespan]::FromMinutes(90.5)}", 80, "\nT\n-\n01:30:30\n\n"],
    ["hash-nested", "[pscustomobject]@{H=@{a=1}; L=[ordered]@{b=2;c=3}}", 80, "\nH        L\n-        -\n{[a, 1]} {[b, 2], [c, 3]}\n\n"],
    ["hash-out", "[ordered]@{Alpha=1; Beta='two'; Gamma=@(1,2,3,4,5)}", 80, "\nName                           Value\n----                           -----\nAlpha                          1\nBeta                           two\nGamma                          {1, 2, 3, 4…}\n\n"],
    ["long-label", "[pscustomobject]@{('L'*90)=1; B=2} | fl", 80, "\nLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL : 1\nB                                                                           : 2\n\n"],
    ["empty-string", "[pscustomobject]@{A='';B='x'}", 80, "\nA B\n- -\n  x\n\n"],
    ["unicode", "[pscustomobject]@{Name='Zoë Ådne';City='東京'}", 80, "\nName     City\n----     ----\nZoë Ådne 東京\n\n"],
    ["many-cols", "$h=[ordered]@{}; 1..12 | % { $h[\"Col$_\"] = $_ }; [pscustomobject]$h | ft", 80, "\nCol1 Col2 Col3 Col4 Col5 Col6 Col7 Col8 Col9 Col10\n---- ---- ---- ---- ---- ---- ---- ---- ---- -----\n   1    2    3    4    5    6    7    8    9    10\n\n"],
    ["neg-num", "[pscustomobject]@{A=-5;B=-1.5;C='x'}", 80, "\n A     B C\n -     - -\n-5 -1.50 x\n\n"],
    ["bigint-align", "[pscustomobject]@{A=[long]5000000000;B='x'}", 80, "\n         A B\n         - -\n5000000000 x\n\n"],
    ["array-cell-long", "[pscustomobject]@{A=('alpha','beta','gamma','delta','epsilon');B='x'}", 80, "\nA                            B\n-                            -\n{alpha, beta, gamma, delta…} x\n\n"],
    ["array-nested-null", "[pscustomobject]@{A=@($null,1,@(2,3))}", 80, "\nA\n-\n{$null, 1, 2 3}\n\n"],
    ["ft-autosize-trunc", "[pscustomobject]@{A='a'*30;B='b'*30;C='c'*30} | ft -AutoSize | Out-String -Width 60", 80, "\nA                              B\n-                              -                            \naaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbb…\n\n\n"],
    ["ft-trunc-right", "[pscustomobject]@{A='a'*70;B=123456789} | ft | Out-String -Width 60", 80, "\nA\n-                                                           \naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\n\n\n"],
    ["list-multiline", "[pscustomobject]@{A=\"line1`nline2\";B='x'} | fl", 80, "\nA : line1\n    line2\nB : x\n\n"],
    ["table-multiline", "[pscustomobject]@{A=\"line1`nline2\";B='x'}", 80, "\nA           B\n-           -\nline1…      x\n\n"],
    ["fl-calc", "[pscustomobject]@{A=2} | fl @{n='Double';e={$_.A*2}}, @{l='Str';e={'s'}}", 80, "\nDouble : 4\nStr    : s\n\n"],
    ["select-exclude", "[pscustomobject]@{A=1;B=2;C=3} | Select-Object * -ExcludeProperty B", 80, "\nA C\n- -\n1 3\n\n"],
    ["two-types", "[pscustomobject]@{A=1;B=2}\nGet-Date '2024-01-01' | Select-Object Year,Month", 80, "\nA B\n- -\n1 2\n   \n\n"],
  ];
  it.each(cases)('%s', (_n, script, width, pwsh) => {
    expect(run(script, width)).toBe(pwsh);
  });
});

describe('Out-Default across objects of different kinds (ViewGenerator.IsObjectApplicable)', () => {
  const cases: Case[] = [
    ["od-viewless-any", "[pscustomobject]@{x=1}; Get-Date '2024-01-01'; [pscustomobject]@{PSTypeName='Other.Type'; b=2}; [pscustomobject]@{x=3}", 80, "\nx\n-\n1\n \n \n3\n\n"],
    ["od-view-then-obj", "@{a=1}; [pscustomobject]@{x=1}", 80, "\nName                           Value\n----                           -----\na                              1\n\nx : 1\n\n\n"],
    ["od-view-then-list", "@{a=1}; [pscustomobject]@{x=1;y=2;z=3;w=4;v=5}", 80, "\nName                           Value\n----                           -----\na                              1\n\nx : 1\ny : 2\nz : 3\nw : 4\nv : 5\n\n\n"],
    ["od-list-other", "[pscustomobject]@{a=1;b=2;c=3;d=4;e=5}; [pscustomobject]@{x=1}; 5", 80, "\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\nx : 1\n\n5\n"],
    ["od-date (en-US)", "Get-Date '2024-01-01'", 80, "\nMonday, January 1, 2024 12:00:00 AM\n\n"],
    ["od-dates (en-US)", "Get-Date '2024-01-01'; Get-Date '2024-01-02'", 80, "\nMonday, January 1, 2024 12:00:00 AM\nTuesday, January 2, 2024 12:00:00 AM\n\n"],
    ["od-date-obj (en-US)", "Get-Date '2024-01-01'; [pscustomobject]@{x=1}; 5", 80, "\nMonday, January 1, 2024 12:00:00 AM\n\nx : 1\n\n5\n\n"],
    ["od-date-str (en-US)", "Get-Date '2024-01-01'; 'str'; Get-Date '2024-01-01'", 80, "\nMonday, January 1, 2024 12:00:00 AM\nstr\nMonday, January 1, 2024 12:00:00 AM\n\n"],
    ["od-num-date (en-US)", "5; Get-Date '2024-01-01'", 80, "5\n\nMonday, January 1, 2024 12:00:00 AM\n\n"],
    ["od-scalar-mid", "[pscustomobject]@{x=1}; 5; [pscustomobject]@{x=2}", 80, "\nx\n-\n1\n5\n2\n\n"],
    // Another type inside a list is one more entry with all its properties, adapted first (AssociationManager.ExpandAll).
    ["od-list-then-entry", "1..3 | Measure-Object; ([ordered]@{k=1}).GetEnumerator(); 's'", 80, "\nCount             : 3\nAverage           : \nSum               : \nMaximum           : \nMinimum           : \nStandardDeviation : \nProperty          : \n\nKey   : k\nValue : 1\nName  : k\n\ns\n"],
    ["od-viewless-list-then-entry", "[pscustomobject]@{a=1;b=2;c=3;d=4;e=5}; ([ordered]@{k=1}).GetEnumerator()", 80, "\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\nKey   : k\nValue : 1\nName  : k\n\n"],
    ["od-view-table-then-entry", "'a' | Group-Object; ([ordered]@{k=1}).GetEnumerator(); 5", 80, "\nCount Name                      Group\n----- ----                      -----\n    1 a                         {a}\n\nKey   : k\nValue : 1\nName  : k\n\n5\n\n"],
    // After a table that sized itself, later tables take their widths from the data (FormattedObjectsCache).
    ["od-widths-after-ft", "[pscustomobject]@{Name='b'} | Format-Table Name; @{k=1}", 80, "\nName\n----\nb\n\n\nName Value\n---- -----\nk    1\n\n"],
    ["od-widths-after-fl", "[pscustomobject]@{Name='b'} | Format-List; @{k=1}", 80, "\nName : b\n\n\nName                           Value\n----                           -----\nk                              1\n\n"],
    // GroupInfo's members in pwsh's order (Values, Count, Group, Name); -NoElement keeps an empty Group.
    ["group-noelement-all", "'a' | Group-Object -NoElement | Format-List *", 80, "\nValues : {a}\nCount  : 1\nGroup  : {}\nName   : a\n\n"],
    ["group-list-view", "'a' | Group-Object | Format-List", 80, "\nName   : a\nCount  : 1\nGroup  : {a}\nValues : {a}\n\n"],
    // TimeSpan's list view, and all its .NET properties where no view applies.
    ["timespan-view", "[timespan]'1:2:3' | Format-Table", 80, "\nDays Hours Minutes Seconds Milliseconds\n---- ----- ------- ------- ------------\n0    1     2       3       0\n\n"],
    ["timespan-in-list", "1..2 | Measure-Object; [timespan]'1.02:03:04'", 80, "\nCount             : 2\nAverage           : \nSum               : \nMaximum           : \nMinimum           : \nStandardDeviation : \nProperty          : \n\nTicks             : 937840000000\nDays              : 1\nHours             : 2\nMilliseconds      : 0\nMicroseconds      : 0\nNanoseconds       : 0\nMinutes           : 3\nSeconds           : 4\nTotalDays         : 1.08546296296296\nTotalHours        : 26.0511111111111\nTotalMilliseconds : 93784000\nTotalMicroseconds : 93784000000\nTotalNanoseconds  : 93784000000000\nTotalMinutes      : 1563.06666666667\nTotalSeconds      : 93784\n\n"],
    ["od-date-year1 (en-US)", "(2 -as [datetime])", 80, "\nMonday, January 1, 0001 12:00:00 AM\n\n"],
    // MeasureObjectCommand.Compare: doubles where both convert, else their strings; text failing -Sum takes no part.
    ["measure-mixed", "'start','3','1','end' | Measure-Object -Sum -Maximum -Minimum 2>$null", 80, "\nCount             : 4\nAverage           : \nSum               : \nMaximum           : 3\nMinimum           : 1\nStandardDeviation : \nProperty          : \n\n"],
    ["measure-text-number", "10,'abc',9 | Measure-Object -Maximum -Minimum", 80, "\nCount             : 3\nAverage           : \nSum               : \nMaximum           : abc\nMinimum           : 9\nStandardDeviation : \nProperty          : \n\n"],
  ];
  it.each(cases)('%s', (_n, script, width, pwsh) => {
    expect(run(script, width)).toBe(pwsh);
  });
});

describe('grouping, calculated columns, header wrap, empty objects, Out-String switches', () => {
  const cases: Case[] = [
    ["fl-hashtable", "@{a=1} | fl", 80, "\nName  : a\nValue : 1\n\n"],
    ["ft-hashtable-prop", "@{a=1;b=2} | ft Value", 80, "\nValue\n-----\n    1\n    2\n\n"],
    ["fl-groupby", "1..3 | % { [pscustomobject]@{G=($_ % 2); V=$_} } | Sort-Object G | fl -GroupBy G", 80, "\n   G: 0\n\nG : 0\nV : 2\n\n\n   G: 1\n\nG : 1\nV : 1\n\nG : 1\nV : 3\n\n"],
    ["ft-groupby-calc", "1..3 | % { [pscustomobject]@{G=($_ % 2); V=$_} } | Sort-Object G | ft -GroupBy @{n='Odd';e={$_.G -eq 1}} V", 80, "\n   Odd: False\n\nV\n-\n2\n\n   Odd: True\n\nV\n-\n1\n3\n\n"],
    ["fw-groupby", "1..4 | % { [pscustomobject]@{G=($_ % 2); Name=\"n$_\"} } | Sort-Object G | fw -GroupBy G", 80, "\n   G: 0\n\nn2                                      n4\n\n   G: 1\n\nn1                                      n3\n\n"],
    ["ft-center-wide", "[pscustomobject]@{A='abc'} | ft @{e='A';a='center';w=8},@{e='A';a='right';w=2}", 80, "\n   A      A\n   -      -\n  abc    …c\n\n"],
    ["ft-label-wrap (en-US)", "[pscustomobject]@{A='x'} | ft @{n='A very long header';e='A';w=6}, @{n='B';e='A'}", 80, "\nA      B\nvery\nlong\nheader\n------ -\nx      x\n\n"],
    ["ft-zero-props", "[pscustomobject]@{} | ft\n'after'", 80, "\nafter\n"],
    ["ft-nested-array", "[pscustomobject]@{A=@(@(1,2),@(3,4))}", 80, "\nA\n-\n{1 2, 3 4}\n\n"],
    ["ft-bool-first-false", "[pscustomobject]@{Ok=$false; Name='n'}, [pscustomobject]@{Ok=$true; Name='m'}", 80, "\n   Ok Name\n   -- ----\nFalse n\n True m\n\n"],
    ["ft-null-first-then-num", "[pscustomobject]@{N=$null; S='a'}, [pscustomobject]@{N=5; S='b'}", 80, "\nN S\n- -\n  a\n5 b\n\n"],
    ["ft-str-then-num", "[pscustomobject]@{N='x'; S='a'}, [pscustomobject]@{N=5; S='b'}", 80, "\nN S\n- -\nx a\n5 b\n\n"],
    ["ft-wide-chars", "[pscustomobject]@{Name='日本語テキスト'; V=1} | ft @{e='Name';w=6}, V", 80, "\nName                                                                          V\n----                                                                          -\n日本…                                                                         1\n\n"],
    ["fl-wide-chars (en-US)", "[pscustomobject]@{Name=('日本語'*20)} | fl | Out-String -Width 40", 80, "\nName : 日本語日本語日本語日本語日本語日\n       本語日本語日本語日本語日本語日本\n       語日本語日本語日本語日本語日本語\n       日本語日本語日本語日本語\n\n\n"],
    ["outstring-nonl", "$x = [pscustomobject]@{A=1} | Out-String -NoNewline; '[' + $x + ']'", 80, "[A-1]\n"],
    ["outstring-stream-list", "[pscustomobject]@{A=1;B=2;C=3;D=4;E=5} | Out-String -Stream | % { '<' + $_ + '>' }", 80, "<>\n<A : 1>\n<B : 2>\n<C : 3>\n<D : 4>\n<E : 5>\n<>\n"],
    ["ft-property-star", "[pscustomobject]@{A=1;B='x'} | ft *", 80, "\nA B\n- -\n1 x\n\n"],
    ["fl-scriptblock-prop", "[pscustomobject]@{A=2} | fl A, {$_.A * 3}", 80, "\nA        : 2\n$_.A * 3 : 6\n\n"],
    ["ft-scriptblock-prop", "[pscustomobject]@{A=2} | ft A, {$_.A * 3}", 80, "\nA $_.A * 3\n- --------\n2        6\n\n"],
    ["select-expand", "[pscustomobject]@{A=@('x','y')} | Select-Object -ExpandProperty A", 80, "x\ny\n"],
    ["ft-repeat", "1..2 | % { [pscustomobject]@{A=$_} } | ft -RepeatHeader", 80, "\nA\n-\n1\n2\n\n"],
    ["select-null", "[pscustomobject]@{A=1} | Select-Object A, B", 80, "\nA B\n- -\n1 \n\n"],
    ["psobject-tostring", "$o = [pscustomobject]@{A=1;B='x'}; \"$o\"; [pscustomobject]@{Inner=$o}", 80, "@{A=1; B=x}\n\nInner\n-----\n@{A=1; B=x}\n\n"],
    ["fl-empty-obj", "$r = [pscustomobject]@{} | fl | Out-String; \"[\" + $r + \"]\"", 80, "[\n]\n"],
  ];
  it.each(cases)('%s', (_n, script, width, pwsh) => {
    expect(run(script, width)).toBe(pwsh);
  });
});

describe('more numbers: rounding, division, arrays of numbers, calculated sizes', () => {
  const cases: Case[] = [
    ["arr-objs-cell", "[pscustomobject]@{A=@([pscustomobject]@{a=1},[pscustomobject]@{a=2}); B=@(@{k=1})}", 80, "\nA                B\n-                -\n{@{a=1}, @{a=2}} {System.Collections.Hashtable}\n\n"],
    ["arr-objs-list", "[pscustomobject]@{A=@([pscustomobject]@{a=1},[pscustomobject]@{a=2}); B=@(@{k=1})} | fl", 80, "\nA : {@{a=1}, @{a=2}}\nB : {System.Collections.Hashtable}\n\n"],
    ["num-neg-round", "[pscustomobject]@{A=-0.001; B=0.005; C=0.015; D=2.675; E=-2.5; F=1e-7}", 80, "\nA : -0.001\nB : 0.005\nC : 0.015\nD : 2.675\nE : -2.5\nF : 1E-07\n\n"],
    ["num-neg-round-list", "[pscustomobject]@{A=-0.001; B=0.005; C=0.015; D=2.675; E=-2.5; F=1e-7} | fl", 80, "\nA : -0.001\nB : 0.005\nC : 0.015\nD : 2.675\nE : -2.5\nF : 1E-07\n\n"],
    ["num-big-ints", "[pscustomobject]@{A=2147483648; B=123456789012; C=-987654321}", 80, "\n         A            B          C\n         -            -          -\n2147483648 123456789012 -987654321\n\n"],
    ["num-div", "[pscustomobject]@{A=10/4; B=10/5; C=1/3}", 80, "\n   A B    C\n   - -    -\n2.50 2 0.33\n\n"],
    ["num-div-list", "[pscustomobject]@{A=10/4; B=10/5; C=1/3} | fl", 80, "\nA : 2.5\nB : 2\nC : 0.333333333333333\n\n"],
    ["num-array-cell", "[pscustomobject]@{A=@((0.1+0.2), (1/3), 1e20)}", 80, "\nA\n-\n{0.3, 0.333333333333333, 1E+20}\n\n"],
    ["num-fw", "[pscustomobject]@{Name=1/3} | fw", 80, "\n0.333333333333333                       \n\n"],
    ["num-select-calc", "[pscustomobject]@{Bytes=123456789} | Select-Object @{n='MB';e={[math]::Round($_.Bytes/1MB,2)}}, @{n='GB';e={$_.Bytes/1GB}}", 80, "\n    MB   GB\n    --   --\n117.74 0.11\n\n"],
    ["num-ft-autosize", "1..3 | % { [pscustomobject]@{N=$_/3; S='x'} } | ft -AutoSize", 80, "\n   N S\n   - -\n0.33 x\n0.67 x\n   1 x\n\n"],
    ["num-scalar-list", "(1/3), 2.5, 1e16, -1e-6", 80, "0.333333333333333\n2.5\n1E+16\n-1E-06\n"],
    ["num-string-interp", "$a = 1/3; \"v=$a\"; [string]2.50; 'x' + 0.1", 80, "v=0.333333333333333\n2.5\nx0.1\n"],
    ["timespan-cell", "[pscustomobject]@{T=[timespan]'1.01:03:00'; N=1}", 80, "\nT          N\n-          -\n1.01:03:00 1\n\n"],
    ["guid-ver", "[pscustomobject]@{G=[guid]'11111111-2222-3333-4444-555555555555'; V=[version]'1.2.3'}", 80, "\nG                                    V\n-                                    -\n11111111-2222-3333-4444-555555555555 1.2.3\n\n"],
    ["char-cell", "[pscustomobject]@{C=[char]'x'; S='abc'}", 80, "\nC S\n- -\nx abc\n\n"],
  ];
  it.each(cases)('%s', (_n, script, width, pwsh) => {
    expect(run(script, width)).toBe(pwsh);
  });
});

describe('remote Exchange objects are deserialized: their enums align left', () => {
  it('Get-MigrationEndpoint | Format-Table Identity, EndpointType', () => {
    // The rule as pwsh 7.6 applies it to an Import-Clixml'd enum (align-deser above); numbers stay right.
    const script = 'New-MigrationEndpoint -IMAP -Name ImapEP -RemoteServer imap.contoso.com -Port 993 -Security Ssl -SkipVerification | Out-Null; Get-MigrationEndpoint | Format-Table Identity, EndpointType, MaxConcurrentMigrations';
    expect(run(script, 120)).toBe('\nIdentity EndpointType MaxConcurrentMigrations\n-------- ------------ -----------------------\nImapEP   IMAP                              20\n\n');
  });
});

describe('Format-Wide without -Property: each object shows its own display-name property (PSObjectHelper.GetDisplayNameExpression)', () => {
  const cases: Case[] = [
    ["wide-autosize-all-empty", "[pscustomobject]@{ Id = ''; Items = 'x' }, [pscustomobject]@{ Id = ''; Items = 'y' }, [pscustomobject]@{ Id = ''; Items = 'z' } | Format-Wide -AutoSize", 80, "\n                                        \n                                        \n\n"],
    ["wide-display-name", "[pscustomobject]@{ A = 1; Name = 'n1' }, [pscustomobject]@{ B = 2; C = 3 }, [pscustomobject]@{ Id = 'i3'; Name = 'n3' }, [pscustomobject]@{ XKey = 'k'; Id = 'i4' }, [pscustomobject]@{ FooName = 'fn'; Id = 'i5'; BarKey = 'bk' }, [pscustomobject]@{ ZId = 'zid'; XName = 'xn' } | Format-Wide -Column 3\n[pscustomobject]@{ When = $true; Name = -1 }, [pscustomobject]@{ When = 'Lorem'; DisplayName = ''; Enabled = $false } | Format-Wide", 80, "\nn1                         2                          n3\ni4                         i5                         xn\n\n\n-1                                      \n\n"],
  ];
  it.each(cases)('%s', (_n, script, width, pwsh) => {
    expect(run(script, width)).toBe(pwsh);
  });
});

describe('Out-String without -Width does not wrap list values (tables still keep to the width)', () => {
  const cases: Case[] = [
    ["out-string-list-unwrapped", "$o = [pscustomobject]@{ A = ('word ' * 20); B = \"line1`nline two is here and it is long long long long long long long\" }\n$o | Format-List | Out-String\n$o | Format-List | Out-String -Stream\n$o | Format-List | Out-String -Width 40", 80, "\nA : word word word word word word word word word word word word word word word word word word word word \nB : line1\n    line two is here and it is long long long long long long long\n\n\n\nA : word word word word word word word word word word word word word word word word word word word word \nB : line1\n    line two is here and it is long long long long long long long\n\n\nA : word word word word word word word \n    word word word word word word word \n    word word word word word word \nB : line1\n    line two is here and it is long \n    long long long long long long\n\n\n"],
  ];
  it.each(cases)('%s', (_n, script, width, pwsh) => {
    expect(run(script, width)).toBe(pwsh);
  });
});
