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
