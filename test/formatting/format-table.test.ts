import { describe, expect, it } from 'vitest';
import { PSEnumValue, PSHashtable, type PSValue } from '../../src/engine/values';
import { formatTable, registerView, type Alignment, type ViewProperty } from '../../src/formatting';
import { obj, typed } from './helpers';

describe('Format-Table golden text (notes section 3)', () => {
  const cases: [string, PSValue[], Parameters<typeof formatTable>[1], string][] = [
    ['FT-1', [obj({ abc: '1234', bcd: '123' }), obj({ abc: '1', bcd: '1234' })], {}, '\nabc  bcd\n---  ---\n1234 123\n1    1234\n\n'],
    ['FT-2', [obj({ abc: '1234', bcd: '1234' }), obj({ abc: '1', bcd: '1' })], {}, '\nabc  bcd\n---  ---\n1234 1234\n1    1\n\n'],
    ['FT-3', [obj({ abc: '123', bcd: '1234' }), obj({ abc: '1', bcd: '123' })], {}, '\nabc bcd\n--- ---\n123 1234\n1   123\n\n'],
    ['FT-4', [obj({ a: 'abc', b: 123 })], {}, '\na     b\n-     -\nabc 123\n\n'],
    ['FT-5', [obj({ a: 'abc', b: 'abc' })], {}, '\na   b\n-   -\nabc abc\n\n'],
    ['FT-6', [obj({ a: 123, b: 'abc' })], {}, '\n  a b\n  - -\n123 abc\n\n'],
    ['FT-7', [obj({ a: 123, b: 123 })], {}, '\n  a   b\n  -   -\n123 123\n\n'],
    ['FT-8', [obj({ A: 1, B: 2, Name: 'This\nIs some random\nmultiline content' })], { wrap: true }, '\nA B Name\n- - ----\n1 2 This\n    Is some random\n    multiline content\n\n'],
    [
      'FT-9',
      [obj({ Name: 'This\nIs some random\nmultiline content', A: 1, B: 2 })],
      { wrap: true },
      '\nName                                  A B\n----                                  - -\nThis                                  1 2\nIs some random\nmultiline content\n\n',
    ],
    [
      'FT-10',
      [obj({ A: 1, Name: 'This\nIs some random\nmultiline content', B: 2 })],
      { wrap: true },
      '\nA Name                                  B\n- ----                                  -\n1 This                                  2\n  Is some random\n  multiline content\n\n',
    ],
    ['FT-11 calculated column with width and center', [obj({ one: 1 })], { property: [{ label: 'one', expression: 'one', width: 10, alignment: 'center' }] }, '\n   one\n   ---\n    1\n\n'],
    ['FT-12 wide characters', [obj({ '哇': '62', dbda: 'KM', '消息': '千' })], {}, '\n哇 dbda 消息\n-- ---- ----\n62 KM   千\n\n'],
    // A Double cell is .NET's "F2" of the exact value, an exact tie to even (pwsh 7.6: 0.125 -> 0.12).
    ['FT double cells', [obj({ a: 0.125, b: 2.675, c: 1 })], {}, '\n   a    b c\n   -    - -\n0.12 2.67 1\n\n'],
    ['FT-14 -HideTableHeaders', [obj({ a: 1, b: 2 })], { hideTableHeaders: true }, '\n1 2\n\n'],
    ['T8 multi-line value without -Wrap shows the first line and …', [obj({ A: 1, Name: 'first\nsecond' })], {}, '\nA Name\n- ----\n1 first…\n\n'],
    ['R5 doubles get 2 decimals in tables', [obj({ double: 1234.56789, n: 3 })], {}, '\n double n\n ------ -\n1234.57 3\n\n'],
    ['booleans are right-aligned', [obj({ name: 'Bob', ok: true }), obj({ name: 'Jim', ok: false })], {}, '\nname    ok\n----    --\nBob   True\nJim  False\n\n'],
    ['FT-41 -AutoSize', [obj({ name: 'Bob', size: 1234, booleanValue: true }), obj({ name: 'Jim', size: 5678, booleanValue: false })], { autoSize: true }, '\nname size booleanValue\n---- ---- ------------\nBob  1234         True\nJim  5678        False\n\n'],
    ['FT-45 -ExcludeProperty', [obj({ Name: 'Test', Age: 30, City: 'Seattle' })], { excludeProperty: ['Age'] }, '\nName City\n---- ----\nTest Seattle\n\n'],
    ['-Property wildcard', [obj({ MaxA: 1, MaxB: 22, Min: 3 })], { property: ['Max*'] }, '\nMaxA MaxB\n---- ----\n   1   22\n\n'],
    // pwsh 7.6: rows are not trimmed; the empty last cell leaves the padding of `a` and the separator.
    ['missing property prints an empty cell', [obj({ a: 1, b: 2 }), obj({ a: 3 })], {}, '\na b\n- -\n1 2\n3  \n\n'],
    [
      '-GroupBy prints a group header per value',
      [obj({ Identity: 'a', Status: 'Synced' }), obj({ Identity: 'bb', Status: 'Synced' }), obj({ Identity: 'c', Status: 'Failed' })],
      { groupBy: 'Status', property: ['Identity'] },
      '\n   Status: Synced\n\nIdentity\n--------\na\nbb\n\n   Status: Failed\n\nIdentity\n--------\nc\n\n',
    ],
  ];
  it.each(cases)('%s', (_n, values, spec, expected) => {
    expect(formatTable(values, spec)).toBe(expected);
  });

  it('FT-13 a string with a non-existent -Property gives an empty column', () => {
    expect(formatTable(['hello'], { property: ['foo'], force: true }).replace(/\n/g, '')).toBe('foo---');
  });

  it('FT-15 strings with two non-existent properties', () => {
    for (const v of [['single line string'], ['line1\nline2'], ['line1', 'line2']]) {
      expect(formatTable(v, { property: ['fox', 'bar'], force: true }).replace(/[ \n]/g, '')).toBe('foxbar------');
    }
  });

  it('FT-16 nothing for $null and an empty hashtable', () => {
    expect(formatTable([null], { property: ['foo', 'bar'] })).toBe('');
    expect(formatTable([new PSHashtable()], { property: ['foo', 'bar'] })).toBe('');
  });

  it('FT-18 lines never exceed the width (120)', () => {
    const h = new PSHashtable();
    h.set('test', '1'.repeat(200));
    const lines = formatTable([h]).split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBe(120);
    expect(lines[3]).toBe('test                           ' + '1'.repeat(88) + '…');
  });

  it('FT-36 / FT-37 enumeration limit in cells', () => {
    const h = new PSHashtable();
    h.set('array', Array.from({ length: 256 }, (_, i) => i));
    expect(formatTable([h])).toMatch(/array\s+\{0, 1, 2, 3…\}/);
    const t = PSHashtable.from({ test: [1, 2] });
    expect(formatTable([t], { enumerationLimit: -1 })).toMatch(/test\s+\{1, 2\}/);
    expect(formatTable([t], { enumerationLimit: 10 })).toMatch(/test\s+\{1, 2\}/);
    expect(formatTable([t], { enumerationLimit: 1 })).toMatch(/test\s+\{1…\}/);
  });

  it('FT-42 hashtable with arrays and an enum', () => {
    const h = new PSHashtable(true);
    h.set('intArray', [1, 2, 3, 4]);
    h.set('arrayList', ['string1', 'string2']);
    h.set('enumerable', new PSEnumValue('System.DayOfWeek', 'Sun'));
    expect(formatTable([h])).toBe(
      '\nName                           Value\n----                           -----\nintArray                       {1, 2, 3, 4}\narrayList                      {string1, string2}\nenumerable                     Sun\n\n',
    );
  });

  it('FT-43 nested arrays inside a collection print with spaces', () => {
    const out = formatTable([obj({ name: 'this is name', sub: [['x 0', 'y 0'], ['x 1', 'y 1']] })]);
    expect(out).toMatch(/this is name\s+\{x 0 y 0, x 1 y 1\}/);
  });

  it('T7 at most 10 automatic columns', () => {
    const rec: Record<string, PSValue> = {};
    for (let i = 1; i <= 12; i++) rec['p' + i] = i;
    const header = formatTable([obj(rec)]).split('\n')[1];
    expect(header).toBe('p1 p2 p3 p4 p5 p6 p7 p8 p9 p10');
  });
});

