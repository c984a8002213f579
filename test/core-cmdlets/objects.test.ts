import { describe, expect, it } from 'vitest';
import { PSDateTime, PSHashtable, PSObject, type PSValue } from '../../src/engine/values';
import selectObject from '../../cmdlets/core/select';
import sortObject from '../../cmdlets/core/sort';
import groupObject from '../../cmdlets/core/group';
import measureObject from '../../cmdlets/core/measure';
import getMember from '../../cmdlets/core/member';
import { block, run } from './harness';

const obj = (r: Record<string, PSValue>) => PSObject.fromRecord(r);
const users = () => [
  obj({ Name: 'Pilar', Status: 'Synced', Items: 120 }),
  obj({ Name: 'toby', Status: 'Failed', Items: 5 }),
  obj({ Name: 'Anne', Status: 'synced', Items: 42 }),
];
const props = (o: PSValue) => (o as PSObject).properties().map((p) => [p.name, (o as PSObject).get(p.name)]);

describe('Select-Object (Select-Object.md)', () => {
  it('selects properties into Selected.* custom objects, $null for missing ones', () => {
    const r = run(selectObject, { Property: ['Name', 'Nope'] }, users().slice(0, 1));
    expect(r.output).toHaveLength(1);
    const o = r.output[0] as PSObject;
    expect(o.psTypeNames).toEqual(['Selected.System.Management.Automation.PSCustomObject', 'System.Management.Automation.PSCustomObject', 'System.Object']);
    expect(props(o)).toEqual([
      ['Name', 'Pilar'],
      ['Nope', null],
    ]);
    expect(String(o)).toBe('@{Name=Pilar; Nope=}');
  });

  it('expands wildcards and applies -ExcludeProperty', () => {
    const r = run(selectObject, { Property: ['*'], ExcludeProperty: ['I*'] }, users().slice(0, 1));
    expect(props(r.output[0]!)).toEqual([
      ['Name', 'Pilar'],
      ['Status', 'Synced'],
    ]);
  });

  it('builds calculated properties from n/e, l and Name/Expression keys', () => {
    const calc = [
      PSHashtable.from({ n: 'Upper', e: block(' $_.Name.ToUpper() ', (u) => String((u as PSObject).get('Name')).toUpperCase()) }),
      PSHashtable.from({ l: 'Count', Expression: 'Items' }),
      block('$_.Items * 2', (u) => Number((u as PSObject).get('Items')) * 2),
    ];
    const r = run(selectObject, { Property: calc }, users().slice(1, 2));
    expect(props(r.output[0]!)).toEqual([
      ['Upper', 'TOBY'],
      ['Count', 5],
      ['$_.Items * 2', 10],
    ]);
  });

  it('rejects unknown calculated-property keys', () => {
    const r = run(selectObject, { Property: [PSHashtable.from({ Foo: 1 })] }, users());
    expect(r.terminating).toMatchObject({ message: 'The Foo key is not valid.', errorId: 'DictionaryKeyIllegal', category: 'InvalidArgument' });
    const m = run(selectObject, { Property: [PSHashtable.from({ Name: 'x' })] }, users());
    expect(m.terminating).toMatchObject({ errorId: 'DictionaryKeyMandatoryEntry' });
  });

  it('expands a property and enumerates arrays', () => {
    const r = run(selectObject, { ExpandProperty: 'Tags' }, [obj({ Tags: ['a', 'b'] }), obj({ Tags: 'c' })]);
    expect(r.output).toEqual(['a', 'b', 'c']);
  });

  it('reports a missing expanded property', () => {
    const r = run(selectObject, { ExpandProperty: 'Nope' }, users().slice(0, 1));
    expect(r.output).toEqual([]);
    expect(r.errors).toEqual([expect.objectContaining({ message: 'Property "Nope" cannot be found.', errorId: 'ExpandPropertyNotFound', category: 'InvalidArgument' })]);
  });

  it.each<[string, Record<string, PSValue>, PSValue[]]>([
    ['First', { First: 2 }, [1, 2]],
    ['Last', { Last: 2 }, [4, 5]],
    ['Skip', { Skip: 3 }, [4, 5]],
    ['Skip+First', { Skip: 1, First: 2 }, [2, 3]],
    ['SkipLast', { SkipLast: 2 }, [1, 2, 3]],
    ['Index', { Index: [0, 4] }, [1, 5]],
    ['First+Last', { First: 1, Last: 1 }, [1, 5]],
  ])('picks objects by position with -%s', (_, params, expected) => {
    expect(run(selectObject, params, [1, 2, 3, 4, 5]).output).toEqual(expected);
  });

  it('keeps unique objects (case-sensitive unless -CaseInsensitive)', () => {
    expect(run(selectObject, { Unique: true }, ['a', 'A', 'a', 'b']).output).toEqual(['a', 'A', 'b']);
    expect(run(selectObject, { Unique: true, CaseInsensitive: true }, ['a', 'A', 'b']).output).toEqual(['a', 'b']);
  });

  it('treats hashtable keys as properties (pwsh 7)', () => {
    const r = run(selectObject, { Property: ['three', 'one'] }, [PSHashtable.from({ one: 1, two: 2, three: 3 })]);
    expect(props(r.output[0]!)).toEqual([
      ['three', 3],
      ['one', 1],
    ]);
    expect((r.output[0] as PSObject).psTypeNames[0]).toBe('Selected.System.Collections.Hashtable');
  });
});

