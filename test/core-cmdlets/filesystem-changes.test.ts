/**
 * New-Item, Remove-Item, Copy-Item, Move-Item and Rename-Item: the disk after each command, the
 * -WhatIf texts (pwsh 7.6's, checked in test/pwsh/filesystem.pwsh.test.ts), the confirmation before
 * removing a folder with children, and each bad command's error with the disk left as it was.
 */
import { describe, expect, it } from 'vitest';
import { BOX, INITIAL, boxSession, disk, lines, run } from './fs-session';

const without = (...gone: string[]) => INITIAL.filter((e) => !gone.includes(e));
const plus = (...added: string[]) => [...INITIAL, ...added].sort();

describe('New-Item', () => {
  it.each<[string, string, string[]]>([
    ['a file with -Value', 'New-Item x.txt -Value "hi there"', plus('x.txt=hi there')],
    ['an empty file (the default type)', 'New-Item x.txt', plus('x.txt=')],
    ['a folder', 'New-Item -ItemType Directory x', plus('x\\')],
    ['a folder with its missing parents', 'New-Item -ItemType Directory x\\y\\z', plus('x\\', 'x\\y\\', 'x\\y\\z\\')],
    ['-Path and -Name', 'New-Item -Path d1 -Name m.txt -Value v', plus('d1\\m.txt=v')],
    ['-Name alone, in the current folder', 'New-Item -Name m.txt', plus('m.txt=')],
    ['-Type (alias) dir', 'New-Item -Type Directory x', plus('x\\')],
    ['-Force over a file: emptied', 'New-Item c.txt -Force', [...without('c.txt=ccc'), 'c.txt='].sort()],
    ['-Force with missing folders', 'New-Item q\\r.txt -Force -Value abc', plus('q\\', 'q\\r.txt=abc')],
    ['-Force on an existing folder keeps it', 'New-Item -ItemType Directory d1 -Force', INITIAL],
    ['the ni alias', 'ni x.txt', plus('x.txt=')],
    ['several paths', 'New-Item x.txt, y.txt', plus('x.txt=', 'y.txt=')],
  ])('creates %s', (_, code, after) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([]);
    expect(disk(s)).toEqual(after);
  });

  it('prints the new item in the FileSystem table', () => {
    expect(run(boxSession(), 'New-Item x.txt -Value abc').text).toBe(
      ['', `    Directory: ${BOX}`, '', 'Mode                 LastWriteTime         Length Name', '----                 -------------         ------ ----', '-a---           1/6/2025   9:00 AM              3 x.txt', '', ''].join('\n'),
    );
  });

  it.each<[string, string, string]>([
    ['New-Item x.txt -WhatIf', 'Create File', `Destination: ${BOX}\\x.txt`],
    ['New-Item xd -ItemType Directory -WhatIf', 'Create Directory', `Destination: ${BOX}\\xd`],
  ])('%s says what it would do and does nothing', (code, action, target) => {
    const s = boxSession();
    expect(run(s, code).text).toBe(`What if: Performing the operation "${action}" on target "${target}".\n`);
    expect(disk(s)).toEqual(INITIAL);
  });

  it.each<[string, string, string, string, string]>([
    ['an existing folder', 'New-Item d1 -ItemType Directory', `An item with the specified name ${BOX}\\d1 already exists.`, 'DirectoryExist', 'ResourceExists'],
    ['an existing file', 'New-Item c.txt', `The file '${BOX}\\c.txt' already exists.`, 'NewItemIOError', 'WriteError'],
    ['a missing folder', 'New-Item nodir\\x.txt', `Could not find a part of the path '${BOX}\\nodir\\x.txt'.`, 'NewItemIOError', 'WriteError'],
    ['a missing drive', 'New-Item Q:\\x.txt', "Cannot find drive. A drive with the name 'Q' does not exist.", 'DriveNotFound', 'ObjectNotFound'],
    [
      'an unknown -ItemType',
      'New-Item -ItemType Foo x',
      'The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.',
      'Argument',
      'InvalidArgument',
    ],
  ])('fails on %s as pwsh does, the disk unchanged', (_, code, message, id, category) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([{ message, id: `${id},Microsoft.PowerShell.Commands.NewItemCommand`, category }]);
    expect(r.text).toContain('New-Item: ');
    expect(disk(s)).toEqual(INITIAL);
  });
});

