/**
 * Get-Variable, Set-Variable, New-Variable, Remove-Variable (about_Variables, about_Scopes).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { PSObject, type PSValue } from '../../src/engine/values';
import { toStr } from '../../src/engine/conversion';
import { wildcardMatch } from '../../src/engine/evaluator/operators';
import { formatMessage } from '../../src/engine/messages';

const UTILITY = 'Microsoft.PowerShell.Utility';
const OPTIONS = ['None', 'ReadOnly', 'Constant', 'Private', 'AllScope', 'Unspecified'];

function names(v: PSValue | undefined): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => toStr(x));
}

function variableObject(v: { name: string; value: PSValue; options?: string; description?: string }): PSObject {
  const o = PSObject.fromRecord({ Name: v.name, Value: v.value, Description: v.description ?? '', Options: v.options ?? 'None', Visibility: 'Public' }, ['System.Management.Automation.PSVariable', 'System.Object']);
  o.toStringOverride = () => v.name;
  return o;
}

function notFound(ctx: CmdletContext, name: string): void {
  ctx.writeError({ message: formatMessage('GetVariableNotFound', name), errorId: 'VariableNotFound', category: 'ObjectNotFound', targetObject: name, exceptionType: 'System.Management.Automation.ItemNotFoundException' });
}

export const getVariable = defineCmdlet({
  name: 'Get-Variable',
  aliases: ['gv'],
  source: UTILITY,
  parameters: [
    { name: 'Name', type: 'String[]', sets: { __AllParameterSets: { position: 0, valueFromPipelineByPropertyName: true } } },
    { name: 'ValueOnly', type: 'SwitchParameter' },
    { name: 'Include', type: 'String[]' },
    { name: 'Exclude', type: 'String[]' },
    { name: 'Scope', type: 'String' },
  ],
  help: { synopsis: 'Gets the variables in the current console.' },
  process(ctx) {
    const all = (ctx.session.listVariables?.() ?? []).filter((v) => !v.name.startsWith('__')).sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    const patterns = names(ctx.params['Name']);
    const exclude = names(ctx.params['Exclude']);
    const emit = (v: (typeof all)[number]) => {
      if (exclude.some((x) => wildcardMatch(v.name, x))) return;
      if (ctx.params['ValueOnly']) ctx.writeObject(v.value, true);
      else ctx.writeObject(variableObject(v));
    };
    if (!patterns.length) {
      all.forEach(emit);
      return;
    }
    for (const p of patterns) {
      const hits = all.filter((v) => wildcardMatch(v.name, p));
      if (!hits.length && !/[*?[]/.test(p)) notFound(ctx, p);
      hits.forEach(emit);
    }
  },
});

const setParams = [
  { name: 'Name', type: 'String[]', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
  { name: 'Value', type: 'Object', sets: { __AllParameterSets: { position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
  { name: 'Option', type: 'ScopedItemOptions', enumValues: OPTIONS },
  { name: 'Description', type: 'String' },
  { name: 'Scope', type: 'String' },
  { name: 'PassThru', type: 'SwitchParameter' },
  { name: 'Force', type: 'SwitchParameter' },
];

function define(ctx: CmdletContext, isNew: boolean): void {
  const value = ctx.inputObject !== undefined ? ctx.inputObject : (ctx.params['Value'] ?? null);
  for (const name of names(ctx.params['Name'])) {
    const existing = ctx.session.listVariables?.().find((v) => v.name.toLowerCase() === name.toLowerCase());
    if (isNew && existing && !ctx.params['Force']) {
      ctx.writeError({ message: formatMessage('VariableAlreadyExists', name), errorId: 'VariableAlreadyExists', category: 'ResourceExists', targetObject: name, exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException' });
      continue;
    }
    if (!isNew && !ctx.shouldProcess(`Name: ${name} Value: ${toStr(value)}`, 'Set variable')) continue;
    ctx.session.defineVariable?.(name, value, {
      option: ctx.bound('Option') ? toStr(ctx.params['Option'] ?? null) : ctx.params['Force'] ? 'Force' : undefined,
      description: ctx.bound('Description') ? toStr(ctx.params['Description'] ?? null) : undefined,
      scope: ctx.bound('Scope') ? toStr(ctx.params['Scope'] ?? null) : undefined,
    });
    if (ctx.params['PassThru']) ctx.writeObject(variableObject({ name, value, options: ctx.bound('Option') ? toStr(ctx.params['Option'] ?? null) : 'None' }));
  }
}

export const setVariable = defineCmdlet({
  name: 'Set-Variable',
  aliases: ['set'],
  source: UTILITY,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: setParams,
  help: { synopsis: 'Sets the value of a variable. Creates the variable if one with the requested name does not exist.' },
  process(ctx) {
    define(ctx, false);
  },
});

export const newVariable = defineCmdlet({
  name: 'New-Variable',
  aliases: ['nv'],
  source: UTILITY,
  supportsShouldProcess: true,
  confirmImpact: 'Low',
  parameters: setParams,
  help: { synopsis: 'Creates a new variable.' },
  process(ctx) {
    define(ctx, true);
  },
});

export const removeVariable = defineCmdlet({
  name: 'Remove-Variable',
  aliases: ['rv'],
  source: UTILITY,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'Name', type: 'String[]', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Scope', type: 'String' },
    { name: 'Force', type: 'SwitchParameter' },
  ],
  help: { synopsis: 'Deletes a variable and its value.' },
  process(ctx) {
    for (const pattern of names(ctx.params['Name'])) {
      const hits = (ctx.session.listVariables?.() ?? []).filter((v) => wildcardMatch(v.name, pattern));
      if (!hits.length) {
        if (!/[*?[]/.test(pattern)) notFound(ctx, pattern);
        continue;
      }
      for (const h of hits) if (ctx.shouldProcess(`Name: ${h.name}`, 'Remove Variable')) ctx.session.removeVariable?.(h.name);
    }
  },
});