describe('Sort-Object (Sort-Object.md)', () => {
  it('sorts by a property, case-insensitively and stably', () => {
    const r = run(sortObject, { Property: 'Status' }, users());
    expect(r.output.map((o) => (o as PSObject).get('Name'))).toEqual(['toby', 'Pilar', 'Anne']);
  });

  it.each<[string, Record<string, PSValue>, PSValue[], PSValue[]]>([
    ['numbers', {}, [10, 2, 33, 1], [1, 2, 10, 33]],
    ['descending', { Descending: true }, [10, 2, 33, 1], [33, 10, 2, 1]],
    ['$null first', {}, ['b', null, 'a'], [null, 'a', 'b']],
    ['unique ignores case', { Unique: true }, ['b', 'a', 'B', 'c'], ['a', 'b', 'c']],
    ['unique case-sensitive', { Unique: true, CaseSensitive: true }, ['b', 'a', 'B'], ['a', 'b', 'B']],
    ['top', { Top: 2 }, [5, 3, 9, 1], [1, 3]],
    ['bottom', { Bottom: 2 }, [5, 3, 9, 1], [5, 9]],
  ])('sorts %s', (_, params, input, expected) => {
    expect(run(sortObject, params, input).output).toEqual(expected);
  });

  it('honours per-key direction from hashtables', () => {
    const spec = [PSHashtable.from({ Expression: 'Status', Descending: true }), 'Items'];
    const r = run(sortObject, { Property: spec }, users());
    expect(r.output.map((o) => (o as PSObject).get('Name'))).toEqual(['Anne', 'Pilar', 'toby']);
  });

  it('sorts by a script block', () => {
    const r = run(sortObject, { Property: block('$_.Length', (s) => String(s).length) }, ['ccc', 'a', 'bb']);
    expect(r.output).toEqual(['a', 'bb', 'ccc']);
  });
});

describe('Group-Object', () => {
  it('groups by property ignoring case, the groups sorted by key (pwsh 7)', () => {
    const r = run(groupObject, { Property: 'Status' }, users());
    expect(r.output).toHaveLength(2);
    expect((r.output[0] as PSObject).get('Name')).toBe('Failed');
    const g = r.output[1] as PSObject;
    expect(g.psTypeNames[0]).toBe('Microsoft.PowerShell.Commands.GroupInfo');
    // pwsh 7.6: `$g.PSObject.Properties.Name` is Values, Count, Group, Name.
    expect(g.propertyNames()).toEqual(['Values', 'Count', 'Group', 'Name']);
    expect(g.get('Count')).toBe(2);
    expect(g.get('Name')).toBe('Synced');
    expect((g.get('Group') as PSObject[]).map((o) => o.get('Name'))).toEqual(['Pilar', 'Anne']);
    expect(g.get('Values')).toEqual(['Synced']);
  });

  it('separates case with -CaseSensitive and drops elements with -NoElement', () => {
    const r = run(groupObject, { Property: 'Status', CaseSensitive: true, NoElement: true }, users());
    expect(r.output.map((g) => [(g as PSObject).get('Name'), (g as PSObject).get('Count')])).toEqual([
      ['Failed', 1],
      ['synced', 1],
      ['Synced', 1],
    ]);
    // pwsh 7.6: GroupInfoNoElement keeps an empty Group (`Group : {}` under Format-List *).
    expect((r.output[0] as PSObject).get('Group')).toEqual([]);
  });

  it('builds a hashtable with -AsHashTable -AsString', () => {
    const r = run(groupObject, { Property: 'Items', AsHashTable: true, AsString: true }, [obj({ Items: 1 }), obj({ Items: 2 }), obj({ Items: 1 })]);
    const h = r.output[0] as PSHashtable;
    expect(h.keys()).toEqual(['1', '2']);
    expect((h.get('1') as PSValue[]).length).toBe(2);
  });

  it('joins several key values in Name', () => {
    const r = run(groupObject, { Property: ['Status', block('$_.Items -gt 10', (u) => Number((u as PSObject).get('Items')) > 10)] }, users());
    expect(r.output.map((g) => (g as PSObject).get('Name'))).toEqual(['Failed, False', 'Synced, True']);
  });
});

