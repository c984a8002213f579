/** Per-user outcomes of the cutover (R8, R14-R16, R18, R19, R33) and Get/Set/Start/Stop/Remove-MigrationUser. */
import { describe, expect, it } from 'vitest';
import { world, cutoverEndpoint, rejects, DAY, HOUR } from './helpers';
import { newMigrationBatch, startMigrationBatch, completeMigrationBatch, setMigrationBatch, usersOf } from '../../src/model/migration/batches';
import { advanceMigration } from '../../src/model/migration/simulator';
import { findUser, getMigrationUsers, getMigrationUserStatistics, removeMigrationUser, setMigrationUser, startMigrationUser, stopMigrationUser, countUsers } from '../../src/model/migration/users';
import { shapeUserStatistics, shapeUser } from '../../src/model/migration/shape';
import { newMigrationEndpoint } from '../../src/model/migration/endpoints';

function synced(scenario: string) {
  const w = world(scenario);
  cutoverEndpoint(w);
  const { batch } = newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
  advanceMigration(w, w.clock.now + 3 * DAY);
  return { w, batch };
}

const failedOf = (w: ReturnType<typeof world>) => getMigrationUsers(w.tenant.migration, { status: 'Failed' }).map((u) => [u.identity, u.errorId, u.error]);

describe('per-user failures', () => {
  it('R8: unverified domain fails every user, the batch is Failed (lab 7); verify + Start retries -> Synced', () => {
    const { w, batch } = synced('contoso-domain-unverified');
    const users = usersOf(w.tenant.migration, batch);
    const contacts = users.filter((u) => u.recipientType === 'Contact').length;
    expect(countUsers(users).failedCount).toBe(users.length - contacts);
    expect(batch.status).toBe('SyncedWithErrors');
    const sara = findUser(w.tenant.migration, 'sara.lindqvist@contoso.com');
    expect(sara.error).toBe("The domain 'contoso.com' of the address 'sara.lindqvist@contoso.com' isn't an accepted domain in Microsoft 365. Add and verify the domain, then start the batch again.");
    w.tenant.domains.find((d) => d.name === 'contoso.com')!.verified = true;
    startMigrationBatch(w, 'CutoverBatch');
    advanceMigration(w, w.clock.now + 3 * DAY);
    expect(batch.status).toBe('Synced');
    expect(countUsers(usersOf(w.tenant.migration, batch)).failedCount).toBe(0);
  });
  it('R15: a hidden mailbox fails with the W4 text (lab 8)', () => {
    const { w, batch } = synced('contoso-hidden-mailbox');
    expect(failedOf(w)).toEqual([['ines.moreau@contoso.com', 'UserSourceNotFound', "A source e-mail address ines.moreau@contoso.com couldn't be found in the on-premises domain."]]);
    expect(batch.status).toBe('SyncedWithErrors');
    w.onPrem.mailboxes.find((m) => m.primarySmtpAddress === 'ines.moreau@contoso.com')!.hiddenFromAddressLists = false;
    startMigrationBatch(w, 'CutoverBatch');
    advanceMigration(w, w.clock.now + DAY);
    expect(batch.status).toBe('Synced');
  });
  it('R14: missing permissions fail those users only (lab 9)', () => {
    const w = world('contoso-missing-permissions');
    // In this variant the administrator is no domain admin and lacks FullAccess on three mailboxes.
    cutoverEndpoint(w);
    newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    advanceMigration(w, w.clock.now + 3 * DAY);
    const failed = failedOf(w);
    expect(failed.map((f) => f[0]).sort()).toEqual(['felix.bauer@contoso.com', 'grace.walsh@contoso.com', 'hana.sato@contoso.com']);
    for (const f of failed) expect(f.slice(1)).toEqual(['UserCannotConnect', "Couldn't connect to the source mailbox."]);
  });
  it('R16: UM-enabled mailboxes fail', () => {
    const { w } = synced('contoso-um-enabled');
    expect(failedOf(w)).toEqual([
      ['kenji.tanaka@contoso.com', 'UserUmEnabled', 'Unified Messaging must be disabled on the mailbox kenji.tanaka@contoso.com before it can be migrated.'],
      ['nadia.farouk@contoso.com', 'UserUmEnabled', 'Unified Messaging must be disabled on the mailbox nadia.farouk@contoso.com before it can be migrated.'],
    ]);
  });
  it('R19: a manager or delegate that is not migrated', () => {
    const { w } = synced('contoso-manager-outside');
    expect(failedOf(w)).toEqual([
      ['sara.lindqvist@contoso.com', 'UserManagerNotMigrated', "The object 'board.liaison' is set as manager or delegate of sara.lindqvist@contoso.com but isn't being migrated. Remove it from the object before you migrate."],
      ['daniel.eriksen@contoso.com', 'UserManagerNotMigrated', "The object 'board.liaison' is set as manager or delegate of daniel.eriksen@contoso.com but isn't being migrated. Remove it from the object before you migrate."],
    ]);
  });
  it('R33 / lab 10: skipped items, an unreadable mailbox, approval before completion', () => {
    const { w, batch } = synced('contoso-bad-items');
    expect(failedOf(w)).toEqual([['zoe.larsen@contoso.com', 'UserMailboxUnreadable', 'The source mailbox zoe.larsen@contoso.com could not be read: the mailbox store returned a corruption error.']]);
    expect(batch.status).toBe('SyncedWithErrors');
    const marco = getMigrationUserStatistics(w, 'marco.rossi@contoso.com', { includeSkippedItems: true, limitSkippedItemsTo: 1 });
    expect([marco.user.status, marco.user.skippedItemCount]).toEqual(['Synced', 2]);
    expect(marco.skippedItems.map((i) => [i.subject, i.kind, i.folderName])).toEqual([['Q3 forecast (damaged)', 'CorruptItem', 'Inbox']]);
    completeMigrationBatch(w, 'CutoverBatch');
    advanceMigration(w, w.clock.now + HOUR);
    expect(batch.status).toBe('Completing');
    expect(findUser(w.tenant.migration, 'marco.rossi@contoso.com').status).toBe('Completing');
    setMigrationUser(w, 'marco.rossi@contoso.com', { approveSkippedItems: true });
    advanceMigration(w, w.clock.now + HOUR);
    expect(batch.status).toBe('Completing');
    setMigrationBatch(w, 'CutoverBatch', { approveSkippedItems: true });
    advanceMigration(w, w.clock.now + HOUR);
    expect(batch.status).toBe('CompletedWithErrors');
    expect(findUser(w.tenant.migration, 'marco.rossi@contoso.com').status).toBe('CompletedWithWarnings');
    expect(findUser(w.tenant.migration, 'sara.lindqvist@contoso.com').status).toBe('Completed');
  });
  it('R18: groups arrive as distribution groups with their members; contacts are provisioned', () => {
    const { w } = synced('contoso');
    const mailGroups = w.onPrem.groups.filter((g) => g.mailEnabled);
    expect(w.tenant.groups.filter((g) => mailGroups.some((m) => m.primarySmtpAddress === g.primarySmtpAddress)).every((g) => g.groupType === 'Distribution' || g.groupType === 'Security')).toBe(true);
    for (const g of mailGroups) {
      const cloud = w.tenant.groups.find((x) => x.primarySmtpAddress === g.primarySmtpAddress)!;
      expect([...cloud.members].sort()).toEqual([...g.members].sort());
    }
    expect(w.tenant.contacts.length).toBeGreaterThanOrEqual(w.onPrem.contacts.length);
  });
});

