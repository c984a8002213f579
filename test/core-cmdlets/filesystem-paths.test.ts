/**
 * Locations and paths: Get-/Set-/Push-/Pop-Location and $PWD, Resolve-Path, Join-Path, Split-Path,
 * the other path-taking cmdlets resolving relative paths against the location, and host folders a
 * user mounted (shell/mounted-fs.ts) reached by the item cmdlets.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStateStore } from '../../src/store/memory-store';
import { loadScenario } from '../../src/model/scenarios';
import { VirtualFileSystem } from '../../src/model/vfs';
import { MountedFileSystem } from '../../shell/mounted-fs';
import { PSObject } from '../../src/engine/values';
import { childItemCmdlets } from '../../cmdlets/core/child-item';
import { itemCmdlets } from '../../cmdlets/core/item';
import { locationCmdlets } from '../../cmdlets/core/location';
import { BOX, INITIAL, boxSession, disk, lines, run } from './fs-session';
import { run as runCmdlet } from './harness';

describe('Get-Location / Set-Location / Push-Location / Pop-Location', () => {
  it('Get-Location prints the PathInfo table; $PWD follows Set-Location', () => {
    const s = boxSession();
    expect(run(s, 'Get-Location').text).toBe(`\nPath\n----\n${BOX}\n\n`);
    expect(lines(s, 'Set-Location d1\\sub; "$PWD"; $PWD.Path; (Get-Location).Path; pwd | ForEach-Object { $_.GetType().FullName }')).toEqual([
      `${BOX}\\d1\\sub`, `${BOX}\\d1\\sub`, `${BOX}\\d1\\sub`, 'System.Management.Automation.PathInfo',
    ]);
    expect(lines(s, 'cd ..; $PWD.Path; sl ..; $PWD.Path; chdir d1; $PWD.Path')).toEqual([`${BOX}\\d1`, BOX, `${BOX}\\d1`]);
  });

  it('goes home with no path, back with -, and takes absolute and ~ paths', () => {
    const s = boxSession();
    expect(lines(s, 'Set-Location; $PWD.Path; Set-Location -; $PWD.Path; Set-Location C:\\; $PWD.Path; Set-Location ~\\box\\d1; $PWD.Path')).toEqual([
      'C:\\Users\\Administrator', BOX, 'C:\\', `${BOX}\\d1`,
    ]);
  });

  it('-PassThru writes the new location', () => {
    expect(lines(boxSession(), '(Set-Location d1 -PassThru).Path')).toEqual([`${BOX}\\d1`]);
  });

  it.each<[string, string, string]>([
    ['a missing folder (full path)', 'Set-Location nothere', `Cannot find path '${BOX}\\nothere' because it does not exist.`],
    ['a file (the path as typed)', 'Set-Location c.txt', "Cannot find path 'c.txt' because it does not exist."],
  ])('fails on %s, staying where it was', (_, code, message) => {
    const s = boxSession();
    const r = run(s, code);
    expect(r.errors).toEqual([{ message, id: 'PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand', category: 'ObjectNotFound' }]);
    expect(lines(s, '$PWD.Path')).toEqual([BOX]);
  });

  it('fails on a missing drive', () => {
    const r = run(boxSession(), 'Set-Location Q:\\');
    expect(r.errors).toEqual([{ message: "Cannot find drive. A drive with the name 'Q' does not exist.", id: 'DriveNotFound,Microsoft.PowerShell.Commands.SetLocationCommand', category: 'ObjectNotFound' }]);
  });

  it('Push-Location saves the location, Pop-Location comes back; an empty stack is no error', () => {
    const s = boxSession();
    expect(lines(s, 'Push-Location d1; $PWD.Path; pushd sub; $PWD.Path; (Get-Location -Stack).Path; Pop-Location; $PWD.Path; popd; $PWD.Path')).toEqual([
      `${BOX}\\d1`, `${BOX}\\d1\\sub`, `${BOX}\\d1`, BOX, `${BOX}\\d1`, BOX,
    ]);
    expect(run(s, 'Pop-Location; "fine"')).toEqual({ text: 'fine\n', errors: [] });
    expect(lines(s, '(Push-Location d1 -PassThru).GetType().FullName; (Pop-Location -PassThru).Path')).toEqual(['System.Management.Automation.PathInfo', BOX]);
  });

  it('Push-Location to a missing folder pushes nothing', () => {
    const s = boxSession();
    expect(run(s, 'Push-Location nothere').errors[0]!.id).toBe('PathNotFound,Microsoft.PowerShell.Commands.PushLocationCommand');
    expect(lines(s, '(Get-Location -Stack).Count; $PWD.Path')).toEqual(['0', BOX]);
  });
});

describe('Resolve-Path', () => {
  it.each<[string, string[]]>([
    ['Resolve-Path d1\\sub -Relative', ['.\\d1\\sub']],
    ['Resolve-Path d1\\* -Relative', ['.\\d1\\sub', '.\\d1\\a.txt', '.\\d1\\n.txt']],
    // pwsh 7.6 names the location (and a folder above it) from its parent.
    ['Resolve-Path . -Relative', ['..\\box']],
    ['Set-Location d1; Resolve-Path ..\\c.txt -Relative; Resolve-Path sub\\b.log -Relative', ['..\\c.txt', '.\\sub\\b.log']],
    ['(Resolve-Path d1).Path; (Resolve-Path d1).GetType().FullName', [`${BOX}\\d1`, 'System.Management.Automation.PathInfo']],
    ['Resolve-Path c.txt -RelativeBasePath d1 -Relative', ['..\\c.txt']],
    ['rvpa ~ | ForEach-Object Path', ['C:\\Users\\Administrator']],
  ])('%s', (code, expected) => {
    expect(lines(boxSession(), code)).toEqual(expected);
  });

  it('prints the PathInfo table', () => {
    expect(run(boxSession(), 'Resolve-Path d1').text).toBe(`\nPath\n----\n${BOX}\\d1\n\n`);
  });

  it('fails on a missing path', () => {
    const r = run(boxSession(), 'Resolve-Path nothere');
    expect(r.errors).toEqual([{ message: `Cannot find path '${BOX}\\nothere' because it does not exist.`, id: 'PathNotFound,Microsoft.PowerShell.Commands.ResolvePathCommand', category: 'ObjectNotFound' }]);
  });
});

describe('Join-Path / Split-Path', () => {
  it.each<[string, string[]]>([
    ['Join-Path a b c', ['a\\b\\c']],
    ['Join-Path a b, c', ['a\\b\\c']],
    ['Join-Path -Path a, b -ChildPath c', ['a\\c', 'b\\c']],
    ['Join-Path a/ /b', ['a\\b']],
    ['Join-Path C:\\Temp users.csv', ['C:\\Temp\\users.csv']],
    ['Join-Path d1 *.txt -Resolve', [`${BOX}\\d1\\a.txt`, `${BOX}\\d1\\n.txt`]],
    ['"[$(Join-Path a \'\')]"', ['[a\\]']],
    ['Split-Path C:\\a\\b\\c.txt.bak', ['C:\\a\\b']],
    ['Split-Path C:\\a\\b\\c.txt.bak -Leaf', ['c.txt.bak']],
    ['Split-Path C:\\a\\b\\c.txt.bak -Extension', ['.bak']],
    ['Split-Path C:\\a\\b\\c.txt.bak -LeafBase', ['c.txt']],
    ['Split-Path C:\\a -Parent', ['C:\\']],
    ['Split-Path C:\\a\\b -Qualifier', ['C:']],
    ['Split-Path C:\\a\\b -NoQualifier', ['\\a\\b']],
    ['Split-Path C:\\a\\b -IsAbsolute; Split-Path a\\b -IsAbsolute', ['True', 'False']],
    ['"[$(Split-Path c.txt)]"', ['[]']],
    ['"[$(Split-Path .hidden -LeafBase)] [$(Split-Path .hidden -Extension)] [$(Split-Path noext -Extension)]"', ['[] [.hidden] []']],
    ['Split-Path a/b/c.txt', ['a\\b']],
    ['Split-Path d1\\*.txt -Leaf -Resolve', ['a.txt', 'n.txt']],
    ["'C:\\x\\y.csv' | Split-Path -Leaf", ['y.csv']],
  ])('%s', (code, expected) => {
    expect(lines(boxSession(), code)).toEqual(expected);
  });

  it.each<[string, string, string, string]>([
    ['Split-Path -Path a\\b -Qualifier', "Cannot parse path because path 'a\\b' does not have a qualifier specified.", 'ParsePathFormatError,Microsoft.PowerShell.Commands.SplitPathCommand', 'InvalidArgument'],
    ['Split-Path nothere\\x -Resolve', `Cannot find path '${BOX}\\nothere\\x' because it does not exist.`, 'PathNotFound,Microsoft.PowerShell.Commands.SplitPathCommand', 'ObjectNotFound'],
    ['Join-Path nothere x -Resolve', `Cannot find path '${BOX}\\nothere\\x' because it does not exist.`, 'PathNotFound,Microsoft.PowerShell.Commands.JoinPathCommand', 'ObjectNotFound'],
    ['Join-Path Q:\\a b', "Cannot find drive. A drive with the name 'Q' does not exist.", 'DriveNotFound,Microsoft.PowerShell.Commands.JoinPathCommand', 'ObjectNotFound'],
  ])('%s fails as pwsh does', (code, message, id, category) => {
    expect(run(boxSession(), code).errors).toEqual([{ message, id, category }]);
  });

  it('Join-Path needs a non-empty -Path', () => {
    const r = run(boxSession(), "Join-Path '' b");
    expect(r.errors[0]!.id).toBe('ParameterArgumentValidationErrorEmptyStringNotAllowed,Microsoft.PowerShell.Commands.JoinPathCommand');
  });
});

describe('other path-taking cmdlets after Set-Location', () => {
  it('read and write relative to the location', () => {
    const s = boxSession();
    expect(
      lines(
        s,
        [
          'Set-Location d1',
          'Get-Content a.txt',
          '"x" | Set-Content s.txt',
          '"y" | Add-Content s.txt',
          '"o" | Out-File o.txt',
          '[pscustomobject]@{A=1} | Export-Csv t.csv',
          '(Import-Csv t.csv).A',
          '[pscustomobject]@{B=2} | Export-Clixml t.xml',
          '(Import-Clixml t.xml).B',
          'Test-Path s.txt; Test-Path ..\\c.txt; Test-Path sub -PathType Container',
          '"a" | Tee-Object -FilePath tee.txt | Out-Null',
        ].join('; '),
      ),
    ).toEqual(['hello', '1', '2', 'True', 'True', 'True']);
    const after = disk(s);
    expect(after.filter((e) => !e.startsWith('d1\\t.xml='))).toEqual(
      [...INITIAL, 'd1\\o.txt=o\r\n', 'd1\\s.txt=x\r\ny\r\n', 'd1\\tee.txt=a\r\n', 'd1\\t.csv="A"\r\n"1"\r\n'].sort(),
    );
    expect(after.some((e) => e.startsWith('d1\\t.xml=<Objs'))).toBe(true);
  });

  it('Start-Transcript writes relative to the location', () => {
    const s = boxSession();
    run(s, 'Set-Location d1; Start-Transcript -Path tr.txt | Out-Null; "hi"; Stop-Transcript | Out-Null');
    expect(disk(s).some((e) => e.startsWith('d1\\tr.txt='))).toBe(true);
  });
});

describe('mounted host folders (Node only)', () => {
  it('the item cmdlets list, create, copy and remove in a mount; other paths stay virtual', () => {
    const host = mkdtempSync(join(tmpdir(), 'exo-fs-mount-'));
    try {
      writeFileSync(join(host, 'users.csv'), 'EmailAddress\n');
      const vfs = new VirtualFileSystem(new MemoryStateStore(loadScenario('contoso')));
      const fs = new MountedFileSystem(vfs, [{ virtualRoot: 'C:\\Host', hostPath: host }]);
      const [getChildItem, getItem] = childItemCmdlets;
      const [newItem, removeItem, copyItem] = itemCmdlets;
      const [, setLocation] = locationCmdlets;
      expect(runCmdlet(getChildItem!, { Path: 'C:\\Host', Name: true }, undefined, { fs }).output).toEqual(['users.csv']);
      runCmdlet(newItem!, { Path: 'C:\\Host\\made.txt', Value: 'hi' }, undefined, { fs });
      expect(readFileSync(join(host, 'made.txt'), 'utf8')).toBe('hi');
      runCmdlet(copyItem!, { Path: 'C:\\Host\\users.csv', Destination: 'C:\\Users\\Administrator' }, undefined, { fs });
      expect(vfs.readText('C:\\Users\\Administrator\\users.csv')).toBe('EmailAddress\n');
      expect(existsSync(join(host, 'Administrator'))).toBe(false);
      runCmdlet(setLocation!, { Path: 'C:\\Host' }, undefined, { fs });
      const item = runCmdlet(getItem!, { Path: 'made.txt' }, undefined, { fs, parameterSet: 'Path' }).output[0] as PSObject;
      expect(item.get('FullName')).toBe('C:\\Host\\made.txt');
      expect(item.get('Length')).toBe(2);
      runCmdlet(removeItem!, { Path: 'made.txt' }, undefined, { fs, parameterSet: 'Path' });
      expect(existsSync(join(host, 'made.txt'))).toBe(false);
    } finally {
      rmSync(host, { recursive: true, force: true });
    }
  });
});
