/** The migration process on the world's clock registry, with the world's license grace (R21) and groups (R18). */
import { describe, expect, it } from 'vitest';
import { world, cutoverEndpoint, DAY } from './helpers';
import { newMigrationBatch } from '../../src/model/migration/batches';
import { migrationProcess, advanceMigration } from '../../src/model/migration/simulator';
import { findUser } from '../../src/model/migration/users';
import { advanceWorld } from '../../src/model/processes';
import { licenseGraceProcess, assignLicense } from '../../src/model/licensing';

describe('with the world clock registry', () => {
  it('unlicensed migrated mailboxes are disabled after 30 days; licensed ones are not (R21, lab 15)', () => {
    const w = world();
    cutoverEndpoint(w);
    newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    advanceWorld(w, [migrationProcess, licenseGraceProcess], 3 * DAY);
    expect(w.tenant.migration.batches[0]!.status).toBe('Synced');
    const sku = w.tenant.licenses[0]!.skuPartNumber;
    assignLicense(w, 'sara.lindqvist@contoso.com', sku);
    advanceWorld(w, [migrationProcess, licenseGraceProcess], 28 * DAY);
    const mbx = (a: string) => w.tenant.mailboxes.find((m) => m.primarySmtpAddress === a)!;
    expect(mbx('sara.lindqvist@contoso.com').disabled).toBe(false);
    expect(mbx('tomas.novak@contoso.com').disabled).toBe(true);
    // Incremental syncs kept running the whole time, one per day.
    const b = w.tenant.migration.batches[0]!;
    expect(b.nextIncrementalSyncAt! - b.lastSyncedDateTime!).toBe(DAY);
    expect(w.clock.now - b.lastSyncedDateTime!).toBeLessThan(DAY);
  });
});

describe('groups (R18, MU)', () => {
  it('a pre-created mail-enabled security group keeps its type; other groups arrive as distribution groups', () => {
    const w = world();
    const fin = w.onPrem.groups.find((g) => g.alias === 'finance')!;
    w.tenant.groups.push({ name: 'Finance', alias: 'finance', displayName: 'Finance', primarySmtpAddress: fin.primarySmtpAddress, groupType: 'Security', members: [] });
    cutoverEndpoint(w);
    newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    advanceMigration(w, w.clock.now + 3 * DAY);
    const cloud = (alias: string) => w.tenant.groups.find((g) => g.alias === alias)!;
    expect(cloud('finance').groupType).toBe('Security');
    expect(cloud('sales').groupType).toBe('Distribution');
    expect([...cloud('sales').members].sort()).toEqual(['fabrikam.sales', 'felix.bauer', 'grace.walsh', 'hana.sato', 'marco.rossi']);
  });
  it('a group with a member that is not migrated waits in ProvisionUpdating', () => {
    const w = world();
    w.onPrem.groups.find((g) => g.alias === 'itops')!.members.push('not.migrated');
    cutoverEndpoint(w);
    const { batch } = newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    advanceMigration(w, w.clock.now + 3 * DAY);
    const itops = w.onPrem.groups.find((g) => g.alias === 'itops')!;
    expect(findUser(w.tenant.migration, itops.primarySmtpAddress).status).toBe('ProvisionUpdating');
    expect(batch.status).toBe('Synced');
  });
});