describe('truncation at narrow widths (T6, T8)', () => {
  it('shrinks the last column and cuts with …', () => {
    const o = obj({ Name: 'mailbox-one', Description: 'a long description text' });
    expect(formatTable([o], { width: 25 })).toBe('\nName        Description\n----        -----------\nmailbox-one a long descr…\n\n');
  });
  it('drops the last column when it would be narrower than one cell', () => {
    const o = obj({ Name: 'abcdefghij', X: 'y' });
    // pwsh 7.6: Name is no longer the last column by position, so its dashes are padded.
    expect(formatTable([o], { width: 11 })).toBe('\nName\n----      \nabcdefghij\n\n');
  });
  it('right-aligned cells keep the tail', () => {
    const o = obj({ a: 'x', n: 12345678 });
    expect(formatTable([o], { width: 9 })).toBe('\na       n\n-       -\nx …345678\n\n');
  });
});

describe('fixed-width views (FT-19..FT-35)', () => {
  let n = 0;
  const viewTable = (props: ViewProperty[], values: Record<string, PSValue>, wrap = false): string => {
    const type = `Test.View${++n}`;
    registerView(type, { kind: 'table', properties: props });
    return formatTable([typed(type, values)], { wrap });
  };
  const three = (w: [number, number, number], aligns: [Alignment, Alignment, Alignment] = ['left', 'left', 'left']): ViewProperty[] => [
    { label: 'LongLongHeader', property: 'a', width: w[0], alignment: aligns[0] },
    { label: 'Header2', property: 'b', width: w[1], alignment: aligns[1] },
    { label: 'Header3', property: 'c', width: w[2], alignment: aligns[2] },
  ];
  const LCR: [Alignment, Alignment, Alignment] = ['left', 'right', 'center'];

  it('FT-19 alignments with widths from labels', () => {
    const out = viewTable(
      [
        { label: 'Left', alignment: 'left' },
        { label: 'Center', alignment: 'center' },
        { label: 'Right', alignment: 'right' },
      ],
      { Left: 1, Center: 2, Right: 3 },
    );
    expect(out).toBe('\nLeft Center Right\n---- ------ -----\n1      2        3\n\n');
  });
  it('FT-20 wide character cut in a left column', () => {
    expect(viewTable([{ label: 'Left', width: 4 }], { Left: '123\u{2B758}' }).replace(/\n/g, '')).toBe('Left----123…');
  });
  it('FT-21 wide character cut in a centered column', () => {
    expect(viewTable([{ label: 'Center', width: 6, alignment: 'center' }], { Center: '12345\u{2B758}' }).replace(/\n/g, '')).toBe('Center------12345…');
  });
  it('FT-22 empty label falls back to the property name', () => {
    expect(viewTable([{ label: '', property: 'Prop', width: 4 }], { Prop: '123' }).replace(/\n/g, '')).toBe('Prop----123');
  });
  it.each([
    ['FT-23', [7, 7, 7], '\nLongLon Header2 Header3\ngHeader\n------- ------- -------\n1       2       3\n\n'],
    ['FT-24', [4, 7, 4], '\nLong Header2 Head\nLong         er3\nHead\ner\n---- ------- ----\n1    2       3\n\n'],
    ['FT-25', [4, 4, 7], '\nLong Head Header3\nLong er2\nHead\ner\n---- ---- -------\n1    2    3\n\n'],
    ['FT-26', [14, 7, 3], '\nLongLongHeader Header2 Hea\n                       der\n                       3\n-------------- ------- ---\n1              2       3\n\n'],
  ] as [string, [number, number, number], string][])('%s header wrapping', (_n, w, expected) => {
    expect(viewTable(three(w), { a: 1, b: 2, c: 3 })).toBe(expected);
  });
  it('FT-27 one column width 4', () => {
    expect(viewTable([{ label: 'LongLongHeader', property: 'a', width: 4 }], { a: 1 })).toBe('\nLong\nLong\nHead\ner\n----\n1\n\n');
  });
  it.each([false, true])('FT-28 left/right/center rows (wrap=%s)', (wrap) => {
    expect(viewTable(three([4, 7, 5], LCR), { a: 1, b: 2, c: 3 }, wrap)).toBe('\nLong Header2 Heade\nLong          r3\nHead\ner\n---- ------- -----\n1          2   3\n\n');
  });
  it('FT-29 truncation by alignment', () => {
    const lines = viewTable(three([4, 7, 5], LCR), { a: '12345', b: '12345678', c: '123456' }).split('\n');
    expect(lines[6]).toBe('123… …345678 1234…');
  });
  it('FT-30 one narrow column', () => {
    expect(viewTable([{ label: 'LongLongHeader', property: 'a', width: 3 }], { a: '12345' })).toBe('\nLon\ngLo\nngH\nead\ner\n---\n12…\n\n');
  });
  it.each([
    ['FT-31', [4, 8, 6], ['1234 12345678 123456', '5']],
    ['FT-32', [5, 7, 6], ['12345 1234567 123456', '            8']],
    ['FT-33', [5, 8, 5], ['12345 12345678 12345', '                 6']],
    ['FT-34', [4, 7, 5], ['1234 1234567 12345', '5          8   6']],
  ] as [string, [number, number, number], string[]][])('%s -Wrap rows', (_n, w, rows) => {
    const lines = viewTable(three(w, LCR), { a: '12345', b: '12345678', c: '123456' }, true).split('\n');
    const dash = lines.findIndex((l) => l.startsWith('----'));
    expect(lines.slice(dash + 1, dash + 3)).toEqual(rows);
  });
  it('FT-35 one column width 3 with -Wrap', () => {
    const lines = viewTable([{ label: 'LongLongHeader', property: 'a', width: 3 }], { a: '12345' }, true).split('\n');
    expect(lines.slice(7, 9)).toEqual(['123', '45']);
  });
});
