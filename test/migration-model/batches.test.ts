/** New/Set/Start/Stop/Complete/Remove-MigrationBatch rules: error id, exact message, nothing changed. */
import { describe, expect, it } from 'vitest';
import { world, cutoverEndpoint, rejects, DAY, HOUR, ADMIN } from './helpers';
import { newMigrationBatch, startMigrationBatch, stopMigrationBatch, completeMigrationBatch, removeMigrationBatch, setMigrationBatch, getMigrationBatches, usersOf } from '../../src/model/migration/batches';
import { newMigrationEndpoint } from '../../src/model/migration/endpoints';
import { advanceMigration } from '../../src/model/migration/simulator';
import { countUsers, getMigrationUsers } from '../../src/model/migration/users';
import { BATCH_ACTIONS } from '../../src/model/migration/transitions';
import { shapeBatch } from '../../src/model/migration/shape';

function withBatch(scenario = 'contoso', autoStart = true) {
  const w = world(scenario);
  cutoverEndpoint(w);
  const { batch } = newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart });
  return { w, batch };
}

describe('New-MigrationBatch rules', () => {
  it('R1: only one cutover batch at a time (lab 3)', () => {
    const { w } = withBatch();
    rejects(w, () => newMigrationBatch(w, { name: 'Cutover2', sourceEndpoint: 'CutoverEndpoint' }), 'CutoverBatchExists', "A cutover migration batch already exists. Only one cutover batch can exist at a time. Existing batch: 'CutoverBatch'.");
    expect(getMigrationBatches(w.tenant.migration)).toHaveLength(1);
  });
  it('R3/R17: directory synchronization forbids a cutover (lab 11)', () => {
    const w = world('contoso-dirsync');
    cutoverEndpoint(w);
    rejects(w, () => newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' }), 'CutoverNotAllowed', `Cutover migration isn't allowed for the organization '${w.tenant.name}' because directory synchronization is enabled.`);
  });
  it('R4: an IMAP endpoint without CSV is not a cutover source', () => {
    const w = world();
    newMigrationEndpoint(w, { name: 'Imap', endpointType: 'IMAP', remoteServer: 'mail.contoso.com', security: 'Ssl', skipVerification: true });
    rejects(w, () => newMigrationBatch(w, { name: 'B1', sourceEndpoint: 'Imap' }), 'CutoverNotSupportedForProtocol', "A cutover migration isn't supported for endpoints of type 'IMAP'. Use an Exchange Outlook Anywhere endpoint, or specify CSVData for a IMAP migration.");
  });
  it('R5: an onboarding batch needs a source endpoint', () => {
    const w = world();
    rejects(w, () => newMigrationBatch(w, { name: 'B1' }), 'SourceEndpointRequired', 'An onboarding migration batch requires a remote source endpoint (SourceEndpoint).');
  });
  it('unknown endpoint', () => {
    const w = world();
    rejects(w, () => newMigrationBatch(w, { name: 'B1', sourceEndpoint: 'Nope' }), 'EndpointNotFound', "The migration endpoint 'Nope' couldn't be found.");
  });
  it('R6: more than 2,000 mailboxes', () => {
    const w = world('contoso-2500');
    cutoverEndpoint(w);
    rejects(w, () => newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' }), 'CutoverTooManyMailboxes', 'A cutover migration supports at most 2000 mailboxes. The source organization has 2500 mailboxes. Use a staged or hybrid migration instead.');
  });
  it('R6: above 150 mailboxes gives a warning, not an error', () => {
    const w = world('contoso-load-2000');
    cutoverEndpoint(w);
    const r = newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' });
    expect(r.warnings).toEqual(['The source organization has 2000 mailboxes. Microsoft recommends cutover migrations of 150 mailboxes or fewer because of the time a large migration takes.']);
    expect(usersOf(w.tenant.migration, r.batch)).toHaveLength(w.onPrem.mailboxes.length + w.onPrem.mailUsers.length + w.onPrem.contacts.length);
  });
  const names: [string, string, string][] = [
    ['Cutover Batch', 'BatchNameInvalid', "The batch name 'Cutover Batch' isn't valid. Use letters, digits, hyphens and underscores only, without spaces or special characters."],
    ['Batch#1', 'BatchNameInvalid', "The batch name 'Batch#1' isn't valid. Use letters, digits, hyphens and underscores only, without spaces or special characters."],
    ['B'.repeat(65), 'BatchNameTooLong', `The batch name '${'B'.repeat(65)}' is 65 characters long; the maximum is 64.`],
  ];
  for (const [name, id, message] of names)
    it(`R24: name '${name.slice(0, 20)}' is refused`, () => {
      const w = world();
      cutoverEndpoint(w);
      rejects(w, () => newMigrationBatch(w, { name, sourceEndpoint: 'CutoverEndpoint' }), id as never, message);
    });
  it('R24: duplicate name (case-insensitive)', () => {
    const w = world();
    cutoverEndpoint(w);
    newMigrationEndpoint(w, { name: 'Imap', endpointType: 'IMAP', remoteServer: 'mail.contoso.com', skipVerification: true });
    newMigrationBatch(w, { name: 'Imap1', sourceEndpoint: 'Imap', csvData: 'EmailAddress,UserName,Password\r\nsara.lindqvist@contoso.com,sara.lindqvist,x\r\n' });
    rejects(w, () => newMigrationBatch(w, { name: 'IMAP1', sourceEndpoint: 'CutoverEndpoint' }), 'BatchAlreadyExists', "A migration batch with the name 'IMAP1' already exists.");
  });
  it('R25: the batch limit (W1 wording)', () => {
    const w = world();
    cutoverEndpoint(w);
    w.tenant.migration.config.maxNumberOfBatches = 0;
    rejects(w, () => newMigrationBatch(w, { name: 'B1', sourceEndpoint: 'CutoverEndpoint' }), 'MaxBatchesReached', 'The maximum number of migration batches is already running. Please remove a batch before you add another one');
  });
  const params: [string, object, string, string][] = [
    ['R30 AutoComplete', { autoComplete: true }, 'ParameterNotSupportedForType', "The parameter 'AutoComplete' isn't supported for migration type 'ExchangeOutlookAnywhere'."],
    ['R32 ExcludeFolders', { excludeFolders: ['Junk'] }, 'ParameterNotSupportedForType', "The parameter 'ExcludeFolders' isn't supported for migration type 'ExchangeOutlookAnywhere'."],
    ['R32 PrimaryOnly', { primaryOnly: true }, 'ParameterNotSupportedForType', "The parameter 'PrimaryOnly' isn't supported for migration type 'ExchangeOutlookAnywhere'."],
    ['R31 StartAfter with AutoStart', { autoStart: true, startAfter: 1 }, 'StartAfterWithAutoStart', "The parameters StartAfter and AutoStart can't be used together."],
    ['R31 CompleteAfter on EOA', { completeAfter: 1 }, 'CompleteAfterNotForCutover', "The parameter 'CompleteAfter' isn't valid for ExchangeOutlookAnywhere migration batches."],
  ];
  for (const [name, extra, id, message] of params)
    it(name, () => {
      const w = world();
      cutoverEndpoint(w);
      rejects(w, () => newMigrationBatch(w, { name: 'B1', sourceEndpoint: 'CutoverEndpoint', ...extra }), id as never, message);
    });
  it('R37: staged needs Exchange 2003 or 2007', () => {
    const w = world();
    cutoverEndpoint(w);
    rejects(w, () => newMigrationBatch(w, { name: 'Staged1', sourceEndpoint: 'CutoverEndpoint', csvData: 'EmailAddress\nsara.lindqvist@contoso.com\n' }), 'StagedSourceVersion', 'A staged migration supports only Exchange 2003 and Exchange 2007 source servers. The source runs Exchange 2010; use a cutover or hybrid migration.');
  });
  it('StartAfter starts the batch at that time', () => {
    const w = world();
    cutoverEndpoint(w);
    const at = w.clock.now + 2 * DAY;
    const { batch } = newMigrationBatch(w, { name: 'B1', sourceEndpoint: 'CutoverEndpoint', startAfter: at });
    advanceMigration(w, at - 1);
    expect(batch.status).toBe('Created');
    advanceMigration(w, at + 2 * 60_000);
    expect(batch.status).toBe('Syncing');
    expect(batch.startDateTime).toBe(at);
  });
  it('AllowIncrementalSyncs $false: the batch stops after the initial sync (R29)', () => {
    const w = world();
    cutoverEndpoint(w);
    const { batch } = newMigrationBatch(w, { name: 'B1', sourceEndpoint: 'CutoverEndpoint', autoStart: true, allowIncrementalSyncs: false });
    advanceMigration(w, w.clock.now + 3 * DAY);
    expect([batch.status, batch.nextIncrementalSyncAt]).toEqual(['Stopped', null]);
  });
});

describe('batch transitions (notes §2.1)', () => {
  it('declares every action with its legal source statuses', () => {
    expect(BATCH_ACTIONS.complete.from).toEqual(['Synced', 'SyncedWithErrors']);
    expect(BATCH_ACTIONS.remove.from).not.toContain('Syncing');
  });
  it('Start on a Syncing batch without failures is refused', () => {
    const { w } = withBatch();
    advanceMigration(w, w.clock.now + 2 * 60_000);
    rejects(w, () => startMigrationBatch(w, 'CutoverBatch'), 'BatchCannotStart', "The migration batch 'CutoverBatch' can't be started because its status is Syncing.");
  });
  it('Start on a Completed batch without failures is refused', () => {
    const { w } = withBatch();
    advanceMigration(w, w.clock.now + 3 * DAY);
    completeMigrationBatch(w, 'CutoverBatch');
    advanceMigration(w, w.clock.now + HOUR);
    rejects(w, () => startMigrationBatch(w, 'CutoverBatch'), 'BatchCannotStart', "The migration batch 'CutoverBatch' can't be started because its status is Completed.");
  });
  it('Remove while Syncing: stop first', () => {
    const { w } = withBatch();
    advanceMigration(w, w.clock.now + HOUR);
    rejects(w, () => removeMigrationBatch(w, 'CutoverBatch'), 'BatchCannotRemove', "The migration batch 'CutoverBatch' can't be removed while its status is Syncing. Stop the batch first.");
  });
  it('Complete from Created / Syncing is refused', () => {
    const { w } = withBatch('contoso', false);
    rejects(w, () => completeMigrationBatch(w, 'CutoverBatch'), 'BatchCannotComplete', "The migration batch 'CutoverBatch' can't be completed because its status is Created. Only a batch that is Synced or SyncedWithErrors can be completed.");
    startMigrationBatch(w, 'CutoverBatch');
    advanceMigration(w, w.clock.now + HOUR);
    rejects(w, () => completeMigrationBatch(w, 'CutoverBatch'), 'BatchCannotComplete', "The migration batch 'CutoverBatch' can't be completed because its status is Syncing. Only a batch that is Synced or SyncedWithErrors can be completed.");
  });
  it('Complete twice: the second call is accepted with a warning, not re-processed', () => {
    const { w, batch } = withBatch();
    advanceMigration(w, w.clock.now + 3 * DAY);
    completeMigrationBatch(w, 'CutoverBatch');
    const due = batch.transitionDueAt;
    expect(completeMigrationBatch(w, 'CutoverBatch').warnings).toEqual(["The migration batch 'CutoverBatch' is already being completed. The request was accepted, but the batch won't be processed again."]);
    expect(batch.transitionDueAt).toBe(due);
  });
  it('Stop during Syncing -> Stopping -> Stopped; synced users untouched; Start resumes (lab 13)', () => {
    const { w, batch } = withBatch();
    advanceMigration(w, w.clock.now + 3 * HOUR);
    const syncedBefore = countUsers(usersOf(w.tenant.migration, batch)).syncedCount;
    stopMigrationBatch(w, 'CutoverBatch');
    expect(batch.status).toBe('Stopping');
    advanceMigration(w, w.clock.now + HOUR);
    expect(batch.status).toBe('Stopped');
    const c = countUsers(usersOf(w.tenant.migration, batch));
    expect(c.syncedCount).toBeGreaterThanOrEqual(syncedBefore);
    expect(c.activeCount).toBe(0);
    expect(c.stoppedCount + c.syncedCount).toBe(c.totalCount);
    startMigrationBatch(w, 'CutoverBatch');
    advanceMigration(w, w.clock.now + 3 * DAY);
    expect(batch.status).toBe('Synced');
  });
  it('Stop when every user is completed or failed is refused (C:Stop-MigrationBatch)', () => {
    const { w, batch } = withBatch();
    advanceMigration(w, w.clock.now + 3 * DAY);
    for (const u of usersOf(w.tenant.migration, batch)) u.status = 'Failed';
    batch.status = 'SyncedWithErrors';
    rejects(w, () => stopMigrationBatch(w, 'CutoverBatch'), 'BatchNothingToStop', "The migration batch 'CutoverBatch' can't be stopped because every user in it is completed or failed.");
  });
  it('unknown batch', () => {
    const w = world();
    rejects(w, () => startMigrationBatch(w, 'Nope'), 'BatchNotFound', "The migration batch 'Nope' couldn't be found.");
  });
  it('Remove with Force leaves the users behind (C:Remove-MigrationBatch)', () => {
    const { w } = withBatch('contoso', false);
    const n = w.tenant.migration.users.length;
    removeMigrationBatch(w, 'CutoverBatch', { force: true });
    expect(getMigrationBatches(w.tenant.migration)).toEqual([]);
    expect(w.tenant.migration.users).toHaveLength(n);
  });
  it('retention: a Synced batch idle 60 days goes Stopped, then is removed at 90 days (R36)', () => {
    const { w, batch } = withBatch();
    advanceMigration(w, batch.creationDateTime + 60 * DAY + HOUR);
    expect(batch.status).toBe('Stopped');
    advanceMigration(w, batch.creationDateTime + 151 * DAY);
    expect(getMigrationBatches(w.tenant.migration)).toEqual([]);
  });
});

describe('Set-MigrationBatch', () => {
  it('-Update re-reads the endpoint concurrency and drains the queue (lab 12)', () => {
    const w = world();
    newMigrationEndpoint(w, { name: 'CutoverEndpoint', endpointType: 'ExchangeOutlookAnywhere', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: ADMIN, maxConcurrentMigrations: 5, maxConcurrentIncrementalSyncs: 5 });
    const { batch } = newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    advanceMigration(w, w.clock.now + 2 * 60_000);
    const active = () => getMigrationUsers(w.tenant.migration, { batchId: 'CutoverBatch' }).filter((u) => u.recipientType === 'Mailbox' && (u.status === 'Provisioning' || u.status === 'Syncing')).length;
    expect(active()).toBe(5);
    expect(countUsers(usersOf(w.tenant.migration, batch)).pendingCount).toBe(w.onPrem.mailboxes.length - 5);
    w.tenant.migration.endpoints[0]!.maxConcurrentMigrations = 50;
    setMigrationBatch(w, 'CutoverBatch', { update: true });
    advanceMigration(w, w.clock.now);
    expect(active()).toBe(w.onPrem.mailboxes.length);
  });
  it('CompleteAfter is refused for EOA batches; NotificationEmails are replaced', () => {
    const { w, batch } = withBatch('contoso', false);
    rejects(w, () => setMigrationBatch(w, 'CutoverBatch', { completeAfter: 5 }), 'CompleteAfterNotForCutover', "The parameter 'CompleteAfter' isn't valid for ExchangeOutlookAnywhere migration batches.");
    setMigrationBatch(w, 'CutoverBatch', { notificationEmails: ['admin@contoso.com'] });
    expect(batch.notificationEmails).toEqual(['admin@contoso.com']);
    const bag = new Map(shapeBatch(w.tenant.migration, batch).properties);
    expect(bag.get('NotificationEmails')).toEqual(['admin@contoso.com']);
    expect(String(bag.get('Status'))).toBe('Created');
    expect(shapeBatch(w.tenant.migration, batch).properties.slice(0, 5).map(([k]) => k)).toEqual(['Identity', 'Status', 'Type', 'TotalCount', 'ActiveCount']);
  });
  it('CSVData is refused on a cutover batch', () => {
    const { w } = withBatch('contoso', false);
    rejects(w, () => setMigrationBatch(w, 'CutoverBatch', { csvData: 'EmailAddress\nx@contoso.com\n' }), 'CsvNotSupportedForCutover', "The parameter 'CSVData' isn't supported for a cutover migration: every mailbox is migrated in one batch.");
  });
});
