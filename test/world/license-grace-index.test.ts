/**
 * The license grace process keeps its grace ends in an index that follows the journal's write log
 * (src/model/license-grace.ts). Whatever is written, in one transaction or across several, with
 * savepoints rolled back, through the store or on a plain world, its next due time must equal a
 * plain scan of the world, and a run must disable exactly the mailboxes a plain scan says are due.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MemoryStateStore } from '../../src/store/memory-store';
import { runSteps, stepsOf } from './transaction-steps';
import { loadScenario } from '../../src/model/scenarios';
import { licenseGraceProcess } from '../../src/model/license-grace';
import { licenseGraceEndsAt } from '../../src/model/licensing';
import type { World } from '../../src/model/world';
import type { ReadonlyWorld } from '../../src/store/state-store';

const DAY = 86_400_000;

/** The earliest grace end by a plain scan (what the index must agree with). */
function scan(world: ReadonlyWorld): number | null {
  let next: number | null = null;
  for (const m of world.tenant.mailboxes) {
    const due = licenseGraceEndsAt(world, m);
    if (due !== null && (next === null || due < next)) next = due;
  }
  return next;
}

type Op =
  | { kind: 'addMailbox'; user: number; at: number }
  | { kind: 'addUser'; user: number; licensed: boolean }
  | { kind: 'license'; user: number }
  | { kind: 'unlicense'; user: number }
  | { kind: 'disable'; mailbox: number }
  | { kind: 'enable'; mailbox: number }
  | { kind: 'removeMailbox'; mailbox: number }
  | { kind: 'replaceMailbox'; mailbox: number; at: number }
  | { kind: 'grace'; days: number }
  | { kind: 'renameUser'; user: number }
  | { kind: 'run' };

const upn = (i: number) => `user${i}@contoso.com`;

function apply(w: World, op: Op): void {
  const t = w.tenant;
  // UPNs are unique in a tenant (Exchange refuses a duplicate): the ops keep them so.
  const taken = (u: string) => t.users.some((x) => x.userPrincipalName.toLowerCase() === u.toLowerCase());
  const mailbox = (i: number) => t.mailboxes[i % Math.max(1, t.mailboxes.length)];
  const user = (i: number) => t.users[i % Math.max(1, t.users.length)];
  switch (op.kind) {
    case 'addMailbox':
      t.mailboxes.push({
        alias: `u${op.user}`,
        displayName: `U${op.user}`,
        userPrincipalName: upn(op.user),
        primarySmtpAddress: upn(op.user),
        emailAddresses: [],
        sizeBytes: 0,
        itemCount: 0,
        hiddenFromAddressLists: false,
        createdAt: w.clock.now - op.at,
        disabled: false,
        disabledAt: null,
        origin: 'Migrated',
      });
      break;
    case 'addUser':
      if (!taken(upn(op.user))) t.users.push({ userPrincipalName: upn(op.user).toUpperCase(), displayName: `U${op.user}`, licenses: op.licensed ? ['ENTERPRISEPACK'] : [], createdAt: w.clock.now, source: 'Cloud', passwordHash: null, usageLocation: 'US' });
      break;
    case 'license':
      user(op.user)?.licenses.push('ENTERPRISEPACK');
      break;
    case 'unlicense':
      user(op.user)?.licenses.splice(0);
      break;
    case 'disable':
    case 'enable': {
      const m = mailbox(op.mailbox);
      if (m) m.disabled = op.kind === 'disable';
      break;
    }
    case 'removeMailbox':
      if (t.mailboxes.length > 0) t.mailboxes.splice(op.mailbox % t.mailboxes.length, 1);
      break;
    case 'replaceMailbox': {
      const m = mailbox(op.mailbox);
      if (m) t.mailboxes[t.mailboxes.indexOf(m)] = { ...m, createdAt: w.clock.now - op.at };
      break;
    }
    case 'grace':
      t.migration.config.limits.licenseGraceMs = op.days * DAY;
      break;
    case 'renameUser': {
      const u = user(op.user);
      if (u && !taken(upn(op.user + 1))) u.userPrincipalName = upn(op.user + 1);
      break;
    }
    case 'run':
      break;
  }
}

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('addMailbox' as const), user: fc.nat(6), at: fc.nat(40 * DAY) }),
  fc.record({ kind: fc.constant('addUser' as const), user: fc.nat(6), licensed: fc.boolean() }),
  fc.record({ kind: fc.constant('license' as const), user: fc.nat(8) }),
  fc.record({ kind: fc.constant('unlicense' as const), user: fc.nat(8) }),
  fc.record({ kind: fc.constant('disable' as const), mailbox: fc.nat(8) }),
  fc.record({ kind: fc.constant('enable' as const), mailbox: fc.nat(8) }),
  fc.record({ kind: fc.constant('removeMailbox' as const), mailbox: fc.nat(8) }),
  fc.record({ kind: fc.constant('replaceMailbox' as const), mailbox: fc.nat(8), at: fc.nat(40 * DAY) }),
  fc.record({ kind: fc.constant('grace' as const), days: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('renameUser' as const), user: fc.nat(8) }),
  fc.constant({ kind: 'run' as const }),
);


function startWorld(): World {
  const w = loadScenario('contoso');
  w.tenant.licenses[0]!.total = 1000;
  return w;
}

describe('license grace index', () => {
  test('inside store transactions, its due time always equals a plain scan (savepoints, rollbacks, new transactions)', () => {
    fc.assert(
      fc.property(stepsOf(op, 4, 25), (steps) => {
        const store = new MemoryStateStore(startWorld());
        runSteps(
          store,
          steps,
          (w, o) => {
            apply(w, o);
            if (o.kind === 'run') licenseGraceProcess.run(w, w.clock.now);
          },
          (live) => expect(licenseGraceProcess.nextDue(store.read(), live as World)).toBe(scan(store.read())),
        );
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  test('on a plain world (no journal) it is recomputed from the world every time', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const w = startWorld();
        for (const o of ops) {
          apply(w, o);
          if (o.kind === 'run') licenseGraceProcess.run(w, w.clock.now);
          expect(licenseGraceProcess.nextDue(w, w)).toBe(scan(w));
        }
      }),
      { numRuns: 200, seed: 20261124 },
    );
  });

  test('a run disables exactly the mailboxes whose grace has ended, and records when', () => {
    const store = new MemoryStateStore(startWorld());
    const now = store.read().clock.now;
    store.transaction((w) => {
      apply(w, { kind: 'addMailbox', user: 1, at: 31 * DAY });
      apply(w, { kind: 'addMailbox', user: 2, at: 29 * DAY });
      apply(w, { kind: 'addMailbox', user: 3, at: 30 * DAY });
      apply(w, { kind: 'addUser', user: 3, licensed: true });
      expect(licenseGraceProcess.nextDue(store.read(), w)).toBe(now - DAY);
      licenseGraceProcess.run(w, now);
    });
    const byUpn = new Map(store.read().tenant.mailboxes.map((m) => [m.userPrincipalName, [m.disabled, m.disabledAt]]));
    expect([byUpn.get(upn(1)), byUpn.get(upn(2)), byUpn.get(upn(3))]).toEqual([[true, now], [false, null], [false, null]]);
    expect(licenseGraceProcess.nextDue(store.read())).toBe(now + DAY);
  });
});
