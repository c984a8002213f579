/**
 * The indexes over the migration users (src/model/migration/user-indexes.ts) follow the journal's
 * write log. Whatever is written (times and statuses set, users added or removed, savepoints rolled
 * back, new transactions), the due index's earliest time must equal a plain scan, the users it takes
 * as due must be exactly those a scan finds (in list order), and the census's per-batch counts must
 * equal a count over the list.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MemoryStateStore } from '../../src/store/memory-store';
import { runSteps, stepsOf } from '../world/transaction-steps';
import { loadScenario } from '../../src/model/scenarios';
import { userCensus, userDueIndex } from '../../src/model/migration/user-indexes';
import { initialPhaseOver } from '../../src/model/migration/transitions';
import type { UserStatus } from '../../src/model/migration/state';
import type { MigrationUserState } from '../../src/model/migration/state';
import type { World } from '../../src/model/world';

const BATCHES = ['B1', 'B2'];
const STATUSES: UserStatus[] = ['Queued', 'Provisioning', 'ProvisionUpdating', 'Syncing', 'Synced', 'Failed', 'Stopped'];
const user = (n: number, at: number | null) =>
  ({ identity: `u${n}@contoso.com`, nextEventAt: at, batchId: BATCHES[n % 2], status: 'Queued', recipientType: n % 3 === 2 ? 'Group' : 'Mailbox' }) as unknown as MigrationUserState;

/** The census by a plain count. */
function scanCounts(users: readonly MigrationUserState[], batch: string) {
  const mine = users.filter((u) => u.batchId === batch);
  return {
    active: mine.filter((u) => (u.status === 'Provisioning' || u.status === 'Syncing') && u.recipientType === 'Mailbox').length,
    pending: mine.filter((u) => !initialPhaseOver(u.status)).length,
  };
}

function scanEarliest(users: readonly MigrationUserState[]): number | null {
  let e: number | null = null;
  for (const u of users) if (u.nextEventAt !== null && (e === null || u.nextEventAt < e)) e = u.nextEventAt;
  return e;
}

type Op =
  | { kind: 'set'; i: number; at: number | null }
  | { kind: 'status'; i: number; status: UserStatus }
  | { kind: 'add'; at: number | null }
  | { kind: 'remove'; i: number }
  | { kind: 'take'; now: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), i: fc.nat(12), at: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('status' as const), i: fc.nat(12), status: fc.constantFrom(...STATUSES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), i: fc.nat(12) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('take' as const), now: fc.integer({ min: 0, max: 50 }) }) },
);

function apply(w: World, o: Op, serial: { n: number }): void {
  const users = w.tenant.migration.users;
  if (o.kind === 'set' && users.length > 0) users[o.i % users.length]!.nextEventAt = o.at;
  if (o.kind === 'status' && users.length > 0) users[o.i % users.length]!.status = o.status;
  if (o.kind === 'add') users.push(user(serial.n++, o.at));
  if (o.kind === 'remove' && users.length > 0) users.splice(o.i % users.length, 1);
  if (o.kind === 'take') {
    // What the service does: take the due users, handle them (here: clear every other one), put back the rest.
    const view = w.tenant.migration.users;
    const index = userDueIndex(rawUsers(w), w);
    const expected = rawUsers(w)
      .map((u, i) => [u, i] as const)
      .filter(([u]) => u.nextEventAt !== null && u.nextEventAt <= o.now)
      .map(([, i]) => i);
    const taken = index.takeDue(o.now);
    expect(taken.map((t) => t.index)).toEqual(expected);
    taken.forEach((t, k) => {
      if (k % 2 === 0) view[t.index]!.nextEventAt = null;
    });
    index.putBack(taken);
  }
}

let rawUsers: (w: World) => MigrationUserState[] = () => [];

describe('indexes over the migration users', () => {
  test('inside transactions with savepoints and rollbacks, it agrees with a plain scan', () => {
    fc.assert(
      fc.property(stepsOf(op, 5, 20), (steps) => {
        const world = loadScenario('contoso');
        world.tenant.migration.users = [user(0, 5), user(1, null), user(2, 3)] as never;
        const store = new MemoryStateStore(world);
        rawUsers = () => store.read().tenant.migration.users as MigrationUserState[];
        const serial = { n: 3 };
        runSteps(store, steps, (w, o) => apply(w, o, serial), (live) => {
          // Outside a transaction (no journal) the indexes are rebuilt from the list.
          expect(userDueIndex(rawUsers(live as World), live).earliest()).toBe(scanEarliest(rawUsers(live as World)));
          for (const b of BATCHES) expect(userCensus(rawUsers(live as World), live).of(b)).toEqual(scanCounts(rawUsers(live as World), b));
        });
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  test('a taken user whose time was left as it was stays due', () => {
    const world = loadScenario('contoso');
    world.tenant.migration.users = [user(0, 5), user(1, 7)] as never;
    const store = new MemoryStateStore(world);
    store.transaction((w) => {
      const plain = store.read().tenant.migration.users as MigrationUserState[];
      const index = userDueIndex(plain, w);
      const taken = index.takeDue(10);
      expect(taken.map((t) => t.index)).toEqual([0, 1]);
      w.tenant.migration.users[1]!.nextEventAt = 20;
      index.putBack(taken);
      expect(userDueIndex(plain, w).earliest()).toBe(5);
      expect(userDueIndex(plain, w).takeDue(10).map((t) => t.index)).toEqual([0]);
    });
  });
});
