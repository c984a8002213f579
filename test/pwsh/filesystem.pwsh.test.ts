/**
 * The file system cmdlets against the real pwsh 7.6 (test/pwsh/oracle.ts). Each case builds the same
 * small tree in a folder of its own, relative to the current folder (pwsh: the batch's temp folder;
 * exo-emulator: C:\Users\Administrator), moves into it, and prints platform-neutral forms: names,
 * relative paths, Test-Path, Join-Path/Split-Path, -WhatIf texts and the errors for missing items.
 */
import { describe, expect, it } from 'vitest';
import { compare, firstDisagreements, oracleAvailable, recordAgreement, runExo, runPwsh, type Disagreement, type OracleCase, type OracleError, type OracleResult } from './oracle';
import { knownDifference } from './known-differences';

/** The tree every case starts from: d1\a.txt, d1\n.txt, d1\sub\b.log, c.txt, B.md. */
function tree(id: string): string {
  return [
    `$null = New-Item -ItemType Directory box-${id}`,
    `Set-Location box-${id}`,
    '$null = New-Item -ItemType Directory d1, d1/sub',
    '$null = New-Item d1/a.txt -Value hello',
    '$null = New-Item d1/n.txt',
    '$null = New-Item d1/sub/b.log -Value log',
    '$null = New-Item c.txt -Value ccc',
    '$null = New-Item B.md',
  ].join('; ');
}

