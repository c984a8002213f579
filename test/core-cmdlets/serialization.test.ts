import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROCESS_SECRET_KEEPER } from '../../src/engine/secrets';
import { describe, expect, it } from 'vitest';
import {
  PSCredential,
  PSDateTime,
  PSEnumValue,
  PSHashtable,
  PSObject,
  PSTimeSpan,
  SecureString,
  type PSValue,
} from '../../src/engine/values';
import { fromJson, toJson } from '../../src/engine/serialization/json';
import { csvColumns, csvHeaderLine, csvRowLine, csvTypeLine, parseCsv, splitCsvRecords } from '../../src/engine/serialization/csv';
import {
  SerializedSecureString,
  decodeClixmlString,
  encodeClixmlString,
  fromClixml,
  timeSpanFromXml,
  timeSpanToXml,
  toClixml,
} from '../../src/engine/serialization/clixml';
import { DATA_MESSAGES, DataFormatError } from '../../src/engine/serialization/messages';

const obj = (r: Record<string, PSValue>) => PSObject.fromRecord(r);

describe('toJson (ConvertTo-Json.md, Newtonsoft layout)', () => {
  it.each<[string, PSValue, object, string]>([
    ['string', 'a"b\\c\n', {}, '"a\\"b\\\\c\\n"'],
    ['control char', '\u0001', {}, '"\\u0001"'],
    ['html default', "<a&'>", {}, '"<a&\'>"'],
    ['html escaped', "<a&'>", { escapeHandling: 'EscapeHtml' }, '"\\u003ca\\u0026\\u0027\\u003e"'],
    ['non-ascii escaped', 'é', { escapeHandling: 'EscapeNonAscii' }, '"\\u00e9"'],
    ['null', null, {}, 'null'],
    ['bool', true, {}, 'true'],
    ['double', 1.5, {}, '1.5'],
    // Newtonsoft keeps a Double's point; .NET 10's round-trip form is fixed up to 17 digits (pwsh 7.6).
    ['whole double', 1e16, {}, '10000000000000000.0'],
    ['large double', 1e17, {}, '1E+17'],
    ['empty array', [], {}, '[]'],
    ['empty object', obj({}), {}, '{}'],
    ['local date', new PSDateTime(Date.UTC(2021, 7, 5, 16, 13, 5, 639)), {}, '"2021-08-05T16:13:05.639+00:00"'],
    ['utc date', new PSDateTime(Date.UTC(2021, 7, 5, 16, 13, 5), 'Utc'), {}, '"2021-08-05T16:13:05Z"'],
    ['unspecified date', new PSDateTime(new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(1), 'Unspecified'), {}, '"0001-01-01T00:00:00"'],
    ['enum as number', new PSEnumValue('System.DayOfWeek', 'Friday', 5), {}, '5'],
    ['enum as string', new PSEnumValue('System.DayOfWeek', 'Friday', 5), { enumsAsStrings: true }, '"Friday"'],
    ['compress', PSHashtable.from({ Account: 'User01', Domain: 'Domain01', Admin: 'True' }), { compress: true }, '{"Account":"User01","Domain":"Domain01","Admin":"True"}'],
    ['secure string', new SecureString('abc'), { compress: true }, '{"Length":3}'],
  ])('%s', (_, value, opts, expected) => {
    expect(toJson(value, opts).text).toBe(expected);
  });

  it('indents nested objects and arrays by two spaces', () => {
    const v = obj({ Name: 'x', Eras: [1, 2], Inner: obj({ A: null }), Empty: [] });
    expect(toJson(v).text).toBe(
      '{\n  "Name": "x",\n  "Eras": [\n    1,\n    2\n  ],\n  "Inner": {\n    "A": null\n  },\n  "Empty": []\n}',
    );
  });

  it('replaces values deeper than -Depth by their string form and reports truncation', () => {
    const v = obj({ a: obj({ b: obj({ c: obj({ d: 1 }) }) }) });
    const r = toJson(v);
    expect(r.truncated).toBe(true);
    expect(r.text).toBe('{\n  "a": {\n    "b": {\n      "c": "@{d=1}"\n    }\n  }\n}');
    const h = toJson(PSHashtable.from({ a: PSHashtable.from({ b: PSHashtable.from({ c: PSHashtable.from({}) }) }) }), { compress: true });
    expect(h.text).toBe('{"a":{"b":{"c":"System.Collections.Hashtable"}}}');
    expect(toJson(v, { depth: 5 }).truncated).toBe(false);
    // pwsh 7.6: the nested array inside the truncated one is named, not flattened.
    expect(toJson([[1, [2, [3]]]], { depth: 1, compress: true }).text).toBe('[[1,"2 System.Object[]"]]');
  });

  it('writes a TimeSpan as its .NET 8 properties', () => {
    const t = toJson(new PSTimeSpan(90061001), { compress: true }).text;
    expect(t).toBe(
      '{"Ticks":900610010000,"Days":1,"Hours":1,"Milliseconds":1,"Microseconds":0,"Nanoseconds":0,"Minutes":1,"Seconds":1,"TotalDays":1.0423727,"TotalHours":25.0169447,"TotalMilliseconds":90061001,"TotalMicroseconds":90061001000,"TotalNanoseconds":90061001000000,"TotalMinutes":1501.01668333333,"TotalSeconds":90061.001}'.replace(
        /1\.0423727|25\.0169447|1501\.01668333333/g,
        (m) => String(Number(m) === 1.0423727 ? 90061001 / 86400000 : Number(m) === 25.0169447 ? 90061001 / 3600000 : 90061001 / 60000),
      ),
    );
  });
});

