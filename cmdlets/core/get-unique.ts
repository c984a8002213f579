/**
 * Get-Unique (gu): drops each input equal to the one before it (a sorted list becomes unique).
 * pwsh 7.6: values compare as Sort-Object compares them, case-sensitively unless -CaseInsensitive;
 * -AsString compares their string forms, -OnType their type names.
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { stringOf, typeNamesOf, type PSValue } from '../../src/engine/values';
import { compareForSort } from './sort';

export default defineCmdlet({
  name: 'Get-Unique',
  aliases: ['gu'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'AsString',
  outputType: ['System.Management.Automation.PSObject'],
  parameters: [
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'AsString', type: 'SwitchParameter', sets: { AsString: {} } },
    { name: 'OnType', type: 'SwitchParameter', sets: { UniqueByType: {} } },
    { name: 'CaseInsensitive', type: 'SwitchParameter' },
  ],
  help: {
    synopsis: 'Returns unique items from a sorted list.',
    examples: [{ title: 'Unique words of a sorted list', code: "'a','a','b' | Get-Unique" }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/get-unique',
  },
  process(ctx) {
    const input = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? (ctx.params['InputObject'] ?? null) : undefined;
    if (input === undefined) return;
    const caseSensitive = ctx.params['CaseInsensitive'] !== true;
    const key = (v: PSValue): PSValue => (ctx.params['OnType'] === true ? (typeNamesOf(v)[0] ?? '') : ctx.params['AsString'] === true ? stringOf(v) : v);
    const k = key(input);
    if ('last' in ctx.state && compareForSort(ctx.state['last'] as PSValue, k, caseSensitive) === 0) return;
    ctx.state['last'] = k;
    ctx.writeObject(input);
  },
});
