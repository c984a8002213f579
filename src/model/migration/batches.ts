/**
 * Migration batches: New/Set/Start/Stop/Complete/Remove-MigrationBatch semantics with the transition
 * table of transitions.ts and the rules of notes §3 (R1-R6, R8, R23-R25, R29-R34, R37). Operations
 * check everything before they change anything, so a failure leaves the state untouched.
 * The clock-driven part (provisioning, syncs, settling transient statuses) is in simulator.ts.
 */
import type { World } from '../world';
import { resolveDns } from '../dns-records';
import type { BatchKind, BatchStatus, MigrationBatchState, MigrationState, MigrationType, MigrationUserState } from './state';
import { DAY_MS } from './state';
import { formatMessage, raise, reportLine } from './errors';
import { findEndpoint } from './endpoints';
import { parseMigrationCsv, type CsvKind } from './csv';
import { guidFor } from './determinism';
import { BATCH_ACTIONS, canBatch } from './transitions';
import { approveSkipped, countUsers, newUserState, requeue } from './users';
import { supportsCutover } from './connectivity';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function findBatch(state: MigrationState, identity: string): MigrationBatchState {
  const b = state.batches.find((x) => same(x.name, identity) || same(x.guid, identity));
  if (!b) raise('BatchNotFound', [identity], identity);
  return b!;
}

export function usersOf(state: MigrationState, batch: MigrationBatchState): MigrationUserState[] {
  return state.users.filter((u) => same(u.batchId, batch.name));
}

export interface BatchFilter {
  identity?: string | null;
  status?: BatchStatus;
  endpoint?: string;
}

/** C:Get-MigrationBatch (R35: a null identity lists all). */
export function getMigrationBatches(state: MigrationState, filter: BatchFilter = {}): MigrationBatchState[] {
  if (filter.identity) return [findBatch(state, filter.identity)];
  if (filter.endpoint) findEndpoint(state, filter.endpoint);
  return state.batches.filter((b) => (!filter.status || b.status === filter.status) && (!filter.endpoint || same(b.sourceEndpoint, filter.endpoint) || same(b.targetEndpoint, filter.endpoint)));
}

export interface NewBatchRequest {
  name: string;
  sourceEndpoint?: string;
  targetEndpoint?: string;
  csvData?: Uint8Array | string;
  autoStart?: boolean;
  autoComplete?: boolean;
  startAfter?: number;
  completeAfter?: number;
  timeZone?: string;
  notificationEmails?: string[];
  targetDeliveryDomain?: string;
  allowIncrementalSyncs?: boolean;
  excludeFolders?: string[];
  primaryOnly?: boolean;
  archiveOnly?: boolean;
  badItemLimit?: number | 'Unlimited';
  largeItemLimit?: number | 'Unlimited';
  /** The signed-in admin (SubmittedByUser). */
  submittedBy?: string;
}

export interface BatchResult {
  batch: MigrationBatchState;
  /** WARNING lines the cmdlet writes (catalogue texts). */
  warnings: string[];
}

const NAME_CHARS = /^[A-Za-z0-9_-]+$/;

function kindOf(endpointType: string, hasCsv: boolean): { kind: BatchKind; type: MigrationType } {
  if (endpointType === 'IMAP') return { kind: 'IMAP', type: 'IMAP' };
  if (endpointType === 'ExchangeRemoteMove') return { kind: 'RemoteMove', type: 'ExchangeRemoteMove' };
  return { kind: hasCsv ? 'Staged' : 'Cutover', type: 'ExchangeOutlookAnywhere' };
}

const TYPE_LABEL: Record<BatchKind, string> = { Cutover: 'ExchangeOutlookAnywhere', Staged: 'ExchangeOutlookAnywhere', IMAP: 'IMAP', RemoteMove: 'ExchangeRemoteMove' };