describe('Remove-Item', () => {
  it.each<[string, string, string[]]>([
    ['a file', 'Remove-Item c.txt', without('c.txt=ccc')],
    ['a folder with -Recurse', 'Remove-Item d1 -Recurse', ['B.md=', 'c.txt=ccc']],
    ['an empty folder without -Recurse', 'Remove-Item d1\\sub\\b.log; Remove-Item d1\\sub', without('d1\\sub\\', 'd1\\sub\\b.log=log')],
    ['wildcard matches', 'Remove-Item d1\\*.txt', without('d1\\a.txt=hello', 'd1\\n.txt=')],
    ['-Include in a folder', 'Remove-Item d1\\* -Include *.txt', without('d1\\a.txt=hello', 'd1\\n.txt=')],
    ['-Include on a folder with -Recurse', 'Remove-Item d1 -Include *.log -Recurse', without('d1\\sub\\b.log=log')],
    ['several paths', 'Remove-Item c.txt, B.md', without('c.txt=ccc', 'B.md=')],
    ['items from the pipeline', 'Get-ChildItem d1 -Filter *.txt | Remove-Item', without('d1\\a.txt=hello', 'd1\\n.txt=')],
    ['by the rm alias', 'rm c.txt', without('c.txt=ccc')],
    ['by the del alias', 'del c.txt', without('c.txt=ccc')],
    ['by the rmdir alias', 'rmdir d1 -Recurse', ['B.md=', 'c.txt=ccc']],
    ['nothing for a wildcard that matches nothing', 'Remove-Item nothere*', INITIAL],
  ])('removes %s', (_, code, after) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([]);
    expect(disk(s)).toEqual(after);
  });

  it('-WhatIf names each item', () => {
    const s = boxSession();
    expect(lines(s, 'Remove-Item c.txt -WhatIf; Remove-Item d1 -Recurse -WhatIf; Remove-Item d1\\sub\\b.log, B.md -WhatIf')).toEqual([
      `What if: Performing the operation "Remove File" on target "${BOX}\\c.txt".`,
      `What if: Performing the operation "Remove Directory" on target "${BOX}\\d1".`,
      `What if: Performing the operation "Remove File" on target "${BOX}\\d1\\sub\\b.log".`,
      `What if: Performing the operation "Remove File" on target "${BOX}\\B.md".`,
    ]);
    expect(disk(s)).toEqual(INITIAL);
  });

  const CHILDREN = `The item at ${BOX}\\d1 has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?`;

  it('asks before removing a folder with children without -Recurse: yes removes it', () => {
    const s = boxSession(['Y']);
    const r = run(s, 'Remove-Item d1');
    expect(r.text).toContain(`Confirm\n${CHILDREN}\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): Y\n`);
    expect(disk(s)).toEqual(['B.md=', 'c.txt=ccc']);
  });

  it('asks before removing a folder with children without -Recurse: no keeps it', () => {
    const s = boxSession(['N']);
    run(s, 'Remove-Item d1');
    expect(disk(s)).toEqual(INITIAL);
  });

  it('cannot ask under -NonInteractive: the error, and the folder kept', () => {
    const s = boxSession();
    const r = run(s, 'Remove-Item d1');
    expect(r.errors[0]!.message).toBe('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    expect(disk(s)).toEqual(INITIAL);
  });

  it.each<[string, string, string, string]>([
    ['a missing path', 'Remove-Item nothere', `Cannot find path '${BOX}\\nothere' because it does not exist.`, 'PathNotFound'],
    ['a missing drive', 'Remove-Item Q:\\x', "Cannot find drive. A drive with the name 'Q' does not exist.", 'DriveNotFound'],
  ])('fails on %s, the disk unchanged', (_, code, message, id) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([{ message, id: `${id},Microsoft.PowerShell.Commands.RemoveItemCommand`, category: 'ObjectNotFound' }]);
    expect(r.text).toBe(`Remove-Item: ${message}\n`);
    expect(disk(s)).toEqual(INITIAL);
  });

  it('moves the location out of a folder it removes', () => {
    const s = boxSession();
    expect(lines(s, 'Set-Location d1\\sub; Remove-Item .. -Recurse; $PWD.Path')).toEqual([BOX]);
  });
});

