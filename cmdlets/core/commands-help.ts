/**
 * Get-Command (gcm), Get-Help (help), Get-Alias (gal) over the session's command table
 * (reference/powershell/cmdlets/Get-Command.md, Get-Help.md).
 */
import { registerView } from '../../src/formatting/views';
import { defineCmdlet, type CmdletContext, type CmdletMetadata, type CommandInfo } from '../../src/engine/cmdlet';
import { PSObject, type PSValue } from '../../src/engine/values';
import { toStr } from '../../src/engine/conversion';
import { wildcardMatch } from '../../src/engine/evaluator/operators';
import { formatMessage } from '../../src/engine/messages';
import { helpText, syntaxLines } from './help-text';
import { ReferenceHelpUnavailable, withReferenceHelp } from '../reference-help';

const CORE = 'Microsoft.PowerShell.Core';

function names(v: PSValue | undefined): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => toStr(x));
}

// pwsh's default view for CommandInfo (Get-Command): CommandType 15, Name (the DisplayName) 50, Version 10, Source.
registerView('System.Management.Automation.CommandInfo', {
  kind: 'table',
  properties: [
    { label: 'CommandType', width: 15, alignment: 'left' },
    { label: 'Name', property: 'DisplayName', width: 50 },
    { label: 'Version', width: 10 },
    'Source',
  ],
});

function commandObject(c: CommandInfo): PSObject {
  const type = c.commandType === 'Alias' ? 'System.Management.Automation.AliasInfo' : c.commandType === 'Cmdlet' ? 'System.Management.Automation.CmdletInfo' : 'System.Management.Automation.FunctionInfo';
  const display = c.commandType === 'Alias' ? `${c.name} -> ${c.definition}` : c.name;
  const o = PSObject.fromRecord(
    {
      CommandType: c.commandType,
      Name: c.name,
      DisplayName: display,
      Version: c.source ? '7.0.0.0' : '',
      Source: c.source,
      ModuleName: c.source,
      Definition: c.commandType === 'Alias' ? (c.definition ?? '') : c.metadata ? '\n' + syntaxLines(c.metadata, true).join('\n\n') + '\n' : (c.definition ?? ''),
      Verb: c.name.includes('-') ? c.name.split('-')[0] : '',
      Noun: c.name.includes('-') ? c.name.split('-').slice(1).join('-') : '',
      OutputType: c.metadata?.outputType ?? [],
    },
    [type, 'System.Management.Automation.CommandInfo', 'System.Object'],
  );
  o.toStringOverride = () => c.name;
  if (c.commandType === 'Alias') o.addNoteProperty('ResolvedCommandName', c.definition ?? '');
  return o;
}

