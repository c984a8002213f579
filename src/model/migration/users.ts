/**
 * Migration users: lookup and Get/Set/Start/Stop/Remove-MigrationUser semantics (notes §2.2,
 * C:Get-MigrationUser, C:Set-MigrationUser, C:Start-/Stop-/Remove-MigrationUser), per-user statistics
 * (C:Get-MigrationUserStatistics) and tenant-wide sums (C:Get-MigrationStatistics).
 */
import type { World } from '../world';
import type { MigrationBatchState, MigrationRecipientType, MigrationState, MigrationUserState, SkippedItem, StatusSummary, UserStatus } from './state';
import { raise, formatMessage, reportLine, type MigrationMessageId } from './errors';
import { guidFor } from './determinism';
import { canUser, statusSummary, USER_ACTIONS } from './transitions';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function newUserState(world: World, batch: MigrationBatchState, identity: string, recipientType: MigrationRecipientType, mailboxGuid: string | null, csvFields: Record<string, string>): MigrationUserState {
  const state = world.tenant.migration;
  const serial = state.nextSerial++;
  const guid = guidFor(world.random.seed, `user:${serial}:${identity.toLowerCase()}`);
  return {
    identity,
    guid,
    mailboxGuid: mailboxGuid ?? guidFor(world.random.seed, `mailbox:${identity.toLowerCase()}`),
    batchId: batch.name,
    recipientType,
    status: 'Queued',
    error: '',
    errorId: '',
    csvFields,
    totalItemCount: 0,
    totalBytes: 0,
    syncedItemCount: 0,
    skippedItemCount: 0,
    bytesTransferred: 0,
    pendingItems: 0,
    pendingBytes: 0,
    skippedItems: [],
    skippedItemsApproved: false,
    report: [{ at: world.clock.now, text: reportLine('Queued', batch.name) }],
    nextEventAt: null,
    rateBytesPerMs: 0,
    queuedAt: world.clock.now,
    startedAt: null,
    initialSyncCompletedAt: null,
    lastSuccessfulSyncTimestamp: null,
    completedAt: null,
    provisionedObject: '',
  };
}

/** Marks a user failed with a catalogue message (the Error property). */
export function failUser(user: MigrationUserState, now: number, id: MigrationMessageId, ...args: (string | number)[]): void {
  user.status = 'Failed';
  user.errorId = id;
  user.error = formatMessage(id, ...args);
  user.nextEventAt = null;
  user.report.push({ at: now, text: reportLine('Failed', user.error) });
}

export function findUser(state: MigrationState, identity: string): MigrationUserState {
  const u = state.users.find((x) => same(x.identity, identity) || same(x.guid, identity) || same(x.mailboxGuid, identity));
  if (!u) raise('UserNotFound', [identity], identity);
  return u!;
}

export interface UserFilter {
  identity?: string | null;
  emailAddress?: string;
  mailboxGuid?: string;
  batchId?: string;
  status?: UserStatus;
  statusSummary?: StatusSummary;
  resultSize?: number | 'Unlimited';
}

/** C:Get-MigrationUser parameter sets (R35: no identity lists all). Default ResultSize is 1000. */
export function getMigrationUsers(state: MigrationState, filter: UserFilter = {}): MigrationUserState[] {
  if (filter.identity) return [findUser(state, filter.identity)];
  if (filter.emailAddress) return [findUser(state, filter.emailAddress)];
  if (filter.mailboxGuid) return [findUser(state, filter.mailboxGuid)];
  if (filter.batchId && !state.batches.some((b) => same(b.name, filter.batchId!))) raise('BatchNotFound', [filter.batchId], filter.batchId);
  const rows = state.users.filter(
    (u) => (!filter.batchId || same(u.batchId, filter.batchId)) && (!filter.status || u.status === filter.status) && (!filter.statusSummary || statusSummary(u.status) === filter.statusSummary),
  );
  const size = filter.resultSize ?? 1000;
  return size === 'Unlimited' ? rows : rows.slice(0, size);
}

function batchOf(state: MigrationState, user: MigrationUserState): MigrationBatchState | undefined {
  return state.batches.find((b) => same(b.name, user.batchId));
}

/** C:Start-MigrationUser: resumes a stopped user or retries a failed one (W6: Resume -> Starting -> Syncing). */
export function startMigrationUser(world: World, identity: string): MigrationUserState {
  const state = world.tenant.migration;
  const user = findUser(state, identity);
  if (!canUser('start', user.status)) raise(USER_ACTIONS.start.error, [user.identity, user.status], user.identity);
  requeue(user, world.clock.now);
  const batch = batchOf(state, user);
  if (batch && ['Synced', 'SyncedWithErrors', 'Stopped', 'Failed', 'CompletedWithErrors', 'Created'].includes(batch.status)) {
    batch.status = 'Syncing';
    batch.lastAdminActionAt = world.clock.now;
    batch.nextIncrementalSyncAt = null;
  }
  // The next scheduling pass (now) gives the user a copy slot.
  if (batch && batch.status === 'Syncing') batch.transitionDueAt = world.clock.now;
  return user;
}

export function requeue(user: MigrationUserState, now: number): void {
  user.status = 'Queued';
  user.error = '';
  user.errorId = '';
  user.nextEventAt = null;
  user.queuedAt = now;
  user.report.push({ at: now, text: reportLine('QueuedAgain') });
}

