/**
 * Group-Object (group): groups objects with equal property values; pwsh 7 writes the groups sorted
 * by their key values (as Sort-Object orders them: 'b','a','c','b' gives a, b, c; enums by number).
 * Output: Microsoft.PowerShell.Commands.GroupInfo objects (Count, Name, Group, Values), or a
 * hashtable with -AsHashTable (keys are the values, or their string form with -AsString).
 * Reference: pwsh's Group-Object documentation (Microsoft.PowerShell.Utility).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { PSHashtable, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { registerView } from '../../src/formatting/views';
import { PropertySpecError, keyOfSpec, propertySpecs, type PropertySpec } from './property-expressions';
import { compareForSort } from './sort';

export const GROUP_INFO = 'Microsoft.PowerShell.Commands.GroupInfo';
export const GROUP_INFO_NO_ELEMENT = 'Microsoft.PowerShell.Commands.GroupInfoNoElement';

// pwsh's table views (PowerShellCore.format.ps1xml): Count 5 wide, Name 25 wide, then Group.
registerView(GROUP_INFO_NO_ELEMENT, { kind: 'table', properties: [{ label: 'Count', width: 5, alignment: 'right' }, { label: 'Name', width: 25 }] });
registerView(GROUP_INFO, { kind: 'table', properties: [{ label: 'Count', width: 5, alignment: 'right' }, { label: 'Name', width: 25 }, 'Group'] });
// And their lists (`'a' | Group-Object | Format-List`: Name, Count, Group, Values).
registerView(GROUP_INFO_NO_ELEMENT, { kind: 'list', properties: ['Name', 'Count', 'Values'] });
registerView(GROUP_INFO, { kind: 'list', properties: ['Name', 'Count', 'Group', 'Values'] });

interface Group {
  values: PSValue[];
  items: PSValue[];
}

function keysEqual(a: PSValue[], b: PSValue[], caseSensitive: boolean): boolean {
  return a.length === b.length && a.every((x, i) => compareForSort(x, b[i], caseSensitive) === 0);
}

/** The GroupInfo `Name`: the key values' strings joined by ", ". */
export function groupName(values: PSValue[]): string {
  return values.map((v) => stringOf(v)).join(', ');
}

export function groupInfo(g: Group, noElement: boolean): PSObject {
  const names = noElement ? [GROUP_INFO_NO_ELEMENT, GROUP_INFO, 'System.Object'] : [GROUP_INFO, 'System.Object'];
  const o = new PSObject(names);
  // pwsh 7.6's member order (`$g.PSObject.Properties`): Values, Count, Group, Name; -NoElement leaves Group empty.
  o.addProperty({ name: 'Values', value: g.values, memberType: 'Property', typeName: 'System.Collections.ArrayList', readOnly: true });
  o.addProperty({ name: 'Count', value: g.items.length, memberType: 'Property', typeName: 'int', readOnly: true });
  o.addProperty({ name: 'Group', value: noElement ? [] : g.items, memberType: 'Property', typeName: 'System.Collections.ObjectModel.Collection[psobject]', readOnly: true });
  o.addProperty({ name: 'Name', value: groupName(g.values), memberType: 'Property', typeName: 'string', readOnly: true });
  o.toStringOverride = () => GROUP_INFO;
  return o;
}

function groupKey(ctx: CmdletContext, specs: PropertySpec[], input: PSValue): PSValue[] {
  if (!specs.length) return [input];
  return specs.map((s) => keyOfSpec(ctx, s, input) ?? null);
}

export default defineCmdlet({
  name: 'Group-Object',
  aliases: ['group'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Default',
  outputType: [GROUP_INFO, 'System.Collections.Hashtable'],
  parameters: [
    { name: 'NoElement', type: 'SwitchParameter' },
    { name: 'AsHashTable', type: 'SwitchParameter', aliases: ['AHT'] },
    { name: 'AsString', type: 'SwitchParameter' },
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'Property', type: 'Object[]', sets: { __AllParameterSets: { position: 0 } } },
    { name: 'Culture', type: 'String', noEffect: 'the emulated machine uses en-US' },
    { name: 'CaseSensitive', type: 'SwitchParameter' },
  ],
  help: {
    synopsis: 'Groups objects that contain the same value for specified properties.',
    description:
      'Displays objects in groups based on the value of a specified property. Returns a table with one row for each property value and a column that displays the number of items with that value.',
    examples: [
      { title: 'Count migration users by status', code: 'Get-MigrationUser | Group-Object -Property Status' },
      { title: 'Counts only', code: 'Get-MigrationUser | Group-Object -Property Status -NoElement' },
      { title: 'A hashtable of groups', code: 'Get-Mailbox | Group-Object -Property Database -AsHashTable -AsString' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/group-object',
  },
  begin(ctx) {
    try {
      ctx.state['specs'] = propertySpecs(ctx.params['Property'], ['expression']);
    } catch (e) {
      if (e instanceof PropertySpecError) throw ctx.terminatingError(e.details());
      throw e;
    }
    ctx.state['groups'] = [];
  },
  process(ctx) {
    const input = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? ctx.params['InputObject']! : undefined;
    if (input === undefined) return;
    const groups = ctx.state['groups'] as Group[];
    const key = groupKey(ctx, ctx.state['specs'] as PropertySpec[], input);
    const cs = ctx.params['CaseSensitive'] === true;
    const g = groups.find((x) => keysEqual(x.values, key, cs));
    if (g) g.items.push(input);
    else groups.push({ values: key, items: [input] });
  },
  end(ctx) {
    const groups = ctx.state['groups'] as Group[];
    if (ctx.params['AsHashTable'] === true) {
      const h = new PSHashtable();
      const asString = ctx.params['AsString'] === true;
      for (const g of groups) h.set(asString || g.values.length !== 1 ? groupName(g.values) : g.values[0]!, g.items);
      ctx.writeObject(h);
      return;
    }
    const noElement = ctx.params['NoElement'] === true;
    const cs = ctx.params['CaseSensitive'] === true;
    const byKey = (a: Group, b: Group) => {
      for (let i = 0; i < Math.min(a.values.length, b.values.length); i++) {
        const c = compareForSort(a.values[i], b.values[i], cs);
        if (c !== 0) return c;
      }
      return 0;
    };
    // Array.prototype.sort is stable: equal keys keep their order of first appearance.
    for (const g of [...groups].sort(byKey)) ctx.writeObject(groupInfo(g, noElement));
  },
});
