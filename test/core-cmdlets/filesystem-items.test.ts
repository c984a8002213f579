/**
 * Get-ChildItem and Get-Item as a user sees them: names and relative paths (pwsh 7.6's order and
 * forms, checked against pwsh in test/pwsh/filesystem.pwsh.test.ts), the items' properties, the
 * Windows FileSystem views, and the errors for missing paths and drives.
 */
import { describe, expect, it } from 'vitest';
import { BOX, INITIAL, boxSession, disk, lines, run } from './fs-session';

describe('Get-ChildItem', () => {
  it.each<[string, string, string[]]>([
    ['folders first, then files', 'Get-ChildItem -Name', ['d1', 'B.md', 'c.txt']],
    ['each level before its folders with -Recurse', 'Get-ChildItem -Name -Recurse', ['d1', 'B.md', 'c.txt', 'd1\\sub', 'd1\\a.txt', 'd1\\n.txt', 'd1\\sub\\b.log']],
    ['-File -Recurse', '(Get-ChildItem -Recurse -File).Name', ['B.md', 'c.txt', 'a.txt', 'n.txt', 'b.log']],
    ['-Directory -Recurse', 'Get-ChildItem -Directory -Recurse -Name', ['d1', 'd1\\sub']],
    ['-Filter', 'Get-ChildItem d1 -Filter *.txt -Name', ['a.txt', 'n.txt']],
    ['-Filter by position', 'Get-ChildItem d1 *.txt -Name', ['a.txt', 'n.txt']],
    ['-Include on a folder', 'Get-ChildItem d1 -Include *.txt -Name', ['a.txt', 'n.txt']],
    ['-Include -Recurse', 'Get-ChildItem -Recurse -Include *.log -Name', ['d1\\sub\\b.log']],
    ['-Exclude', 'Get-ChildItem -Exclude *.txt -Name', ['d1', 'B.md']],
    ['-Depth implies -Recurse', 'Get-ChildItem -Depth 1 -Name', ['d1', 'B.md', 'c.txt', 'd1\\sub', 'd1\\a.txt', 'd1\\n.txt']],
    ['-Depth 0', 'Get-ChildItem -Recurse -Depth 0 -Name', ['d1', 'B.md', 'c.txt']],
    ['a wildcard lists what it matches', 'Get-ChildItem d* -Name', ['d1']],
    ['a matched folder listed down with -Recurse', 'Get-ChildItem d* -Recurse -Name', ['sub', 'a.txt', 'n.txt', 'sub\\b.log']],
    ['wildcards in several segments', 'Get-ChildItem */*.txt -Name', ['a.txt', 'n.txt']],
    ['[a-c] ranges', 'Get-ChildItem [a-c]* -Name', ['B.md', 'c.txt']],
    ['? for one character', 'Get-ChildItem d1\\?.txt -Name', ['a.txt', 'n.txt']],
    ['a file path', 'Get-ChildItem c.txt -Name', ['c.txt']],
    ['-LiteralPath', 'Get-ChildItem -LiteralPath d1 -Name', ['sub', 'a.txt', 'n.txt']],
    ['an absolute path', `Get-ChildItem ${BOX}\\d1\\sub -Name`, ['b.log']],
    ['the dir alias', 'dir d1\\sub -Name', ['b.log']],
    ['the gci alias', 'gci d1\\sub -Name', ['b.log']],
    ['the ls alias', 'ls d1\\sub -Name', ['b.log']],
    ['items down the pipeline', 'Get-ChildItem d1 -File | ForEach-Object { $_.FullName }', [`${BOX}\\d1\\a.txt`, `${BOX}\\d1\\n.txt`]],
    ['a sum of lengths', '(Get-ChildItem -Recurse -File | Measure-Object -Property Length -Sum).Sum', ['11']],
    ['hidden items: there are none', 'Get-ChildItem -Hidden -Name; "none"', ['none']],
  ])('%s', (_, code, expected) => {
    expect(lines(boxSession(), code)).toEqual(expected);
  });

  it('prints the Windows FileSystem table, grouped under each folder', () => {
    expect(run(boxSession(), 'Get-ChildItem -Recurse d1').text).toBe(
      [
        '',
        `    Directory: ${BOX}\\d1`,
        '',
        'Mode                 LastWriteTime         Length Name',
        '----                 -------------         ------ ----',
        'd----           1/6/2025   9:00 AM                sub',
        '-a---           1/6/2025   9:00 AM              5 a.txt',
        '-a---           1/6/2025   9:00 AM              0 n.txt',
        '',
        `    Directory: ${BOX}\\d1\\sub`,
        '',
        'Mode                 LastWriteTime         Length Name',
        '----                 -------------         ------ ----',
        '-a---           1/6/2025   9:00 AM              3 b.log',
        '',
        '',
      ].join('\n'),
    );
  });

  it('shows the list view under the folder with Format-List', () => {
    expect(run(boxSession(), 'Get-ChildItem c.txt | Format-List').text).toBe(
      [
        '',
        `    Directory: ${BOX}`,
        '',
        'Name           : c.txt',
        'Length         : 3',
        'CreationTime   : 1/6/2025 9:00:00 AM',
        'LastWriteTime  : 1/6/2025 9:00:00 AM',
        'LastAccessTime : 1/6/2025 9:00:00 AM',
        'Mode           : -a---',
        'LinkType       : ',
        'Target         : ',
        '',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, string, string, string]>([
    ['a missing path', 'Get-ChildItem nothere', `Cannot find path '${BOX}\\nothere' because it does not exist.`, 'PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand'],
    ['-LiteralPath takes * literally', "Get-ChildItem -LiteralPath 'd*'", `Cannot find path '${BOX}\\d*' because it does not exist.`, 'PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand'],
    ['a missing drive', 'Get-ChildItem Q:\\x', "Cannot find drive. A drive with the name 'Q' does not exist.", 'DriveNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand'],
  ])('fails on %s as pwsh does, changing nothing', (_, code, message, id) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([{ message, id, category: 'ObjectNotFound' }]);
    expect(r.text).toContain(`Get-ChildItem: ${message}`.slice(0, 40));
    expect(disk(s)).toEqual(INITIAL);
  });

  it('a bad -Depth is a binding error', () => {
    const r = run(boxSession(), 'Get-ChildItem -Depth x');
    expect(r.errors[0]!.id).toBe('CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.GetChildItemCommand');
    // pwsh 7.6: a UInt32 cannot be negative (.NET's OverflowException text).
    expect(run(boxSession(), 'Get-ChildItem -Depth -1').errors).toEqual([
      {
        message: 'Cannot bind parameter \'Depth\'. Cannot convert value "-1" to type "System.UInt32". Error: "Value was either too large or too small for a UInt32."',
        id: 'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.GetChildItemCommand',
        category: 'InvalidArgument',
      },
    ]);
  });
});

describe('Get-Item', () => {
  it('writes FileInfo and DirectoryInfo objects with their properties', () => {
    const s = boxSession();
    expect(lines(s, '$i = Get-Item c.txt; $i.Name; $i.BaseName; $i.Extension; $i.Length; $i.PSIsContainer; $i.Exists; $i.FullName; $i.DirectoryName; $i.Directory.Name; $i.Mode; $i.GetType().FullName; $i.PSPath; $i.PSParentPath; $i.PSChildName')).toEqual([
      'c.txt', 'c', '.txt', '3', 'False', 'True', `${BOX}\\c.txt`, BOX, 'box', '-a---', 'System.IO.FileInfo',
      `Microsoft.PowerShell.Core\\FileSystem::${BOX}\\c.txt`, `Microsoft.PowerShell.Core\\FileSystem::${BOX}`, 'c.txt',
    ]);
    expect(lines(s, '$d = Get-Item d1; $d.Name; $d.PSIsContainer; $d.Mode; $d.Attributes; $d.Parent.Name; $d.Parent.GetType().FullName; $d.GetType().FullName; $d.BaseName')).toEqual([
      'd1', 'True', 'd----', 'Directory', 'box', 'System.IO.DirectoryInfo', 'System.IO.DirectoryInfo', 'd1',
    ]);
  });

  it('converts to its full path and takes . and .. in paths', () => {
    const s = boxSession();
    expect(lines(s, '"$(Get-Item c.txt)"; (Get-Item d1\\..\\c.txt).Name; (Get-Item .).Name; (Get-Item ~).FullName')).toEqual([`${BOX}\\c.txt`, 'c.txt', 'box', 'C:\\Users\\Administrator']);
  });

  it('expands wildcards and filters with -Include/-Exclude; no match is no error', () => {
    const s = boxSession();
    expect(lines(s, 'Get-Item * | ForEach-Object Name')).toEqual(['d1', 'B.md', 'c.txt']);
    expect(lines(s, 'Get-Item d1\\* -Include *.txt | ForEach-Object Name; Get-Item d1\\* -Exclude *.txt | ForEach-Object Name')).toEqual(['a.txt', 'n.txt', 'sub']);
    expect(run(s, 'Get-Item nothere*; "after"')).toEqual({ text: 'after\n', errors: [] });
  });

  it('fails on a missing path and goes on with the others', () => {
    const s = boxSession();
    const r = run(s, 'Get-Item nothere, c.txt | ForEach-Object Name');
    expect(r.errors).toEqual([{ message: `Cannot find path '${BOX}\\nothere' because it does not exist.`, id: 'PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand', category: 'ObjectNotFound' }]);
    expect(r.text).toContain('c.txt\n');
    expect(r.text).toContain(`Get-Item: Cannot find path '${BOX}\\nothere' because it does not exist.`);
  });

  it('needs a path', () => {
    const r = run(boxSession(), 'Get-Item -Path $null');
    expect(r.errors[0]!.id).toMatch(/^ParameterArgumentValidationError.*,Microsoft.PowerShell.Commands.GetItemCommand$/);
  });
});
