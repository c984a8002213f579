import { coreCmdlets } from '../../cmdlets/core/engine-core';
import { describe, expect, test } from 'vitest';
import { run } from './helpers';
import { defineCmdlet } from '../../src/engine/cmdlet';
import { PSObject, stringOf } from '../../src/engine/values';
import { Runspace } from '../../src/engine/runspace';
import { TestHost, memoryServices } from '../../src/engine/testing';

// A test cmdlet shaped like Exchange's migration cmdlets (about_Parameters, about_Parameter_Sets).
const calls: string[] = [];
const newBatch = defineCmdlet({
  name: 'New-TestBatch',
  source: 'TestModule',
  defaultParameterSet: 'Onboarding',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'Name', type: 'String', sets: { Onboarding: { position: 0, mandatory: true }, Local: { position: 0, mandatory: true } } },
    { name: 'SourceEndpoint', type: 'String', sets: { Onboarding: { mandatory: true } } },
    { name: 'Local', type: 'SwitchParameter', sets: { Local: { mandatory: true } } },
    { name: 'AutoStart', type: 'Boolean' },
    { name: 'BadItemLimit', type: 'Unlimited' },
    { name: 'Count', type: 'Int32', validateRange: [1, 10] },
    { name: 'Mode', type: 'MigrationMode', enumValues: ['Staged', 'Cutover', 'Remote'] },
    { name: 'Kind', type: 'String', validateSet: ['a', 'b'] },
    { name: 'NotificationEmails', type: 'MultiValuedProperty', aliases: ['Emails'] },
    { name: 'StartAfter', type: 'DateTime' },
    { name: 'Password', type: 'SecureString' },
  ],
  help: { synopsis: 'Creates a test batch.' },
  process(ctx) {
    calls.push(ctx.parameterSetName);
    ctx.writeObject(
      PSObject.fromRecord({
        Set: ctx.parameterSetName,
        Name: ctx.params['Name'] ?? null,
        AutoStart: ctx.params['AutoStart'] ?? null,
        Mode: ctx.params['Mode'] ?? null,
        Emails: ctx.params['NotificationEmails'] ?? null,
        Limit: ctx.params['BadItemLimit'] ?? null,
        Count: ctx.params['Count'] ?? null,
      }),
    );
  },
});

const getBatch = defineCmdlet({
  name: 'Get-TestBatch',
  source: 'TestModule',
  parameters: [],
  help: { synopsis: 'Lists test batches.' },
  process(ctx) {
    for (const n of ['b1', 'b2']) ctx.writeObject(PSObject.fromRecord({ Identity: n, Status: 'Synced' }));
  },
});

const startBatch = defineCmdlet({
  name: 'Start-TestBatch',
  source: 'TestModule',
  supportsShouldProcess: true,
  confirmImpact: 'High',
  parameters: [{ name: 'Identity', type: 'MigrationBatchIdParameter', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } }],
  help: { synopsis: 'Starts a test batch.' },
  process(ctx) {
    const id = ctx.params['Identity'];
    const name = id instanceof PSObject ? stringOf(id.get('Identity') ?? null) : stringOf(id ?? null);
    if (ctx.shouldProcess(name, 'Start-TestBatch')) ctx.writeObject(`started ${name}`);
  },
});

const noInput = defineCmdlet({
  name: 'Get-NoInput',
  source: 'TestModule',
  parameters: [{ name: 'Name', type: 'String' }],
  help: { synopsis: 'Takes no pipeline input.' },
  process(ctx) {
    ctx.writeObject('ran');
  },
});

const cmdlets = [newBatch, getBatch, startBatch, noInput];
const exec = (script: string, opts: { interactive?: boolean; lines?: (string | null)[]; choices?: number[] } = {}) => run(script, { ...opts, cmdlets });

