import { describe, expect, test } from 'vitest';
import { MemoryStateStore } from '../../src/store/memory-store';
import { loadScenario } from '../../src/model/scenarios';
import { createWorldRuntime } from '../../src/model/runtime';
import { resolveDns, setDnsRecord } from '../../src/model/dns-records';
import { deliver } from '../../src/model/mail-flow';
import { assignLicense, licenseGraceEndsAt } from '../../src/model/licensing';
import { addTenantDomain, verifyTenantDomain } from '../../src/model/domains';
import { advanceWorld, type WorldProcess } from '../../src/model/processes';
import type { TenantMailbox, World } from '../../src/model/world';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2025-01-06T09:00:00Z');
const EXO_MX = 'contoso-com.mail.protection.outlook.com';

function setup(name = 'contoso') {
  const store = new MemoryStateStore(loadScenario(name));
  let real = 0;
  const rt = createWorldRuntime(store, { realTime: () => real });
  return { store, rt, tickReal: (ms: number) => (real += ms) };
}

describe('DNS propagation and mail flow', () => {
  test('contoso starts with MX on-premises: mail is delivered on-premises', () => {
    const { store } = setup();
    expect(deliver(store.read(), 'sara.lindqvist@contoso.com', START)).toEqual({
      destination: 'OnPremises',
      reason: 'Delivered',
      mxHost: 'mail.contoso.com',
      recipient: 'sara.lindqvist@contoso.com',
    });
  });

  test('a changed MX is seen only once the old TTL (3600 s) expires', () => {
    const { store, rt } = setup();
    store.transaction((w) => {
      w.tenant.mailboxes.push(cloudMailbox(w, 'sara.lindqvist', START));
      setDnsRecord(w, { name: 'contoso.com', type: 'MX', ttl: 3600, values: [{ value: EXO_MX, preference: 0 }] }, w.clock.now);
    });
    const w = () => store.read();
    expect(deliver(w(), 'sara.lindqvist@contoso.com', START + HOUR - 1).destination).toBe('OnPremises');
    expect(deliver(w(), 'sara.lindqvist@contoso.com', START + HOUR)).toEqual({
      destination: 'ExchangeOnline',
      reason: 'Delivered',
      mxHost: EXO_MX,
      recipient: 'sara.lindqvist@contoso.com',
    });
    expect(w().dns.zones[0]!.records.find((r) => r.type === 'MX')!.previous).not.toBeNull();
    rt.clock.advance(HOUR);
    expect(rt.clock.lastRuns).toEqual([{ name: 'dns-propagation', at: START + HOUR }]);
    expect(w().dns.zones[0]!.records.find((r) => r.type === 'MX')!.previous).toBeNull();
  });

  test('lowering the TTL only helps once the old TTL has expired (caches keep the longer one)', () => {
    const { store } = setup();
    store.transaction((w) => {
      setDnsRecord(w, { name: 'contoso.com', type: 'MX', ttl: 86400, values: [{ value: 'mail.contoso.com', preference: 10 }] }, START - 2 * DAY);
      // TTL lowered one hour before the switch: resolvers that cached under 86400 s keep the old MX.
      setDnsRecord(w, { name: 'contoso.com', type: 'MX', ttl: 300, values: [{ value: 'mail.contoso.com', preference: 10 }] }, START - HOUR);
      setDnsRecord(w, { name: 'contoso.com', type: 'MX', ttl: 300, values: [{ value: EXO_MX, preference: 0 }] }, START);
    });
    const mx = (t: number) => resolveDns(store.read(), 'contoso.com', 'MX', t).map((v) => v.value);
    expect(mx(START + 2 * HOUR)).toEqual(['mail.contoso.com']);
    expect(mx(START - HOUR + DAY - 1)).toEqual(['mail.contoso.com']);
    expect(mx(START - HOUR + DAY)).toEqual([EXO_MX]);
  });

  test.each([
    ['nobody@contoso.com', { destination: 'Undeliverable', reason: 'RecipientNotFound', mxHost: 'mail.contoso.com', recipient: null }],
    ['user@fabrikam.com', { destination: 'Undeliverable', reason: 'NoMxRecord', mxHost: null, recipient: null }],
    ['not-an-address', { destination: 'Undeliverable', reason: 'InvalidAddress', mxHost: null, recipient: null }],
    ['allstaff@contoso.com', { destination: 'OnPremises', reason: 'Delivered', mxHost: 'mail.contoso.com', recipient: 'allstaff@contoso.com' }],
    ['support@contoso.com', { destination: 'OnPremises', reason: 'Delivered', mxHost: 'mail.contoso.com', recipient: 'helpdesk@contoso.com' }],
  ])('deliver(%s)', (address, expected) => {
    const { store } = setup();
    expect(deliver(store.read(), address, START)).toEqual(expected);
  });

  test('MX pointing to Exchange Online for an unverified domain is rejected', () => {
    const { store } = setup('contoso-domain-unverified');
    store.transaction((w) => setDnsRecord(w, { name: 'contoso.com', type: 'MX', ttl: 3600, values: [{ value: EXO_MX, preference: 0 }] }, START - DAY));
    expect(deliver(store.read(), 'sara.lindqvist@contoso.com', START).reason).toBe('DomainNotAccepted');
  });

  test('domain verification needs the TXT value to be visible in DNS', () => {
    const { store } = setup();
    store.transaction((w) => addTenantDomain(w, 'contoso.com', 'ignored'));
    const { store: s2 } = setup('contoso-domain-unverified');
    const code = s2.read().tenant.domains[0]!.verificationCode;
    expect(s2.transaction((w) => verifyTenantDomain(w, 'contoso.com', START))).toBe(false);
    s2.transaction((w) => setDnsRecord(w, { name: 'contoso.com', type: 'TXT', ttl: 3600, values: [{ value: code, preference: 0 }] }, START));
    // The existing TXT (SPF) was cached for an hour.
    expect(s2.transaction((w) => verifyTenantDomain(w, 'contoso.com', START + 10 * 60_000))).toBe(false);
    expect(s2.transaction((w) => verifyTenantDomain(w, 'contoso.com', START + HOUR))).toBe(true);
    expect(s2.read().tenant.domains[0]!.verified).toBe(true);
  });
});