describe('Copy-Item', () => {
  it.each<[string, string, string[]]>([
    ['a file to a new name', 'Copy-Item c.txt c2.txt', plus('c2.txt=ccc')],
    ['a file over another (overwritten)', 'Copy-Item d1\\a.txt c.txt', [...without('c.txt=ccc'), 'c.txt=hello'].sort()],
    ['a file into a folder', 'Copy-Item c.txt d1', plus('d1\\c.txt=ccc')],
    ['a folder with -Recurse', 'Copy-Item d1 d5 -Recurse', plus('d5\\', 'd5\\a.txt=hello', 'd5\\n.txt=', 'd5\\sub\\', 'd5\\sub\\b.log=log')],
    ['a folder without -Recurse: the folder only', 'Copy-Item d1 d4', plus('d4\\')],
    ['a folder into an existing folder', 'New-Item -ItemType Directory d2 | Out-Null; Copy-Item d1\\sub d2 -Recurse', plus('d2\\', 'd2\\sub\\', 'd2\\sub\\b.log=log')],
    ['wildcard matches', 'New-Item -ItemType Directory t | Out-Null; Copy-Item d1\\*.txt t', plus('t\\', 't\\a.txt=hello', 't\\n.txt=')],
    ['items from the pipeline', 'Get-ChildItem d1 -File | Copy-Item -Destination .', plus('a.txt=hello', 'n.txt=')],
    ['by the cp alias', 'cp c.txt c2.txt', plus('c2.txt=ccc')],
    ['by the copy alias', 'copy c.txt c2.txt', plus('c2.txt=ccc')],
  ])('copies %s', (_, code, after) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([]);
    expect(disk(s)).toEqual(after);
  });

  it('-PassThru writes the copy', () => {
    expect(lines(boxSession(), '(Copy-Item c.txt c2.txt -PassThru).FullName')).toEqual([`${BOX}\\c2.txt`]);
  });

  it('-WhatIf names the item and its destination', () => {
    const s = boxSession();
    expect(lines(s, 'Copy-Item c.txt c2.txt -WhatIf; Copy-Item d1 d2 -Recurse -WhatIf; Copy-Item c.txt d1 -WhatIf')).toEqual([
      `What if: Performing the operation "Copy File" on target "Item: ${BOX}\\c.txt Destination: ${BOX}\\c2.txt".`,
      `What if: Performing the operation "Copy Directory" on target "Item: ${BOX}\\d1 Destination: ${BOX}\\d2".`,
      `What if: Performing the operation "Copy File" on target "Item: ${BOX}\\c.txt Destination: ${BOX}\\d1\\c.txt".`,
    ]);
    expect(disk(s)).toEqual(INITIAL);
  });

  it.each<[string, string, string, string, string]>([
    ['a missing source', 'Copy-Item nothere x', `Cannot find path '${BOX}\\nothere' because it does not exist.`, 'PathNotFound', 'ObjectNotFound'],
    ['a missing destination folder', 'Copy-Item d1\\a.txt nodir\\a.txt', `Could not find a part of the path '${BOX}\\nodir\\a.txt'.`, 'CopyFileInfoItemIOError', 'WriteError'],
    ['a file onto itself', 'Copy-Item c.txt c.txt', `Cannot overwrite the item ${BOX}\\c.txt with itself.`, 'CopyError', 'WriteError'],
  ])('fails on %s, the disk unchanged', (_, code, message, id, category) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([{ message, id: `${id},Microsoft.PowerShell.Commands.CopyItemCommand`, category }]);
    expect(disk(s)).toEqual(INITIAL);
  });

  it('refuses to copy a folder into itself', () => {
    const s = boxSession();
    const r = run(s, 'Copy-Item d1 d1\\sub -Recurse');
    expect(r.errors[0]!.id).toBe('CopyDirectoryInfoItemIOError,Microsoft.PowerShell.Commands.CopyItemCommand');
    expect(disk(s)).toEqual(INITIAL);
  });
});

