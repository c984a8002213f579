import { describe, expect, it } from 'vitest';
import { PSCredential, PSDateTime, PSHashtable, PSObject, SecureString, type PSValue } from '../../src/engine/values';
import { contentCmdlets } from '../../cmdlets/core/content';
import { csvCmdlets } from '../../cmdlets/core/csv';
import { jsonCmdlets } from '../../cmdlets/core/json';
import { clixmlCmdlets } from '../../cmdlets/core/clixml';
import { teeCmdlets } from '../../cmdlets/core/tee';
import { newFileSystem, run } from './harness';

const [getContent, setContent, addContent, testPath] = contentCmdlets;
const [convertToCsv, convertFromCsv, exportCsv, importCsv] = csvCmdlets;
const [convertToJson, convertFromJson] = jsonCmdlets;
const [exportClixml, importClixml] = clixmlCmdlets;
const [teeObject, outFile] = teeCmdlets;
const obj = (r: Record<string, PSValue>) => PSObject.fromRecord(r);
const DESKTOP = 'C:\\Users\\Administrator\\Desktop';

describe('Get-Content / Set-Content / Add-Content / Test-Path', () => {
  it('writes lines with CRLF and reads them back (Measure-Object.md example 3)', () => {
    const fs = newFileSystem();
    run(setContent!, { Path: 'C:\\Temp\\tmp.txt', Value: ['One', 'Two', 'Three', 'Four'] }, undefined, { fs });
    expect(fs.readText('C:\\Temp\\tmp.txt')).toBe('One\r\nTwo\r\nThree\r\nFour\r\n');
    expect(run(getContent!, { Path: 'C:\\Temp\\tmp.txt' }, undefined, { fs }).output).toEqual(['One', 'Two', 'Three', 'Four']);
    expect(run(getContent!, { Path: 'C:\\Temp\\tmp.txt', TotalCount: 2 }, undefined, { fs }).output).toEqual(['One', 'Two']);
    expect(run(getContent!, { Path: 'C:\\Temp\\tmp.txt', Tail: 1 }, undefined, { fs }).output).toEqual(['Four']);
    expect(run(getContent!, { Path: 'C:\\Temp\\tmp.txt', Raw: true }, undefined, { fs }).output).toEqual(['One\r\nTwo\r\nThree\r\nFour\r\n']);
    run(addContent!, { Path: 'C:\\Temp\\tmp.txt', Value: 'Five' }, undefined, { fs });
    expect(run(getContent!, { Path: 'C:\\Temp\\t*.txt' }, undefined, { fs }).output).toHaveLength(5);
  });

  it('fails on a missing file with PathNotFound', () => {
    const r = run(getContent!, { Path: 'C:\\x.txt' });
    expect(r.output).toEqual([]);
    expect(r.errors).toEqual([
      expect.objectContaining({ message: "Cannot find path 'C:\\x.txt' because it does not exist.", errorId: 'PathNotFound', category: 'ObjectNotFound', targetObject: 'C:\\x.txt' }),
    ]);
  });

  it('fails to write into a missing folder', () => {
    const r = run(setContent!, { Path: 'C:\\NoSuchDir\\a.txt', Value: 'x' });
    expect(r.errors[0]).toMatchObject({ message: "Could not find a part of the path 'C:\\NoSuchDir\\a.txt'.", errorId: 'GetContentWriterDirectoryNotFoundError', category: 'ObjectNotFound' });
  });

  it('compares LastWriteTime with -NewerThan / -OlderThan', () => {
    const fs = newFileSystem();
    fs.writeText('C:\\Temp\\new.txt', 'x');
    const when = fs.list('C:\\Temp').find((e) => e.name === 'new.txt')!.lastWriteTime;
    expect(run(testPath!, { Path: 'C:\\Temp\\new.txt', NewerThan: new PSDateTime(when - 1000) }, undefined, { fs }).output).toEqual([true]);
    expect(run(testPath!, { Path: 'C:\\Temp\\new.txt', OlderThan: new PSDateTime(when - 1000) }, undefined, { fs }).output).toEqual([false]);
  });

  it.each<[string, Record<string, PSValue>, boolean]>([
    ['an existing folder', { Path: 'C:\\Users\\Administrator' }, true],
    ['a folder as Leaf', { Path: 'C:\\Users\\Administrator', PathType: 'Leaf' }, false],
    ['a folder as Container', { Path: 'C:\\Users', PathType: 'Container' }, true],
    ['a missing file', { Path: 'C:\\nope.txt' }, false],
    ['an empty path', { Path: '' }, false],
  ])('Test-Path on %s', (_, params, expected) => {
    expect(run(testPath!, params).output).toEqual([expected]);
  });
});