describe('binder: successful binding', () => {
  const cases: [string, string][] = [
    ['(New-TestBatch b1 -SourceEndpoint ep).Set', 'Onboarding'],
    ['(New-TestBatch -Name b1 -Local).Set', 'Local'],
    ['(New-TestBatch -na b1 -Local).Name', 'b1'],
    ['(New-TestBatch -NAME b1 -local).Name', 'b1'],
    ['(New-TestBatch b1 -Local -AutoStart $true).AutoStart', 'True'],
    ['(New-TestBatch b1 -Local -AutoStart 0).AutoStart', 'False'],
    ['(New-TestBatch b1 -Local -AutoStart:$false).AutoStart', 'False'],
    ['(New-TestBatch b1 -Local -Mode cutover).Mode', 'Cutover'],
    ['(New-TestBatch b1 -Local -Emails a@x.com,b@x.com).Emails.Count', '2'],
    ['(New-TestBatch b1 -Local -BadItemLimit unlimited).Limit', 'Unlimited'],
    ['(New-TestBatch b1 -Local -BadItemLimit 50).Limit', '50'],
    ['(New-TestBatch b1 -Local -Count "7").Count', '7'],
    ['$p = @{Name="b9"; Local=$true}; (New-TestBatch @p).Name', 'b9'],
    ['(New-TestBatch b1 -Local -ea Stop).Name', 'b1'],
  ];
  test.each(cases)('%s', (script, expected) => {
    const r = exec(script);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.lines).toEqual([expected]);
  });
});

describe('binder: failures with pwsh wording and ids', () => {
  const cases: [string, string, string][] = [
    ['New-TestBatch b1 -Local -Bogus 1', "A parameter cannot be found that matches parameter name 'Bogus'.", 'NamedParameterNotFound,New-TestBatch'],
    ['New-TestBatch b1 -Local -S x', "Parameter cannot be processed because the parameter name 'S' is ambiguous. Possible matches include: -SourceEndpoint -StartAfter.", 'AmbiguousParameter,New-TestBatch'],
    ['New-TestBatch b1 -SourceEndpoint', "Missing an argument for parameter 'SourceEndpoint'. Specify a parameter of type 'System.String' and try again.", 'MissingArgument,New-TestBatch'],
    ['New-TestBatch b1 -Local -SourceEndpoint ep', 'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.', 'AmbiguousParameterSet,New-TestBatch'],
    ['New-TestBatch b1', 'Cannot process command because of one or more missing mandatory parameters: SourceEndpoint.', 'MissingMandatoryParameter,New-TestBatch'],
    ['New-TestBatch b1 extra -Local', "A positional parameter cannot be found that accepts argument 'extra'.", 'PositionalParameterNotFound,New-TestBatch'],
    ['New-TestBatch b1 -Local -AutoStart "yes"', 'Cannot process argument transformation on parameter \'AutoStart\'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.', 'ParameterArgumentTransformationError,New-TestBatch'],
    ['New-TestBatch b1 -Local -Mode Foo', 'Cannot bind parameter \'Mode\'. Cannot convert value "Foo" to type "MigrationMode". Error: "Unable to match the identifier name Foo to a valid enumerator name. Specify one of the following enumerator names and try again: Staged, Cutover, Remote"', 'CannotConvertArgumentNoMessage,New-TestBatch'],
    ['New-TestBatch b1 -Local -Kind c', 'Cannot validate argument on parameter \'Kind\'. The argument "c" does not belong to the set "a,b" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.', 'ParameterArgumentValidationError,New-TestBatch'],
    ['New-TestBatch b1 -Local -Count 11', "Cannot validate argument on parameter 'Count'. The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again.", 'ParameterArgumentValidationError,New-TestBatch'],
    ['New-TestBatch b1 -Local -Count abc', 'Cannot bind parameter \'Count\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."', 'CannotConvertArgumentNoMessage,New-TestBatch'],
    ['New-TestBatch b1 -Local -Password "plain"', 'Cannot bind parameter \'Password\'. Cannot convert the "plain" value of type "System.String" to type "System.Security.SecureString".', 'CannotConvertArgumentNoMessage,New-TestBatch'],
    ['1 | Get-NoInput', 'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.', 'InputObjectNotBound,Get-NoInput'],
  ];
  test.each(cases)('%s', (script, message, id) => {
    calls.length = 0;
    const r = exec(script);
    expect(r.errors[0]?.message).toBe(message);
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe(id);
    if (!id.startsWith('InputObjectNotBound')) expect(calls).toEqual([]);
  });

  test('a failed binding leaves the variable unassigned', () => {
    const r = exec('$x = "before"; $x = New-TestBatch b1 -Bogus; $x');
    expect(r.lines).toEqual(['before']);
    expect(r.errors[0].exception.typeName).toBe('System.Management.Automation.ParameterBindingException');
  });

  test('binding errors are catchable as ParameterBindingException', () => {
    const r = exec('try { New-TestBatch b1 -Bogus } catch [System.Management.Automation.ParameterBindingException] { "caught: " + $_.FullyQualifiedErrorId }');
    expect(r.lines).toEqual(['caught: NamedParameterNotFound,New-TestBatch']);
    expect(r.errors).toEqual([]);
  });
});

