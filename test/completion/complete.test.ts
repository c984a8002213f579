import { describe, expect, it } from 'vitest';
import { complete } from '../../src/completion';
import { PROVIDERS } from './fixtures';

/** `^` in the input marks the cursor (end of text when absent). */
function at(input: string) {
  const cursor = input.includes('^') ? input.indexOf('^') : input.length;
  const text = input.replace('^', '');
  return complete(text, cursor, PROVIDERS);
}

describe('command names', () => {
  it.each([
    ['Get-Mig', ['Get-MigrationBatch', 'Get-MigrationEndpoint', 'Get-MigrationUser']],
    ['get-migrationb', ['Get-MigrationBatch']],
    ['*-MigrationBatch', ['Get-MigrationBatch', 'New-MigrationBatch']],
    ['f', ['fl', 'Format-List', 'Format-Table']],
    ['Nope-', []],
  ])('%s', (input, expected) => {
    const r = at(input);
    expect(r.completions).toEqual(expected);
    expect([r.replacementIndex, r.replacementLength]).toEqual([0, input.length]);
  });

  it('completes the command after a pipe, an assignment and a brace', () => {
    expect(at('Get-MigrationBatch | Format-L').completions).toEqual(['Format-List']);
    expect(at('Get-MigrationBatch | Format-L').replacementIndex).toBe(21);
    expect(at('$b = Get-MigrationB').completions).toEqual(['Get-MigrationBatch']);
    expect(at('if ($x) { New-Mi').completions).toEqual(['New-MigrationBatch']);
  });
});

describe('parameter names', () => {
  it.each([
    ['Get-MigrationBatch -Sta', ['-Status']],
    ['get-migrationbatch -i', ['-Identity', '-IncludeReport', '-InformationAction', '-InformationVariable']],
    ['Get-MigrationBatch -Error', ['-ErrorAction', '-ErrorVariable']],
    ['New-MigrationBatch -W', ['-WarningAction', '-WarningVariable', '-WhatIf']],
    ['Get-MigrationBatch -W', ['-WarningAction', '-WarningVariable']],
    ['gc -P', ['-Path', '-ProgressAction', '-PipelineVariable']],
  ])('%s', (input, expected) => {
    expect(at(input).completions).toEqual(expected);
  });

  it('`-` alone lists every parameter, the cmdlet own first, then the common ones', () => {
    expect(at('Get-MigrationBatch -').completions.slice(0, 7)).toEqual([
      '-Identity', '-Endpoint', '-Status', '-IncludeReport', '-DiagnosticInfo', '-Verbose', '-Debug',
    ]);
  });

  it('offers only parameters of sets still possible and not yet typed', () => {
    expect(at('Get-MigrationBatch -Endpoint x -').completions.slice(0, 4)).toEqual(['-Status', '-IncludeReport', '-DiagnosticInfo', '-Verbose']);
    const local = at('New-MigrationBatch -Local -Name b -').completions;
    expect(local).not.toContain('-SourceEndpoint');
    expect(local).not.toContain('-Name');
    expect(local.slice(0, 4)).toEqual(['-CSVData', '-AutoStart', '-Language', '-AllowIncrementalSyncs']);
  });

  it('replaces the typed parameter token only', () => {
    const r = at('Get-MigrationBatch -Sta^ -Identity x');
    expect(r).toEqual({ replacementIndex: 19, replacementLength: 4, completions: ['-Status'] });
  });
});

describe('parameter values', () => {
  it.each([
    ['Get-MigrationBatch -Status ', ['Created', 'Syncing', 'Stopped', 'Completed', 'Failed']],
    ['Get-MigrationBatch -Status s', ['Syncing', 'Stopped']],
    ['Get-MigrationBatch -ErrorAction si', ['SilentlyContinue']],
    ['New-MigrationBatch -Language ', ['en-US', 'fr-FR']],
    ['New-MigrationBatch -AllowIncrementalSyncs ', ['$true', '$false']],
    ['Get-MigrationBatch -Identity ', ['CutoverBatch', "'Staged Batch 1'"]],
    ['Get-MigrationBatch -Identity st', ["'Staged Batch 1'"]],
    ["Get-MigrationBatch -Identity 'St", ["'Staged Batch 1'"]],
    ['Get-MigrationBatch ', ['CutoverBatch', "'Staged Batch 1'"]],
    ['New-MigrationBatch -SourceEndpoint ', ['OnPremEndpoint']],
  ])('%s', (input, expected) => {
    expect(at(input).completions).toEqual(expected);
  });

  it('replaces the partial value', () => {
    expect(at('Get-MigrationBatch -Status sy')).toEqual({ replacementIndex: 27, replacementLength: 2, completions: ['Syncing'] });
    expect(at('Get-MigrationBatch -Status ')).toMatchObject({ replacementIndex: 27, replacementLength: 0 });
  });
});

describe('properties of the pipeline input', () => {
  it.each([
    ['Get-MigrationBatch | Format-Table ', ['Identity', 'Status', 'TotalCount', "'Last Sync'"]],
    ['Get-MigrationBatch | Format-Table St', ['Status']],
    ['Get-MigrationBatch | Format-Table -Property t', ['TotalCount']],
    ['Get-MigrationBatch | Sort-Object Status | Format-Table -GroupBy s', ['Status']],
    // No OutputType upstream: paths, as for any other argument.
    ['Get-Content x | Format-Table ', ['.\\report.txt', "'.\\Users Backup\\'", '.\\users.csv']],
  ])('%s', (input, expected) => {
    expect(at(input).completions).toEqual(expected);
  });
});

describe('variables', () => {
  it.each([
    ['$Er', ['$Error', '$ErrorActionPreference', '$ErrorView']],
    ['Get-MigrationBatch -Identity $h', ['$Host']],
    ['$global:er', ['$global:Error', '$global:ErrorActionPreference', '$global:ErrorView']],
    ['$zz', []],
  ])('%s', (input, expected) => {
    expect(at(input).completions).toEqual(expected);
  });
});

describe('paths', () => {
  it.each([
    ['Get-Content ', ['.\\report.txt', "'.\\Users Backup\\'", '.\\users.csv']],
    ['Get-Content u', ["'.\\Users Backup\\'", '.\\users.csv']],
    ['Get-Content C:\\M', ['C:\\Migration\\']],
    ['gc C:\\', ['C:\\Migration\\', 'C:\\Users\\']],
    ["Get-Content 'C:\\U", ["'C:\\Users\\'"]],
    ['.\\rep', ['.\\report.txt']],
    ['', ['.\\report.txt', "'.\\Users Backup\\'", '.\\users.csv']],
  ])('%s', (input, expected) => {
    expect(at(input).completions).toEqual(expected);
  });
});
