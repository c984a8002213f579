/**
 * Format-List (fl), Format-Table (ft), Format-Wide (fw), Format-Custom (fc): collect the input and
 * emit format records, which Out-Default / Out-String render as text and never format again.
 * Reference: /work/shared/reference/powershell/cmdlets/Format-List.md, Format-Table.md.
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition, type ParameterDeclaration } from '../../src/engine/cmdlet';
import { PSHashtable, stringOf, type PSValue } from '../../src/engine/values';
import { isScriptBlock } from '../../src/engine/scriptblock';
import { customRecords, listRecords, tableRecords, wideRecords } from '../../src/formatting/producers';
import { FormatRecordValue, type FormatRecord } from '../../src/formatting/records';
import type { CalculatedProperty, PropertyRef } from '../../src/formatting/properties';
import type { Alignment } from '../../src/formatting/views';
import { formattingMessage } from '../../src/formatting/messages';
import { checkPropertyEntry, PropertySpecError } from './property-expressions';
import '../../src/formatting/builtin-views';

type HashKey = 'name' | 'label' | 'expression' | 'formatstring' | 'width' | 'alignment';
const LIST_KEYS: HashKey[] = ['name', 'label', 'expression', 'formatstring'];
const TABLE_KEYS: HashKey[] = [...LIST_KEYS, 'width', 'alignment'];

class SpecError extends Error {}

/** Unambiguous key prefixes as pwsh accepts them (`n`, `l`, `e`, `w`, `a`). */
function keyOf(raw: string, allowed: HashKey[]): HashKey {
  const k = raw.toLowerCase();
  const hits = allowed.filter((a) => a.startsWith(k));
  if (k === '' || hits.length !== 1) throw new SpecError(formattingMessage('IllegalKey', raw));
  return hits[0]!;
}

/** A script block turned into a function of `$_` (one output unwrapped, none = $null). */
function scriptFunction(ctx: CmdletContext, block: PSValue): (v: PSValue) => PSValue {
  return (v) => {
    const out = ctx.invokeScriptBlock(block, v);
    return out.length === 0 ? null : out.length === 1 ? out[0]! : out;
  };
}

function toRef(ctx: CmdletContext, raw: PSValue, allowed: HashKey[]): PropertyRef {
  checkPropertyEntry(raw);
  if (isScriptBlock(raw)) return { label: String(raw).trim(), expression: scriptFunction(ctx, raw) };
  if (!(raw instanceof PSHashtable)) return stringOf(raw);
  const spec: Partial<CalculatedProperty> = {};
  for (const [k, value] of raw.entries()) {
    const key = keyOf(stringOf(k), allowed);
    if (key === 'name' || key === 'label') spec.label = stringOf(value);
    else if (key === 'expression') {
      spec.expression = isScriptBlock(value) ? scriptFunction(ctx, value) : stringOf(value);
      // Without a Name/Label the header is the script text (Select-Object.md example output).
      if (isScriptBlock(value)) spec.label ??= String(value).trim();
    }
    else if (key === 'formatstring') spec.formatString = stringOf(value);
    else if (key === 'width') {
      const w = Number(value);
      if (!Number.isInteger(w) || w <= 0) throw new SpecError(formattingMessage('IllegalWidth', stringOf(value)));
      spec.width = w;
    } else {
      const a = stringOf(value).toLowerCase();
      if (a !== 'left' && a !== 'right' && a !== 'center') throw new SpecError(formattingMessage('IllegalAlignment', stringOf(value)));
      spec.alignment = a as Alignment;
    }
  }
  if (spec.expression === undefined) throw new SpecError(formattingMessage('MissingExpressionKey'));
  
  return spec as CalculatedProperty;
}

function refs(ctx: CmdletContext, raw: PSValue | undefined, allowed: HashKey[]): PropertyRef[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  const items = Array.isArray(raw) ? raw : [raw];
  return items.map((r) => toRef(ctx, r, allowed));
}

/** $FormatEnumerationLimit from the session (default 4 when unset or not a number). */
export function enumerationLimit(ctx: CmdletContext): number | undefined {
  const v = ctx.session.getVariable('FormatEnumerationLimit');
  return typeof v === 'number' ? v : undefined;
}

function collect(ctx: CmdletContext): void {
  if (ctx.inputObject === undefined) return;
  ((ctx.state.items ??= []) as PSValue[]).push(ctx.inputObject);
}

function emit(ctx: CmdletContext, build: () => FormatRecord[]): void {
  let records: FormatRecord[];
  try {
    records = build();
  } catch (e) {
    if (e instanceof SpecError) throw ctx.terminatingError({ message: e.message, errorId: 'DictionaryKeyIllegal', category: 'InvalidArgument' });
    if (e instanceof PropertySpecError) throw ctx.terminatingError(e.details());
    throw e;
  }
  for (const r of records) ctx.writeObject(new FormatRecordValue(r));
}

function items(ctx: CmdletContext): PSValue[] {
  return (ctx.state.items as PSValue[] | undefined) ?? [];
}