describe('binder: pipeline input', () => {
  test('by property name (Get-X | Start-X binds Identity)', () => {
    const r = exec('Get-TestBatch | Start-TestBatch -Confirm:$false');
    expect(r.lines).toEqual(['started b1', 'started b2']);
  });
  test('by value from strings', () => {
    const r = exec("'x1','x2' | Start-TestBatch -Confirm:$false");
    expect(r.lines).toEqual(['started x1', 'started x2']);
  });
});

describe('binder: mandatory prompting', () => {
  test('interactive host prompts as pwsh does', () => {
    const r = exec('(New-TestBatch -Local).Name', { interactive: true, lines: ['typed'] });
    expect(r.lines).toEqual(['typed']);
    expect(r.hostText).toBe('cmdlet New-TestBatch at command pipeline position 1\nSupply values for the following parameters:\nName: typed\n');
  });
  test('non-interactive host fails', () => {
    const r = exec('New-TestBatch -Local');
    expect(r.errors[0].message).toBe('Cannot process command because of one or more missing mandatory parameters: Name.');
  });
  test('several missing parameters are listed with spaces between them, as pwsh builds the list', () => {
    const r = exec('New-TestBatch');
    expect(r.errors[0].message).toBe('Cannot process command because of one or more missing mandatory parameters: Name SourceEndpoint.');
  });
});

