/** Import-Module: the installed modules import as a no-op; others fail with pwsh's ModuleNotFound error. */
import { describe, expect, it } from 'vitest';
import { seedSession, step } from '../e2e/seed-helpers';

describe('Import-Module', () => {
  it.each(['ExchangeOnlineManagement', 'exchangeonlinemanagement', 'Microsoft.Graph.Users', 'Microsoft.Graph', 'Microsoft.PowerShell.Utility'])('%s imports silently', (name) => {
    const s = seedSession([]);
    const before = s.store.exportJson();
    expect(step(s, `Import-Module ${name}`)).toBe('');
    expect(s.store.exportJson()).toBe(before);
  });

  it('an unknown module is pwsh\'s non-terminating ModuleNotFound error; the next name is still imported', () => {
    const s = seedSession([]);
    const r = s.run('Import-Module ActiveDirectory, ExchangeOnlineManagement -PassThru | ForEach-Object Name; "after"');
    expect(r.errors.map((e) => [e.fullyQualifiedErrorId, e.category, e.message])).toEqual([
      ['Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand', 'ResourceUnavailable', "The specified module 'ActiveDirectory' was not loaded because no valid module file was found in any module directory."],
    ]);
    expect(r.text.trim().split('\n').filter((l) => !l.includes('ActiveDirectory'))).toEqual(['ExchangeOnlineManagement', 'after']);
  });

  it('-PassThru lists the module\'s commands', () => {
    const s = seedSession([]);
    expect(step(s, '(Import-Module Microsoft.Graph.Authentication -PassThru).ExportedCommands -join ","').trim()).toBe('Connect-MgGraph,Disconnect-MgGraph');
  });
});
