/** snapshot / restore / reset through the library face, and the world view. */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/index';
import { cutoverSession } from './helpers';

describe('snapshot and restore', () => {
  it('restoring a snapshot undoes batches, progress and world faults', () => {
    const s = cutoverSession();
    const snap = s.snapshot();
    const before = JSON.stringify(s.world);
    s.faults.failMailbox('sara.lindqvist@contoso.com', 'Unreadable');
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    s.clock.advance('3d');
    expect(s.cmdlets.getMigrationBatch()[0]!.Status).toBe('SyncedWithErrors');
    s.restore(snap);
    expect(JSON.stringify(s.world)).toBe(before);
    expect(s.cmdlets.getMigrationBatch()).toEqual([]);
    // Same inputs after a restore: the same results (the simulator is deterministic).
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    s.clock.advance('3d');
    expect(s.cmdlets.getMigrationBatch()[0]!.Status).toBe('Synced');
  });

  it('a snapshot taken during an outage brings the outage back, and the clock still ends it', () => {
    const s = cutoverSession();
    s.faults.endpointOutage('CutoverEndpoint', { for: '2h' });
    const during = s.snapshot();
    s.clock.advance('3h');
    s.restore(during);
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    s.clock.advance('1h');
    expect(s.cmdlets.getMigrationUserStatistics({ identity: 'sara.lindqvist@contoso.com' })[0]!.Status).toBe('Failed');
    s.clock.advance('2h');
    s.cmdlets.startMigrationBatch({ identity: 'CutoverBatch' });
    s.clock.advance('3d');
    expect(s.cmdlets.getMigrationBatch()[0]!.Status).toBe('Synced');
  });

  it('an endpoint outage ends with a restore', () => {
    const s = cutoverSession();
    const snap = s.snapshot();
    s.faults.endpointOutage('CutoverEndpoint', { for: '2h' });
    s.restore(snap);
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    s.clock.advance('3d');
    expect(s.cmdlets.getMigrationBatch()[0]!.Status).toBe('Synced');
  });

  it('reset goes back to the scenario; the world view is typed read-only', () => {
    const s = cutoverSession();
    s.reset();
    expect(s.world.tenant.migration.endpoints).toEqual([]);
    // Read-only by type (the store's view; changes go through faults, cmdlets or store.transaction).
    const change = () => {
      // @ts-expect-error: the world view is DeepReadonly
      s.world.clock.now = 0;
    };
    expect(typeof change).toBe('function');
  });

  it("clock option: 'manual' keeps time still, { speed } follows real time", () => {
    let real = 0;
    const manual = createSession({ realTime: () => real, clock: 'manual' });
    const t0 = manual.clock.now().getTime();
    real += 60_000;
    expect(manual.clock.now().getTime()).toBe(t0);
    const fast = createSession({ realTime: () => real, clock: { speed: 60 } });
    const t1 = fast.clock.now().getTime();
    real += 1000;
    expect(fast.clock.now().getTime()).toBe(t1 + 60_000);
  });
});