export const getCommand = defineCmdlet({
  name: 'Get-Command',
  aliases: ['gcm'],
  source: CORE,
  defaultParameterSet: 'CmdletSet',
  parameters: [
    { name: 'Name', type: 'String[]', sets: { AllCommandSet: { position: 0, valueFromPipelineByPropertyName: true } } },
    { name: 'Verb', type: 'String[]', sets: { CmdletSet: { valueFromPipelineByPropertyName: true } } },
    { name: 'Noun', type: 'String[]', sets: { CmdletSet: { valueFromPipelineByPropertyName: true } } },
    { name: 'Module', type: 'String[]', aliases: ['PSSnapin'] },
    { name: 'CommandType', type: 'CommandTypes', dotNetType: 'System.Management.Automation.CommandTypes', aliases: ['Type'], enumValues: ['Alias', 'Function', 'Filter', 'Cmdlet', 'ExternalScript', 'Application', 'Script', 'Configuration', 'All'], sets: { AllCommandSet: {} } },
    { name: 'Syntax', type: 'SwitchParameter' },
    { name: 'TotalCount', type: 'Int32' },
    { name: 'ListImported', type: 'SwitchParameter' },
    { name: 'All', type: 'SwitchParameter' },
  ],
  help: { synopsis: 'Gets all commands.', onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/get-command?view=powershell-7.4' },
  outputType: ['System.Management.Automation.CommandInfo'],
  process(ctx) {
    const all = ctx.session.listCommands();
    const nameFilter = names(ctx.params['Name']);
    const verbs = names(ctx.params['Verb']);
    const nouns = names(ctx.params['Noun']);
    const modules = names(ctx.params['Module']);
    const typeFilter = ctx.bound('CommandType') ? toStr(ctx.params['CommandType'] ?? null) : null;
    let list = all;
    if (typeFilter && typeFilter !== 'All') list = list.filter((c) => c.commandType === typeFilter);
    else if (!nameFilter.length) list = list.filter((c) => c.commandType !== 'Alias');
    if (verbs.length) list = list.filter((c) => c.name.includes('-') && verbs.some((v) => wildcardMatch(c.name.split('-')[0], v)));
    if (nouns.length) list = list.filter((c) => c.name.includes('-') && nouns.some((n) => wildcardMatch(c.name.split('-').slice(1).join('-'), n)));
    if (modules.length) list = list.filter((c) => modules.some((m) => wildcardMatch(c.source, m)));
    if (nameFilter.length) {
      const out: CommandInfo[] = [];
      for (const n of nameFilter) {
        const hits = list.filter((c) => wildcardMatch(c.name, n));
        if (!hits.length && !/[*?[]/.test(n)) {
          ctx.writeError({ message: formatMessage('GetCommandNotFound', n), errorId: 'CommandNotFoundException', category: 'ObjectNotFound', targetObject: n, exceptionType: 'System.Management.Automation.CommandNotFoundException' });
        }
        for (const h of hits) if (!out.includes(h)) out.push(h);
      }
      list = out;
    }
    list = [...list].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    if (ctx.bound('TotalCount')) list = list.slice(0, Number(ctx.params['TotalCount']));
    for (const c of list) {
      if (ctx.params['Syntax']) {
        if (c.commandType === 'Alias') ctx.writeObject(`${c.name} (alias) -> ${c.definition}\n\n` + (c.metadata ? syntaxLines(c.metadata, true).join('\n\n') + '\n' : ''));
        else if (c.metadata) ctx.writeObject('\n' + syntaxLines(c.metadata, true).join('\n\n') + '\n');
        else ctx.writeObject(`\n${c.name} [[-args] <Object>]\n`);
      } else ctx.writeObject(commandObject(c));
    }
  },
});

/** The metadata with its reference page's long help; with a warning and without it when that cannot be loaded. */
function wholeHelp(ctx: CmdletContext, meta: CmdletMetadata): CmdletMetadata {
  try {
    return withReferenceHelp(meta);
  } catch (e) {
    if (!(e instanceof ReferenceHelpUnavailable)) throw e;
    ctx.writeWarning(e.message);
    return meta;
  }
}

function helpFor(ctx: CmdletContext, name: string): void {
  const c = ctx.session.resolveCommand(name) ?? ctx.session.listCommands().find((x) => wildcardMatch(x.name, name));
  const meta = c?.metadata && wholeHelp(ctx, c.metadata);
  if (!meta) {
    ctx.writeError({ message: formatMessage('GetHelpNotFound', name), errorId: 'HelpNotFound', category: 'ResourceUnavailable', targetObject: name, exceptionType: 'System.Management.Automation.HelpNotFoundException' });
    return;
  }
  if (ctx.params['Online']) {
    if (meta.help.onlineUri) ctx.writeHost(meta.help.onlineUri);
    return;
  }
  ctx.writeObject(
    helpText(meta, {
      full: !!ctx.params['Full'],
      detailed: !!ctx.params['Detailed'],
      examples: !!ctx.params['Examples'],
      parameter: ctx.bound('Parameter') ? names(ctx.params['Parameter']) : undefined,
    }),
  );
}

export const getHelp = defineCmdlet({
  name: 'Get-Help',
  aliases: ['help'],
  source: CORE,
  defaultParameterSet: 'AllUsersView',
  parameters: [
    { name: 'Name', type: 'String', sets: { __AllParameterSets: { position: 0, valueFromPipelineByPropertyName: true } } },
    { name: 'Full', type: 'SwitchParameter', sets: { AllUsersView: {} } },
    { name: 'Detailed', type: 'SwitchParameter', sets: { DetailedView: { mandatory: true } } },
    { name: 'Examples', type: 'SwitchParameter', sets: { Examples: { mandatory: true } } },
    { name: 'Parameter', type: 'String[]', sets: { Parameters: { mandatory: true } } },
    { name: 'Online', type: 'SwitchParameter', sets: { Online: { mandatory: true } } },
    { name: 'ShowWindow', type: 'SwitchParameter', sets: { ShowWindow: { mandatory: true } }, noEffect: 'no window in the emulator' },
    { name: 'Category', type: 'String[]' },
    { name: 'Component', type: 'String[]' },
    { name: 'Functionality', type: 'String[]' },
    { name: 'Role', type: 'String[]' },
    { name: 'Path', type: 'String' },
  ],
  help: { synopsis: 'Displays information about PowerShell commands and concepts.', onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/get-help?view=powershell-7.4' },
  process(ctx) {
    const name = ctx.bound('Name') ? toStr(ctx.params['Name'] ?? null) : 'Get-Help';
    helpFor(ctx, name);
  },
});

export const getAlias = defineCmdlet({
  name: 'Get-Alias',
  aliases: ['gal'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'Name', type: 'String[]', sets: { Default: { position: 0, valueFromPipelineByPropertyName: true } } },
    { name: 'Definition', type: 'String[]', sets: { Definition: {} } },
    { name: 'Exclude', type: 'String[]' },
    { name: 'Scope', type: 'String' },
  ],
  help: { synopsis: 'Gets the aliases for the current session.' },
  process(ctx) {
    const aliases = ctx.session.listCommands().filter((c) => c.commandType === 'Alias').sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    const nameFilter = names(ctx.params['Name']);
    const defFilter = names(ctx.params['Definition']);
    const exclude = names(ctx.params['Exclude']);
    let list = aliases;
    if (defFilter.length) list = list.filter((a) => defFilter.some((d) => wildcardMatch(a.definition ?? '', d)));
    if (exclude.length) list = list.filter((a) => !exclude.some((x) => wildcardMatch(a.name, x)));
    if (nameFilter.length) {
      for (const n of nameFilter) {
        const hits = list.filter((a) => wildcardMatch(a.name, n));
        if (!hits.length && !/[*?[]/.test(n)) ctx.writeError({ message: formatMessage('GetAliasNotFound', n), errorId: 'ItemNotFoundException', category: 'ObjectNotFound', targetObject: n, exceptionType: 'System.Management.Automation.ItemNotFoundException' });
        for (const h of hits) ctx.writeObject(commandObject(h));
      }
      return;
    }
    for (const a of list) ctx.writeObject(commandObject(a));
  },
});