const CASE_CODE: [string, string][] = [
  ['gci-name', 'Get-ChildItem -Name'],
  ['gci-name-recurse', 'Get-ChildItem -Name -Recurse'],
  ['gci-recurse-file-names', '(Get-ChildItem -Recurse -File).Name'],
  ['gci-directory-recurse', 'Get-ChildItem -Directory -Recurse -Name'],
  ['gci-file', 'Get-ChildItem -File -Name'],
  ['gci-filter', 'Get-ChildItem d1 -Filter *.txt -Name'],
  ['gci-filter-positional', 'Get-ChildItem d1 *.txt -Name'],
  ['gci-include', 'Get-ChildItem d1 -Include *.txt -Name'],
  ['gci-include-recurse', 'Get-ChildItem -Recurse -Include *.log -Name'],
  ['gci-exclude', 'Get-ChildItem -Exclude *.txt -Name'],
  ['gci-exclude-recurse', 'Get-ChildItem d1 -Recurse -Exclude *.log -Name'],
  ['gci-depth', 'Get-ChildItem -Depth 1 -Name'],
  ['gci-depth0', 'Get-ChildItem -Recurse -Depth 0 -Name'],
  ['gci-wildcard', 'Get-ChildItem d* -Name'],
  ['gci-wildcard-segments', 'Get-ChildItem */*.txt -Name'],
  ['gci-wildcard-range', 'Get-ChildItem [a-c]* -Name'],
  ['gci-wildcard-question', 'Get-ChildItem d1/?.txt -Name'],
  ['gci-file-path', 'Get-ChildItem c.txt -Name'],
  ['gci-missing', 'Get-ChildItem nothere'],
  ['gci-literal', "Get-ChildItem -LiteralPath d1 -Name; Get-ChildItem -LiteralPath 'd*' -Name"],
  ['gci-pipeline-names', 'Get-ChildItem d1 -File | ForEach-Object Name'],
  ['gci-count', '(Get-ChildItem -Recurse).Count'],
  ['get-item-star', 'Get-Item * | ForEach-Object Name'],
  ['get-item-missing', 'Get-Item nothere'],
  ['get-item-wildcard-none', 'Get-Item nothere*; "after"'],
  ['get-item-props', '$i = Get-Item c.txt; $i.Name; $i.BaseName; $i.Extension; $i.Length; $i.PSIsContainer; $i.Exists; $i.PSChildName; $i.Directory.Name; $i.GetType().FullName'],
  ['get-item-dir-props', '$d = Get-Item d1; $d.Name; $d.PSIsContainer; $d.Parent.GetType().FullName; $d.Attributes; $d.GetType().FullName; $d.Mode'],
  ['get-item-dotdot', 'Get-Item d1/../c.txt | ForEach-Object Name; (Get-Item .).Name -like "box-*"'],
  ['get-item-filter', 'Get-Item d1/* -Include *.txt | ForEach-Object Name; Get-Item d1/* -Exclude *.txt | ForEach-Object Name'],
  ['test-path', 'Test-Path d1; Test-Path nothere; Test-Path d1/a.txt; Test-Path d1 -PathType Leaf; Test-Path d1 -PathType Container; Test-Path d1/*.txt'],
  ['join-path', 'Join-Path a b c; Join-Path a b, c; Join-Path -Path a, b -ChildPath c; Join-Path a ""'],
  ['join-path-resolve', 'Join-Path d1 *.txt -Resolve | Split-Path -Leaf'],
  ['join-path-resolve-missing', 'Join-Path nothere x -Resolve'],
  ['split-path', 'Split-Path a/b/c.txt.bak -Leaf; Split-Path a/b/c.txt.bak -Extension; Split-Path a/b/c.txt.bak -LeafBase; Split-Path a/b/c.txt; Split-Path c.txt; Split-Path a/b -IsAbsolute'],
  ['split-path-dotfile', 'Split-Path .hidden -LeafBase; Split-Path .hidden -Extension; Split-Path noext -Extension; Split-Path a/b/ -Leaf'],
  ['split-path-qualifier', 'Split-Path -Path a/b -Qualifier'],
  ['split-path-noqualifier', 'Split-Path -Path a/b -NoQualifier'],
  ['split-path-resolve', 'Split-Path d1/*.txt -Leaf -Resolve; Split-Path nothere/x -Resolve'],
  ['resolve-relative', 'Resolve-Path d1/sub -Relative; Resolve-Path d1/* -Relative; Resolve-Path . -Relative'],
  ['resolve-relative-from-sub', 'Set-Location d1; Resolve-Path ../c.txt -Relative; Resolve-Path sub/b.log -Relative'],
  ['resolve-missing', 'Resolve-Path nothere'],
  ['resolve-types', '(Resolve-Path d1).GetType().FullName; (Resolve-Path d1 -Relative).GetType().FullName; Split-Path (Resolve-Path d1).Path -Leaf'],
  ['set-location-missing', 'Set-Location nothere'],
  ['set-location-file', 'Set-Location c.txt'],
  ['set-location-pwd', 'Set-Location d1/sub; Split-Path $PWD -Leaf; Set-Location ..; Split-Path (Get-Location) -Leaf; (Get-Location).GetType().FullName'],
  ['push-pop', 'Push-Location d1; Split-Path (Get-Location) -Leaf; Pop-Location; (Split-Path (Get-Location) -Leaf) -like "box-*"; Pop-Location; "empty stack is fine"'],
  ['push-pop-passthru', '(Push-Location d1 -PassThru).GetType().FullName; (Pop-Location -PassThru).GetType().FullName'],
  ['relative-content', 'Set-Location d1; Get-Content a.txt; "x" | Set-Content s.txt; Get-Content s.txt; "y" | Out-File o.txt; Get-ChildItem -Name'],
  ['relative-csv', 'Set-Location d1; [pscustomobject]@{A=1} | Export-Csv t.csv; (Import-Csv t.csv).A; Test-Path t.csv'],
  ['whatif-remove', 'Remove-Item c.txt -WhatIf; Remove-Item d1 -Recurse -WhatIf; Remove-Item d1/sub/b.log, B.md -WhatIf; Test-Path c.txt'],
  ['whatif-new', 'New-Item x.txt -WhatIf; New-Item xd -ItemType Directory -WhatIf; Test-Path x.txt'],
  ['whatif-copy', 'Copy-Item c.txt c2.txt -WhatIf; Copy-Item d1 d2 -Recurse -WhatIf; Copy-Item c.txt d1 -WhatIf'],
  ['whatif-move-rename', 'Move-Item c.txt m.txt -WhatIf; Move-Item d1 dx -WhatIf; Rename-Item c.txt r.txt -WhatIf; Rename-Item d1 d9 -WhatIf'],
  ['new-item-exists-dir', 'New-Item d1 -ItemType Directory'],
  ['new-item-exists-file', 'New-Item c.txt'],
  ['new-item-missing-parent', 'New-Item nodir/x.txt'],
  ['new-item-bad-type', 'New-Item -ItemType Foo x'],
  ['new-item-force', '(New-Item c.txt -Force).Length; (New-Item d1 -ItemType Directory -Force).Name; (New-Item q/r/s.txt -Force -Value abc).Length; (New-Item -ItemType Directory x/y/z).Name'],
  ['new-item-name', '(New-Item -Path d1 -Name m.txt -Value v).Name; Get-Content d1/m.txt'],
  ['copy-recurse', 'Copy-Item d1 d5 -Recurse; Get-ChildItem d5 -Recurse -Name'],
  ['copy-no-recurse', 'Copy-Item d1 d4; Get-ChildItem d4 -Recurse -Name; Test-Path d4'],
  ['copy-into-folder', '$null = New-Item -ItemType Directory d2; Copy-Item d1 d2 -Recurse; Get-ChildItem d2 -Recurse -Name'],
  ['copy-file', 'Copy-Item d1/a.txt c.txt; Get-Content c.txt; Copy-Item c.txt d1; Get-ChildItem d1 -Name'],
  ['copy-missing', 'Copy-Item nothere x'],
  ['copy-missing-folder', 'Copy-Item d1/a.txt nodir/a.txt'],
  ['move-file', 'Move-Item c.txt d1; Get-ChildItem d1 -Name; Test-Path c.txt'],
  ['move-folder', 'Move-Item d1 dz; Get-ChildItem -Name; Get-ChildItem dz -Recurse -Name'],
  ['move-force', 'Move-Item B.md d1/a.txt -Force; Get-ChildItem d1 -Name; Test-Path B.md; (Get-Item d1/a.txt).Length'],
  ['move-missing', 'Move-Item nothere x'],
  ['move-existing', 'Move-Item B.md c.txt'],
  ['rename', 'Rename-Item c.txt r.txt; Get-ChildItem -Name -File; Rename-Item d1 d7; Get-ChildItem -Name -Directory'],
  ['rename-missing', 'Rename-Item nothere r.txt'],
  ['rename-path', 'Rename-Item c.txt sub/x.txt'],
  ['rename-wildcard', "Rename-Item -Path '*' -NewName x; Rename-Item -Path 'q*' -NewName x; Rename-Item -Path 'c*' -NewName r.txt; Get-ChildItem -Name"],
  ['remove', 'Remove-Item c.txt; Remove-Item d1 -Recurse; Get-ChildItem -Name'],
  ['remove-wildcard', 'Remove-Item d1/*.txt; Get-ChildItem d1 -Name; Remove-Item nothere*; "after"'],
  ['remove-missing', 'Remove-Item nothere'],
  ['remove-include', 'Remove-Item d1/* -Include *.txt; Get-ChildItem d1 -Recurse -Name'],
  ['item-tostring', '"$(Get-Item c.txt)" -eq (Join-Path $PWD c.txt)'],
  ['pipeline-remove', 'Get-ChildItem d1 -Filter *.txt | Remove-Item; Get-ChildItem d1 -Name'],
  ['pipeline-copy-fullname', 'Get-ChildItem d1 -File | Copy-Item -Destination .; Get-ChildItem -File -Name'],
  ['measure-length', '(Get-ChildItem -Recurse -File | Measure-Object -Property Length -Sum).Sum'],
  ['where-container', 'Get-ChildItem -Recurse | Where-Object PSIsContainer | ForEach-Object Name'],
  ['sort-length', 'Get-ChildItem -Recurse -File | Sort-Object Length, Name | ForEach-Object Name'],
  ['gci-table', 'Get-ChildItem d1/sub'],
  ['get-location-table', 'Get-Location'],
  ['pwd-variable', '$PWD; "$PWD" -eq (Get-Location).Path'],
  ['resolve-table', 'Resolve-Path d1'],
  ['location-history', 'Set-Location d1; Set-Location -; Split-Path $PWD -Leaf; Set-Location +; Split-Path $PWD -Leaf'],
  ['location-stack', 'Push-Location d1; Push-Location sub; (Get-Location -Stack).Count; Pop-Location; Pop-Location; (Get-Location -Stack).Count'],
  ['select-name-length', 'Get-ChildItem d1 -File | Select-Object Name, Length'],
  ['format-table-name', 'Get-ChildItem d1 -File | Format-Table Name, Length, Extension'],
  ['select-item-props', 'Get-Item c.txt | Select-Object Name, BaseName, Extension, PSIsContainer | Format-List'],
  ['group-extension', 'Get-ChildItem -Recurse -File | Group-Object Extension | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.Count)" }'],
  ['empty-path', "Get-Item ''"],
  ['empty-path-array', "Get-Item '', c.txt"],
  ['join-empty', "Join-Path '' b"],
  ['split-empty', "Split-Path ''"],
  ['new-item-value-pipeline', "'piped' | New-Item p.txt | ForEach-Object Length; Get-Content p.txt"],
  ['copy-passthru', '(Copy-Item c.txt c3.txt -PassThru).Name; (Move-Item c3.txt c4.txt -PassThru).Name; (Rename-Item c4.txt c5.txt -PassThru).Name'],
  ['set-location-passthru', '(Set-Location d1 -PassThru).GetType().FullName; Split-Path (Set-Location .. -PassThru).Path -Leaf'],
  ['gci-literal-file', 'Get-ChildItem -LiteralPath c.txt | ForEach-Object Name'],
  ['remove-recurse-nested', 'Remove-Item d1/sub -Recurse; Get-ChildItem -Recurse -Name'],
  ['test-path-after-move', 'Move-Item d1/sub .; Test-Path sub/b.log; Test-Path d1/sub'],
  // Binding: the parameter sets as pwsh 7.6 declares them (Copy-Item's -FromSession/-ToSession are
  // dynamic parameters pwsh lists after -Confirm: left out).
  ...['Get-ChildItem', 'Get-Item', 'New-Item', 'Remove-Item', 'Move-Item', 'Rename-Item', 'Resolve-Path', 'Join-Path', 'Split-Path', 'Get-Location', 'Set-Location', 'Push-Location', 'Pop-Location'].map(
    (name): [string, string] => [`syntax-${name}`, `Get-Command ${name} -Syntax`],
  ),
  ['bind-path-and-literal', 'Get-ChildItem -Path a -LiteralPath b'],
  ['bind-split-two-sets', 'Split-Path a -Leaf -Parent'],
  ['bind-rename-missing-newname', 'Rename-Item c.txt'],
  ['bind-depth-negative', 'Get-ChildItem -Depth -1'],
  ['bind-new-item-name-no-arg', 'New-Item -Name'],
  ['bind-join-missing-child', 'Join-Path a'],
  ['bind-location-stack-drive', 'Get-Location -Stack -PSDrive C'],
  ['bind-set-location-both', 'Set-Location -Path a -LiteralPath b'],
  ['bind-copy-no-path', 'Copy-Item -Recurse'],
  ['bind-remove-no-path', 'Remove-Item -Force'],
  ['bind-unknown-parameter', 'Get-ChildItem -Nope'],
  ['bind-split-qualifier-no-path', 'Split-Path -Qualifier'],
  ['bind-gci-recurse-alias', 'Get-ChildItem -s -Name d1; Get-ChildItem -ad -Name; Get-ChildItem -af -Name'],
  ['bind-item-type-alias', '(New-Item -Type Directory tt).Name; (New-Item -Target x tx.txt).Length'],
  ['bind-pipeline-by-value', "'d1' | Get-ChildItem -Name; 'c.txt' | Get-Item | ForEach-Object Name; 'd1/sub' | Resolve-Path -Relative"],
  ['bind-pipeline-fullname', 'Get-ChildItem d1 -File | Rename-Item -NewName x.txt -WhatIf'],
];