/** The users a cutover batch migrates: every mailbox, mail user, contact and mail-enabled group (S0 Step 1). */
function cutoverObjects(world: World): { identity: string; type: MigrationUserState['recipientType']; guid: string | null }[] {
  const org = world.onPrem;
  return [
    ...org.mailboxes.map((m) => ({ identity: m.primarySmtpAddress, type: 'Mailbox' as const, guid: m.exchangeGuid })),
    ...org.mailUsers.map((m) => ({ identity: m.primarySmtpAddress, type: 'MailUser' as const, guid: null })),
    ...org.contacts.map((c) => ({ identity: c.primarySmtpAddress, type: 'Contact' as const, guid: null })),
    ...org.groups.filter((g) => g.mailEnabled).map((g) => ({ identity: g.primarySmtpAddress, type: 'Group' as const, guid: null })),
  ];
}

/** C:New-MigrationBatch (Onboarding sets). */
export function newMigrationBatch(world: World, req: NewBatchRequest): BatchResult {
  const state = world.tenant.migration;
  const now = world.clock.now;
  const limits = state.config.limits;
  // R24: name length, characters, uniqueness.
  if (req.name.length > limits.maxBatchNameLength) raise('BatchNameTooLong', [req.name, req.name.length, limits.maxBatchNameLength], req.name);
  if (!NAME_CHARS.test(req.name)) raise('BatchNameInvalid', [req.name], req.name);
  if (state.batches.some((b) => same(b.name, req.name))) raise('BatchAlreadyExists', [req.name], req.name);
  // R25
  if (state.batches.length >= state.config.maxNumberOfBatches) raise('MaxBatchesReached');
  // R5
  if (!req.sourceEndpoint) raise('SourceEndpointRequired');
  const ep = findEndpoint(state, req.sourceEndpoint!);
  const { kind, type } = kindOf(ep.endpointType, req.csvData !== undefined);
  // R30-R32: parameters valid only for some migration types.
  if (req.autoComplete && kind !== 'RemoteMove') raise('ParameterNotSupportedForType', ['AutoComplete', TYPE_LABEL[kind]]);
  if (req.excludeFolders?.length && kind !== 'IMAP') raise('ParameterNotSupportedForType', ['ExcludeFolders', TYPE_LABEL[kind]]);
  if (req.primaryOnly && kind !== 'RemoteMove') raise('ParameterNotSupportedForType', ['PrimaryOnly', TYPE_LABEL[kind]]);
  if (req.archiveOnly && kind !== 'RemoteMove') raise('ParameterNotSupportedForType', ['ArchiveOnly', TYPE_LABEL[kind]]);
  if (req.startAfter !== undefined && req.autoStart) raise('StartAfterWithAutoStart');
  if (req.completeAfter !== undefined && (kind === 'Cutover' || kind === 'Staged')) raise('CompleteAfterNotForCutover', ['ExchangeOutlookAnywhere']);
  const warnings: string[] = [];
  let members: { identity: string; type: MigrationUserState['recipientType']; guid: string | null; csv: Record<string, string> }[];
  if (kind === 'Cutover') {
    if (!supportsCutover(world)) raise('CutoverNotAllowed', [world.tenant.name]); // R3, R17
    const existing = state.batches.find((b) => b.kind === 'Cutover');
    if (existing) raise('CutoverBatchExists', [existing.name]); // R1
    const mailboxes = world.onPrem.mailboxes.length;
    if (mailboxes > limits.maxCutoverMailboxes) raise('CutoverTooManyMailboxes', [mailboxes, limits.maxCutoverMailboxes]); // R6
    if (mailboxes > limits.recommendedCutoverMailboxes) warnings.push(formatMessage('CutoverAboveRecommended', mailboxes, limits.recommendedCutoverMailboxes));
    members = cutoverObjects(world).map((o) => ({ ...o, csv: {} }));
  } else {
    if (req.csvData === undefined) raise('CutoverNotSupportedForProtocol', [ep.endpointType]); // R4: without CSV this is a cutover request
    if (kind === 'Staged' && world.onPrem.version > 2007) raise('StagedSourceVersion', [world.onPrem.version]); // R37
    if (kind === 'RemoteMove') {
      if (!req.targetDeliveryDomain) raise('TargetDeliveryDomainRequired');
      const d = req.targetDeliveryDomain!.toLowerCase();
      const accepted = d.endsWith('.onmicrosoft.com') || world.tenant.domains.some((x) => x.name.toLowerCase() === d && x.verified);
      if (!accepted) raise('TargetDeliveryDomainNotAccepted', [req.targetDeliveryDomain!]);
    }
    const rows = parseMigrationCsv(state, kind as CsvKind, req.csvData!);
    for (const r of rows) {
      const other = state.users.find((u) => same(u.identity, r.values.EmailAddress!));
      if (other) raise('UserInAnotherBatch', [r.values.EmailAddress!, other.batchId]);
    }
    members = rows.map((r) => {
      const mbx = world.onPrem.mailboxes.find((m) => same(m.primarySmtpAddress, r.values.EmailAddress!));
      return { identity: r.values.EmailAddress!, type: 'Mailbox' as const, guid: mbx?.exchangeGuid ?? null, csv: r.values };
    });
  }
  // All checks passed: build the batch and its users.
  const serial = state.nextSerial++;
  const batch: MigrationBatchState = {
    name: req.name,
    guid: guidFor(world.random.seed, `batch:${serial}:${req.name}`),
    kind,
    migrationType: type,
    batchDirection: 'Onboarding',
    status: req.autoStart ? 'Starting' : 'Created',
    sourceEndpoint: ep.name,
    targetEndpoint: req.targetEndpoint ?? '',
    targetDeliveryDomain: req.targetDeliveryDomain ?? '',
    notificationEmails: req.notificationEmails ?? [],
    submittedByUser: req.submittedBy ?? '',
    timeZone: req.timeZone ?? 'UTC', // R34
    badItemLimit: req.badItemLimit ?? 0,
    largeItemLimit: req.largeItemLimit ?? 0,
    allowIncrementalSyncs: req.allowIncrementalSyncs ?? true,
    autoRetryCount: 0,
    excludeFolders: req.excludeFolders ?? [],
    creationDateTime: now,
    startDateTime: req.autoStart ? now : null,
    initialSyncDateTime: null,
    initialSyncDurationMs: null,
    lastSyncedDateTime: null,
    startAfter: req.startAfter ?? null,
    completeAfter: req.completeAfter ?? null,
    completedDateTime: null,
    lastAdminActionAt: now,
    csvRowCount: kind === 'Cutover' ? 0 : members.length,
    validationWarnings: [],
    message: '',
    nextIncrementalSyncAt: null,
    transitionDueAt: req.autoStart ? now + state.config.throughput.transitionMs : null,
  };
  state.batches.push(batch);
  for (const m of members) state.users.push(newUserState(world, batch, m.identity, m.type, m.guid, m.csv));
  return { batch, warnings };
}