describe('migration user cmdlets', () => {
  it('Get-MigrationUser filters by batch, status and StatusSummary; ResultSize caps', () => {
    const { w } = synced('contoso-hidden-mailbox');
    expect(getMigrationUsers(w.tenant.migration, { statusSummary: 'Failed' }).map((u) => u.identity)).toEqual(['ines.moreau@contoso.com']);
    expect(getMigrationUsers(w.tenant.migration, { batchId: 'CutoverBatch', resultSize: 3 })).toHaveLength(3);
    rejects(w, () => getMigrationUsers(w.tenant.migration, { identity: 'nobody@contoso.com' }), 'UserNotFound', "The migration user 'nobody@contoso.com' couldn't be found.");
    rejects(w, () => getMigrationUsers(w.tenant.migration, { batchId: 'Nope' }), 'BatchNotFound', "The migration batch 'Nope' couldn't be found.");
  });
  it('Stop / Start / Remove a user, with refusals', () => {
    const w = world();
    cutoverEndpoint(w);
    newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    advanceMigration(w, w.clock.now + 2 * 60_000);
    const id = 'grace.walsh@contoso.com';
    rejects(w, () => startMigrationUser(w, id), 'UserCannotStart', "The migration user 'grace.walsh@contoso.com' can't be started because its status is Provisioning.");
    rejects(w, () => removeMigrationUser(w, id), 'UserCannotRemove', "The migration user 'grace.walsh@contoso.com' can't be removed while its status is Provisioning. Stop the user first or use Force.");
    stopMigrationUser(w, id);
    expect(findUser(w.tenant.migration, id).status).toBe('Stopped');
    rejects(w, () => stopMigrationUser(w, id), 'UserCannotStop', "The migration user 'grace.walsh@contoso.com' can't be stopped because its status is Stopped.");
    rejects(w, () => setMigrationUser(w, id, { syncNow: true }), 'UserCannotSync', "SyncNow applies only to users that are Synced; the migration user 'grace.walsh@contoso.com' is Stopped.");
    startMigrationUser(w, id);
    advanceMigration(w, w.clock.now + 3 * DAY);
    expect(findUser(w.tenant.migration, id).status).toBe('Synced');
    removeMigrationUser(w, id);
    expect(() => findUser(w.tenant.migration, id)).toThrow("The migration user 'grace.walsh@contoso.com' couldn't be found.");
  });
  it('Start-MigrationUser retries one failed user of a settled batch', () => {
    const { w, batch } = synced('contoso-hidden-mailbox');
    w.onPrem.mailboxes.find((m) => m.primarySmtpAddress === 'ines.moreau@contoso.com')!.hiddenFromAddressLists = false;
    startMigrationUser(w, 'ines.moreau@contoso.com');
    expect([batch.status, findUser(w.tenant.migration, 'ines.moreau@contoso.com').status]).toEqual(['Syncing', 'Queued']);
    advanceMigration(w, w.clock.now + DAY);
    expect([batch.status, findUser(w.tenant.migration, 'ines.moreau@contoso.com').status]).toEqual(['Synced', 'Synced']);
  });
  it('SyncNow copies new source items at once', () => {
    const { w } = synced('contoso');
    const src = w.onPrem.mailboxes.find((m) => m.primarySmtpAddress === 'sara.lindqvist@contoso.com')!;
    src.itemCount += 7;
    setMigrationUser(w, 'sara.lindqvist@contoso.com', { syncNow: true });
    advanceMigration(w, w.clock.now);
    expect(findUser(w.tenant.migration, 'sara.lindqvist@contoso.com').syncedItemCount).toBe(src.itemCount);
  });
  it('statistics shape: sizes as ByteQuantifiedSize, report with -IncludeReport', () => {
    const { w } = synced('contoso');
    const bag = new Map(shapeUserStatistics(w, 'sara.lindqvist@contoso.com', { includeReport: true }).properties);
    const src = w.onPrem.mailboxes.find((m) => m.primarySmtpAddress === 'sara.lindqvist@contoso.com')!;
    expect(String(bag.get('BytesTransferred'))).toContain(`(${src.sizeBytes.toLocaleString('en-US')} bytes)`);
    expect(bag.get('PercentageComplete')).toBe(100);
    expect(String(bag.get('Report'))).toContain("Queued in batch 'CutoverBatch'.");
    expect(String(bag.get('Report'))).toContain(`Initial sync completed: ${src.itemCount} items synced, 0 skipped.`);
    expect(shapeUser(findUser(w.tenant.migration, 'sara.lindqvist@contoso.com')).properties.map(([k]) => k).slice(0, 6)).toEqual(['Identity', 'MailboxEmailAddress', 'BatchId', 'RecipientType', 'Status', 'StatusSummary']);
  });
});

