/** The cutover flow of S0 through the cmdlet layer: every step's objects and the world's state. */
import { describe, expect, it } from 'vitest';
import { PSCredential, PSObject, SecureString, stringOf } from '../../src/engine/values';
import { harness } from './harness';
import { testMigrationServerAvailabilityCmdlet, newMigrationEndpointCmdlet, getMigrationEndpointCmdlet } from '../../cmdlets/exchange-online/migration-endpoint';
import { newMigrationBatchCmdlet, getMigrationBatchCmdlet, startMigrationBatchCmdlet, removeMigrationBatchCmdlet } from '../../cmdlets/exchange-online/migration-batch';
import { getMigrationUserCmdlet, getMigrationUserStatisticsCmdlet, getMigrationStatisticsCmdlet } from '../../cmdlets/exchange-online/migration-user';

const cred = new PSCredential('CONTOSO\\administrator', new SecureString('P@ssw0rd!'));
const prop = (o: unknown, n: string) => stringOf((o as PSObject).get(n) ?? null);

describe('S0 cutover flow over the cmdlets', () => {
  it('tests the server, creates the endpoint from ConnectionSettings, runs the batch to Synced and removes it', () => {
    const h = harness();
    const t = h.run(testMigrationServerAvailabilityCmdlet, { ExchangeOutlookAnywhere: true, Autodiscover: true, EmailAddress: 'administrator@contoso.com', Credentials: cred }, { parameterSet: 'ExchangeOutlookAnywhereAutodiscover' });
    expect(t.errors).toEqual([]);
    const tsma = t.output[0] as PSObject;
    expect(prop(tsma, 'Result')).toBe('Success');
    expect(prop(tsma, 'SupportsCutover')).toBe('True');
    expect(tsma.psTypeNames[0]).toBe('Deserialized.Microsoft.Exchange.Migration.TestMigrationServerAvailabilityOutcome');

    const ep = h.run(newMigrationEndpointCmdlet, { ExchangeOutlookAnywhere: true, Name: 'CutoverEndpoint', ConnectionSettings: tsma.get('ConnectionSettings')! }, { parameterSet: 'ConnectionSettings' });
    expect(ep.errors).toEqual([]);
    const got = h.run(getMigrationEndpointCmdlet, { Identity: 'CutoverEndpoint' }).output[0];
    expect(['EndpointType', 'ExchangeServer', 'UseAutoDiscover', 'MaxConcurrentMigrations', 'MaxConcurrentIncrementalSyncs'].map((n) => prop(got, n))).toEqual(['ExchangeOutlookAnywhere', 'EXCH-SRV-01.corp.contoso.com', 'True', '20', '20']);

    const nb = h.run(newMigrationBatchCmdlet, { Name: 'CutoverBatch', SourceEndpoint: 'CutoverEndpoint', AutoStart: true });
    expect(nb.errors).toEqual([]);
    expect(prop(nb.output[0], 'Identity')).toBe('CutoverBatch');
    expect(prop(nb.output[0], 'SubmittedByUser')).toBe('admin@contoso.onmicrosoft.com');
    h.advanceHours(0.1);
    expect(prop(h.run(getMigrationBatchCmdlet, { Identity: 'CutoverBatch' }).output[0], 'Status')).toBe('Syncing');
    h.advanceHours(24 * 3);
    const b = h.run(getMigrationBatchCmdlet, { Identity: 'CutoverBatch' }).output[0] as PSObject;
    expect(prop(b, 'Status')).toBe('Synced');
    expect((b.get('Status') as { psTypeNames: string[] }).psTypeNames[0]).toBe('Microsoft.Exchange.Migration.MigrationBatchStatus');
    expect(prop(b, 'TotalCount')).toBe('32');

    const users = h.run(getMigrationUserCmdlet, { BatchId: 'CutoverBatch', Status: 'Synced' }, { parameterSet: 'StatusAndBatchId' });
    expect(users.output.length).toBe(32);
    const stats = h.run(getMigrationUserStatisticsCmdlet, { Identity: users.output[1], IncludeReport: true }).output[0];
    expect(prop(stats, 'PercentageComplete')).toBe('100');
    expect(prop(h.run(getMigrationStatisticsCmdlet).output[0], 'SyncedCount')).toBe('32');

    const rm = h.run(removeMigrationBatchCmdlet, { Identity: 'CutoverBatch' });
    expect(rm.errors).toEqual([]);
    h.advanceHours(1);
    expect(h.run(getMigrationBatchCmdlet).output).toEqual([]);
  });

  it('Start-MigrationBatch moves a Created batch to Starting', () => {
    const h = harness();
    h.run(newMigrationEndpointCmdlet, { ExchangeOutlookAnywhere: true, Autodiscover: true, Name: 'CutoverEndpoint', EmailAddress: 'administrator@contoso.com', Credentials: cred }, { parameterSet: 'ExchangeOutlookAnywhereAutoDiscover' });
    h.run(newMigrationBatchCmdlet, { Name: 'CutoverBatch', SourceEndpoint: 'CutoverEndpoint' });
    expect(prop(h.run(getMigrationBatchCmdlet, { Identity: 'CutoverBatch' }).output[0], 'Status')).toBe('Created');
    expect(h.run(startMigrationBatchCmdlet, { Identity: 'CutoverBatch' }).errors).toEqual([]);
    expect(prop(h.run(getMigrationBatchCmdlet, { Identity: 'CutoverBatch' }).output[0], 'Status')).toBe('Starting');
  });
});
