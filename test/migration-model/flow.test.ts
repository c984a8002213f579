/** The seed's cutover procedure (S0 Steps 2-6) at the model level on the contoso scenario. */
import { describe, expect, it } from 'vitest';
import { world, cutoverEndpoint, clone, DAY, HOUR, ADMIN } from './helpers';
import { testMigrationServerAvailability } from '../../src/model/migration/connectivity';
import { newMigrationEndpoint, getMigrationEndpoints } from '../../src/model/migration/endpoints';
import { newMigrationBatch, completeMigrationBatch, removeMigrationBatch, startMigrationBatch, getMigrationBatches, usersOf } from '../../src/model/migration/batches';
import { advanceMigration, nextMigrationDue, migrationProcess } from '../../src/model/migration/simulator';
import { countUsers, getMigrationStatistics, getMigrationUsers, getMigrationUserStatistics } from '../../src/model/migration/users';
import { shapeBatch } from '../../src/model/migration/shape';
import { setDnsRecord } from '../../src/model/dns-records';
import type { World } from '../../src/model/world';

function runCutover(w: World) {
  const tsma = testMigrationServerAvailability(w, { endpointType: 'ExchangeOutlookAnywhere', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: ADMIN });
  newMigrationEndpoint(w, { name: 'CutoverEndpoint', endpointType: 'ExchangeOutlookAnywhere', connectionSettings: tsma.connectionSettings! });
  return newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true }).batch;
}