function failedUsers(state: MigrationState, batch: MigrationBatchState): MigrationUserState[] {
  return usersOf(state, batch).filter((u) => u.status === 'Failed' || u.status === 'IncrementalFailed' || u.status === 'CompletionFailed');
}

/**
 * C:Start-MigrationBatch: starts a Created batch, resumes a Stopped one, and retries failed users
 * (in the cloud "at any time", so also while Syncing/Synced when some users failed).
 */
export function startMigrationBatch(world: World, identity: string): MigrationBatchState {
  const state = world.tenant.migration;
  const batch = findBatch(state, identity);
  const failed = failedUsers(state, batch);
  const retryAnyTime = failed.length > 0 && ['Syncing', 'Synced', 'Completed'].includes(batch.status);
  if (!canBatch('start', batch.status) && !retryAnyTime) raise(BATCH_ACTIONS.start.error, [batch.name, batch.status], batch.name);
  const now = world.clock.now;
  for (const u of failed) requeue(u, now);
  for (const u of usersOf(state, batch)) if (u.status === 'Stopped' || u.status === 'IncrementalStopped') requeue(u, now);
  batch.status = 'Starting';
  batch.startDateTime ??= now;
  batch.startAfter = null;
  batch.lastAdminActionAt = now;
  batch.nextIncrementalSyncAt = null;
  batch.message = '';
  batch.transitionDueAt = now + state.config.throughput.transitionMs;
  return batch;
}

