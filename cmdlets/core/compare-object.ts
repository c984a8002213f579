/**
 * Compare-Object (compare, diff): compares a reference set with a difference set inside a sync
 * window, as pwsh's CompareObjectCommand walks them: objects in both (== with -IncludeEqual), only in
 * the difference set (=>), only in the reference set (<=). Reference: Compare-Object.md.
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { PSObject, type PSValue } from '../../src/engine/values';
import { PropertySpecError, propertySpecs, valueOfSpec, type PropertySpec } from './property-expressions';
import { compareForSort } from './sort';

interface Entry {
  value: PSValue;
  keys: (PSValue | undefined)[];
}

function entryOf(ctx: CmdletContext, specs: PropertySpec[], value: PSValue): Entry {
  return { value, keys: specs.length ? specs.map((s) => valueOfSpec(ctx, s, value)) : [value] };
}

function same(ctx: CmdletContext, a: Entry, b: Entry): boolean {
  const cs = ctx.params['CaseSensitive'] === true;
  return a.keys.every((k, i) => compareForSort(k ?? null, b.keys[i] ?? null, cs) === 0);
}

function emit(ctx: CmdletContext, specs: PropertySpec[], e: Entry, side: '==' | '=>' | '<='): void {
  if (side === '==' ? ctx.params['IncludeEqual'] !== true : ctx.params['ExcludeDifferent'] === true) return;
  if (ctx.params['PassThru'] === true) {
    if (e.value instanceof PSObject) {
      e.value.removeProperty('SideIndicator');
      e.value.addNoteProperty('SideIndicator', side);
    }
    ctx.writeObject(e.value);
    return;
  }
  const o = new PSObject();
  if (specs.length) specs.forEach((s, i) => o.addNoteProperty(s.label ?? (s.expr.kind === 'name' ? s.expr.name : s.expr.text), e.keys[i] ?? null));
  else o.addNoteProperty('InputObject', e.value);
  o.addNoteProperty('SideIndicator', side);
  ctx.writeObject(o);
}

interface State {
  specs: PropertySpec[];
  refs: Entry[];
  refIndex: number;
  refBacklog: Entry[];
  diffBacklog: Entry[];
  window: number;
}

function matchAndRemove(ctx: CmdletContext, e: Entry | null, list: Entry[]): Entry | null {
  if (!e) return null;
  const i = list.findIndex((x) => same(ctx, e, x));
  return i < 0 ? null : list.splice(i, 1)[0]!;
}

function step(ctx: CmdletContext, st: State, diffIn: Entry | null): void {
  let diff = diffIn;
  let ref: Entry | null = st.refIndex < st.refs.length ? st.refs[st.refIndex++]! : null;
  if (ref && diff && same(ctx, ref, diff)) {
    emit(ctx, st.specs, ref, '==');
    return;
  }
  const m1 = matchAndRemove(ctx, diff, st.refBacklog);
  if (m1) {
    emit(ctx, st.specs, m1, '==');
    diff = null;
  }
  const m2 = matchAndRemove(ctx, ref, st.diffBacklog);
  if (m2 && ref) {
    emit(ctx, st.specs, ref, '==');
    ref = null;
  }
  if (diff) {
    st.diffBacklog.push(diff);
    if (st.diffBacklog.length > st.window) emit(ctx, st.specs, st.diffBacklog.shift()!, '=>');
  }
  if (ref) {
    st.refBacklog.push(ref);
    if (st.refBacklog.length > st.window) emit(ctx, st.specs, st.refBacklog.shift()!, '<=');
  }
}

const listOf = (v: PSValue | undefined): PSValue[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

export const compareObject = defineCmdlet({
  name: 'Compare-Object',
  aliases: ['compare', 'diff'],
  source: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'ReferenceObject', type: 'PSObject[]', sets: { __AllParameterSets: { position: 0, mandatory: true } } },
    { name: 'DifferenceObject', type: 'PSObject[]', sets: { __AllParameterSets: { position: 1, mandatory: true, valueFromPipeline: true } } },
    { name: 'SyncWindow', type: 'Int32', validateRange: [0, 2147483647] },
    { name: 'Property', type: 'Object[]' },
    { name: 'ExcludeDifferent', type: 'SwitchParameter' },
    { name: 'IncludeEqual', type: 'SwitchParameter' },
    { name: 'PassThru', type: 'SwitchParameter' },
    { name: 'Culture', type: 'String', noEffect: 'the emulated machine compares text in en-US and invariant ways only' },
    { name: 'CaseSensitive', type: 'SwitchParameter' },
  ],
  help: {
    synopsis: 'Compares two sets of objects.',
    description:
      'Reports the objects only in the reference set (<=), only in the difference set (=>) and, with -IncludeEqual, in both (==). -Property compares the named properties; -PassThru writes the objects themselves with a SideIndicator property added.',
    examples: [
      { code: 'Compare-Object -ReferenceObject (Get-Content a.txt) -DifferenceObject (Get-Content b.txt)', remarks: 'The lines that differ between two files.' },
      { code: 'Compare-Object $before $after -Property Name -IncludeEqual', remarks: 'Compares two lists of objects by name.' },
    ],
  },
  begin(ctx) {
    let specs: PropertySpec[];
    try {
      specs = propertySpecs(ctx.params['Property'], ['expression']);
    } catch (e) {
      if (e instanceof PropertySpecError) throw ctx.terminatingError({ message: e.message, errorId: e.errorId, category: 'InvalidArgument' });
      throw e;
    }
    const st: State = {
      specs,
      refs: listOf(ctx.params['ReferenceObject']).map((v) => entryOf(ctx, specs, v)),
      refIndex: 0,
      refBacklog: [],
      diffBacklog: [],
      window: ctx.bound('SyncWindow') ? Number(ctx.params['SyncWindow']) : 2147483647,
    };
    ctx.state['st'] = st;
  },
  process(ctx) {
    const st = ctx.state['st'] as State;
    for (const v of listOf(ctx.params['DifferenceObject'])) step(ctx, st, entryOf(ctx, st.specs, v));
  },
  end(ctx) {
    const st = ctx.state['st'] as State;
    while (st.refIndex < st.refs.length) step(ctx, st, null);
    for (const e of st.diffBacklog) emit(ctx, st.specs, e, '=>');
    for (const e of st.refBacklog) emit(ctx, st.specs, e, '<=');
  },
});
