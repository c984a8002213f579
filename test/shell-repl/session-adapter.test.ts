import { describe, expect, it } from 'vitest';
import { createReplSession, isIncompleteInput, listFolder, viewProperties } from '../../src/repl/session-adapter';
import { registerView, registerDefaultDisplayProperties, unregisterView } from '../../src/formatting/views';
import type { FileSystem } from '../../src/engine/services';
import { COMMANDS } from '../completion/fixtures';

describe('isIncompleteInput (the parser decides when to continue with >>)', () => {
  it.each([
    ['Get-MigrationBatch', false],
    ['if ($true) {', true],
    ["'unclosed", true],
    ['"unclosed', true],
    ["@'\nhere", true],
    ['Get-MigrationBatch |', true],
    ['Get-MigrationBatch `', true],
    ['foreach ($b in $x) {\n  $b\n}', false],
    ['Get-MigrationBatch -Identity )', false],
  ])('%j -> %s', (text, expected) => {
    expect(isIncompleteInput(text)).toBe(expected);
  });
});

const fs = {
  getLocation: () => 'C:\\Users\\Administrator',
  resolve: (p: string) => (p.startsWith('C:') ? p.replace(/\\$/, '') : 'C:\\Users\\Administrator\\' + p.replace(/\\$/, '')),
  isDirectory: (p: string) => ['C:\\Users\\Administrator', 'C:\\Migration'].includes(p),
  list: (p: string) =>
    p === 'C:\\Migration'
      ? [{ name: 'batch.csv', isDirectory: false, length: 1, lastWriteTime: 0 }]
      : [{ name: 'Documents', isDirectory: true, length: 0, lastWriteTime: 0 }],
} as unknown as FileSystem;

describe('createReplSession', () => {
  const calls: string[] = [];
  const session = createReplSession({
    runspace: {
      invoke: (script, options) => {
        calls.push(`${script}|${options.outDefault}`);
        return script === 'exit 3' ? { success: true, exitCode: 3 } : { success: script !== 'bad' };
      },
      listCommands: () => COMMANDS,
      listVariables: () => [{ name: 'Error' }, { name: 'ErrorView' }],
    },
    fs,
    banner: 'line one\nline two',
    identities: () => ['CutoverBatch'],
  });

  it('runs input with Out-Default and reports success and exit codes', () => {
    expect(session.execute('Get-Date')).toEqual({ success: true, exitCode: undefined });
    expect(session.execute('bad')).toEqual({ success: false, exitCode: undefined });
    expect(session.execute('exit 3')).toEqual({ success: true, exitCode: 3 });
    expect(calls).toEqual(['Get-Date|true', 'bad|true', 'exit 3|true']);
  });

  it('completes from the runspace, the identity callback and the file system', () => {
    expect(session.complete('Get-MigrationB', 14).completions).toEqual(['Get-MigrationBatch']);
    expect(session.complete('$ErrorV', 7).completions).toEqual(['$ErrorView']);
    expect(session.complete('Get-MigrationBatch -Identity ', 29).completions).toEqual(['CutoverBatch']);
    expect(session.complete('Get-Content C:\\Migration\\', 25).completions).toEqual(['C:\\Migration\\batch.csv']);
    expect(session.complete('Get-Content Doc', 15).completions).toEqual(['.\\Documents\\']);
  });

  it('runs through the session\'s own run function when given', () => {
    const ran: string[] = [];
    const viaRun = createReplSession({
      runspace: { invoke: () => ({ success: false }), listCommands: () => [], listVariables: () => [] },
      fs,
      banner: '',
      run: (script) => (ran.push(script), { success: true, exitCode: 4 }),
    });
    expect(viaRun.execute('exit 4')).toEqual({ success: true, exitCode: 4 });
    expect(ran).toEqual(['exit 4']);
  });

  it('exposes location and banner', () => {
    expect(session.location()).toBe('C:\\Users\\Administrator');
    expect(session.banner()).toBe('line one\nline two');
  });

  it('lists nothing for a missing folder', () => {
    expect(listFolder(fs, 'C:\\Nope\\')).toEqual([]);
  });
});

describe('viewProperties', () => {
  it('names the properties of the registered list and table views, then the default display set', () => {
    registerView('Test.Completion.Batch', { kind: 'list', properties: ['Identity', { label: 'State', property: 'Status' }, { label: 'Computed', expression: () => 1 }] });
    registerDefaultDisplayProperties('Test.Completion.Other', ['Name', 'identity']);
    try {
      expect(viewProperties(['Test.Completion.Batch'])).toEqual(['Identity', 'Status']);
      expect(viewProperties(['Test.Completion.Other'])).toEqual(['Name', 'identity']);
      expect(viewProperties(['Test.Completion.None'])).toEqual([]);
    } finally {
      unregisterView('Test.Completion.Batch');
      unregisterView('Test.Completion.Other');
    }
  });
});
