/**
 * Select-Object (select): picks properties (names with wildcards, calculated properties), expands
 * one property, or picks objects by position (-First/-Last/-Skip/-SkipLast/-Index) and -Unique.
 * Reference: /work/shared/reference/powershell/cmdlets/Select-Object.md.
 */
import { PipelineStoppedSignal } from '../../src/engine/errors';
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { PSHashtable, PSObject, stringOf, typeNamesOf, type PSValue } from '../../src/engine/values';
import { getOwnProperty } from '../../src/engine/properties';
import { dataMessage } from '../../src/engine/serialization/messages';
import {
  PropertySpecError,
  evaluateExpression,
  propertySpecs,
  wildcardRegExp,
  type PropertySpec,
} from './property-expressions';

const CUSTOM = ['System.Management.Automation.PSCustomObject', 'System.Object'];

/** pwsh's string form of a selected object: `@{Name=x; Id=1}`. */
function customToString(o: PSObject): string {
  return '@{' + o.properties().map((p) => `${p.name}=${stringOf(o.get(p.name) ?? null)}`).join('; ') + '}';
}

/** A new PSCustomObject named `Selected.<first type name>` as Select-Object makes. */
export function selectedObject(source: PSValue): PSObject {
  const first = typeNamesOf(source)[0] ?? 'System.Object';
  const o = new PSObject(['Selected.' + first, ...CUSTOM]);
  o.toStringOverride = () => customToString(o);
  return o;
}

/** A key identifying an object's content, for -Unique (case-sensitive unless -CaseInsensitive). */
function uniqueKey(v: PSValue, caseInsensitive: boolean): string {
  let key: string;
  if (v instanceof PSObject) key = 'O:' + v.properties().map((p) => `${p.name}\u0000${uniqueKey(v.get(p.name) ?? null, caseInsensitive)}`).join('\u0001');
  else if (Array.isArray(v)) key = 'A:' + v.map((x) => uniqueKey(x, caseInsensitive)).join('\u0001');
  else key = (typeNamesOf(v)[0] ?? 'null') + ':' + stringOf(v);
  return caseInsensitive ? key.toLowerCase() : key;
}

interface SelectState {
  specs: PropertySpec[];
  exclude: RegExp[];
  index: number;
  emitted: number;
  buffer: PSValue[];
  seen: Set<string>;
  uniques: PSValue[];
}

function projection(ctx: CmdletContext, st: SelectState, input: PSValue): PSValue[] {
  const expand = ctx.params['ExpandProperty'];
  const hasProps = st.specs.length > 0;
  if (!hasProps && (expand === undefined || expand === null)) return [input];
  let selected: PSObject | null = null;
  if (hasProps) {
    selected = selectedObject(input);
    for (const spec of st.specs) {
      for (const r of evaluateExpression(ctx, spec.expr, input)) {
        const name = spec.label ?? r.name;
        if (st.exclude.some((re) => re.test(name))) continue;
        if (selected.hasProperty(name)) {
          ctx.writeError({
            message: dataMessage('SelectPropertyAlreadyExists', name),
            errorId: 'AlreadyExistingUserSpecifiedPropertyNoExpand',
            category: 'InvalidOperation',
            targetObject: input,
          });
          continue;
        }
        selected.addNoteProperty(name, r.value ?? null);
      }
    }
  }
  if (expand === undefined || expand === null) return [selected!];
  const name = stringOf(expand);
  const value = getOwnProperty(input, name);
  // pwsh 7.6: a $null input has nothing to expand and says nothing (`$null | Select-Object -ExpandProperty X`).
  if (input === null) return [];
  if (value === undefined) {
    ctx.writeError({
      message: dataMessage('ExpandPropertyNotFound', name),
      errorId: 'ExpandPropertyNotFound',
      category: 'InvalidArgument',
      targetObject: input,
    });
    return [];
  }
  const items = Array.isArray(value) ? value : value instanceof PSHashtable ? [value] : [value];
  if (selected)
    // The selected properties are added to each expanded object, as pwsh does.
    for (const item of items)
      if (item instanceof PSObject)
        for (const p of selected.properties()) if (!item.hasProperty(p.name)) item.addNoteProperty(p.name, selected.get(p.name) ?? null);
  return items;
}

function emit(ctx: CmdletContext, st: SelectState, values: PSValue[]): void {
  for (const v of values) {
    if (ctx.params['Unique'] === true) {
      const key = uniqueKey(v, ctx.params['CaseInsensitive'] === true);
      if (st.seen.has(key)) continue;
      st.seen.add(key);
      st.uniques.push(v);
    } else ctx.writeObject(v);
  }
}

function num(ctx: CmdletContext, name: string): number | undefined {
  return ctx.bound(name) ? Number(ctx.params[name]) : undefined;
}