describe('fromJson (ConvertFrom-Json)', () => {
  it('reads objects as PSCustomObjects with ordered properties', () => {
    const v = fromJson('{"Name":"Pilar","Count":3,"Ratio":0.5,"On":true,"None":null,"List":[1,"a"],"In":{"x":1}}') as PSObject;
    expect(v).toBeInstanceOf(PSObject);
    expect(v.isCustomObject).toBe(true);
    expect(v.propertyNames()).toEqual(['Name', 'Count', 'Ratio', 'On', 'None', 'List', 'In']);
    expect(v.get('count')).toBe(3);
    expect(v.get('None')).toBeNull();
    expect(v.get('List')).toEqual([1, 'a']);
    expect((v.get('In') as PSObject).get('x')).toBe(1);
  });

  it('parses ISO dates with their kind', () => {
    const [a, b, c] = fromJson('["2021-08-05T16:13:05.6394416-07:00","2021-08-05T16:13:05Z","2018-10-12T00:00:00"]') as PSDateTime[];
    expect(a).toBeInstanceOf(PSDateTime);
    expect(a!.kind).toBe('Local');
    expect(new Date(a!.ms).toISOString()).toBe('2021-08-05T23:13:05.639Z');
    expect(b!.kind).toBe('Utc');
    expect(c!.kind).toBe('Unspecified');
    expect(fromJson('"2021-08-05"')).toBe('2021-08-05');
  });

  it('builds hashtables with -AsHashtable, allowing keys that differ by case', () => {
    const h = fromJson('{"a":1,"b":{"c":2}}', { asHashtable: true }) as PSHashtable;
    expect(h).toBeInstanceOf(PSHashtable);
    expect((h.get('b') as PSHashtable).get('c')).toBe(2);
  });

  it.each<[string, string]>([
    ['{"a":1,"A":2}', DATA_MESSAGES.JsonDuplicateKeysDifferentCasing.replace('{0}', 'a').replace('{1}', 'A')],
    ['{"a": x}', "Unexpected character encountered while parsing value: x. Path 'a', line 1, position 7."],
    ['[1,2', "Unexpected end when reading JSON. Path '[1]', line 1, position 4."],
    ['{"a":1} x', "After parsing a value an unexpected character was encountered: x. Path '', line 1, position 9."],
    ['"abc', "Unterminated string. Expected delimiter: \". Path '', line 1, position 4."],
  ])('rejects %s', (text, message) => {
    expect(() => fromJson(text)).toThrow(DataFormatError);
    expect(() => fromJson(text)).toThrow(message);
  });

  it('round-trips what toJson writes', () => {
    const v = obj({ a: 'x', b: [1, 2, 3], c: obj({ d: true }) });
    const back = fromJson(toJson(v).text) as PSObject;
    expect(toJson(back).text).toBe(toJson(v).text);
  });
});