/** C:Stop-MigrationBatch: refused when every user is completed or failed. */
export function stopMigrationBatch(world: World, identity: string): MigrationBatchState {
  const state = world.tenant.migration;
  const batch = findBatch(state, identity);
  if (!canBatch('stop', batch.status)) raise(BATCH_ACTIONS.stop.error, [batch.name, batch.status], batch.name);
  const users = usersOf(state, batch);
  const c = countUsers(users);
  if (users.length > 0 && c.finalizedCount + c.failedCount === users.length) raise('BatchNothingToStop', [batch.name], batch.name);
  const now = world.clock.now;
  batch.status = 'Stopping';
  batch.lastAdminActionAt = now;
  batch.nextIncrementalSyncAt = null;
  batch.transitionDueAt = now + state.config.throughput.transitionMs;
  return batch;
}

/**
 * C:Complete-MigrationBatch: in the cloud it sets CompleteAfter to now; a second call while the batch
 * is completing is accepted without being processed again (returned as a warning).
 */
export function completeMigrationBatch(world: World, identity: string): BatchResult {
  const state = world.tenant.migration;
  const batch = findBatch(state, identity);
  if (batch.status === 'Completing') return { batch, warnings: [formatMessage('CompleteAgainIgnored', batch.name)] };
  if (!canBatch('complete', batch.status)) raise(BATCH_ACTIONS.complete.error, [batch.name, batch.status], batch.name);
  beginCompletion(world, batch);
  return { batch, warnings: [] };
}

export function beginCompletion(world: World, batch: MigrationBatchState): void {
  const state = world.tenant.migration;
  const now = world.clock.now;
  batch.status = 'Completing';
  batch.completeAfter = now;
  batch.lastAdminActionAt = now;
  batch.nextIncrementalSyncAt = null;
  batch.transitionDueAt = now + state.config.throughput.transitionMs;
  for (const u of usersOf(state, batch))
    if (u.status === 'Synced' || u.status === 'IncrementalSynced') {
      u.status = 'Completing';
      u.report.push({ at: now, text: reportLine('CompletionRequested') });
    }
}

/** The time the MX record of the on-prem domain moved to Exchange Online, or null if it still points on-premises. */
export function mxSwitchedAt(world: World): number | null {
  const domain = world.onPrem.acceptedDomains[0];
  if (!domain) return null;
  const rs = world.dns.zones.flatMap((z) => z.records).find((r) => r.name === domain.toLowerCase() && r.type === 'MX');
  const now = world.clock.now;
  const mx = resolveDns(world, domain, 'MX', now);
  if (!rs || mx.length === 0 || !mx.every((v) => v.value.endsWith('.protection.outlook.com'))) return null;
  return rs.changedAt;
}

/**
 * C:Remove-MigrationBatch. R23: removing within 72 h of the MX switch, or before a sync later than
 * it, warns (mail delivered on-premises since would be lost). With Force the users stay behind.
 */
export function removeMigrationBatch(world: World, identity: string, options: { force?: boolean } = {}): BatchResult {
  const state = world.tenant.migration;
  const batch = findBatch(state, identity);
  if (!canBatch('remove', batch.status)) raise(BATCH_ACTIONS.remove.error, [batch.name, batch.status], batch.name);
  const warnings: string[] = [];
  const now = world.clock.now;
  const switched = mxSwitchedAt(world);
  if (batch.kind === 'Cutover' && switched !== null && (now - switched < state.config.limits.removeAfterMxChangeMs || (batch.lastSyncedDateTime ?? 0) <= switched))
    warnings.push(formatMessage('RemoveBeforeMxWait', new Date(switched).toISOString().replace('.000Z', 'Z'), batch.name));
  if (options.force) {
    state.batches.splice(state.batches.indexOf(batch), 1);
    return { batch, warnings };
  }
  batch.status = 'Removing';
  batch.nextIncrementalSyncAt = null;
  batch.transitionDueAt = now + state.config.throughput.transitionMs;
  return { batch, warnings };
}

