import { describe, expect, it } from 'vitest';
import { ByteQuantifiedSize, PSCredential, PSDateTime, PSEnumValue, PSHashtable, PSTimeSpan, SecureString, type PSValue } from '../../src/engine/values';
import {
  FormatRecordValue,
  formatValues,
  listRecords,
  outString,
  outStringStream,
  registerDefaultDisplayProperties,
  registerView,
  tableRecords,
  formatWide,
  formatCustom,
} from '../../src/formatting';
import { obj, typed } from './helpers';

const date = new PSDateTime(Date.UTC(2026, 10, 24, 8, 42, 44));

describe('scalars print as their text (R1-R8)', () => {
  const cases: [string, PSValue[], string][] = [
    ['string', ['hello'], 'hello\n'],
    ['numbers', [1, 2.5, 1e20], '1\n2.5\n1E+20\n'],
    ['booleans', [true, false], 'True\nFalse\n'],
    ['$null prints nothing', [null], ''],
    ['array is enumerated', [['a', 'b']], 'a\nb\n'],
    // pwsh 7.6: DateTime's view is a custom control, framed by blank lines.
    ['DateTime alone uses the long date view', [date], '\nTuesday, November 24, 2026 8:42:44 AM\n\n'],
    ['enum by name', [new PSEnumValue('Status', 'Synced')], 'Synced\n'],
    ['ByteQuantifiedSize', [new ByteQuantifiedSize(1610612736)], '1.5 GB (1,610,612,736 bytes)\n'],
    ['SecureString', [new SecureString('x')], 'System.Security.SecureString\n'],
  ];
  it.each(cases)('%s', (_n, values, expected) => {
    expect(formatValues(values, { width: 120 })).toBe(expected);
  });
});

describe('property values in cells', () => {
  it('dates, timespans, sizes, enums and nested objects', () => {
    const o = obj({
      When: date,
      Took: new PSTimeSpan(93784000),
      Size: new ByteQuantifiedSize(1610612736),
      Status: new PSEnumValue('Status', 'Synced'),
    });
    expect(formatValues([o])).toBe(
      '\nWhen                  Took       Size                         Status\n----                  ----       ----                         ------\n11/24/2026 8:42:44 AM 1.02:03:04 1.5 GB (1,610,612,736 bytes) Synced\n\n',
    );
  });
  it('a nested pscustomobject prints as @{...}; collections as {...}', () => {
    expect(formatValues([obj({ Inner: obj({ a: 1, b: 'x' }), List: ['a', null, 3] })])).toBe(
      '\nInner       List\n-----       ----\n@{a=1; b=x} {a, $null, 3}\n\n',
    );
  });
  it('a hashtable value shows its entries', () => {
    expect(formatValues([obj({ H: PSHashtable.from({ a: 1 }) })])).toBe('\nH\n-\n{[a, 1]}\n\n');
  });
});

describe('default view selection (R7)', () => {
  it('4 properties -> table', () => {
    expect(formatValues([obj({ a: 1, b: 2, c: 3, d: 4 })])).toBe('\na b c d\n- - - -\n1 2 3 4\n\n');
  });
  it('5 properties -> list', () => {
    expect(formatValues([obj({ a: 1, b: 2, c: 3, d: 4, e: 5 })])).toBe('\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\n');
  });
  it('hashtable -> Name/Value table with a 30-cell Name column', () => {
    expect(formatValues([PSHashtable.from({ a: 1, b: 'two' })])).toBe('\nName                           Value\n----                           -----\na                              1\nb                              two\n\n');
  });
  it('two hashtables share one table', () => {
    expect(outString([PSHashtable.from({ a: 1 }), PSHashtable.from({ b: 2 })])).toBe('\nName                           Value\n----                           -----\na                              1\nb                              2\n\n');
  });
  it('registered table view', () => {
    registerView('Test.Migration.User', { kind: 'table', properties: ['Identity', { label: 'Status', property: 'State' }, { label: 'Items', expression: (v) => (v as ReturnType<typeof obj>).get('n') ?? null, alignment: 'right' }] });
    const u = typed('Test.Migration.User', { Identity: 'ann@contoso.com', State: 'Synced', n: 12, Extra: 'hidden' });
    expect(formatValues([u])).toBe('\nIdentity        Status Items\n--------        ------ -----\nann@contoso.com Synced    12\n\n');
  });
  it('registered list view wins over the property count', () => {
    registerView('Test.Small', { kind: 'list', properties: ['a'] });
    expect(formatValues([typed('Test.Small', { a: 1, b: 2 })])).toBe('\na : 1\n\n');
  });
  it('DefaultDisplayPropertySet selects the shown properties', () => {
    registerDefaultDisplayProperties('Test.Display', ['b', 'c']);
    expect(formatValues([typed('Test.Display', { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 })])).toBe('\nb c\n- -\n2 3\n\n');
  });
  it('Deserialized.<type> finds the type view (view columns are left-aligned)', () => {
    registerView('Test.Remote', { kind: 'table', properties: ['x'] });
    const d = obj({ x: 1, y: 2 });
    d.psTypeNames.splice(0, d.psTypeNames.length, 'Deserialized.Test.Remote', 'Deserialized.System.Object');
    expect(formatValues([d])).toBe('\nx\n-\n1\n\n');
  });
  it('PSCredential shows UserName and Password (SecureString right-aligned, T4)', () => {
    expect(formatValues([new PSCredential('admin@contoso.com', new SecureString('p'))])).toBe(
      '\nUserName                              Password\n--------                              --------\nadmin@contoso.com System.Security.SecureString\n\n',
    );
  });
  it('TimeSpan alone -> list of its parts', () => {
    const lines = formatValues([new PSTimeSpan(93784000)]).split('\n');
    expect(lines.slice(0, 4)).toEqual(['', 'Days              : 1', 'Hours             : 2', 'Minutes           : 3']);
    expect(lines).toContain('TotalSeconds      : 93784');
  });
});