describe('licensing after migration (R21)', () => {
  it('migrated users are created unlicensed, so the world license grace applies', () => {
    const { w } = synced('contoso');
    const sara = w.tenant.users.find((u) => u.userPrincipalName === 'sara.lindqvist@contoso.com')!;
    expect(sara.licenses).toEqual([]);
    const mbx = w.tenant.mailboxes.find((m) => m.primarySmtpAddress === 'sara.lindqvist@contoso.com')!;
    expect([mbx.origin, mbx.disabled]).toEqual(['Migrated', false]);
  });
});

describe('endpoint-dependent user rules', () => {
  it('R20: with a manual endpoint, mailboxes on another server fail', () => {
    const w = world('contoso-autodiscover-broken');
    const s1 = w.onPrem.servers[0]!;
    w.onPrem.servers.push({ ...JSON.parse(JSON.stringify(s1)), name: 'EXCH-SRV-02', fqdn: 'EXCH-SRV-02.corp.contoso.com' });
    w.onPrem.databases.push({ name: 'DB2', server: 'EXCH-SRV-02', receiveAs: [] });
    w.onPrem.mailboxes.find((m) => m.primarySmtpAddress === 'mei.zhang@contoso.com')!.database = 'DB2';
    newMigrationEndpoint(w, { name: 'Manual', endpointType: 'ExchangeOutlookAnywhere', exchangeServer: 'EXCH-SRV-01.corp.contoso.com', rpcProxyServer: 'mail.contoso.com', credentials: { userName: 'contoso\\administrator', password: 'P@ssw0rd!' } });
    newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'Manual', autoStart: true });
    advanceMigration(w, w.clock.now + 3 * DAY);
    expect(failedOf(w)).toEqual([['mei.zhang@contoso.com', 'UserNotOnServer', "The mailbox mei.zhang@contoso.com is on server 'EXCH-SRV-02.corp.contoso.com', not on the endpoint's Exchange server 'EXCH-SRV-01.corp.contoso.com'."]]);
  });
  it('R13: a password changed after the endpoint was created makes every mailbox fail', () => {
    const w = world();
    cutoverEndpoint(w);
    w.onPrem.accounts.find((a) => a.samAccountName === 'administrator')!.password!.hash = '0'.repeat(64);
    newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    advanceMigration(w, w.clock.now + 3 * DAY);
    const mailboxes = getMigrationUsers(w.tenant.migration).filter((u) => u.recipientType === 'Mailbox');
    expect(mailboxes).toHaveLength(w.onPrem.mailboxes.length);
    expect(mailboxes.every((u) => u.errorId === 'UserCannotConnect')).toBe(true);
  });
  it('R26: the tenant cap limits copies across endpoints', () => {
    const w = world();
    w.tenant.migration.config.maxConcurrentMigrations = 3;
    cutoverEndpoint(w);
    newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    advanceMigration(w, w.clock.now + 2 * 60_000);
    const active = w.tenant.migration.users.filter((u) => u.recipientType === 'Mailbox' && (u.status === 'Provisioning' || u.status === 'Syncing'));
    expect(active).toHaveLength(3);
    expect(getMigrationUsers(w.tenant.migration, { status: 'Queued' })).toHaveLength(w.onPrem.mailboxes.length - 3);
  });
});