describe('CSV cmdlets (Export-Csv.md, Import-Csv.md)', () => {
  const rows = () => [obj({ EmailAddress: 'pilarp@contoso.com', Password: 'P@ss1', ForceChangePassword: false }), obj({ EmailAddress: 'tobyn@contoso.com', Password: 'x"y', ForceChangePassword: true })];

  it('converts to quoted CSV lines, #TYPE only when asked', () => {
    expect(run(convertToCsv!, {}, rows()).output).toEqual([
      '"EmailAddress","Password","ForceChangePassword"',
      '"pilarp@contoso.com","P@ss1","False"',
      '"tobyn@contoso.com","x""y","True"',
    ]);
    expect(run(convertToCsv!, { IncludeTypeInformation: true, UseQuotes: 'AsNeeded', Delimiter: ';' }, rows().slice(0, 1)).output).toEqual([
      '#TYPE System.Management.Automation.PSCustomObject',
      'EmailAddress;Password;ForceChangePassword',
      'pilarp@contoso.com;P@ss1;False',
    ]);
    expect(run(convertToCsv!, { QuoteFields: ['Password'] }, rows().slice(0, 1)).output[1]).toBe('pilarp@contoso.com,"P@ss1",False');
  });

  it('exports, appends with the file columns, and imports the staged batch file', () => {
    const fs = newFileSystem();
    const path = `${DESKTOP}\\StagedBatch1.csv`;
    run(exportCsv!, { Path: path }, rows().slice(0, 1), { fs });
    run(exportCsv!, { Path: path, Append: true }, [obj({ ForceChangePassword: true, EmailAddress: 'annb@contoso.com' })], { fs });
    expect(fs.readText(path)).toBe(
      '"EmailAddress","Password","ForceChangePassword"\r\n"pilarp@contoso.com","P@ss1","False"\r\n"annb@contoso.com",,"True"\r\n',
    );
    const r = run(importCsv!, { Path: path }, undefined, { fs });
    expect(r.output.map((o) => [(o as PSObject).get('EmailAddress'), (o as PSObject).get('Password')])).toEqual([
      ['pilarp@contoso.com', 'P@ss1'],
      ['annb@contoso.com', ''],
    ]);
  });

  it('imports with -Header and warns about defaulted headers (Import-Csv.md example 6)', () => {
    const fs = newFileSystem();
    fs.writeText('C:\\Temp\\Projects.csv', 'ProjectID,ProjectName,,Completed\r\n13,Inventory,Redmond,True\r\n440,,FarEast,True\r\n');
    const r = run(importCsv!, { Path: 'C:\\Temp\\Projects.csv' }, undefined, { fs });
    expect(r.warnings).toEqual(['One or more headers weren\'t specified. Default names starting with "H" have been used in place of any missing headers.']);
    expect((r.output[0] as PSObject).propertyNames()).toEqual(['ProjectID', 'ProjectName', 'H1', 'Completed']);
    const h = run(importCsv!, { Path: 'C:\\Temp\\Projects.csv', Header: ['A', 'B', 'C', 'D'] }, undefined, { fs });
    expect(h.output).toHaveLength(3);
    expect((h.output[0] as PSObject).get('C')).toBe('');
  });

  it('converts from CSV text', () => {
    const r = run(convertFromCsv!, {}, ['Name,Count', 'a,1', '"b, c",2']);
    expect(r.output.map((o) => [(o as PSObject).get('Name'), (o as PSObject).get('Count')])).toEqual([
      ['a', '1'],
      ['b, c', '2'],
    ]);
  });

  it('reports a missing file and a bad header', () => {
    const r = run(importCsv!, { Path: 'C:\\x.csv' });
    expect(r.errors[0]).toMatchObject({ message: "Could not find file 'C:\\x.csv'.", errorId: 'FileOpenFailure', category: 'OpenError' });
    const bad = run(convertFromCsv!, {}, ['a,A', '1,2']);
    expect(bad.terminating).toMatchObject({ message: 'The member "A" is already present.', errorId: 'AlreadyPresentPSMemberInfoInternalCollectionAdd' });
  });
});

