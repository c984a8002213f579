/** session.on: batchStatus / userStatus from the store's commits, commandInvoked from the cmdlet hook. */
import { describe, expect, it } from 'vitest';
import { createSession, PSCredential, SecureString, type BatchStatusEvent, type CommandInvokedEvent, type UserStatusEvent } from '../../src/index';

function session() {
  const s = createSession({ scenario: 'contoso', realTime: () => 0 });
  s.cmdlets.newMigrationEndpoint({ exchangeOutlookAnywhere: true, name: 'CutoverEndpoint', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: new PSCredential('CONTOSO\\administrator', new SecureString('P@ssw0rd!')) });
  return s;
}

describe('session events', () => {
  it('batchStatus reports each status change of a batch with from/to and the virtual time', () => {
    const s = session();
    const seen: BatchStatusEvent[] = [];
    s.on('batchStatus', (e) => seen.push(e));
    const start = s.clock.now().getTime();
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' });
    s.cmdlets.startMigrationBatch({ identity: 'CutoverBatch' });
    s.clock.advance('3d');
    expect(seen.map((e) => [e.batch, e.from, e.to])).toEqual([
      ['CutoverBatch', 'None', 'Created'],
      ['CutoverBatch', 'Created', 'Starting'],
      ['CutoverBatch', 'Starting', 'Syncing'],
      ['CutoverBatch', 'Syncing', 'Synced'],
    ]);
    expect(seen[0]!.at.getTime()).toBe(start);
    // Each change carries the virtual instant it happened at, in order, within the advance.
    const times = seen.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[2]).toBe(start + 60_000); // Starting -> Syncing after the service's one-minute transition
    expect(times[3]!).toBeLessThan(start + 3 * 86_400_000);
  });

  it('userStatus reports users of the batch; the listener can be removed', () => {
    const s = session();
    const seen: UserStatusEvent[] = [];
    const off = s.on('userStatus', (e) => seen.push(e));
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    s.clock.advance('3d');
    const sara = seen.filter((e) => e.user === 'sara.lindqvist@contoso.com').map((e) => `${e.from}->${e.to}`);
    expect(sara[0]).toBe('None->Queued');
    expect(sara.at(-1)).toBe('Syncing->Synced');
    expect(new Set(seen.map((e) => e.batch))).toEqual(new Set(['CutoverBatch']));
    off();
    const count = seen.length;
    s.cmdlets.completeMigrationBatch({ identity: 'CutoverBatch' });
    s.clock.advance('1h');
    expect(seen.length).toBe(count);
  });

  it('commandInvoked fires for Exchange cmdlets, from the typed API and from scripts', () => {
    const s = session();
    const seen: CommandInvokedEvent[] = [];
    s.on('commandInvoked', (e) => seen.push(e));
    s.cmdlets.getMigrationBatch();
    s.run('Get-MigrationEndpoint | Select-Object -First 1');
    expect(seen.map((e) => e.name)).toEqual(['Get-MigrationBatch', 'Get-MigrationEndpoint']);
    expect(seen[0]!.at).toEqual(s.clock.now());
  });

  it('a restored snapshot reports the statuses going back', () => {
    const s = session();
    const snap = s.snapshot();
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' });
    const seen: BatchStatusEvent[] = [];
    s.on('batchStatus', (e) => seen.push(e));
    s.restore(snap);
    expect(seen.map((e) => [e.batch, e.from, e.to])).toEqual([['CutoverBatch', 'Created', 'Removed']]);
  });
});
