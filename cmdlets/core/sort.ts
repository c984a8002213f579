/**
 * Sort-Object (sort): a stable sort on property expressions, with per-key direction from
 * `@{Expression=...; Descending=$true}`, -Unique, -CaseSensitive, -Top/-Bottom.
 * Reference: /work/shared/reference/powershell/cmdlets/Sort-Object.md. Comparison follows pwsh's
 * ObjectCommandComparer: $null sorts first, the left value's type decides, strings compare by
 * culture without case, and values that cannot be compared fall back to their string forms.
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { stringOf, type PSValue } from '../../src/engine/values';
import { compareStrings, compareValues } from '../../src/engine/conversion';
import { introSort } from '../../src/engine/introsort';
import { PropertySpecError, keyOfSpec, propertySpecs, type PropertySpec } from './property-expressions';

/** pwsh's ordering of two values (nulls first); never throws. */
export function compareForSort(a: PSValue | undefined, b: PSValue | undefined, caseSensitive: boolean): number {
  const x = a === undefined ? null : a;
  const y = b === undefined ? null : b;
  if (x === null || y === null) return x === null ? (y === null ? 0 : -1) : 1;
  try {
    return Math.sign(compareValues(x, y, caseSensitive));
  } catch {
    return Math.sign(compareStrings(stringOf(x), stringOf(y), caseSensitive));
  }
}

interface SortEntry {
  value: PSValue;
  keys: (PSValue | undefined)[];
}

/**
 * Sorts values by specs (or by the values themselves). Stable when asked (-Stable, -Top, -Bottom: pwsh's
 * indexed heap sort); otherwise pwsh sorts with List<T>.Sort, whose introsort leaves equal keys in its
 * own order.
 */
export function sortValues(ctx: CmdletContext, values: PSValue[], specs: PropertySpec[], descending: boolean, caseSensitive: boolean, stable = true): SortEntry[] {
  const entries: SortEntry[] = values.map((value) => ({
    value,
    keys: specs.length ? specs.map((s) => (s.expr ? keyOfSpec(ctx, s, value) : value)) : [value],
  }));
  const dirs = specs.length ? specs.map((s) => (s.descending !== undefined ? s.descending : s.ascending !== undefined ? !s.ascending : descending)) : [descending];
  const compare = (p: SortEntry, q: SortEntry): number => {
    for (let i = 0; i < dirs.length; i++) {
      const c = compareForSort(p.keys[i], q.keys[i], caseSensitive);
      if (c !== 0) return dirs[i] ? -c : c;
    }
    return 0;
  };
  if (stable) entries.sort(compare);
  else introSort(entries, compare);
  return entries;
}

export default defineCmdlet({
  name: 'Sort-Object',
  aliases: ['sort'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Default',
  outputType: ['System.Management.Automation.PSObject'],
  parameters: [
    { name: 'Stable', type: 'SwitchParameter', sets: { Default: {} } },
    { name: 'Descending', type: 'SwitchParameter' },
    { name: 'Unique', type: 'SwitchParameter' },
    { name: 'Top', type: 'Int32', sets: { Top: { mandatory: true } }, validateRange: [1, 2147483647] },
    { name: 'Bottom', type: 'Int32', sets: { Bottom: { mandatory: true } }, validateRange: [1, 2147483647] },
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'Property', type: 'Object[]', sets: { __AllParameterSets: { position: 0 } } },
    { name: 'Culture', type: 'String', noEffect: 'the emulated machine uses en-US' },
    { name: 'CaseSensitive', type: 'SwitchParameter' },
  ],
  help: {
    synopsis: 'Sorts objects by property values.',
    description:
      'Sorts objects in ascending or descending order based on the values of one or more properties (names, script blocks or hashtables with Expression and Ascending/Descending keys).',
    examples: [
      { title: 'Sort by a property', code: 'Get-MigrationUser | Sort-Object -Property Status' },
      { title: 'Sort descending with a unique list', code: "'b','a','B','c' | Sort-Object -Descending -Unique" },
      { title: 'Per-key direction', code: "Get-Mailbox | Sort-Object -Property @{Expression='Database'; Descending=$true}, Name" },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/sort-object',
  },
  begin(ctx) {
    try {
      ctx.state['specs'] = propertySpecs(ctx.params['Property'], ['expression', 'ascending', 'descending']);
    } catch (e) {
      if (e instanceof PropertySpecError) throw ctx.terminatingError(e.details());
      throw e;
    }
    ctx.state['items'] = [];
  },
  process(ctx) {
    const input = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? ctx.params['InputObject']! : undefined;
    if (input !== undefined) (ctx.state['items'] as PSValue[]).push(input);
  },
  end(ctx) {
    const caseSensitive = ctx.params['CaseSensitive'] === true;
    let entries = sortValues(ctx, ctx.state['items'] as PSValue[], ctx.state['specs'] as PropertySpec[], ctx.params['Descending'] === true, caseSensitive, ctx.params['Stable'] === true || ctx.bound('Top') || ctx.bound('Bottom'));
    if (ctx.params['Unique'] === true)
      entries = entries.filter((e, i) => i === 0 || e.keys.some((k, j) => compareForSort(k, entries[i - 1]!.keys[j], caseSensitive) !== 0));
    if (ctx.bound('Top')) entries = entries.slice(0, Number(ctx.params['Top']));
    if (ctx.bound('Bottom')) entries = entries.slice(Math.max(0, entries.length - Number(ctx.params['Bottom'])));
    for (const e of entries) ctx.writeObject(e.value);
  },
});
