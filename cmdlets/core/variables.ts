/**
 * Get-Variable, Set-Variable, New-Variable, Remove-Variable (about_Variables, about_Scopes).
 */
import { defineCmdlet, type CmdletContext, type ParameterDeclaration } from '../../src/engine/cmdlet';
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

/** Declared as pwsh 7.6's New-Variable and Set-Variable declare them (Set-Variable takes several names). */
function variableParams(isNew: boolean): ParameterDeclaration[] {
  const out: ParameterDeclaration[] = [
    { name: 'Name', type: isNew ? 'String' : 'String[]', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Value', type: 'Object', sets: { __AllParameterSets: { position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Option', type: 'ScopedItemOptions', dotNetType: 'System.Management.Automation.ScopedItemOptions', enumValues: OPTIONS },
    {
      name: 'Visibility',
      type: 'SessionStateEntryVisibility',
      dotNetType: 'System.Management.Automation.SessionStateEntryVisibility',
      enumValues: ['Public', 'Private'],
      noEffect: 'the emulator has no module scopes, so a Private variable is seen everywhere like a Public one',
    },
    { name: 'Description', type: 'String' },
    { name: 'Scope', type: 'String' },
    { name: 'PassThru', type: 'SwitchParameter' },
    { name: 'Force', type: 'SwitchParameter' },
  ];
  if (!isNew) out.push({ name: 'Include', type: 'String[]' }, { name: 'Exclude', type: 'String[]' }, { name: 'Append', type: 'SwitchParameter' });
  return out;
}

/** -Include / -Exclude: wildcard filters on the variable names a command acts on. */
function included(ctx: CmdletContext, name: string): boolean {
  const include = names(ctx.params['Include']);
  if (include.length && !include.some((p) => wildcardMatch(name, p))) return false;
  return !names(ctx.params['Exclude']).some((p) => wildcardMatch(name, p));
}

function define(ctx: CmdletContext, isNew: boolean): void {
  const given = ctx.inputObject !== undefined ? ctx.inputObject : (ctx.params['Value'] ?? null);
  for (const name of names(ctx.params['Name'])) {
    if (!included(ctx, name)) continue;
    const existing = ctx.session.listVariables?.().find((v) => v.name.toLowerCase() === name.toLowerCase());
    // Set-Variable -Append (pwsh 7.4+): the value is added to the variable's current value(s).
    const asList = (v: PSValue): PSValue[] => (Array.isArray(v) ? v : [v]);
    const value = ctx.params['Append'] && existing ? [...asList(existing.value), ...asList(given)] : given;
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
  parameters: variableParams(false),
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
  parameters: variableParams(true),
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
    { name: 'Include', type: 'String[]' },
    { name: 'Exclude', type: 'String[]' },
    { name: 'Scope', type: 'String' },
    { name: 'Force', type: 'SwitchParameter' },
  ],
  help: { synopsis: 'Deletes a variable and its value.' },
  process(ctx) {
    for (const pattern of names(ctx.params['Name'])) {
      const found = (ctx.session.listVariables?.() ?? []).filter((v) => wildcardMatch(v.name, pattern));
      if (!found.length) {
        if (!/[*?[]/.test(pattern)) notFound(ctx, pattern);
        continue;
      }
      const hits = found.filter((v) => included(ctx, v.name));
      for (const h of hits) if (ctx.shouldProcess(`Name: ${h.name}`, 'Remove Variable')) ctx.session.removeVariable?.(h.name);
    }
  },
});
