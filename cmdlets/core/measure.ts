/**
 * Measure-Object (measure): counts objects and computes Sum/Average/Maximum/Minimum/
 * StandardDeviation of property values (GenericMeasureInfo, or GenericObjectMeasureInfo when
 * Maximum/Minimum meet non-numeric values), or counts lines, words and characters of text
 * (TextMeasureInfo). Reference: /work/shared/reference/powershell/cmdlets/Measure-Object.md.
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { PSEnumValue, PSObject, stringOf, typeNamesOf, type PSValue } from '../../src/engine/values';
import { tryNumber } from '../../src/engine/conversion';
import { dataMessage } from '../../src/engine/serialization/messages';
import { registerView } from '../../src/formatting/views';
import { PropertySpecError, evaluateExpression, propertySpecs, type PropertySpec } from './property-expressions';
import { compareForSort } from './sort';

export const GENERIC_MEASURE_INFO = 'Microsoft.PowerShell.Commands.GenericMeasureInfo';
export const GENERIC_OBJECT_MEASURE_INFO = 'Microsoft.PowerShell.Commands.GenericObjectMeasureInfo';
export const TEXT_MEASURE_INFO = 'Microsoft.PowerShell.Commands.TextMeasureInfo';

// pwsh's views: statistics as a list, text counts as a table.
const STAT_PROPERTIES = ['Count', 'Average', 'Sum', 'Maximum', 'Minimum', 'StandardDeviation', 'Property'];
registerView(GENERIC_MEASURE_INFO, { kind: 'list', properties: STAT_PROPERTIES });
registerView(GENERIC_OBJECT_MEASURE_INFO, { kind: 'list', properties: STAT_PROPERTIES });
registerView(TEXT_MEASURE_INFO, {
  kind: 'table',
  properties: [
    { label: 'Lines', alignment: 'right' },
    { label: 'Words', alignment: 'right' },
    { label: 'Characters', alignment: 'right' },
    'Property',
  ],
});

interface Stat {
  name: string | null;
  count: number;
  sum: number;
  sumSq: number;
  /** A value -Sum/-Average could not use: pwsh 7.6 still counts it, and reports no Sum/Average then. */
  nonNumeric: boolean;
  max: PSValue;
  min: PSValue;
  lines: number;
  words: number;
  chars: number;
}

function newStat(name: string | null): Stat {
  return { name, count: 0, sum: 0, sumSq: 0, nonNumeric: false, max: null, min: null, lines: 0, words: 0, chars: 0 };
}

const wants = (ctx: CmdletContext, name: string) => ctx.params[name] === true || (ctx.params['AllStats'] === true && name !== 'Line' && name !== 'Word' && name !== 'Character');

function addValue(ctx: CmdletContext, st: Stat, value: PSValue, input: PSValue): void {
  if (value === null) return;
  st.count++;
  if (ctx.parameterSetName === 'TextMeasure') {
    const text = stringOf(value);
    // Each input string is one line plus one per line break inside it (Measure-Object.md, example 7).
    st.lines += text === '' ? 0 : text.split(/\r\n|\n|\r/).length;
    st.words += text.split(/\s+/).filter((w) => w !== '').length;
    st.chars += ctx.params['IgnoreWhiteSpace'] === true ? text.replace(/\s/g, '').length : text.length;
    return;
  }
  const n = numericValue(value);
  const needsNumber = wants(ctx, 'Sum') || wants(ctx, 'Average') || wants(ctx, 'StandardDeviation');
  if (n === null) {
    if (needsNumber) {
      st.nonNumeric = true;
      ctx.writeError({
        message: dataMessage('MeasureNotNumeric', stringOf(input)),
        errorId: 'NonNumericInputObject',
        category: 'InvalidType',
        targetObject: input,
      });
      return;
    }
  } else {
    st.sum += n;
    st.sumSq += n * n;
  }
  if (wants(ctx, 'Minimum')) st.min = extreme(value, n, st.min, true);
  if (wants(ctx, 'Maximum')) st.max = extreme(value, n, st.max, false);
}