describe('JSON cmdlets (ConvertTo-Json.md)', () => {
  it('converts one object, several as an array, and compresses (example 3)', () => {
    const h = PSHashtable.from({ Account: 'User01', Domain: 'Domain01', Admin: 'True' });
    expect(run(convertToJson!, { Compress: true }, [h]).output).toEqual(['{"Account":"User01","Domain":"Domain01","Admin":"True"}']);
    expect(run(convertToJson!, {}, [1, 2]).output).toEqual(['[\n  1,\n  2\n]']);
    expect(run(convertToJson!, { AsArray: true }, ['x']).output).toEqual(['[\n  "x"\n]']);
    expect(run(convertToJson!, { InputObject: [1, 2], Compress: true }).output).toEqual(['[1,2]']);
  });

  it('warns when the depth truncates', () => {
    const r = run(convertToJson!, { Compress: true }, [obj({ a: obj({ b: obj({ c: obj({ d: 1 }) }) }) })]);
    expect(r.output).toEqual(['{"a":{"b":{"c":"@{d=1}"}}}']);
    expect(r.warnings).toEqual(['Resulting JSON is truncated as serialization has exceeded the set depth of 2.']);
  });

  it('converts from JSON, enumerating arrays', () => {
    const r = run(convertFromJson!, {}, ['[{"a":1},', '{"a":2}]']);
    expect(r.output.map((o) => (o as PSObject).get('a'))).toEqual([1, 2]);
    expect(run(convertFromJson!, { NoEnumerate: true }, ['[1,2]']).output).toEqual([[1, 2]]);
  });

  it('fails on bad JSON with the reader message', () => {
    const r = run(convertFromJson!, {}, ['{"a": x}']);
    expect(r.terminating).toMatchObject({
      message: "Conversion from JSON failed with error: Unexpected character encountered while parsing value: x. Path 'a', line 1, position 7.",
      errorId: 'System.ArgumentException',
    });
  });
});

describe('CliXml cmdlets (Export-Clixml.md, Import-Clixml.md)', () => {
  it('round-trips objects and a credential through a file', () => {
    const fs = newFileSystem();
    const cred = new PSCredential('admin@contoso.com', new SecureString('Secret!1'));
    run(exportClixml!, { Path: 'C:\\Temp\\cred.xml' }, [cred, obj({ Name: 'Pilar', Items: 3 })], { fs });
    expect(fs.readText('C:\\Temp\\cred.xml').startsWith('<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">\r\n')).toBe(true);
    const r = run(importClixml!, { Path: 'C:\\Temp\\cred.xml' }, undefined, { fs });
    const [c, o] = r.output as [PSCredential, PSObject];
    expect(c.password.reveal()).toBe('Secret!1');
    expect(o.psTypeNames[0]).toBe('Deserialized.System.Management.Automation.PSCustomObject');
    expect(o.get('Items')).toBe(3);
  });

  it('reports a missing file and an invalid document', () => {
    const fs = newFileSystem();
    expect(run(importClixml!, { Path: 'C:\\nope.xml' }, undefined, { fs }).errors[0]).toMatchObject({ message: "Could not find file 'C:\\nope.xml'.", errorId: 'FileOpenFailure' });
    fs.writeText('C:\\Temp\\bad.xml', '<Objs xmlns="http://schemas.microsoft.com/powershell/2004/04"><Zz/></Objs>');
    expect(run(importClixml!, { Path: 'C:\\Temp\\bad.xml' }, undefined, { fs }).terminating).toMatchObject({ message: 'Zz XML tag is not recognized. Line 1, position 64.' });
  });
});

describe('Tee-Object and Out-File', () => {
  it('passes input on and stores it in a variable', () => {
    const r = run(teeObject!, { Variable: 'users' }, ['a', 'b']);
    expect(r.output).toEqual(['a', 'b']);
    expect(r.variables.get('users')).toEqual(['a', 'b']);
  });

  it('writes formatted text to files, appending on request', () => {
    const fs = newFileSystem();
    run(teeObject!, { FilePath: 'C:\\Temp\\log.txt' }, ['one'], { fs });
    run(outFile!, { FilePath: 'C:\\Temp\\log.txt', Append: true }, ['two'], { fs });
    expect(fs.readText('C:\\Temp\\log.txt')).toBe('one\r\ntwo\r\n');
    const r = run(outFile!, { FilePath: 'C:\\Nope\\x.txt' }, ['x'], { fs });
    expect(r.terminating).toMatchObject({ message: "Could not find a part of the path 'C:\\Nope\\x.txt'.", errorId: 'FileOpenFailure' });
  });
});

describe('more pipeline shapes', () => {
  it('reads several piped JSON documents separately', () => {
    const r = run(convertFromJson!, {}, ['{"a":1}', '{"a":2}']);
    expect(r.output.map((o) => (o as PSObject).get('a'))).toEqual([1, 2]);
  });

  it('refuses to overwrite with -NoClobber', () => {
    const fs = newFileSystem();
    fs.writeText('C:\\Temp\\x.csv', 'a\r\n');
    const r = run(exportCsv!, { Path: 'C:\\Temp\\x.csv', NoClobber: true }, [obj({ a: 1 })], { fs });
    expect(r.terminating).toMatchObject({ message: "The file 'C:\\Temp\\x.csv' already exists.", errorId: 'NoClobber', category: 'ResourceExists' });
    expect(fs.readText('C:\\Temp\\x.csv')).toBe('a\r\n');
  });
});