describe('ShouldProcess', () => {
  test('-WhatIf prints the pwsh line and does nothing', () => {
    const r = exec('Start-TestBatch b1 -WhatIf');
    expect(r.hostText).toBe('What if: Performing the operation "Start-TestBatch" on target "b1".\n');
    expect(r.lines).toEqual([]);
  });
  test('$WhatIfPreference applies', () => {
    const r = exec('$WhatIfPreference = $true; Start-TestBatch b1');
    expect(r.hostText).toBe('What if: Performing the operation "Start-TestBatch" on target "b1".\n');
  });
  const confirmPrompt = 'Confirm\nAre you sure you want to perform this action?\nPerforming the operation "Start-TestBatch" on target "b1".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ';
  test('High impact asks; Y proceeds', () => {
    const r = exec('Start-TestBatch b1', { interactive: true, choices: [0] });
    expect(r.host.prompts).toEqual([confirmPrompt]);
    expect(r.lines).toEqual(['started b1']);
  });
  test('N skips', () => {
    const r = exec('Start-TestBatch b1', { interactive: true, choices: [2] });
    expect(r.lines).toEqual([]);
  });
  test('A answers for the rest of the pipeline, L refuses the rest', () => {
    expect(exec("'b1','b2','b3' | Start-TestBatch", { interactive: true, choices: [1] }).lines).toEqual(['started b1', 'started b2', 'started b3']);
    const r = exec("'b1','b2' | Start-TestBatch", { interactive: true, choices: [3] });
    expect(r.lines).toEqual([]);
    expect(r.host.prompts.length).toBe(1);
  });
  test('-Confirm on a Medium cmdlet asks; -Confirm:$false never asks', () => {
    const r = exec('New-TestBatch b1 -Local -Confirm:$false; Start-TestBatch b2 -Confirm:$false', { interactive: true });
    expect(r.host.prompts).toEqual([]);
    expect(r.lines).toEqual(['@{Set=Local; Name=b1; AutoStart=; Mode=; Emails=; Limit=; Count=}', 'started b2']);
  });
  test('non-interactive host cannot confirm a High impact cmdlet', () => {
    const r = exec('Start-TestBatch b1');
    expect(r.errors[0].message).toBe('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    expect(r.errors[0].exception.typeName).toBe('System.Management.Automation.PSInvalidOperationException');
    expect(r.lines).toEqual([]);
  });
});

describe('metadata validation', () => {
  test('invalid metadata is refused at registration', () => {
    const rs = new Runspace({ host: new TestHost(), services: memoryServices(), cmdlets: coreCmdlets });
    expect(() => rs.registerCmdlet({ name: 'Bad Name', source: 'x', parameters: [], help: { synopsis: '' } })).toThrow(/Invalid metadata for cmdlet 'Bad Name'/);
    expect(() => rs.registerCmdlet({ name: 'Get-Dup', source: 'x', parameters: [{ name: 'A', type: 'String' }, { name: 'B', type: 'String', aliases: ['a'] }], help: { synopsis: '' } })).toThrow(/duplicate parameter name or alias 'a'/);
  });
});

describe('bare numeric literals bound to string parameters keep their text (notes P-31)', () => {
  test.each(['34uy', '48y', '8s', '26', '24l', '20d', '6n', '2GB', '0x10'])('%s', (lit) => {
    const r = run(`function f { param([string]$Value) $Value }; f -Value ${lit}; f ${lit}`);
    expect(r.output).toEqual([lit, lit]);
  });

  test('still binds the number to numeric parameters', () => {
    expect(run('function g { param([int]$n) $n + 1 }; g -n 0x10').output).toEqual([17]);
  });
});

describe('script parameters and pipeline conversion (pwsh 7.6)', () => {
  const notBound = 'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.';

  test("an advanced function's [string] refuses an Object[]; a simple function's joins it", () => {
    const r = run('function Test-String { [CmdletBinding()] param([string] $String) $String }; Test-String -String 1, 2');
    expect(r.errors[0]?.message).toBe("Cannot process argument transformation on parameter 'String'. Cannot convert value to type System.String.");
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe('ParameterArgumentTransformationError,Test-String');
    expect(r.errors[0]?.categoryInfo.toString()).toBe('InvalidData: (:) [Test-String], ParameterBindingArgumentTransformationException');
    expect(run('function f([string]$s) { $s }; f 1,2; function h9 { [CmdletBinding()] param([string]$s) "[$s]" }; h9 -s ([System.Collections.ArrayList]@(1)); h9 -s 5').lines).toEqual(['1 2', '[1]', '[5]']);
  });

  test('an object no by-value parameter converts is InputObjectNotBound; by property name, the conversion fails', () => {
    const r = run('function h5 { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$s) process { "[$s]" } }; "abc" | h5; 7 | h5');
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['InputObjectNotBound,h5']);
    expect(r.errors[0]?.message).toBe(notBound);
    expect(r.lines).toEqual(['[7]']);
    expect(run('function q { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName)]$Name) process { "p[$Name]" } }; 1 | q').errors[0]?.message).toBe(notBound);
    const byName = run('function h7 { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName)][int]$s) process { $s } }; [pscustomobject]@{s="abc"} | h7');
    expect(byName.errors[0]?.message).toBe('Cannot process argument transformation on parameter \'s\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."');
  });
});
