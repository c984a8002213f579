/** The generated cmdlet types are current (drift check) and say what the metadata says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCmdletTypes } from '../../src/library/codegen/main';
import { camelCase, functionName } from '../../src/library/codegen/names';
import { parameterTsType } from '../../src/library/codegen/emit';
import { CMDLET_NAMES } from '../../src/library/generated/cmdlet-types';
import { exchangeCmdlets } from '../../cmdlets';

const committed = readFileSync('src/library/generated/cmdlet-types.ts', 'utf8');

describe('generated cmdlet types', () => {
  it('regenerating gives the committed text (run node scripts/gen-cmdlet-types.mjs after changing cmdlets)', () => {
    expect(generateCmdletTypes()).toBe(committed);
  });

  it('has one function per Exchange-side cmdlet the session registers', () => {
    const names = exchangeCmdlets({ connected: true }).map((c) => c.name).sort();
    expect(Object.values(CMDLET_NAMES).sort()).toEqual(names);
    expect(CMDLET_NAMES.newMigrationBatch).toBe('New-MigrationBatch');
  });

  it.each([
    ['CSVData', 'csvData'],
    ['SourceEndpoint', 'sourceEndpoint'],
    ['URL', 'url'],
    ['PSSessionOption', 'psSessionOption'],
    ['AutoStart', 'autoStart'],
  ])('parameter %s is %s', (pascal, camel) => {
    expect(camelCase(pascal)).toBe(camel);
  });

  it('maps function names from cmdlet names', () => {
    expect(functionName('Get-MigrationUserStatistics')).toBe('getMigrationUserStatistics');
  });

  it.each([
    [{ name: 'Name', type: 'String' }, 'string'],
    [{ name: 'N', type: 'Int32' }, 'number'],
    [{ name: 'AutoStart', type: 'SwitchParameter' }, 'boolean'],
    [{ name: 'Status', type: 'MigrationBatchStatus', enumValues: ['Created', 'Synced'] }, '"Created" | "Synced"'],
    [{ name: 'NotificationEmails', type: 'MultiValuedProperty' }, 'string | string[]'],
    [{ name: 'Credentials', type: 'PSCredential' }, 'PSCredential'],
    [{ name: 'CSVData', type: 'Byte[]' }, 'Uint8Array'],
    [{ name: 'Identity', type: 'MigrationBatchIdParameter' }, 'string | object'],
    [{ name: 'BadItemLimit', type: 'Unlimited' }, "number | 'Unlimited'"],
    [{ name: 'StartAfter', type: 'DateTime' }, 'Date | string'],
  ])('declared type %o becomes %s', (decl, ts) => {
    expect(parameterTsType(decl)).toBe(ts);
  });

  it('declares the result properties the output builders emit, with their kinds', () => {
    expect(committed).toContain('export interface MigrationBatch {\n  RunspaceId: string;\n  Identity: string;\n  Status: MigrationBatchStatus;\n');
    expect(committed).toContain('export type MigrationBatchStatus = "Completed" | "CompletedWithErrors" | "Completing"');
    expect(committed).toContain('  StartDateTime: Date | null;\n');
    expect(committed).toContain('  newMigrationBatch(params?: NewMigrationBatchParams): MigrationBatch;\n');
    expect(committed).toContain('  getMigrationBatch(params?: GetMigrationBatchParams): MigrationBatch[];\n');
    expect(committed).toContain('  startMigrationBatch(params?: StartMigrationBatchParams): void;\n');
  });
});