function cloudMailbox(w: World, alias: string, createdAt: number): TenantMailbox {
  const smtp = `${alias}@contoso.com`;
  w.tenant.users.push({ userPrincipalName: smtp, displayName: alias, licenses: [], createdAt, source: 'Cloud', passwordHash: null, usageLocation: 'US' });
  return {
    alias, displayName: alias, userPrincipalName: smtp, primarySmtpAddress: smtp, emailAddresses: [`SMTP:${smtp}`, `smtp:${alias}@contoso.onmicrosoft.com`],
    sizeBytes: 0, itemCount: 0, hiddenFromAddressLists: false, createdAt, disabled: false, disabledAt: null, origin: 'Migrated',
  };
}

describe('clock: event-driven advance', () => {
  test('advancing 30 days runs each process only at its due instants', () => {
    const { store, rt } = setup();
    let nextDueCalls = 0;
    const due = [START + 5 * DAY, START + 12 * DAY, START + 40 * DAY];
    const runs: number[] = [];
    const p: WorldProcess = {
      name: 'test-process',
      nextDue: () => {
        nextDueCalls++;
        return due.find((d) => !runs.includes(d)) ?? null;
      },
      run: (_w, now) => void runs.push(now),
    };
    rt.processes.register(p);
    rt.clock.advance(30 * DAY);
    expect(runs).toEqual([START + 5 * DAY, START + 12 * DAY]);
    expect(store.read().clock.now).toBe(START + 30 * DAY);
    expect(nextDueCalls).toBeLessThanOrEqual(3);
    expect(rt.clock.lastRuns.map((r) => r.name)).toEqual(['test-process', 'test-process']);
  });

  test('real time folds in at the speed factor', () => {
    const { store, rt, tickReal } = setup();
    rt.clock.setSpeed(60);
    tickReal(1000);
    expect(rt.clock.now()).toBe(START + 60_000);
    rt.clock.sync();
    expect(store.read().clock.now).toBe(START + 60_000);
    tickReal(500);
    rt.clock.advance(1000);
    expect(store.read().clock.now).toBe(START + 60_000 + 30_000 + 1000);
  });

  test('a process that never moves its due time forward is stopped with an error', () => {
    const { rt } = setup();
    rt.processes.register({ name: 'stuck', nextDue: (w) => w.clock.now, run: () => undefined });
    expect(() => rt.clock.advance(1)).toThrow("The process 'stuck' stayed due at the same instant after 10000 runs; it must move its next due time forward.");
  });

  test('moving backwards is refused', () => {
    const w = loadScenario('contoso');
    expect(() => advanceWorld(w, [], -5)).toThrow('The clock cannot move backwards (-5 ms).');
  });

  test('random draws live in the world state: a rolled-back transaction rewinds them', () => {
    const { store, rt } = setup();
    const first = rt.random.next();
    const state = store.read().random.state;
    try {
      store.transaction(() => {
        rt.random.next();
        throw new Error('x');
      });
    } catch {
      /* expected */
    }
    expect(store.read().random.state).toBe(state);
    const again = new MemoryStateStore(loadScenario('contoso'));
    expect(createWorldRuntime(again).random.next()).toBe(first);
  });
});

