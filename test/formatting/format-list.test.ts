import { describe, expect, it } from 'vitest';
import { PSEnumValue, PSHashtable, PSObject } from '../../src/engine/values';
import { formatList } from '../../src/formatting';
import { obj } from './helpers';

describe('Format-List golden text (notes section 2)', () => {
  const cases: [string, Parameters<typeof formatList>, string][] = [
    ['FL-1 one property', [[obj({ testName: 'testValue' })]], '\ntestName : testValue\n\n'],
    ['FL-2 wide characters pad by cells', [[obj({ '哇': '62', dbda: 'KM', '消息': '千' })]], '\n哇   : 62\ndbda : KM\n消息 : 千\n\n'],
    ['FL-3 floats keep full precision in lists', [[obj({ double: 1234.56789, float: 9876.543, decimal: 4567.123456789 })]], '\ndouble  : 1234.56789\nfloat   : 9876.543\ndecimal : 4567.123456789\n\n'],
    ['L4 null value keeps the trailing space', [[obj({ a: null, bb: 1 })]], '\na  : \nbb : 1\n\n'],
    ['L2 padding per object', [[obj({ a: 1 }), obj({ abcd: 2, b: 3 })]], '\na : 1\n\nabcd : 2\nb    : 3\n\n'],
    ['L5 multi-line value indents continuation lines', [[obj({ Name: 'x', Text: 'one\ntwo' })]], '\nName : x\nText : one\n       two\n\n'],
    ['-Property with wildcard', [[obj({ MaxA: 1, MaxB: 2, Min: 3 })], { property: ['Max*'] }], '\nMaxA : 1\nMaxB : 2\n\n'],
    ['-Property * lists all', [[obj({ a: 1, b: 2 })], { property: ['*'] }], '\na : 1\nb : 2\n\n'],
    ['calculated property', [[obj({ a: 2 })], { property: ['a', { label: 'Double', expression: (v) => ((v as PSObject).get('a') as number) * 2 }] }], '\na      : 2\nDouble : 4\n\n'],
    ['FL-15 -ExcludeProperty', [[obj({ Name: 'Test', Age: 30, City: 'Seattle' })], { excludeProperty: ['Age'] }], '\nName : Test\nCity : Seattle\n\n'],
    ['FL-15 -ExcludeProperty wildcard with -Property', [[obj({ PropA: 1, PropB: 2, C: 3 })], { property: ['*'], excludeProperty: ['Prop*'] }], '\nC : 3\n\n'],
    ['FL-10 several objects', [[obj({ Name: 'name1', Length: 1 }), obj({ Name: 'name2', Length: 2 })]], '\nName   : name1\nLength : 1\n\nName   : name2\nLength : 2\n\n'],
    ['FL-11 different shapes', [[obj({ Name: 'name1', Length: 1 }), obj({ Name: 'name2', Value: 'value2', Length: 2 })]], '\nName   : name1\nLength : 1\n\nName   : name2\nValue  : value2\nLength : 2\n\n'],
    // pwsh 7.6: a group that another group follows ends with one more blank line.
    ['-GroupBy', [[obj({ S: 'A', n: 1 }), obj({ S: 'B', n: 2 })], { groupBy: 'S' }], '\n   S: A\n\nS : A\nn : 1\n\n\n   S: B\n\nS : B\nn : 2\n\n'],
  ];
  it.each(cases)('%s', (_name, args, expected) => {
    expect(formatList(...args)).toBe(expected);
  });

  it('FL-4 hashtable entries show Name/Value with the enumeration limit', () => {
    const h = new PSHashtable();
    h.set('array', Array.from({ length: 256 }, (_, i) => i));
    expect(formatList([h])).toBe('\nName  : array\nValue : {0, 1, 2, 3…}\n\n');
  });

  it('FL-9 hashtable of arrays and enums', () => {
    const h = new PSHashtable(true);
    h.set('intArray', [1, 2, 3, 4]);
    h.set('arrayList', ['string1', 'string2']);
    h.set('enumerable', new PSEnumValue('System.DayOfWeek', 'Sun'));
    expect(formatList([h])).toBe(
      '\nName  : intArray\nValue : {1, 2, 3, 4}\n\nName  : arrayList\nValue : {string1, string2}\n\nName  : enumerable\nValue : Sun\n\n',
    );
  });

  it.each([
    ['FL-5 empty hashtable', [new PSHashtable()]],
    ['FL-6 $null', [null]],
    ['FL-7 string', ['single line string']],
    ['FL-8 strings', ['Line1', 'Line2']],
  ])('%s with non-existent -Property prints nothing', (_n, values) => {
    expect(formatList(values, { property: ['foo', 'bar'], force: true }).trim()).toBe('');
  });

  it('L6 long values word-wrap under the value column at the width', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta';
    // width 30: label "Desc" (4) + " : " leaves 23 cells for the value.
    // pwsh 7.6 (en-US): the space that ends a wrapped line stays (CW GenerateLinesWithWordWrap).
    expect(formatList([obj({ Desc: text })], { width: 30 })).toBe('\nDesc : alpha beta gamma delta \n       epsilon zeta eta theta\n\n');
  });

  it('L6 wraps at 120 columns by default', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const out = formatList([obj({ Notes: words })]).split('\n');
    expect(out[1]).toBe('Notes : ' + words.slice(0, words.lastIndexOf(' ', 112) + 1));
    expect(out.every((l) => l.length <= 120)).toBe(true);
    expect(out[2]!.startsWith('        word')).toBe(true);
  });

  it('L3 labels wider than the screen are cut without ellipsis', () => {
    expect(formatList([obj({ LongLabelName: 2 })], { width: 14 })).toBe('\nLongLabelN : 2\n\n');
  });

  it('enumeration limit option', () => {
    expect(formatList([obj({ a: [1, 2, 3] })], { enumerationLimit: 2 })).toBe('\na : {1, 2…}\n\n');
    expect(formatList([obj({ a: [1, 2, 3] })], { enumerationLimit: -1 })).toBe('\na : {1, 2, 3}\n\n');
    expect(formatList([obj({ a: [1, 2, 3] })], { enumerationLimit: 3 })).toBe('\na : {1, 2, 3}\n\n');
  });
});