describe('Measure-Object (Measure-Object.md)', () => {
  const stat = (o: PSValue) => Object.fromEntries(props(o));

  it('counts objects', () => {
    expect(stat(run(measureObject, {}, [1, 2, 3]).output[0]!)).toEqual({
      Count: 3,
      Average: null,
      Sum: null,
      Maximum: null,
      Minimum: null,
      StandardDeviation: null,
      Property: null,
    });
  });

  it('computes -AllStats (example 8)', () => {
    const o = run(measureObject, { AllStats: true }, [1, 2, 3, 4, 5]).output[0]!;
    expect(stat(o)).toMatchObject({ Count: 5, Average: 3, Sum: 15, Maximum: 5, Minimum: 1, Property: null });
    expect((o as PSObject).get('StandardDeviation')).toBeCloseTo(1.58113883008419, 12);
    expect((o as PSObject).psTypeNames[0]).toBe('Microsoft.PowerShell.Commands.GenericMeasureInfo');
  });

  it('measures a property, counting only objects that have it (example 4)', () => {
    const r = run(measureObject, { Property: 'Items', Sum: true, Maximum: true }, [...users(), obj({ Other: 1 })]);
    expect(stat(r.output[0]!)).toMatchObject({ Count: 3, Sum: 167, Maximum: 120, Property: 'Items' });
  });

  it('measures each property a wildcard matches', () => {
    const r = run(measureObject, { Property: ['It*', 'Sc*'], Sum: true }, [obj({ Items: 1, Itemz: 2, Score: 3 }), obj({ Items: 4, Itemz: 5, Score: 6 })]);
    expect(r.output.map((o) => [(o as PSObject).get('Property'), (o as PSObject).get('Sum')])).toEqual([
      ['Items', 5],
      ['Itemz', 7],
      ['Score', 9],
    ]);
  });

  it('measures booleans and hashtables (examples 6 and 10)', () => {
    expect(stat(run(measureObject, { Sum: true, Average: true }, [true, false, true, true]).output[0]!)).toMatchObject({ Sum: 3, Average: 0.75 });
    const h = [PSHashtable.from({ num: 3 }), PSHashtable.from({ num: 4 }), PSHashtable.from({ num: 5 })];
    expect(stat(run(measureObject, { Property: 'Num', Maximum: true }, h).output[0]!)).toMatchObject({ Count: 3, Maximum: 5, Property: 'num' }); // pwsh 7.6: the key as the table spells it
  });

  it('measures text (examples 3 and 7)', () => {
    const text = (params: Record<string, PSValue>, input: PSValue[]) =>
      stat(run(measureObject, params, input, { parameterSet: 'TextMeasure' }).output[0]!);
    expect(text({ Character: true, Line: true, Word: true }, ['One', 'Two', 'Three', 'Four'])).toEqual({ Lines: 4, Words: 4, Characters: 15, Property: null });
    expect(text({ Line: true }, ['One\nTwo\nThree'])).toMatchObject({ Lines: 3, Words: null });
    expect(text({ Line: true }, ['One', 'Two\nThree'])).toMatchObject({ Lines: 3 });
    expect(text({ Word: true, Line: true }, ['One, Two', 'Three', 'Four Five'])).toMatchObject({ Lines: 3, Words: 5 });
  });

  // pwsh 7.6: a property no object has measures as nothing, without an error; a non-numeric value
  // is reported and counted, and leaves no Sum.
  it('measures a property no object has as nothing; reports non-numeric input', () => {
    const r = run(measureObject, { Property: 'Nope', Sum: true }, users());
    expect(r.output).toEqual([]);
    expect(r.errors).toEqual([]);
    const n = run(measureObject, { Sum: true }, [1, 'abc']);
    expect(n.errors[0]).toMatchObject({ message: 'Input object "abc" is not numeric.', errorId: 'NonNumericInputObject', category: 'InvalidType' });
    expect(stat(n.output[0]!)).toMatchObject({ Count: 2, Sum: null });
  });

  it('keeps dates as dates for -Maximum/-Minimum', () => {
    const d1 = new PSDateTime(Date.UTC(2026, 0, 1));
    const d2 = new PSDateTime(Date.UTC(2026, 5, 1));
    const o = run(measureObject, { Maximum: true, Minimum: true }, [d2, d1]).output[0] as PSObject;
    expect(o.get('Maximum')).toBe(d2);
    expect(o.get('Minimum')).toBe(d1);
  });

  it('finds the maximum of strings as a GenericObjectMeasureInfo', () => {
    const o = run(measureObject, { Maximum: true, Minimum: true }, ['pear', 'Apple', 'fig']).output[0] as PSObject;
    expect(o.psTypeNames[0]).toBe('Microsoft.PowerShell.Commands.GenericObjectMeasureInfo');
    expect(o.get('Maximum')).toBe('pear');
    expect(o.get('Minimum')).toBe('Apple');
  });
});

