/** session.progression: 'time' (default), 'immediate', and manual polls per status. */
import { describe, expect, it } from 'vitest';
import type { BatchStatusEvent } from '../../src/index';
import { cutoverSession } from './helpers';

describe('progression modes for MigrationBatch', () => {
  it("'time' is the default: nothing moves until the clock does", () => {
    const s = cutoverSession();
    expect(s.progression.get()).toBe('time');
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    expect(s.cmdlets.getMigrationBatch()[0]!.Status).toBe('Starting');
    s.clock.advance('3d');
    expect(s.cmdlets.getMigrationBatch()[0]!.Status).toBe('Synced');
  });

  it("'immediate': a started batch is Synced as soon as the call returns, the clock unmoved, each status reported", () => {
    const s = cutoverSession();
    s.progression.set('MigrationBatch', 'immediate');
    const seen: BatchStatusEvent[] = [];
    s.on('batchStatus', (e) => seen.push(e));
    const t0 = s.clock.now().getTime();
    const created = s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    expect(created.Status).toBe('Starting'); // the object the cmdlet wrote, before the batch moved on
    const b = s.cmdlets.getMigrationBatch()[0]!;
    expect([b.Status, b.SyncedCount, b.TotalCount]).toEqual(['Synced', 32, 32]);
    expect(s.clock.now().getTime()).toBe(t0);
    expect(seen.map((e) => e.to)).toEqual(['Starting', 'Syncing', 'Synced']);
    s.cmdlets.completeMigrationBatch({ identity: 'CutoverBatch' });
    expect(s.cmdlets.getMigrationBatch()[0]!.Status).toBe('Completed');
  });

  it('manual: one status per N Get-Migration* polls', () => {
    const s = cutoverSession();
    s.progression.set('MigrationBatch', { manual: { pollsPerStatus: 2 } });
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    const polls = Array.from({ length: 6 }, () => s.cmdlets.getMigrationBatch()[0]!.Status);
    expect(polls).toEqual(['Starting', 'Syncing', 'Syncing', 'Synced', 'Synced', 'Synced']);
    // Script polls count too.
    s.run('Complete-MigrationBatch -Identity CutoverBatch -Confirm:$false');
    expect(s.run('(Get-MigrationBatch).Status.ToString(); (Get-MigrationBatch).Status.ToString()').output).toEqual(['Completing', 'Completed']);
  });

  it('rejects other kinds and bad poll counts', () => {
    const s = cutoverSession();
    expect(() => s.progression.set('MigrationUser' as 'MigrationBatch', 'immediate')).toThrow("Progressions apply to 'MigrationBatch' only, not 'MigrationUser'.");
    expect(() => s.progression.set('MigrationBatch', { manual: { pollsPerStatus: 0 } })).toThrow('pollsPerStatus must be a whole number of at least 1, not 0.');
  });
});