const CASES: OracleCase[] = CASE_CODE.map(([id, code]) => ({ id, code: `${tree(id)}\n${code}` }));

/**
 * pwsh runs here on Linux: its paths are `/tmp/exo-oracle-XXXX/box-id/...` with `/`, where
 * exo-emulator (pwsh on Windows) has `C:\Users\Administrator\box-id\...` with `\`. The pwsh side's
 * temp folder becomes C:\Users\Administrator and its separators backslashes; nothing else changes.
 */
function windowsPaths(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      // The command line an error view quotes (`   2 |  New-Item nodir/x.txt`) is the same code on both sides.
      /^ +\d+ \|  /.test(line)
        ? line
        : // No case prints a `/` of its own, so every other `/` is a path separator.
          line.replace(/\/(?:[\w.-]+\/)*exo-oracle-\w+/g, 'C:\\Users\\Administrator').replace(/\//g, '\\'),
    )
    .join('\n');
}

function normalized(r: OracleResult): OracleResult {
  const err = (e: OracleError): OracleError => ({ ...e, message: windowsPaths(e.message) });
  return { text: windowsPaths(r.text), errors: r.errors.map(err) };
}

describe.skipIf(!oracleAvailable())('file system cmdlets against pwsh 7.6', () => {
  it('prints what pwsh prints for the same tree', async () => {
    const pwsh = await runPwsh(CASES);
    const disagreements: Disagreement[] = [];
    const known = new Map<string, number>();
    for (const c of CASES) {
      const d = compare(c, normalized(pwsh.get(c.id)!), runExo(c));
      if (!d) continue;
      const k = knownDifference(d);
      if (k) known.set(k.name, (known.get(k.name) ?? 0) + 1);
      else disagreements.push(d);
    }
    const knownCount = [...known.values()].reduce((a, b) => a + b, 0);
    const total = CASES.length - knownCount;
    recordAgreement('filesystem', { agreed: total - disagreements.length, total, known: knownCount, knownByName: Object.fromEntries(known), cases: CASES.length }, disagreements);
    for (const [name, n] of known) console.log(`filesystem: ${n} case(s) of known difference '${name}'`);
    expect(disagreements.length, firstDisagreements(disagreements)).toBe(0);
  });
});
