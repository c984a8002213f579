/**
 * A cutover through the typed API: endpoint -> batch -> advance -> Synced -> complete, with typed
 * results; CmdletError on a bad call with the world unchanged.
 */
import { describe, expect, it } from 'vitest';
import { CmdletError, createSession, PSCredential, SecureString } from '../../src/index';

const cred = () => new PSCredential('CONTOSO\\administrator', new SecureString('P@ssw0rd!'));

function withEndpoint() {
  const session = createSession({ scenario: 'contoso', realTime: () => 0 });
  session.cmdlets.newMigrationEndpoint({ exchangeOutlookAnywhere: true, name: 'CutoverEndpoint', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: cred() });
  return session;
}

describe('typed cmdlets: a cutover', () => {
  it('creates an endpoint and a batch, syncs on the clock and completes', () => {
    const session = withEndpoint();
    const ep = session.cmdlets.getMigrationEndpoint({ identity: 'CutoverEndpoint' })[0]!;
    expect([ep.Identity, ep.EndpointType, ep.MaxConcurrentMigrations]).toEqual(['CutoverEndpoint', 'ExchangeOutlookAnywhere', 20]);

    const batch = session.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    expect(batch.Identity).toBe('CutoverBatch');
    expect(batch.TotalCount).toBe(32);
    expect(batch.CreationDateTime).toBeInstanceOf(Date);
    expect(batch.CreationDateTime.getTime()).toBe(session.clock.now().getTime());

    session.clock.advance('3d');
    const synced = session.cmdlets.getMigrationBatch({ identity: 'CutoverBatch' })[0]!;
    expect(synced.Status).toBe('Synced');
    expect(synced.SyncedCount).toBe(32);
    expect(synced.InitialSyncDateTime).toBeInstanceOf(Date);

    expect(session.cmdlets.completeMigrationBatch({ identity: batch })).toBeUndefined();
    session.clock.advance('1h');
    expect(session.cmdlets.getMigrationBatch({ identity: 'CutoverBatch' })[0]!.Status).toBe('Completed');
    expect(session.world.tenant.migration.batches[0]!.status).toBe('Completed');
  });

  it('sizes come back as { bytes } and statistics as typed objects', () => {
    const session = withEndpoint();
    session.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    session.clock.advance('3d');
    const stats = session.cmdlets.getMigrationUserStatistics({ identity: 'sara.lindqvist@contoso.com' })[0]!;
    expect(stats.Status).toBe('Synced');
    expect(stats.BytesTransferred).toEqual({ bytes: expect.any(Number) });
  });

  it('a second cutover batch throws CmdletError with the record, and the world is unchanged', () => {
    const session = withEndpoint();
    session.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' });
    const before = JSON.stringify(session.world);
    let error: unknown;
    try {
      session.cmdlets.newMigrationBatch({ name: 'Second', sourceEndpoint: 'CutoverEndpoint' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CmdletError);
    const e = error as CmdletError;
    expect(e.fullyQualifiedErrorId).toBe(`${e.errorId},New-MigrationBatch`);
    expect([e.errorId, e.category, e.command, e.message]).toEqual([
      'MigrationCutoverBatchAlreadyExistsException',
      'InvalidOperation',
      'New-MigrationBatch',
      "A cutover migration batch already exists. Only one cutover batch can exist at a time. Existing batch: 'CutoverBatch'.",
    ]);
    expect(e.errorRecord.fullyQualifiedErrorId).toBe(e.fullyQualifiedErrorId);
    expect(JSON.stringify(session.world)).toBe(before);
  });

  it('the lab clock cmdlet and the session clock agree', () => {
    const session = withEndpoint();
    session.clock.advance('2h');
    const [lab] = session.cmdlets.getLabClock();
    expect(lab!.Now).toEqual(session.clock.now());
    expect(lab!.Speed).toBe(0);
  });

  it('whatIf: nothing written, nothing changed; confirm is never asked', () => {
    const session = withEndpoint();
    expect(session.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', whatIf: true })).toBeUndefined();
    expect(session.world.tenant.migration.batches).toEqual([]);
    session.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' });
    // Remove-MigrationBatch has ConfirmImpact High: the library answers no prompt.
    session.cmdlets.removeMigrationBatch({ identity: 'CutoverBatch' });
    expect(session.world.tenant.migration.batches.map((b) => b.status)).toEqual(['Removing']);
  });

  it('binding errors come from the real binder (the same record the shell shows)', () => {
    const session = withEndpoint();
    const viaShell = session.invoke("Get-MigrationBatch -Status 'Nope'").errors[0]!;
    let error: CmdletError | undefined;
    try {
      session.cmdlets.getMigrationBatch({ status: 'Nope' as 'Synced' });
    } catch (e) {
      error = e as CmdletError;
    }
    expect(error).toBeInstanceOf(CmdletError);
    expect(error!.fullyQualifiedErrorId).toBe('CannotConvertArgumentNoMessage,Get-MigrationBatch');
    expect([error!.category, error!.message]).toEqual([viaShell.category, viaShell.message]);
  });
});
