/** The PowerShell module generated from the cmdlet metadata (src/remote/module-gen.ts). */
import { describe, expect, it } from 'vitest';
import { generateModule, moduleCmdlets, onPremisesCmdlets, proxyFunction } from '../../src/remote/module-gen';

const m = generateModule();
const psm1 = m.files['ExoEmulator.psm1']!;
const onPrem = m.files['ExoEmulator.OnPremises.psm1']!;

function functionText(text: string, name: string): string {
  const start = text.indexOf(`function ${name} {`);
  expect(start, name).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf('\n}\n', start) + 2);
}

describe('the generated module', () => {
  it('has a function for every emulated Exchange Online, Graph, lab and Exchange Server cmdlet', () => {
    for (const c of moduleCmdlets()) expect(psm1).toContain(`function ${c.name} {`);
    for (const c of onPremisesCmdlets()) expect(onPrem).toContain(`function ${c.name} {`);
    expect(m.functions).toContain('Get-MigrationBatch');
    expect(m.functions).toContain('Reset-LabWorld');
    expect(m.functions).not.toContain('Import-Module');
    expect(m.files['ExoEmulator.psd1']).toContain("FormatsToProcess = @('ExoEmulator.Format.ps1xml')");
  });

  it('declares parameter sets, positions, pipeline binding and aliases as the metadata does', () => {
    const f = functionText(psm1, 'Get-MigrationUserStatistics');
    expect(f).toContain('[Parameter(Mandatory=$true, Position=0, ValueFromPipeline=$true)]\n    [object]\n    ${Identity}');
    const batch = functionText(psm1, 'New-MigrationBatch');
    expect(batch).toContain("[CmdletBinding(DefaultParameterSetName=");
    expect(batch).toContain('SupportsShouldProcess=$true');
    expect(batch).toMatch(/\[Parameter\(ParameterSetName='[^']+', Mandatory=\$true\)\]\n(    \[[^\n]+\]\n)*    \[string\]\n    \$\{Name\}/);
    // Exchange types do not exist client-side: [object].
    expect(functionText(psm1, 'Get-MigrationBatch')).toMatch(/\[object\]\n    \$\{Identity\}/);
    expect(functionText(psm1, 'Set-LabClock')).toContain('[ValidateRange(0, 1000000)]');
    expect(functionText(psm1, 'Import-PSSession')).toContain("[Alias('Name')]");
  });

  it('carries the help: synopsis, parameters, examples, link', () => {
    const f = functionText(psm1, 'Set-LabClock');
    expect(f).toContain('.SYNOPSIS');
    expect(f).toContain("Moves the world's virtual clock forward");
    expect(f).toContain('.PARAMETER Advance');
    expect(f).toContain(".EXAMPLE\n    Set-LabClock -Advance '3d'");
    expect(functionText(psm1, 'Get-MigrationBatch')).toContain('.LINK\n    https://learn.microsoft.com/');
  });

  it('proxies send the bound parameters; the Exchange Management Shell ones by the name they were imported under', () => {
    expect(functionText(psm1, 'Get-MigrationBatch')).toContain("Invoke-ExoEmulatorCommand -CommandName 'Get-MigrationBatch' -BoundParameters $PSBoundParameters -Cmdlet $PSCmdlet");
    expect(functionText(onPrem, 'Get-Mailbox')).toContain('Invoke-ExoEmulatorCommand -CommandName $MyInvocation.MyCommand.Name');
    expect(proxyFunction({ name: 'Get-X', source: 't', parameters: [{ name: 'ErrorAction', type: 'String' }, { name: 'A', type: 'String', aliases: ['ea', 'x'] }], help: { synopsis: 's' } })).not.toMatch(/ErrorAction\}|'ea'/);
  });

  it('writes exo-shell views for the deserialized types', () => {
    const xml = m.files['ExoEmulator.Format.ps1xml']!;
    expect(xml).toMatch(/<TypeName>Deserialized\.microsoft\.exchange\.migration\.migrationbatch<\/TypeName>/i);
    expect(xml).toContain('<ScriptBlock>if ($null -ne $_.RemoteServer) { $_.RemoteServer } else { $_.RpcProxyServer }</ScriptBlock>');
  });
});