describe('CSV (Export-Csv.md, Import-Csv.md)', () => {
  const rows = [obj({ Name: 'Pilar', Count: 3, Note: 'say "hi", ok' }), obj({ Name: 'Toby', Extra: 1 })];

  it('writes headers from the first object and quotes every field by default', () => {
    const cols = csvColumns(rows[0]!);
    expect(csvTypeLine(rows[0]!)).toBe('#TYPE System.Management.Automation.PSCustomObject');
    expect(csvHeaderLine(cols)).toBe('"Name","Count","Note"');
    expect(csvRowLine(rows[0]!, cols)).toBe('"Pilar","3","say ""hi"", ok"');
    expect(csvRowLine(rows[1]!, cols)).toBe('"Toby",,');
    expect(csvRowLine(obj({ Name: null }), ['Name'])).toBe('""');
  });

  it.each<[string, object, string]>([
    ['AsNeeded', { useQuotes: 'AsNeeded' }, 'Pilar,3,"say ""hi"", ok"'],
    ['Never', { useQuotes: 'Never' }, 'Pilar,3,say "hi", ok'],
    ['QuoteFields', { quoteFields: ['name'] }, '"Pilar",3,say "hi", ok'],
    ['Delimiter', { delimiter: ';', useQuotes: 'AsNeeded' }, 'Pilar;3;say ""hi"", ok'.replace('say ""hi"", ok', '"say ""hi"", ok"')],
  ])('quotes with %s', (_, opts, expected) => {
    expect(csvRowLine(rows[0]!, csvColumns(rows[0]!), opts)).toBe(expected);
  });

  it('writes hashtables by their keys and values by their ToString()', () => {
    const h = PSHashtable.from({ When: new PSDateTime(Date.UTC(2019, 7, 22, 11, 27, 34)), List: [1, 2], On: false });
    expect(csvHeaderLine(csvColumns(h))).toBe('"When","List","On"');
    expect(csvRowLine(h, csvColumns(h))).toBe('"8/22/2019 11:27:34 AM","System.Object[]","False"');
  });

  it('splits quoted fields with delimiters and line breaks', () => {
    expect(splitCsvRecords('a,"b,c","d\r\ne"\r\n"x""y",,\n')).toEqual([
      ['a', 'b,c', 'd\r\ne'],
      ['x"y', '', ''],
    ]);
  });

  it('reads objects, #TYPE names, defaulted headers and short rows', () => {
    const r = parseCsv('#TYPE Contoso.User\r\nProjectID,ProjectName,,Completed\r\n13,Inventory,Redmond,True\r\n\r\n440,,FarEast\r\n');
    expect(r.defaultedHeaders).toBe(true);
    expect(r.objects).toHaveLength(2);
    const [a, b] = r.objects;
    expect(a!.psTypeNames).toEqual(['CSV:Contoso.User', 'System.Management.Automation.PSCustomObject', 'System.Object']);
    expect(a!.propertyNames()).toEqual(['ProjectID', 'ProjectName', 'H1', 'Completed']);
    expect(a!.get('H1')).toBe('Redmond');
    expect(b!.get('ProjectName')).toBe('');
    expect(b!.get('Completed')).toBeNull();
  });

  it('uses -Header and -Delimiter', () => {
    const r = parseCsv('a;b;c\n', { header: ['X', 'Y'], delimiter: ';' });
    expect(r.objects[0]!.propertyNames()).toEqual(['X', 'Y', 'H1']);
    expect(r.objects[0]!.get('H1')).toBe('c');
  });

  it('rejects a header named twice', () => {
    expect(() => parseCsv('Name,name\n1,2')).toThrow('The member "name" is already present.');
  });
});