describe('Move-Item', () => {
  it.each<[string, string, string[]]>([
    ['a file to a new name', 'Move-Item c.txt m.txt', [...without('c.txt=ccc'), 'm.txt=ccc'].sort()],
    ['a file into a folder', 'Move-Item c.txt d1', [...without('c.txt=ccc'), 'd1\\c.txt=ccc'].sort()],
    ['a folder with its contents', 'Move-Item d1 dz', ['B.md=', 'c.txt=ccc', 'dz\\', 'dz\\a.txt=hello', 'dz\\n.txt=', 'dz\\sub\\', 'dz\\sub\\b.log=log']],
    ['over a file with -Force', 'Move-Item B.md c.txt -Force', ['c.txt=', 'd1\\', 'd1\\a.txt=hello', 'd1\\n.txt=', 'd1\\sub\\', 'd1\\sub\\b.log=log']],
    ['wildcard matches', 'Move-Item d1\\*.txt .', ['B.md=', 'a.txt=hello', 'c.txt=ccc', 'd1\\', 'd1\\sub\\', 'd1\\sub\\b.log=log', 'n.txt=']],
    ['by the mv alias', 'mv c.txt m.txt', [...without('c.txt=ccc'), 'm.txt=ccc'].sort()],
    ['by the move alias', 'move c.txt m.txt', [...without('c.txt=ccc'), 'm.txt=ccc'].sort()],
  ])('moves %s', (_, code, after) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([]);
    expect(disk(s)).toEqual(after);
  });

  it('-WhatIf names the item and its destination', () => {
    const s = boxSession();
    expect(lines(s, 'Move-Item c.txt m.txt -WhatIf; Move-Item d1 dx -WhatIf')).toEqual([
      `What if: Performing the operation "Move File" on target "Item: ${BOX}\\c.txt Destination: ${BOX}\\m.txt".`,
      `What if: Performing the operation "Move Directory" on target "Item: ${BOX}\\d1 Destination: ${BOX}\\dx".`,
    ]);
    expect(disk(s)).toEqual(INITIAL);
  });

  it.each<[string, string, string, string, string]>([
    ['a missing source', 'Move-Item nothere x', `Cannot find path '${BOX}\\nothere' because it does not exist.`, 'PathNotFound', 'ObjectNotFound'],
    // Windows' text for ERROR_ALREADY_EXISTS (a named known difference from pwsh on Linux).
    ['an existing file without -Force', 'Move-Item B.md c.txt', 'Cannot create a file when that file already exists.', 'MoveFileInfoItemIOError', 'WriteError'],
    ['a missing destination folder', 'Move-Item c.txt nodir\\c.txt', `Could not find a part of the path '${BOX}\\nodir\\c.txt'.`, 'MoveFileInfoItemIOError', 'WriteError'],
  ])('fails on %s, the disk unchanged', (_, code, message, id, category) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([{ message, id: `${id},Microsoft.PowerShell.Commands.MoveItemCommand`, category }]);
    expect(disk(s)).toEqual(INITIAL);
  });
});

