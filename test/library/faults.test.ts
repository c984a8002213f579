/** session.faults: mailbox failures, endpoint outages, cmdlet failures (counted and seeded). */
import { describe, expect, it } from 'vitest';
import { CmdletError, LibraryError } from '../../src/index';
import { cutoverSession } from './helpers';

const SARA = 'sara.lindqvist@contoso.com';

function userStats(s: ReturnType<typeof cutoverSession>, identity: string) {
  return s.cmdlets.getMigrationUserStatistics({ identity })[0]!;
}

describe('faults.failMailbox', () => {
  it("'Unreadable' fails that user's copy; the batch syncs with errors", () => {
    const s = cutoverSession();
    s.faults.failMailbox(SARA, 'Unreadable');
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    s.clock.advance('3d');
    expect(userStats(s, SARA).Status).toBe('Failed');
    expect(userStats(s, SARA).Error).toBe(`The source mailbox ${SARA} could not be read: the mailbox store returned a corruption error.`);
    expect(s.cmdlets.getMigrationBatch()[0]!.Status).toBe('SyncedWithErrors');
  });

  it("'CorruptItems' skips items and completion waits for their approval", () => {
    const s = cutoverSession();
    s.faults.failMailbox(SARA, 'CorruptItems', { count: 3 });
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    s.clock.advance('3d');
    expect(userStats(s, SARA).SkippedItemCount).toBe(3);
    s.cmdlets.completeMigrationBatch({ identity: 'CutoverBatch' });
    s.clock.advance('1h');
    expect(s.cmdlets.getMigrationBatch()[0]!.Status).toBe('Completing');
    s.cmdlets.setMigrationBatch({ identity: 'CutoverBatch', approveSkippedItems: true });
    s.clock.advance('1h');
    expect(s.cmdlets.getMigrationBatch()[0]!.Status).toBe('Completed');
    expect(userStats(s, SARA).Status).toBe('CompletedWithWarnings');
  });

  it('an unknown mailbox is a LibraryError', () => {
    const s = cutoverSession();
    expect(() => s.faults.failMailbox('nobody@contoso.com', 'Unreadable')).toThrow(new LibraryError('UnknownMailbox', ['nobody@contoso.com']));
    expect(() => s.faults.failMailbox('nobody@contoso.com', 'Unreadable')).toThrow("No on-premises mailbox has the address 'nobody@contoso.com'.");
  });
});

describe('faults.endpointOutage', () => {
  it('users started during the outage cannot connect; after it ends a restart succeeds', () => {
    const s = cutoverSession();
    s.faults.endpointOutage('CutoverEndpoint', { for: '2h' });
    s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    s.clock.advance('1h');
    expect(userStats(s, SARA).Status).toBe('Failed');
    expect(userStats(s, SARA).Error).toBe("Couldn't connect to the source mailbox.");
    const during = s.world.tenant.migration.endpoints[0]!.verifiedPasswordHash;
    s.clock.advance('2h');
    const after = s.world.tenant.migration.endpoints[0]!.verifiedPasswordHash;
    expect(during).toMatch(/^exo-emulator:endpoint-outage:\d+:/);
    expect(during!.endsWith(`:${after}`)).toBe(true);
    s.cmdlets.startMigrationBatch({ identity: 'CutoverBatch' });
    s.clock.advance('3d');
    expect(userStats(s, SARA).Status).toBe('Synced');
  });

  it('an unknown endpoint is a LibraryError', () => {
    const s = cutoverSession();
    expect(() => s.faults.endpointOutage('Nope', { for: '1h' })).toThrow("No migration endpoint is named 'Nope'.");
  });
});

describe('faults.failCmdlet', () => {
  it('fails the next N calls after binding with the given record, then lets calls through', () => {
    const s = cutoverSession();
    s.faults.failCmdlet('New-MigrationBatch', { error: { message: 'The service is busy.', errorId: 'ServiceBusy', category: 'ResourceBusy' }, times: 2 });
    for (let i = 0; i < 2; i++) {
      let error: CmdletError | undefined;
      try {
        s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' });
      } catch (e) {
        error = e as CmdletError;
      }
      expect([error!.fullyQualifiedErrorId, error!.category, error!.message]).toEqual(['ServiceBusy,New-MigrationBatch', 'ResourceBusy', 'The service is busy.']);
      expect(s.world.tenant.migration.batches).toEqual([]);
    }
    expect(s.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' }).Status).toBe('Created');
  });

  it('binding still comes first: a bad parameter is a binding error, and uses no fault', () => {
    const s = cutoverSession();
    s.faults.failCmdlet('Get-MigrationBatch', { times: 1 });
    expect(() => s.cmdlets.getMigrationBatch({ nonsense: 1 } as never)).toThrow(/parameter cannot be found that matches parameter name 'nonsense'/);
    // The fault is still armed for the first call that binds.
    expect(() => s.cmdlets.getMigrationBatch()).toThrow(expect.objectContaining({ name: 'CmdletError', fullyQualifiedErrorId: 'InjectedFault,Get-MigrationBatch', category: 'NotSpecified' }));
    expect(s.cmdlets.getMigrationBatch()).toEqual([]);
  });

  it('scripts see the injected error as the cmdlet error ($Error, try/catch)', () => {
    const s = cutoverSession();
    s.faults.failCmdlet('Get-MigrationBatch', { times: 1 });
    const r = s.run("try { Get-MigrationBatch } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }");
    expect(r.output).toEqual(['InjectedFault,Get-MigrationBatch', 'The operation failed because of a fault injected by the test.']);
  });

  it('with a probability, failures are drawn from the seed: the same seed fails the same calls', () => {
    const pattern = (seed: number) => {
      const s = cutoverSession({ seed });
      s.faults.failCmdlet('Get-MigrationEndpoint', { probability: 0.3 });
      return Array.from({ length: 40 }, () => {
        try {
          s.cmdlets.getMigrationEndpoint();
          return '.';
        } catch {
          return 'x';
        }
      }).join('');
    };
    const a = pattern(7);
    expect(pattern(7)).toBe(a);
    const failures = a.split('').filter((c) => c === 'x').length;
    expect(failures).toBeGreaterThan(4);
    expect(failures).toBeLessThan(20);
  });

  it('needs times or probability', () => {
    const s = cutoverSession();
    expect(() => s.faults.failCmdlet('Get-MigrationBatch', {})).toThrow("A cmdlet fault needs 'times' or 'probability'.");
    expect(() => s.faults.failCmdlet('Get-MigrationBatch', { probability: 2 })).toThrow('A fault probability must be between 0 and 1, not 2.');
  });
});