const input: ParameterDeclaration = { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } };
const property: ParameterDeclaration = { name: 'Property', type: 'Object[]', sets: { __AllParameterSets: { position: 0 } } };
const common: ParameterDeclaration[] = [
  { name: 'GroupBy', type: 'Object' },
  { name: 'View', type: 'String', noEffect: 'named views from format.ps1xml files are not loaded; the registered view of the type is used' },
  { name: 'ShowError', type: 'SwitchParameter', noEffect: 'expression errors are not collected for display' },
  { name: 'DisplayError', type: 'SwitchParameter', noEffect: 'expression errors are not collected for display' },
  { name: 'Force', type: 'SwitchParameter' },
  { name: 'Expand', type: 'String', validateSet: ['CoreOnly', 'EnumOnly', 'Both'], noEffect: 'collections are always enumerated (EnumOnly)' },
  input,
];
const SOURCE = 'Microsoft.PowerShell.Utility';
const OUTPUT = ['Microsoft.PowerShell.Commands.Internal.Format'];

export const formatList: CmdletDefinition = defineCmdlet({
  name: 'Format-List',
  aliases: ['fl'],
  source: SOURCE,
  outputType: OUTPUT,
  parameters: [property, ...common],
  help: { synopsis: 'Formats the output as a list of properties in which each property appears on a new line.' },
  process: collect,
  end(ctx) {
    emit(ctx, () =>
      listRecords(items(ctx), {
        property: refs(ctx, ctx.params['Property'], LIST_KEYS),
        groupBy: ctx.params['GroupBy'] != null ? toRef(ctx, ctx.params['GroupBy']!, LIST_KEYS) : undefined,
        enumerationLimit: enumerationLimit(ctx),
        force: ctx.params['Force'] === true,
      }),
    );
  },
});

export const formatTable: CmdletDefinition = defineCmdlet({
  name: 'Format-Table',
  aliases: ['ft'],
  source: SOURCE,
  outputType: OUTPUT,
  parameters: [
    property,
    { name: 'AutoSize', type: 'SwitchParameter' },
    { name: 'RepeatHeader', type: 'SwitchParameter', noEffect: 'output is not paged, so the header is printed once' },
    { name: 'HideTableHeaders', type: 'SwitchParameter' },
    { name: 'Wrap', type: 'SwitchParameter' },
    ...common,
  ],
  help: { synopsis: 'Formats the output as a table.' },
  process: collect,
  end(ctx) {
    emit(ctx, () =>
      tableRecords(items(ctx), {
        property: refs(ctx, ctx.params['Property'], TABLE_KEYS),
        groupBy: ctx.params['GroupBy'] != null ? toRef(ctx, ctx.params['GroupBy']!, LIST_KEYS) : undefined,
        autoSize: ctx.params['AutoSize'] === true,
        wrap: ctx.params['Wrap'] === true,
        hideTableHeaders: ctx.params['HideTableHeaders'] === true,
        repeatHeader: ctx.params['RepeatHeader'] === true,
        enumerationLimit: enumerationLimit(ctx),
        force: ctx.params['Force'] === true,
      }),
    );
  },
});

export const formatWide: CmdletDefinition = defineCmdlet({
  name: 'Format-Wide',
  aliases: ['fw'],
  source: SOURCE,
  outputType: OUTPUT,
  parameters: [
    { name: 'Property', type: 'Object', sets: { __AllParameterSets: { position: 0 } } },
    { name: 'AutoSize', type: 'SwitchParameter' },
    { name: 'Column', type: 'Int32', validateRange: [1, 2147483647] },
    ...common,
  ],
  help: { synopsis: 'Formats objects as a wide table that displays only one property of each object.' },
  process: collect,
  end(ctx) {
    emit(ctx, () =>
      wideRecords(items(ctx), {
        property: ctx.params['Property'] != null ? toRef(ctx, ctx.params['Property']!, LIST_KEYS) : undefined,
        column: typeof ctx.params['Column'] === 'number' ? ctx.params['Column'] : undefined,
        autoSize: ctx.params['AutoSize'] === true,
        groupBy: ctx.params['GroupBy'] != null ? toRef(ctx, ctx.params['GroupBy']!, LIST_KEYS) : undefined,
        enumerationLimit: enumerationLimit(ctx),
        force: ctx.params['Force'] === true,
      }),
    );
  },
});

export const formatCustom: CmdletDefinition = defineCmdlet({
  name: 'Format-Custom',
  aliases: ['fc'],
  source: SOURCE,
  outputType: OUTPUT,
  parameters: [property, { name: 'Depth', type: 'Int32', noEffect: 'nested objects print by their ToString' }, ...common],
  help: { synopsis: 'Uses a customized view to format the output.' },
  process: collect,
  end(ctx) {
    emit(ctx, () => customRecords(items(ctx), { property: refs(ctx, ctx.params['Property'], LIST_KEYS), enumerationLimit: enumerationLimit(ctx) }));
  },
});

export default [formatList, formatTable, formatWide, formatCustom];
