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
  ["num-nan", "[pscustomobject]@{A=[double]::NaN;B=[double]::PositiveInfinity;C=[double]::NegativeInfinity} | ft\n[pscustomobject]@{A=[double]::NaN;B=[double]::PositiveInfinity;C=[double]::NegativeInfinity} | fl", 80, "\n  A        B         C\n  -        -         -\nNaN Infinity -Infinity\n\n\nA : NaN\nB : Infinity\nC : -Infinity\n\n"],
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