describe('mixed output (Out-Default)', () => {
  it('same-type objects join the table; scalars print in between', () => {
    expect(formatValues([obj({ a: 1 }), 'x', obj({ a: 2 })])).toBe('\na\n-\n1\nx\n2\n\n');
  });
  it('a pscustomobject of another shape keeps the first columns (blank cell)', () => {
    expect(formatValues([obj({ a: 1 }), obj({ b: 2 })])).toBe('\na\n-\n1\n \n\n'); // pwsh 7.6: the empty cell keeps its padding
  });
  it('an object of another type under a table made without a view is one more row', () => {
    // pwsh 7.6 (ViewGenerator.IsObjectApplicable: no view, any object applies): `b` has no column, so an empty row.
    expect(formatValues([obj({ a: 1 }), typed('Other.Type', { b: 2 }), obj({ a: 3 })])).toBe('\na\n-\n1\n \n3\n\n');
  });
  it('an object of another type under a view\'s table is shown as a list, out of band', () => {
    // pwsh 7.6: `@{a=1}; [pscustomobject]@{x=1}` prints the Name/Value table, then `x : 1` between blank lines.
    const h = new PSHashtable();
    h.set('a', 1);
    expect(formatValues([h, obj({ x: 1 })])).toBe('\nName                           Value\n----                           -----\na                              1\n\nx : 1\n\n\n');
  });
  it('a list stays a list for the same type', () => {
    const five = (n: number) => obj({ a: n, b: 2, c: 3, d: 4, e: 5 });
    expect(formatValues([five(1), five(2)])).toBe('\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\na : 2\nb : 2\nc : 3\nd : 4\ne : 5\n\n');
  });
  it('enumeration limit option', () => {
    expect(formatValues([obj({ a: [1, 2, 3, 4, 5] })], { width: 120, enumerationLimit: 2 })).toBe('\na\n-\n{1, 2…}\n\n');
  });
});

describe('format records', () => {
  it('Format-List records render as text and are not formatted again', () => {
    const recs = listRecords([obj({ a: 1 })]).map((r) => new FormatRecordValue(r));
    expect(recs[0]!.psTypeNames[0]).toBe('Microsoft.PowerShell.Commands.Internal.Format.FormatStartData');
    // pwsh 7.6 writes FormatStartData, GroupStartData, FormatEntryData..., GroupEndData, FormatEndData.
    expect(recs.map((r) => r.psTypeNames[0]!.split('.').pop())).toEqual(['FormatStartData', 'GroupStartData', 'FormatEntryData', 'GroupEndData', 'FormatEndData']);
    expect(outString(recs)).toBe('\na : 1\n\n');
  });
  it('records after auto-formatted output close the open table', () => {
    const recs = tableRecords([obj({ z: 'q' })]).map((r) => new FormatRecordValue(r));
    expect(outString([obj({ a: 1 }), ...recs])).toBe('\na\n-\n1\n\n\nz\n-\nq\n\n');
  });
  it('Out-String -Stream gives one string per line', () => {
    expect(outStringStream([obj({ foo: 1 })])).toEqual(['', 'foo', '---', '  1', '']);
  });
  it('Out-String -Width narrows the table', () => {
    expect(outString([obj({ Name: 'abcdef', Value: 'long value here' })], 16)).toBe('\nName   Value\n----   -----\nabcdef long val…\n\n');
  });
});