/**
 * MeasureObjectCommand.Compare: the new minimum (or maximum) of `value` and the one kept so far.
 * Both are taken as doubles where they convert; when the two then differ in type (a number and a
 * text), their strings are compared instead (pwsh 7.6: `10,'abc',9 | Measure-Object -Max -Min`
 * gives Maximum abc, Minimum 9; `'start','3','1' | measure -Sum -Max -Min` gives 3 and 1, the text
 * that failed -Sum taking no part).
 */
function extreme(value: PSValue, n: number | null, kept: PSValue, isMin: boolean): PSValue {
  if (kept === null) return value;
  const keptN = numericValue(kept);
  let order: number;
  if (n !== null && keptN !== null) order = Math.sign(keptN - n);
  // LanguagePrimitives.Compare(kept, value, ignoreCase: false, CurrentCulture).
  else if (n === null && keptN === null && sameType(value, kept)) order = compareForSort(kept, value, true);
  else order = compareForSort(stringOf(keptN ?? kept), stringOf(n ?? value), true);
  return order * (isMin ? 1 : -1) > 0 ? value : kept;
}

function sameType(a: PSValue, b: PSValue): boolean {
  return typeNamesOf(a)[0] === typeNamesOf(b)[0];
}

/** The number a value measures as: numbers, booleans, numeric strings and enums; null for other values (dates, text...). */
function numericValue(v: PSValue): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || v instanceof PSEnumValue) return tryNumber(v);
  return null;
}

function genericInfo(ctx: CmdletContext, st: Stat): PSObject {
  // GenericObjectMeasureInfo when a kept minimum or maximum is not a number (EndProcessing).
  const objectInfo = (st.min !== null && numericValue(st.min) === null) || (st.max !== null && numericValue(st.max) === null);
  const o = new PSObject([objectInfo ? GENERIC_OBJECT_MEASURE_INFO : GENERIC_MEASURE_INFO, 'Microsoft.PowerShell.Commands.MeasureInfo', 'System.Object']);
  const n = st.count;
  const prop = (name: string, value: PSValue, typeName: string) => o.addProperty({ name, value, memberType: 'Property', typeName });
  const mean = n ? st.sum / n : null;
  prop('Count', n, 'int');
  prop('Average', wants(ctx, 'Average') && !st.nonNumeric ? mean : null, 'System.Nullable[double]');
  prop('Sum', wants(ctx, 'Sum') && !st.nonNumeric ? st.sum : null, 'System.Nullable[double]');
  // GenericMeasureInfo holds them as doubles ('3','1' | measure -Max gives the number 3).
  const shown = (v: PSValue) => (v === null || objectInfo ? v : numericValue(v));
  prop('Maximum', wants(ctx, 'Maximum') && n ? shown(st.max) : null, objectInfo ? 'System.Object' : 'System.Nullable[double]');
  prop('Minimum', wants(ctx, 'Minimum') && n ? shown(st.min) : null, objectInfo ? 'System.Object' : 'System.Nullable[double]');
  // Sample standard deviation (n - 1), 0 for a single value.
  const sd = n > 1 ? Math.sqrt(Math.max(0, (st.sumSq - (st.sum * st.sum) / n) / (n - 1))) : 0;
  prop('StandardDeviation', wants(ctx, 'StandardDeviation') && n && !st.nonNumeric ? sd : null, 'System.Nullable[double]');
  prop('Property', st.name, 'string');
  return o;
}

function textInfo(ctx: CmdletContext, st: Stat): PSObject {
  const o = new PSObject([TEXT_MEASURE_INFO, 'Microsoft.PowerShell.Commands.MeasureInfo', 'System.Object']);
  const prop = (name: string, value: PSValue) => o.addProperty({ name, value, memberType: 'Property', typeName: name === 'Property' ? 'string' : 'System.Nullable[int]' });
  prop('Lines', ctx.params['Line'] === true ? st.lines : null);
  prop('Words', ctx.params['Word'] === true ? st.words : null);
  prop('Characters', ctx.params['Character'] === true ? st.chars : null);
  prop('Property', st.name);
  return o;
}