describe('Rename-Item', () => {
  it.each<[string, string, string[]]>([
    ['a file', 'Rename-Item c.txt r.txt', [...without('c.txt=ccc'), 'r.txt=ccc'].sort()],
    ['a folder with its contents', 'Rename-Item d1 d7', ['B.md=', 'c.txt=ccc', 'd7\\', 'd7\\a.txt=hello', 'd7\\n.txt=', 'd7\\sub\\', 'd7\\sub\\b.log=log']],
    ['only the case of a name', 'Rename-Item c.txt C.TXT', [...without('c.txt=ccc'), 'C.TXT=ccc'].sort()],
    ['by the ren alias', 'ren c.txt r.txt', [...without('c.txt=ccc'), 'r.txt=ccc'].sort()],
    ['with -NewName by name', 'Rename-Item -Path c.txt -NewName r.txt', [...without('c.txt=ccc'), 'r.txt=ccc'].sort()],
    ['a wildcard naming one item', "Rename-Item -Path 'c*' -NewName r.txt", [...without('c.txt=ccc'), 'r.txt=ccc'].sort()],
  ])('renames %s', (_, code, after) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([]);
    expect(disk(s)).toEqual(after);
  });

  it('-WhatIf and -PassThru', () => {
    const s = boxSession();
    expect(lines(s, 'Rename-Item c.txt r.txt -WhatIf; Rename-Item d1 d9 -WhatIf')).toEqual([
      `What if: Performing the operation "Rename File" on target "Item: ${BOX}\\c.txt Destination: ${BOX}\\r.txt".`,
      `What if: Performing the operation "Rename Directory" on target "Item: ${BOX}\\d1 Destination: ${BOX}\\d9".`,
    ]);
    expect(disk(s)).toEqual(INITIAL);
    expect(lines(s, '(Rename-Item c.txt r.txt -PassThru).Name')).toEqual(['r.txt']);
  });

  it.each<[string, string, string, string, string]>([
    ['a missing item', 'Rename-Item nothere r.txt', `Cannot find path '${BOX}\\nothere' because it does not exist.`, 'PathNotFound', 'ObjectNotFound'],
    ['a name taken', 'Rename-Item c.txt B.md', 'Cannot create a file when that file already exists.', 'RenameItemIOError', 'WriteError'],
    ['a path as the new name', 'Rename-Item c.txt sub\\x.txt', 'Cannot rename the specified target, because it represents a path or device name.', 'Argument', 'InvalidArgument'],
    // pwsh 7.6: a wildcard naming several items (or none) renames nothing.
    ['a wildcard naming several items', "Rename-Item -Path '*' -NewName x", "Cannot rename because item at '*' does not exist.", 'InvalidOperation', 'InvalidOperation'],
    ['a wildcard naming none', "Rename-Item -Path 'q*' -NewName x", "Cannot rename because item at 'q*' does not exist.", 'InvalidOperation', 'InvalidOperation'],
  ])('fails on %s, the disk unchanged', (_, code, message, id, category) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([{ message, id: `${id},Microsoft.PowerShell.Commands.RenameItemCommand`, category }]);
    expect(disk(s)).toEqual(INITIAL);
  });

  it('a missing -NewName is a binding error', () => {
    const s = boxSession();
    const r = run(s, 'Rename-Item -Path c.txt -NewName');
    expect(r.errors[0]!.id).toBe('MissingArgument,Microsoft.PowerShell.Commands.RenameItemCommand');
    expect(disk(s)).toEqual(INITIAL);
  });
});

describe('confirmation and failure', () => {
  it('-Confirm asks with the operation and target; no keeps the item', () => {
    const s = boxSession(['N']);
    const r = run(s, 'Remove-Item c.txt -Confirm');
    expect(r.text).toContain(`Confirm\nAre you sure you want to perform this action?\nPerforming the operation "Remove File" on target "${BOX}\\c.txt".\n`);
    expect(disk(s)).toEqual(INITIAL);
  });

  it('-Confirm: yes creates the folder', () => {
    const s = boxSession(['Y']);
    const r = run(s, 'New-Item x -ItemType Directory -Confirm | Out-Null');
    expect(r.text).toContain(`Performing the operation "Create Directory" on target "Destination: ${BOX}\\x".`);
    expect(disk(s)).toEqual(plus('x\\'));
  });

  it('a command stopped by its error (-ErrorAction Stop) leaves the disk as it was', () => {
    const s = boxSession();
    const r = run(s, 'Copy-Item c.txt, nothere d1 -ErrorAction Stop');
    expect(r.errors[0]!.message).toBe(`Cannot find path '${BOX}\\nothere' because it does not exist.`);
    expect(disk(s)).toEqual(INITIAL);
  });
});

describe('LastWriteTime', () => {
  it('a new item has the virtual clock time; a copy and a move keep the source time', () => {
    const s = boxSession();
    expect(
      lines(
        s,
        [
          '$t = (Get-Item c.txt).LastWriteTime',
          'Start-Sleep -Seconds 3600',
          '(New-Item late.txt).LastWriteTime - $t | ForEach-Object TotalHours',
          'Copy-Item c.txt c2.txt; (Get-Item c2.txt).LastWriteTime -eq $t',
          'Move-Item d1 d9; (Get-Item d9\\a.txt).LastWriteTime -eq $t; (Get-Item d9).LastWriteTime -eq $t',
        ].join('; '),
      ),
    ).toEqual(['1', 'True', 'True', 'True']);
  });
});