export default defineCmdlet({
  name: 'Select-Object',
  aliases: ['select'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'DefaultParameter',
  outputType: ['System.Management.Automation.PSObject'],
  parameters: [
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    {
      name: 'Property',
      type: 'Object[]',
      sets: { DefaultParameter: { position: 0 }, SkipLastParameter: { position: 0 } },
      description: 'Property names (wildcards allowed) or calculated properties @{Name=...; Expression={...}}.',
    },
    { name: 'ExcludeProperty', type: 'String[]', sets: { DefaultParameter: {}, SkipLastParameter: {} } },
    { name: 'ExpandProperty', type: 'String', sets: { DefaultParameter: {}, SkipLastParameter: {} } },
    { name: 'Unique', type: 'SwitchParameter' },
    { name: 'CaseInsensitive', type: 'SwitchParameter' },
    { name: 'Last', type: 'Int32', sets: { DefaultParameter: {} }, validateRange: [0, 2147483647] },
    { name: 'First', type: 'Int32', sets: { DefaultParameter: {} }, validateRange: [0, 2147483647] },
    { name: 'Skip', type: 'Int32', sets: { DefaultParameter: {} }, validateRange: [0, 2147483647] },
    { name: 'SkipLast', type: 'Int32', sets: { SkipLastParameter: {} }, validateRange: [0, 2147483647] },
    { name: 'Wait', type: 'SwitchParameter', sets: { DefaultParameter: {}, IndexParameter: {} }, noEffect: 'the emulator pipeline is synchronous' },
    { name: 'Index', type: 'Int32[]', sets: { IndexParameter: {} } },
    { name: 'SkipIndex', type: 'Int32[]', sets: { SkipIndexParameter: {} } },
  ],
  help: {
    synopsis: 'Selects objects or object properties.',
    description:
      'Selects specified properties of an object or set of objects (including calculated properties), and can select unique objects, a given number of objects from the beginning or end of the input, or objects at given positions.',
    examples: [
      { title: 'Select objects by property', code: 'Get-Mailbox | Select-Object -Property DisplayName, PrimarySmtpAddress' },
      { title: 'Select the first items', code: "'a','b','c','d' | Select-Object -First 2" },
      { title: 'Expand a property', code: 'Get-MigrationBatch | Select-Object -ExpandProperty Identity' },
      { title: 'Calculated property', code: "Get-Mailbox | Select-Object Name, @{Name='Smtp'; Expression={$_.PrimarySmtpAddress}}" },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/select-object',
  },
  begin(ctx) {
    let specs: PropertySpec[] = [];
    try {
      specs = propertySpecs(ctx.params['Property'], ['name', 'label', 'expression']);
    } catch (e) {
      if (e instanceof PropertySpecError) throw ctx.terminatingError(e.details());
      throw e;
    }
    const excludeRaw = ctx.params['ExcludeProperty'];
    const exclude = (Array.isArray(excludeRaw) ? excludeRaw : excludeRaw === undefined || excludeRaw === null ? [] : [excludeRaw]).map((p) =>
      wildcardRegExp(stringOf(p)),
    );
    // pwsh 7.1+: -ExcludeProperty alone selects every other property.
    if (!specs.length && exclude.length && !ctx.bound('ExpandProperty')) specs = propertySpecs('*', ['name', 'label', 'expression']);
    const st: SelectState = { specs, exclude, index: 0, emitted: 0, buffer: [], seen: new Set(), uniques: [] };
    ctx.state['select'] = st;
  },
  process(ctx) {
    const st = ctx.state['select'] as SelectState;
    const input = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? ctx.params['InputObject']! : undefined;
    if (input === undefined) return;
    const i = st.index++;
    const index = ctx.params['Index'];
    if (index !== undefined && index !== null) {
      const wanted = (Array.isArray(index) ? index : [index]).map(Number);
      if (wanted.includes(i)) emit(ctx, st, projection(ctx, st, input));
      // Past the last index wanted, the commands upstream are stopped (StopUpstreamCommandsException).
      if (i >= Math.max(...wanted) && ctx.params['Wait'] !== true) throw new PipelineStoppedSignal();
      return;
    }
    // pwsh 7.6: `1..6 | Select-Object -SkipIndex 1,3` writes 1, 3, 5, 6.
    const skipIndex = ctx.params['SkipIndex'];
    if (skipIndex !== undefined && skipIndex !== null) {
      if (!(Array.isArray(skipIndex) ? skipIndex : [skipIndex]).map(Number).includes(i)) emit(ctx, st, projection(ctx, st, input));
      return;
    }
    const skip = num(ctx, 'Skip') ?? 0;
    const first = num(ctx, 'First');
    const last = num(ctx, 'Last');
    if (ctx.bound('SkipLast') || last !== undefined) st.buffer.push(input);
    if (ctx.bound('SkipLast')) return;
    if (last !== undefined && first === undefined) return;
    if (i < skip) return;
    if (first !== undefined && st.emitted >= first) return;
    st.emitted++;
    emit(ctx, st, projection(ctx, st, input));
    // pwsh 7.6: once -First is met (and no -Last, -SkipLast or -Wait needs the rest) the commands
    // upstream stop at once: `1..5 | % { $_; Write-Host "h$_" } | Select-Object -First 2` prints 1, h1, 2.
    if (first !== undefined && st.emitted >= first && last === undefined && ctx.params['Wait'] !== true) throw new PipelineStoppedSignal();
  },
  end(ctx) {
    const st = ctx.state['select'] as SelectState;
    const last = num(ctx, 'Last');
    const skipLast = num(ctx, 'SkipLast');
    let rest: PSValue[] = [];
    if (skipLast !== undefined) rest = st.buffer.slice(0, Math.max(0, st.buffer.length - skipLast));
    else if (last !== undefined) {
      const skip = num(ctx, 'Skip') ?? 0;
      const pool = num(ctx, 'First') !== undefined ? st.buffer : st.buffer.slice(skip);
      rest = last === 0 ? [] : pool.slice(-last);
    }
    for (const v of rest) emit(ctx, st, projection(ctx, st, v));
    for (const v of st.uniques) ctx.writeObject(v);
  },
});