describe('CliXml (Export-Clixml.md, Import-Clixml.md)', () => {
  const fixture = readFileSync(join(__dirname, 'fixtures', 'mailbox-export.clixml'), 'utf8');

  it('encodes names and text as pwsh does', () => {
    expect(encodeClixmlString('a\r\nb_x_y')).toBe('a_x000D__x000A_b_x005F_x_y');
    expect(decodeClixmlString('a_x000D__x000A_b_x005F_x_y')).toBe('a\r\nb_x_y');
    expect(timeSpanToXml(new PSTimeSpan(3723500))).toBe('PT1H2M3.5S');
    expect(timeSpanToXml(new PSTimeSpan(0))).toBe('PT0S');
    expect(timeSpanToXml(new PSTimeSpan(86400000))).toBe('P1D');
    expect(timeSpanToXml(new PSTimeSpan(-300000))).toBe('-PT5M');
    expect(timeSpanFromXml('P1DT2H')!.ms).toBe(93600000);
  });

  it('imports a pwsh document with typed values', () => {
    const [first, second, cred, color, text] = fromClixml(fixture) as [PSObject, PSObject, PSCredential, PSEnumValue, string];
    expect(first.psTypeNames).toEqual(['Deserialized.System.Management.Automation.PSCustomObject', 'Deserialized.System.Object']);
    expect(first.get('Notes')).toBe('line one\r\nline two');
    expect(String(second)).toBe('@{EmailAddress=tobyn@contoso.com; Manager=Pilar Pinilla}');
    expect(first.get('ItemCount')).toBe(1523);
    expect(first.get('TotalBytes')).toBe(5368709120);
    expect(first.get('Ratio')).toBe(0.75);
    expect(first.get('Enabled')).toBe(true);
    const sync = first.get('LastSync') as PSDateTime;
    expect(sync).toBeInstanceOf(PSDateTime);
    expect(new Date(sync.ms).toISOString()).toBe('2026-11-20T14:05:33.250Z');
    expect((first.get('Duration') as PSTimeSpan).ms).toBe(3723500);
    expect(first.get('Manager')).toBeNull();
    expect(first.get('Aliases')).toEqual(['pilar', 'ppinilla']);
    const mbx = first.get('Mailbox') as PSObject;
    expect(mbx.psTypeNames[0]).toBe('Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox');
    expect(String(mbx)).toBe('Pilar Pinilla');
    expect(mbx.getPropertyInfo('Database')!.memberType).toBe('Property');
    const settings = first.get('Settings') as PSHashtable;
    expect(settings.get('badItemLimit')).toBe(10);
    expect([...(first.get('Photo') as Uint8Array)]).toEqual([1, 2, 3]);
    expect(second.psTypeNames[0]).toBe('Deserialized.System.Management.Automation.PSCustomObject');
    expect(second.get('Manager')).toBe(mbx);
    expect(cred).toBeInstanceOf(PSCredential);
    expect(cred.userName).toBe('admin@contoso.onmicrosoft.com');
    expect(cred.password).toBeInstanceOf(SerializedSecureString);
    expect(color).toBeInstanceOf(PSEnumValue);
    expect(String(color)).toBe('Red');
    expect(color.numeric).toBe(12);
    expect(text).toBe('plain string');
  });

  it('exports what it imported as an equivalent document (SecureString text kept)', () => {
    const again = toClixml(fromClixml(fixture));
    // pwsh keeps the Deserialized. names on export; otherwise the document is the same.
    const normalised = again.replace(/Deserialized\./g, '');
    expect(normalised).toBe(fixture);
  });

  it('exports objects with the layout pwsh writes', () => {
    const o = obj({ Name: 'a', When: new PSDateTime(Date.UTC(2026, 10, 24, 8, 42, 44), 'Utc'), Tags: ['x'], Same: null });
    expect(toClixml([o, o])).toBe(
      [
        '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">',
        '  <Obj RefId="0">',
        '    <TN RefId="0">',
        '      <T>System.Management.Automation.PSCustomObject</T>',
        '      <T>System.Object</T>',
        '    </TN>',
        '    <MS>',
        '      <S N="Name">a</S>',
        '      <DT N="When">2026-11-24T08:42:44Z</DT>',
        '      <Obj N="Tags" RefId="1">',
        '        <TN RefId="1">',
        '          <T>System.Object[]</T>',
        '          <T>System.Array</T>',
        '          <T>System.Object</T>',
        '        </TN>',
        '        <LST>',
        '          <S>x</S>',
        '        </LST>',
        '      </Obj>',
        '      <Nil N="Same" />',
        '    </MS>',
        '  </Obj>',
        '  <Ref RefId="0" />',
        '</Objs>',
      ].join('\r\n'),
    );
  });

  it('round-trips an emulator credential and writes deep values as strings', () => {
    const cred = new PSCredential('admin@contoso.com', new SecureString('P@ssw0rd!'));
    const secureStrings = PROCESS_SECRET_KEEPER;
    const [back] = fromClixml(toClixml([cred], { secureStrings }), { secureStrings }) as [PSCredential];
    expect(back.userName).toBe('admin@contoso.com');
    expect(back.password.reveal()).toBe('P@ssw0rd!');
    expect(toClixml([cred], { secureStrings })).not.toContain('P@ssw0rd');
    // Without the key it was written with (a bare call forgets its key), `<SS>` cannot be read back.
    expect(() => fromClixml(toClixml([cred]), { secureStrings })).toThrow('Key not valid for use in specified state.');
    // pwsh writes a pscustomobject's note properties whole whatever -Depth says (generate.ps1's
    // deep-depth1.xml); -Depth counts levels of objects with adapted properties, like Exchange's.
    const deep = obj({ a: obj({ b: obj({ c: obj({ d: 1 }) }) }) });
    const [whole] = fromClixml(toClixml([deep], { depth: 1 })) as [PSObject];
    expect(String(((whole.get('a') as PSObject).get('b') as PSObject).get('c'))).toBe('@{d=1}');
    const adapted = (name: string, value: PSValue) => new PSObject(['Microsoft.Exchange.Data.Directory.Thing', 'System.Object']).addProperty({ name, value, memberType: 'Property' });
    const thing = adapted('Inner', adapted('Leaf', 1));
    thing.toStringOverride = () => 'outer';
    (thing.get('Inner') as PSObject).toStringOverride = () => 'inner';
    const [r] = fromClixml(toClixml([thing], { depth: 1 })) as [PSObject];
    expect(r.get('Inner')).toBe('inner');
    const [r2] = fromClixml(toClixml([thing], { depth: 2 })) as [PSObject];
    expect((r2.get('Inner') as PSObject).get('Leaf')).toBe(1);
  });

  it('rejects documents that are not CliXml', () => {
    expect(() => fromClixml('<Foo/>')).toThrow(DataFormatError);
    expect(() => fromClixml('<Objs><S>1</S></Objs>')).toThrow("Element 'Objs' with namespace name 'http://schemas.microsoft.com/powershell/2004/04' was not found. Line 1, position 2.");
    expect(() => fromClixml('<Objs xmlns="http://schemas.microsoft.com/powershell/2004/04"><Zz>1</Zz></Objs>')).toThrow('Zz XML tag is not recognized. Line 1, position 64.');
  });
});