/** C:Stop-MigrationUser: stops at once (the doc's "stopped immediately" for Stop-MigrationBatch). */
export function stopMigrationUser(world: World, identity: string): MigrationUserState {
  const user = findUser(world.tenant.migration, identity);
  if (!canUser('stop', user.status)) raise(USER_ACTIONS.stop.error, [user.identity, user.status], user.identity);
  const synced = user.status === 'Synced' || user.status === 'IncrementalSynced';
  user.status = synced ? 'IncrementalStopped' : 'Stopped';
  user.nextEventAt = null;
  user.report.push({ at: world.clock.now, text: reportLine('StoppedByAdmin') });
  return user;
}

export interface SetUserRequest {
  approveSkippedItems?: boolean;
  syncNow?: boolean;
  completeAfter?: number;
  startAfter?: number;
}

/** C:Set-MigrationUser: ApproveSkippedItems (R33), SyncNow (only Synced users). */
export function setMigrationUser(world: World, identity: string, req: SetUserRequest): MigrationUserState {
  const state = world.tenant.migration;
  const user = findUser(state, identity);
  if (req.syncNow && !canUser('syncNow', user.status)) raise(USER_ACTIONS.syncNow.error, [user.identity, user.status], user.identity);
  if (req.approveSkippedItems) approveSkipped(world, user);
  if (req.syncNow) user.nextEventAt = world.clock.now;
  return user;
}

export function approveSkipped(world: World, user: MigrationUserState): void {
  if (user.skippedItemsApproved || user.skippedItemCount === 0) return;
  user.skippedItemsApproved = true;
  user.report.push({ at: world.clock.now, text: reportLine('SkippedApproved', user.skippedItemCount) });
  const batch = batchOf(world.tenant.migration, user);
  // A completion waiting for the approval resumes now (C:Complete-MigrationBatch).
  if (batch && batch.status === 'Completing' && user.status === 'Completing') batch.transitionDueAt = world.clock.now;
}

/** C:Remove-MigrationUser; Force also removes users a batch is still working on. */
export function removeMigrationUser(world: World, identity: string, options: { force?: boolean } = {}): void {
  const state = world.tenant.migration;
  const user = findUser(state, identity);
  if (!options.force && !canUser('remove', user.status)) raise(USER_ACTIONS.remove.error, [user.identity, user.status], user.identity);
  state.users.splice(state.users.indexOf(user), 1);
}

// ---- statistics

export interface UserStatistics {
  user: MigrationUserState;
  statusSummary: StatusSummary;
  percentageComplete: number;
  /** Bytes per hour over the initial sync, 0 before it ends. */
  migrationRateBytesPerHour: number;
  /** Only with -IncludeSkippedItems, capped by -LimitSkippedItemsTo. */
  skippedItems: SkippedItem[];
  /** Only with -IncludeReport. */
  report: string;
}

function reportTime(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

export function percentageComplete(user: MigrationUserState): number {
  switch (statusSummary(user.status)) {
    case 'Synced': case 'Completed':
      return 100;
    default:
      return user.totalBytes > 0 ? Math.min(99, Math.floor((user.bytesTransferred / user.totalBytes) * 100)) : 0;
  }
}

export function getMigrationUserStatistics(world: World, identity: string, options: { includeReport?: boolean; includeSkippedItems?: boolean; limitSkippedItemsTo?: number } = {}): UserStatistics {
  const user = findUser(world.tenant.migration, identity);
  const duration = user.initialSyncCompletedAt !== null && user.startedAt !== null ? user.initialSyncCompletedAt - user.startedAt : 0;
  return {
    user,
    statusSummary: statusSummary(user.status),
    percentageComplete: percentageComplete(user),
    migrationRateBytesPerHour: duration > 0 ? Math.round((user.bytesTransferred / duration) * 3_600_000) : 0,
    skippedItems: options.includeSkippedItems ? user.skippedItems.slice(0, options.limitSkippedItemsTo ?? user.skippedItems.length) : [],
    report: options.includeReport ? user.report.map((r) => `${reportTime(r.at)} [${world.tenant.name}] ${r.text}`).join('\n') : '',
  };
}

export interface MigrationStatistics {
  identity: string;
  totalCount: number;
  activeCount: number;
  stoppedCount: number;
  syncedCount: number;
  finalizedCount: number;
  failedCount: number;
  pendingCount: number;
  provisionedCount: number;
  migrationType: string;
}

/** Counters over a set of users (the D mapping of notes §2.2); batch and tenant figures use the same function so they add up. */
export function countUsers(users: readonly MigrationUserState[]): Omit<MigrationStatistics, 'identity' | 'migrationType'> {
  const c = { totalCount: users.length, activeCount: 0, stoppedCount: 0, syncedCount: 0, finalizedCount: 0, failedCount: 0, pendingCount: 0, provisionedCount: 0 };
  for (const u of users) {
    if (u.provisionedObject) c.provisionedCount++;
    if (u.status === 'Queued') { c.pendingCount++; continue; }
    switch (statusSummary(u.status)) {
      case 'Synced': c.syncedCount++; break;
      case 'Completed': c.finalizedCount++; break;
      case 'Failed': c.failedCount++; break;
      case 'Stopped': c.stoppedCount++; break;
      default: c.activeCount++;
    }
  }
  return c;
}

/** C:Get-MigrationStatistics: tenant-wide sums; MigrationType lists the types in use. */
export function getMigrationStatistics(state: MigrationState): MigrationStatistics {
  const types = [...new Set(state.batches.map((b) => b.migrationType))];
  return { identity: 'MigrationStatistics', ...countUsers(state.users), migrationType: types.length ? types.join(', ') : 'None' };
}
