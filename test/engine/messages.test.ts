import { coreCmdlets } from '../../cmdlets/core/engine-core';
import { describe, expect, test } from 'vitest';
import { MESSAGES, formatMessage } from '../../src/engine/messages';
import { run, makeRunspace } from './helpers';
import { Runspace } from '../../src/engine/runspace';
import { TestHost, memoryServices } from '../../src/engine/testing';
import { defineCmdlet } from '../../src/engine/cmdlet';

describe('message catalogue', () => {
  test('every entry has an id and a template; templates are distinct', () => {
    const templates = new Set<string>();
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect(entry.id, key).toMatch(/\S/);
      expect(entry.template, key).toMatch(/\S/);
      if (key === 'GetCommandNotFound' || key === 'GetVariableNotFound' || key === 'PropertyAssignmentNull') continue;
      expect(templates.has(entry.template), `duplicate template for ${key}`).toBe(false);
      templates.add(entry.template);
    }
  });
  test('placeholders are filled', () => {
    expect(formatMessage('MissingArgument', 'Name', 'System.String')).toBe("Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.");
  });
});

describe('advanced functions and the session surface', () => {
  test('-Verbose on an advanced function turns on Write-Verbose inside it', () => {
    expect(run('function f { [CmdletBinding()] param() Write-Verbose "inside" }; f -Verbose; f').verbose).toEqual(['inside']);
  });
  test('a mandatory pipeline parameter is satisfied by input', () => {
    const r = run('function f { param([Parameter(Mandatory, ValueFromPipeline)]$x) process { "got $x" } }; 1,2 | f');
    expect(r.lines).toEqual(['got 1', 'got 2']);
  });
  test('a function prompts for a missing mandatory parameter in an interactive host', () => {
    const r = run('function f { param([Parameter(Mandatory)][string]$Name) "hi $Name" }; f', { interactive: true, lines: ['Ann'] });
    expect(r.lines).toEqual(['hi Ann']);
    expect(r.hostText).toBe('cmdlet f at command pipeline position 1\nSupply values for the following parameters:\nName: Ann\n');
  });
  test('SupportsShouldProcess functions get -WhatIf through $PSCmdlet-free preference', () => {
    const r = run('function Remove-It { [CmdletBinding(SupportsShouldProcess)] param() Set-Variable -Name gone -Value 1 -Scope Global }; Remove-It -WhatIf; $null -eq $gone');
    expect(r.hostText).toBe('What if: Performing the operation "Set variable" on target "Name: gone Value: 1".\n');
    expect(r.lines).toEqual(['True']);
  });
  test('aroundCmdletCall wraps every begin/process/end call', () => {
    const seen: string[] = [];
    const probe = defineCmdlet({ name: 'Get-Probe', source: 'Test', parameters: [], help: { synopsis: 'probe' }, begin() {}, process(ctx) { ctx.writeObject(1); }, end() {} });
    const rs = new Runspace({ host: new TestHost(), services: memoryServices(), cmdlets: [...coreCmdlets, probe], aroundCmdletCall: (c, call) => { seen.push(c.name); call(); } });
    rs.invoke('Get-Probe');
    expect(seen).toEqual(['Get-Probe', 'Get-Probe', 'Get-Probe']);
  });
  test('getVariable / setVariable and args', () => {
    const { rs } = makeRunspace();
    rs.setVariable('fromHost', 'v');
    const r = rs.invoke('"$fromHost $($args[0])"; $made = 3', { args: ['a1'] });
    expect(r.output).toEqual(['v a1']);
    expect(rs.getVariable('made')).toBe(3);
  });
  test('parse errors come back without running anything', () => {
    const { rs } = makeRunspace();
    const r = rs.invoke('"a"; if (');
    expect(r.output).toEqual([]);
    expect(r.parseErrors.length).toBeGreaterThan(0);
    expect(r.success).toBe(false);
  });
});

describe('$PSCmdlet and typed function parameters', () => {
  const fn = 'function Remove-Thing { [CmdletBinding(SupportsShouldProcess, ConfirmImpact="High")] param([Parameter(Mandatory)][string]$Name) if ($PSCmdlet.ShouldProcess($Name, "Remove")) { "removed $Name" } }';
  test('-WhatIf', () => {
    const r = run(`${fn}; Remove-Thing a -WhatIf`);
    expect(r.hostText).toBe('What if: Performing the operation "Remove" on target "a".\n');
    expect(r.lines).toEqual([]);
  });
  test('High impact confirms through the host; -Confirm:$false skips the prompt', () => {
    expect(run(`${fn}; Remove-Thing a`, { interactive: true, choices: [0] }).lines).toEqual(['removed a']);
    expect(run(`${fn}; Remove-Thing a`, { interactive: true, choices: [2] }).lines).toEqual([]);
    expect(run(`${fn}; Remove-Thing a -Confirm:$false`).lines).toEqual(['removed a']);
  });
  // pwsh 7.6: a function's typed parameter fails as an argument transformation, with the cast's message.
  test('typed parameters convert as casts and fail as argument transformations', () => {
    expect(run('function f { param([datetime]$When) $When.Year }; f "2024-05-01"').lines).toEqual(['2024']);
    expect(run('function f { param([System.Collections.ArrayList]$L) $L.Add(9) }; f 1,2').lines).toEqual(['2']);
    const r = run('function f { param([guid]$Id) $Id }; f nope');
    expect(r.errors[0].message).toBe('Cannot process argument transformation on parameter \'Id\'. Cannot convert value "nope" to type "System.Guid". Error: "Unrecognized Guid format."');
    expect(r.errors[0].fullyQualifiedErrorId).toBe('ParameterArgumentTransformationError,f');
  });
});