describe('seed cutover flow (S0)', () => {
  it('TMSA with Autodiscover succeeds and its ConnectionSettings create the endpoint', () => {
    const w = world();
    const t = testMigrationServerAvailability(w, { endpointType: 'ExchangeOutlookAnywhere', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: ADMIN });
    expect(t.result).toBe('Success');
    expect(t.message).toBe('');
    expect(t.supportsCutover).toBe(true);
    expect(t.connectionSettings).toMatchObject({ exchangeServer: 'EXCH-SRV-01.corp.contoso.com', rpcProxyServer: 'mail.contoso.com', authentication: 'Basic', username: 'contoso\\administrator' });
    const ep = newMigrationEndpoint(w, { name: 'CutoverEndpoint', endpointType: 'ExchangeOutlookAnywhere', connectionSettings: t.connectionSettings! });
    // S0 "Verify it worked": EndpointType, ExchangeServer, UseAutoDiscover, Max*
    expect(getMigrationEndpoints(w.tenant.migration, { identity: 'cutoverendpoint' })[0]).toBe(ep);
    expect([ep.endpointType, ep.exchangeServer, ep.useAutoDiscover, ep.maxConcurrentMigrations, ep.maxConcurrentIncrementalSyncs]).toEqual(['ExchangeOutlookAnywhere', 'EXCH-SRV-01.corp.contoso.com', true, 20, 20]);
  });

  it('goes Starting -> Syncing -> Synced, keeps syncing every 24 h, completes and is removed', () => {
    const w = world();
    const batch = runCutover(w);
    const start = w.clock.now;
    expect(batch.status).toBe('Starting');
    const total = w.onPrem.mailboxes.length + w.onPrem.mailUsers.length + w.onPrem.contacts.length + w.onPrem.groups.filter((g) => g.mailEnabled).length;
    expect(usersOf(w.tenant.migration, batch)).toHaveLength(total);
    advanceMigration(w, start + 2 * 60_000);
    expect(batch.status).toBe('Syncing');
    advanceMigration(w, start + 3 * DAY);
    expect(batch.status).toBe('Synced');
    const c = countUsers(usersOf(w.tenant.migration, batch));
    expect(c).toMatchObject({ totalCount: total, syncedCount: total, failedCount: 0, pendingCount: 0, provisionedCount: total });
    // Every mailbox exists in the tenant with the source's content (no problem items in contoso).
    for (const m of w.onPrem.mailboxes) {
      const cloud = w.tenant.mailboxes.find((x) => x.primarySmtpAddress === m.primarySmtpAddress)!;
      expect(cloud.origin).toBe('Migrated');
      expect([cloud.itemCount, cloud.sizeBytes]).toEqual([m.itemCount, m.sizeBytes]);
    }
    const firstSync = batch.lastSyncedDateTime!;
    expect(batch.initialSyncDateTime!).toBeLessThanOrEqual(firstSync);
    expect(batch.nextIncrementalSyncAt).toBe(firstSync + DAY);
    advanceMigration(w, firstSync + DAY + 1);
    expect(batch.lastSyncedDateTime).toBe(firstSync + DAY);
    const r = completeMigrationBatch(w, 'CutoverBatch');
    expect(r.warnings).toEqual([]);
    expect(batch.status).toBe('Completing');
    advanceMigration(w, w.clock.now + HOUR);
    expect(batch.status).toBe('Completed');
    expect(countUsers(usersOf(w.tenant.migration, batch)).finalizedCount).toBe(total);
    removeMigrationBatch(w, 'CutoverBatch');
    expect(batch.status).toBe('Removing');
    advanceMigration(w, w.clock.now + HOUR);
    expect(getMigrationBatches(w.tenant.migration)).toEqual([]);
    expect(w.tenant.migration.users).toEqual([]);
    expect(nextMigrationDue(w)).toBeNull();
  });

  it('manual start: a batch without AutoStart stays Created until Start-MigrationBatch (S0 Step 4)', () => {
    const w = world();
    cutoverEndpoint(w);
    const { batch } = newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' });
    advanceMigration(w, w.clock.now + DAY);
    expect(batch.status).toBe('Created');
    startMigrationBatch(w, 'CutoverBatch');
    expect(batch.status).toBe('Starting');
    advanceMigration(w, w.clock.now + 3 * DAY);
    expect(batch.status).toBe('Synced');
  });

  it('copies mail delivered on-premises on the next incremental sync, and not after the batch is removed (S0 Steps 5-6)', () => {
    const w = world();
    const batch = runCutover(w);
    advanceMigration(w, w.clock.now + 3 * DAY);
    expect(batch.status).toBe('Synced');
    const src = w.onPrem.mailboxes[1]!;
    const cloud = () => w.tenant.mailboxes.find((x) => x.primarySmtpAddress === src.primarySmtpAddress)!;
    src.itemCount += 5;
    src.sizeBytes += 5 * 40_000;
    expect(cloud().itemCount).toBe(src.itemCount - 5);
    advanceMigration(w, batch.nextIncrementalSyncAt!);
    expect(cloud().itemCount).toBe(src.itemCount);
    expect(cloud().sizeBytes).toBe(src.sizeBytes);
    completeMigrationBatch(w, 'CutoverBatch');
    advanceMigration(w, w.clock.now + HOUR);
    removeMigrationBatch(w, 'CutoverBatch');
    advanceMigration(w, w.clock.now + HOUR);
    src.itemCount += 3;
    advanceMigration(w, w.clock.now + 5 * DAY);
    expect(cloud().itemCount).toBe(src.itemCount - 3);
  });

  it('warns when the batch is removed within 72 h of the MX switch (R23), not after', () => {
    const w = world();
    const batch = runCutover(w);
    advanceMigration(w, w.clock.now + 3 * DAY);
    const zone = w.dns.zones.find((z) => z.name === 'contoso.com')!;
    const mx = zone.records.find((r) => r.type === 'MX')!;
    setDnsRecord(w, { name: 'contoso.com', type: 'MX', ttl: 3600, values: [{ value: 'contoso-com.mail.protection.outlook.com', preference: 0 }] }, w.clock.now);
    const switched = w.clock.now;
    const early = clone(w);
    advanceMigration(early, switched + 24 * HOUR);
    const r1 = removeMigrationBatch(early, 'CutoverBatch');
    expect(r1.warnings).toHaveLength(1);
    expect(r1.warnings[0]).toBe(`The MX record was changed at ${new Date(switched).toISOString().replace('.000Z', 'Z')}. Wait at least 72 hours after the change, and until LastSyncedDateTime is later than it, before you remove the batch 'CutoverBatch'; mail delivered on-premises after the last sync won't reach Microsoft 365.`);
    advanceMigration(w, switched + 73 * HOUR);
    expect(batch.lastSyncedDateTime!).toBeGreaterThan(switched);
    expect(removeMigrationBatch(w, 'CutoverBatch').warnings).toEqual([]);
    expect(mx.name).toBe('contoso.com');
  });

  it('the 72 h of R23 run from the MX switch: raising the TTL back afterwards (S1 "Reduce email delays") does not restart them', () => {
    const w = world();
    runCutover(w);
    advanceMigration(w, w.clock.now + 3 * DAY);
    setDnsRecord(w, { name: 'contoso.com', type: 'MX', ttl: 300, values: [{ value: 'contoso-com.mail.protection.outlook.com', preference: 0 }] }, w.clock.now);
    const switched = w.clock.now;
    advanceMigration(w, switched + HOUR);
    setDnsRecord(w, { name: 'contoso.com', type: 'MX', ttl: 3600, values: [{ value: 'contoso-com.mail.protection.outlook.com', preference: 0 }] }, w.clock.now);
    const mx = w.dns.zones.find((z) => z.name === 'contoso.com')!.records.find((r) => r.type === 'MX')!;
    expect([mx.ttl, mx.changedAt]).toEqual([3600, switched]);
    advanceMigration(w, switched + 72 * HOUR + 1);
    expect(removeMigrationBatch(w, 'CutoverBatch').warnings).toEqual([]);
  });

  it('statistics add up: batch counters, Get-MigrationStatistics and per-user items', () => {
    const w = world('contoso-bad-items');
    const batch = runCutover(w);
    for (const step of [HOUR, 6 * HOUR, DAY, 3 * DAY]) {
      advanceMigration(w, batch.creationDateTime + step);
      const users = usersOf(w.tenant.migration, batch);
      const c = countUsers(users);
      expect(c.activeCount + c.stoppedCount + c.syncedCount + c.finalizedCount + c.failedCount + c.pendingCount).toBe(c.totalCount);
      const stats = getMigrationStatistics(w.tenant.migration);
      expect(stats.totalCount).toBe(c.totalCount);
      const bag = new Map(shapeBatch(w.tenant.migration, batch).properties);
      expect([bag.get('TotalCount'), bag.get('SyncedCount'), bag.get('FailedCount'), bag.get('PendingCount')]).toEqual([c.totalCount, c.syncedCount, c.failedCount, c.pendingCount]);
    }
    for (const u of getMigrationUsers(w.tenant.migration, { batchId: 'CutoverBatch' })) {
      if (u.recipientType !== 'Mailbox' || u.status === 'Failed') continue;
      const src = w.onPrem.mailboxes.find((m) => m.primarySmtpAddress === u.identity)!;
      expect(u.syncedItemCount + u.skippedItemCount).toBe(src.itemCount);
      expect(getMigrationUserStatistics(w, u.identity).percentageComplete).toBe(100);
    }
  });

  it('is deterministic: same scenario and seed give the same state', () => {
    const run = () => {
      const w = world('contoso-bad-items');
      runCutover(w);
      advanceMigration(w, w.clock.now + 5 * DAY);
      return clone(w);
    };
    expect(run()).toEqual(run());
  });

  it('exposes a process for the world clock registry', () => {
    const w = world();
    runCutover(w);
    expect(migrationProcess.name).toBe('migration');
    const due = migrationProcess.nextDue(w)!;
    expect(due).toBe(w.clock.now + 60_000);
    w.clock.now = due;
    migrationProcess.run(w, due);
    expect(w.tenant.migration.batches[0]!.status).toBe('Syncing');
    expect(migrationProcess.nextDue(w)!).toBeGreaterThan(due);
  });
});