describe('Format-Wide and Format-Custom', () => {
  const names = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((Name) => obj({ Name, Other: 1 }));
  it('two columns by default over the width', () => {
    // pwsh 7.6: columns of 10 and 9 (the spare cell goes to the first); a short row keeps its padding.
    expect(formatWide(names, { width: 20 })).toBe('\nalpha      beta\ngamma      delta\nepsilon    \n\n');
  });
  it('-Column 3', () => {
    expect(formatWide(names, { width: 24, column: 3 })).toBe('\nalpha    beta    gamma\ndelta    epsilon \n\n');
  });
  it('-AutoSize fits as many columns as the widest item allows', () => {
    expect(formatWide(names, { width: 20, autoSize: true })).toBe('\nalpha      beta\ngamma      delta\nepsilon    \n\n');
  });
  it('-Property', () => {
    expect(formatWide([obj({ a: 'x', b: 'y' })], { property: 'b', width: 10 })).toBe('\ny     \n\n');
  });
  it('Format-Custom prints class blocks', () => {
    expect(formatCustom([obj({ a: 1, b: 'x' })])).toBe('\nclass PSCustomObject\n{\n  a = 1\n  b = x\n}\n\n');
  });
});

describe('OutDefaultSession (one Out-Default over several statements)', () => {
  it('a table goes on across writes and closes at the end', async () => {
    const { OutDefaultSession } = await import('../../src/formatting');
    const s = new OutDefaultSession(120);
    // The table's rows are held back in the grouping window: only its leading blank line prints at once.
    expect(s.write([obj({ a: 1 })])).toBe('\n');
    expect(s.write(['x', obj({ a: 22 })])).toBe('');
    expect(s.close()).toBe(' a\n -\n 1\nx\n22\n\n');
  });
});

describe('odd values', () => {
  it('an opaque value without properties prints as its text', () => {
    const opaque = { psTypeNames: ['System.Management.Automation.ScriptBlock', 'System.Object'], toString: () => '1+1' };
    expect(formatValues([opaque as unknown as PSValue])).toBe('1+1\n');
  });
  it('a property getter that throws shows an empty value', () => {
    const o = obj({ a: 1 });
    o.addProperty({ name: 'Bad', memberType: 'ScriptProperty', getter: () => { throw new Error('boom'); } });
    expect(formatValues([o])).toBe('\na Bad\n- ---\n1 \n\n');
  });
});

describe('views that group', () => {
  it('a table view with groupBy prints a group header when the value changes', () => {
    registerView('Test.Grouped', { kind: 'table', properties: ['Identity'], groupBy: 'BatchId' });
    const u = (Identity: string, BatchId: string) => typed('Test.Grouped', { Identity, BatchId });
    expect(formatValues([u('a', 'B1'), u('b', 'B1'), u('c', 'B2')])).toBe(
      '\n   BatchId: B1\n\nIdentity\n--------\na\nb\n\n   BatchId: B2\n\nIdentity\n--------\nc\n\n',
    );
  });
});

describe('empty objects', () => {
  it('[pscustomobject]@{} prints nothing', () => {
    expect(formatValues([obj({})])).toBe('');
    expect(formatValues([obj({}), obj({ a: 1 })])).toBe('\na\n-\n1\n\n');
  });
});

describe('DateTime custom view (pwsh 7.6)', () => {
  const d1 = new PSDateTime(Date.UTC(2017, 0, 1), 'Unspecified');
  const d2 = new PSDateTime(Date.UTC(2017, 1, 1), 'Unspecified');
  it('consecutive dates share one view; strings in between stay inside it', () => {
    expect(formatValues([d1, d2], { width: 120 })).toBe('\nSunday, January 1, 2017 12:00:00 AM\nWednesday, February 1, 2017 12:00:00 AM\n\n');
    expect(formatValues(['a', d1, 'b'], { width: 120 })).toBe('a\n\nSunday, January 1, 2017 12:00:00 AM\nb\n\n');
  });
});