export interface SetBatchRequest {
  approveSkippedItems?: boolean;
  completeAfter?: number | null;
  startAfter?: number | null;
  notificationEmails?: string[];
  allowIncrementalSyncs?: boolean;
  syncNow?: boolean;
  /** Re-applies endpoint settings (concurrency) at once (C:Set-MigrationBatch -Update). */
  update?: boolean;
  addUsers?: boolean;
  csvData?: Uint8Array | string;
}

/** C:Set-MigrationBatch. */
export function setMigrationBatch(world: World, identity: string, req: SetBatchRequest): MigrationBatchState {
  const state = world.tenant.migration;
  const batch = findBatch(state, identity);
  if (!canBatch('set', batch.status)) raise(BATCH_ACTIONS.set.error, [batch.name, batch.status], batch.name);
  if (req.completeAfter !== undefined && req.completeAfter !== null && (batch.kind === 'Cutover' || batch.kind === 'Staged')) raise('CompleteAfterNotForCutover', ['ExchangeOutlookAnywhere']);
  let added: MigrationUserState[] = [];
  if (req.csvData !== undefined) {
    if (batch.kind === 'Cutover') raise('CsvNotSupportedForCutover');
    const rows = parseMigrationCsv(state, batch.kind as CsvKind, req.csvData);
    for (const r of rows) {
      const other = state.users.find((u) => same(u.identity, r.values.EmailAddress!) && (!req.addUsers || !same(u.batchId, batch.name)));
      if (other) raise('UserInAnotherBatch', [r.values.EmailAddress!, other.batchId]);
    }
    added = rows
      .filter((r) => !state.users.some((u) => same(u.identity, r.values.EmailAddress!)))
      .map((r) => newUserState(world, batch, r.values.EmailAddress!, 'Mailbox', world.onPrem.mailboxes.find((m) => same(m.primarySmtpAddress, r.values.EmailAddress!))?.exchangeGuid ?? null, r.values));
  }
  const now = world.clock.now;
  batch.lastAdminActionAt = now;
  if (req.notificationEmails) batch.notificationEmails = [...req.notificationEmails];
  if (req.allowIncrementalSyncs !== undefined) batch.allowIncrementalSyncs = req.allowIncrementalSyncs;
  if (req.startAfter !== undefined) batch.startAfter = req.startAfter;
  if (req.completeAfter !== undefined) batch.completeAfter = req.completeAfter;
  if (req.approveSkippedItems) for (const u of usersOf(state, batch)) approveSkipped(world, u);
  if (req.syncNow && (batch.status === 'Synced' || batch.status === 'SyncedWithErrors')) batch.nextIncrementalSyncAt = now;
  if (added.length) {
    state.users.push(...added);
    batch.csvRowCount += added.length;
    if (batch.status === 'Synced' || batch.status === 'SyncedWithErrors') batch.status = 'Syncing';
    if (batch.status === 'Syncing') batch.transitionDueAt = now; // a scheduling pass picks the new users up
  }
  // -Update: the simulator's next pass (now) re-reads the endpoint's concurrency.
  if (req.update && batch.status === 'Syncing') batch.transitionDueAt = now;
  return batch;
}

/** The 60/90-day retention instants (R36, MB). */
export function retentionDueAt(batch: MigrationBatchState): number | null {
  switch (batch.status) {
    case 'Synced': case 'SyncedWithErrors': return batch.lastAdminActionAt + 60 * DAY_MS;
    case 'Stopped': case 'Failed': return batch.lastAdminActionAt + 90 * DAY_MS;
    case 'Completed': case 'CompletedWithErrors': return (batch.completedDateTime ?? batch.lastAdminActionAt) + 60 * DAY_MS;
    default: return null;
  }
}