export default defineCmdlet({
  name: 'Measure-Object',
  aliases: ['measure'],
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'GenericMeasure',
  outputType: [GENERIC_MEASURE_INFO, TEXT_MEASURE_INFO, GENERIC_OBJECT_MEASURE_INFO],
  parameters: [
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'Property', type: 'Object[]', dotNetType: 'Microsoft.PowerShell.Commands.PSPropertyExpression[]', sets: { __AllParameterSets: { position: 0 } } },
    { name: 'StandardDeviation', type: 'SwitchParameter', sets: { GenericMeasure: {} } },
    { name: 'Sum', type: 'SwitchParameter', sets: { GenericMeasure: {} } },
    { name: 'AllStats', type: 'SwitchParameter', sets: { GenericMeasure: {} } },
    { name: 'Average', type: 'SwitchParameter', sets: { GenericMeasure: {} } },
    { name: 'Maximum', type: 'SwitchParameter', sets: { GenericMeasure: {} } },
    { name: 'Minimum', type: 'SwitchParameter', sets: { GenericMeasure: {} } },
    { name: 'Line', type: 'SwitchParameter', sets: { TextMeasure: {} } },
    { name: 'Word', type: 'SwitchParameter', sets: { TextMeasure: {} } },
    { name: 'Character', type: 'SwitchParameter', sets: { TextMeasure: {} } },
    { name: 'IgnoreWhiteSpace', type: 'SwitchParameter', sets: { TextMeasure: {} } },
  ],
  help: {
    synopsis: 'Calculates the numeric properties of objects, and the characters, words, and lines in string objects.',
    description:
      'Counts objects and calculates the minimum, maximum, sum, average and standard deviation of numeric property values, or counts the lines, words and characters of text.',
    examples: [
      { title: 'Count objects', code: 'Get-MigrationUser | Measure-Object' },
      { title: 'Statistics of a property', code: 'Get-MailboxStatistics | Measure-Object -Property ItemCount -Sum -Average -Maximum -Minimum' },
      { title: 'Measure text', code: "'One', 'Two', 'Three', 'Four' | Measure-Object -Character -Line -Word" },
      { title: 'All statistics', code: '1..5 | Measure-Object -AllStats' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/measure-object',
  },
  begin(ctx) {
    let specs: PropertySpec[];
    try {
      specs = propertySpecs(ctx.params['Property'], ['expression'], { anyValue: true });
    } catch (e) {
      if (e instanceof PropertySpecError) throw ctx.terminatingError(e.details());
      throw e;
    }
    ctx.state['specs'] = specs;
    // One statistic per property (names filled in as they resolve), or one for the objects themselves.
    ctx.state['stats'] = new Map<string, Stat>();
    ctx.state['seen'] = new Set<string>();
    ctx.state['patterns'] = new Map<string, string>();
  },
  process(ctx) {
    const input = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? ctx.params['InputObject']! : undefined;
    if (input === undefined) return;
    const stats = ctx.state['stats'] as Map<string, Stat>;
    const specs = ctx.state['specs'] as PropertySpec[];
    if (!specs.length) {
      if (!stats.has('')) stats.set('', newStat(null));
      addValue(ctx, stats.get('')!, input, input);
      return;
    }
    const patterns = ctx.state['patterns'] as Map<string, string>;
    const seen = ctx.state['seen'] as Set<string>;
    for (const spec of specs) {
      const pattern = spec.expr.kind === 'name' ? spec.expr.name : spec.expr.text;
      const patternKey = pattern.toLowerCase();
      if (!patterns.has(patternKey)) patterns.set(patternKey, pattern);
      for (const r of evaluateExpression(ctx, spec.expr, input)) {
        if (r.value === undefined) continue;
        seen.add(patternKey);
        // One statistic per property: a wildcard gives one per matching name.
        const key = r.name.toLowerCase();
        if (!stats.has(key)) stats.set(key, newStat(r.name));
        addValue(ctx, stats.get(key)!, r.value, input);
      }
    }
  },
  end(ctx) {
    const stats = ctx.state['stats'] as Map<string, Stat>;
    const specs = ctx.state['specs'] as PropertySpec[];
    const seen = ctx.state['seen'] as Set<string>;
    if (!specs.length && !stats.size) stats.set('', newStat(null));
    // pwsh 7.6 measures a property no input has as nothing: no result, no error (outside strict mode).
    void seen;
    for (const st of stats.values()) ctx.writeObject(ctx.parameterSetName === 'TextMeasure' ? textInfo(ctx, st) : genericInfo(ctx, st));
  },
});