describe('Get-Member (Get-Member.md)', () => {
  const rows = (r: { output: PSValue[] }) => r.output.map((m) => [(m as PSObject).get('Name'), (m as PSObject).get('MemberType'), (m as PSObject).get('Definition')]);

  it('lists a custom object: methods then note properties with pwsh definitions', () => {
    const r = run(getMember, {}, [obj({ Name: 'Pilar', Count: 3, When: null, Tags: ['a'] })]);
    expect((r.output[0] as PSObject).get('TypeName')).toBe('System.Management.Automation.PSCustomObject');
    expect((r.output[0] as PSObject).psTypeNames[0]).toBe('Microsoft.PowerShell.Commands.MemberDefinition');
    expect(rows(r)).toEqual([
      ['Equals', 'Method', 'bool Equals(System.Object obj)'],
      ['GetHashCode', 'Method', 'int GetHashCode()'],
      ['GetType', 'Method', 'type GetType()'],
      ['ToString', 'Method', 'string ToString()'],
      ['Count', 'NoteProperty', 'int Count=3'],
      ['Name', 'NoteProperty', 'string Name=Pilar'],
      ['Tags', 'NoteProperty', 'Object[] Tags=System.Object[]'],
      ['When', 'NoteProperty', 'object When=null'],
    ]);
  });

  it('lists each type once and filters by -MemberType and -Name', () => {
    const r = run(getMember, { MemberType: 'Property' }, ['a', 'b', 1]);
    expect(rows(r)).toEqual([['Length', 'Property', 'int Length {get;}']]);
    const n = run(getMember, { Name: ['To*'] }, ['a']);
    expect(rows(n).map((x) => x[0])).toEqual(['ToLower', 'ToString', 'ToUpper']);
  });

  it('shows typed properties of Exchange objects', () => {
    const mbx = new PSObject(['Microsoft.Exchange.Data.Directory.Management.Mailbox', 'System.Object']);
    mbx.addProperty({ name: 'DisplayName', value: 'Pilar', memberType: 'Property', typeName: 'string' });
    mbx.addProperty({ name: 'Guid', value: 'x', memberType: 'Property', typeName: 'guid', readOnly: true });
    const r = run(getMember, { MemberType: 'Property' }, [mbx]);
    expect(rows(r)).toEqual([
      ['DisplayName', 'Property', 'string DisplayName {get;set;}'],
      ['Guid', 'Property', 'guid Guid {get;}'],
    ]);
  });

  it('fails without input as pwsh does', () => {
    const r = run(getMember, {}, []);
    expect(r.terminating).toMatchObject({ message: 'You must specify an object for the Get-Member cmdlet.', errorId: 'NoObjectInGetMember', category: 'CloseError' });
  });
});