describe('license grace (30 days)', () => {
  test('an unlicensed mailbox is disabled at day 30; a licensed one is not; a license re-enables', () => {
    const { store, rt } = setup();
    store.transaction((w) => {
      w.tenant.mailboxes.push(cloudMailbox(w, 'sara.lindqvist', START), cloudMailbox(w, 'tomas.novak', START));
      assignLicense(w, 'tomas.novak@contoso.com', 'ENTERPRISEPACK');
    });
    expect(licenseGraceEndsAt(store.read(), store.read().tenant.mailboxes[0]!)).toBe(START + 30 * DAY);
    rt.clock.advance(30 * DAY - 1);
    expect(store.read().tenant.mailboxes.map((m) => m.disabled)).toEqual([false, false]);
    rt.clock.advance(1);
    expect(store.read().tenant.mailboxes.map((m) => [m.disabled, m.disabledAt])).toEqual([[true, START + 30 * DAY], [false, null]]);
    expect(deliver(store.read(), 'sara.lindqvist@contoso.onmicrosoft.com', START + 30 * DAY)).toEqual({
      destination: 'Undeliverable', reason: 'MailboxDisabled', mxHost: null, recipient: 'sara.lindqvist@contoso.com',
    });
    store.transaction((w) => assignLicense(w, 'sara.lindqvist@contoso.com', 'enterprisepack'));
    expect(store.read().tenant.mailboxes[0]!.disabled).toBe(false);
  });

  test('licenses run out', () => {
    const { store } = setup();
    store.transaction((w) => {
      w.tenant.licenses[0]!.total = 1;
      w.tenant.mailboxes.push(cloudMailbox(w, 'a', START), cloudMailbox(w, 'b', START));
    });
    store.transaction((w) => assignLicense(w, 'a@contoso.com', 'ENTERPRISEPACK'));
    expect(() => store.transaction((w) => assignLicense(w, 'b@contoso.com', 'ENTERPRISEPACK'))).toThrow(
      "All 1 licenses of 'ENTERPRISEPACK' are assigned.",
    );
    expect(() => store.transaction((w) => assignLicense(w, 'z@contoso.com', 'ENTERPRISEPACK'))).toThrow(
      "The user 'z@contoso.com' does not exist in the tenant.",
    );
  });
});