describe('ANSI rendering (L9, T11)', () => {
  it('FL-14 labels in FormatAccent, coloured values get a reset', () => {
    const out = formatList([obj({ a: 'Hello', b: '\x1b[36mworld' })], { ansi: true });
    expect(out.trim()).toBe('\x1b[32;1ma : \x1b[0mHello\n\x1b[32;1mb : \x1b[0m\x1b[36mworld\x1b[0m');
  });
  it('FT-17 table header and dashes in TableHeader colour', async () => {
    const { formatTable } = await import('../../src/formatting');
    expect(formatTable([obj({ foo: 1 })], { ansi: true }).split('\n')).toEqual(['', '\x1b[32;1mfoo\x1b[0m', '\x1b[32;1m---\x1b[0m', '  1', '', '']);
  });
  it('escape sequences take no cells when measuring', async () => {
    const { formatTable } = await import('../../src/formatting');
    expect(formatTable([obj({ name: '\x1b[36mab\x1b[0m', n: 'x' })])).toBe('\nname n\n---- -\n\x1b[36mab\x1b[0m   x\n\n');
  });
});

describe('reference page outputs', () => {
  it('Out-String.md example 1: Get-Culture | Select-Object * at width 100 (list, wrapped collection)', async () => {
    const { outString } = await import('../../src/formatting');
    const c = obj({
      Parent: 'en',
      LCID: 1033,
      KeyboardLayoutId: 1033,
      Name: 'en-US',
      IetfLanguageTag: 'en-US',
      DisplayName: 'English (United States)',
      NativeName: 'English (United States)',
      EnglishName: 'English (United States)',
      TwoLetterISOLanguageName: 'en',
      ThreeLetterISOLanguageName: 'eng',
      ThreeLetterWindowsLanguageName: 'ENU',
      CompareInfo: 'CompareInfo - en-US',
      TextInfo: 'TextInfo - en-US',
      IsNeutralCulture: false,
      CultureTypes: 'SpecificCultures, InstalledWin32Cultures, FrameworkCultures',
      NumberFormat: 'System.Globalization.NumberFormatInfo',
      DateTimeFormat: 'System.Globalization.DateTimeFormatInfo',
      Calendar: 'System.Globalization.GregorianCalendar',
      OptionalCalendars: ['System.Globalization.GregorianCalendar', 'System.Globalization.GregorianCalendar'],
      UseUserOverride: true,
      IsReadOnly: false,
    });
    const expected = [
      '',
      'Parent                         : en',
      'LCID                           : 1033',
      'KeyboardLayoutId               : 1033',
      'Name                           : en-US',
      'IetfLanguageTag                : en-US',
      'DisplayName                    : English (United States)',
      'NativeName                     : English (United States)',
      'EnglishName                    : English (United States)',
      'TwoLetterISOLanguageName       : en',
      'ThreeLetterISOLanguageName     : eng',
      'ThreeLetterWindowsLanguageName : ENU',
      'CompareInfo                    : CompareInfo - en-US',
      'TextInfo                       : TextInfo - en-US',
      'IsNeutralCulture               : False',
      'CultureTypes                   : SpecificCultures, InstalledWin32Cultures, FrameworkCultures',
      'NumberFormat                   : System.Globalization.NumberFormatInfo',
      'DateTimeFormat                 : System.Globalization.DateTimeFormatInfo',
      'Calendar                       : System.Globalization.GregorianCalendar',
      // The reference page trims it, pwsh 7.6 keeps the space after the comma at the end of the line.
      'OptionalCalendars              : {System.Globalization.GregorianCalendar, ',
      '                                 System.Globalization.GregorianCalendar}',
      'UseUserOverride                : True',
      'IsReadOnly                     : False',
      '',
      '',
    ].join('\n');
    expect(outString([c], 100)).toBe(expected);
  });
});
