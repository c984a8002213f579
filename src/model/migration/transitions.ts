/**
 * Declared status transitions (moto's ManagedState idea): which admin action or clock event may move a
 * batch or a user from which status, per notes/exchange-model.md §2.1 and §2.2. Rules code asks
 * `canBatch(action, status)`; illegal actions fail with the catalogue entry named here.
 */
import type { BatchStatus, StatusSummary, UserStatus } from './state';
import type { MigrationMessageId } from './errors';

export type BatchAction = 'start' | 'stop' | 'complete' | 'remove' | 'set';

interface BatchRule {
  from: readonly BatchStatus[];
  /** Status right after the action (a transient one the clock settles). */
  to: BatchStatus | null;
  error: MigrationMessageId;
}

/** C:Start-, Stop-, Complete-, Remove-, Set-MigrationBatch; MB. Set stays open while Completing so skipped items can be approved (C:Complete-MigrationBatch). */
export const BATCH_ACTIONS: Record<BatchAction, BatchRule> = {
  // Failed / SyncedWithErrors / CompletedWithErrors: a retry of the failed users (C:Start-MigrationBatch).
  start: { from: ['Created', 'Stopped', 'Failed', 'SyncedWithErrors', 'CompletedWithErrors'], to: 'Starting', error: 'BatchCannotStart' },
  stop: { from: ['Syncing', 'Synced', 'SyncedWithErrors', 'IncrementalSyncing', 'Starting', 'Waiting'], to: 'Stopping', error: 'BatchCannotStop' },
  complete: { from: ['Synced', 'SyncedWithErrors'], to: 'Completing', error: 'BatchCannotComplete' },
  remove: { from: ['Created', 'Stopped', 'Synced', 'SyncedWithErrors', 'Completed', 'CompletedWithErrors', 'Failed', 'Corrupted', 'Waiting'], to: 'Removing', error: 'BatchCannotRemove' },
  set: { from: ['Created', 'Starting', 'Syncing', 'Synced', 'SyncedWithErrors', 'Stopped', 'Failed', 'IncrementalSyncing', 'Waiting', 'Completing', 'Completed', 'CompletedWithErrors'], to: null, error: 'BatchCannotSet' },
};

export function canBatch(action: BatchAction, status: BatchStatus): boolean {
  return BATCH_ACTIONS[action].from.includes(status);
}

/** Statuses in which the batch is running (R28: its endpoint can't be changed; Remove needs Stop first). */
export const RUNNING_BATCH_STATUSES: readonly BatchStatus[] = ['Starting', 'Syncing', 'IncrementalSyncing', 'Stopping', 'Completing', 'Removing'];

export type UserAction = 'start' | 'stop' | 'remove' | 'syncNow';

interface UserRule {
  from: readonly UserStatus[];
  error: MigrationMessageId;
}

export const USER_ACTIONS: Record<UserAction, UserRule> = {
  start: { from: ['Stopped', 'Failed', 'IncrementalFailed', 'IncrementalStopped', 'CompletionFailed'], error: 'UserCannotStart' },
  stop: { from: ['Queued', 'Provisioning', 'ProvisionUpdating', 'Validating', 'Starting', 'Syncing', 'Synced', 'IncrementalSyncing', 'IncrementalSynced'], error: 'UserCannotStop' },
  remove: { from: ['Queued', 'Stopped', 'Failed', 'Synced', 'IncrementalSynced', 'IncrementalFailed', 'IncrementalStopped', 'Completed', 'CompletedWithWarnings', 'CompletionFailed', 'Corrupted'], error: 'UserCannotRemove' },
  syncNow: { from: ['Synced', 'IncrementalSynced'], error: 'UserCannotSync' },
};

export function canUser(action: UserAction, status: UserStatus): boolean {
  return USER_ACTIONS[action].from.includes(status);
}

/** StatusSummary of C:Get-MigrationUser. */
export function statusSummary(status: UserStatus): StatusSummary {
  switch (status) {
    case 'Synced': case 'IncrementalSynced': case 'CompletionSynced':
      return 'Synced';
    case 'Completed': case 'CompletedWithWarnings':
      return 'Completed';
    case 'Failed': case 'IncrementalFailed': case 'CompletionFailed': case 'Corrupted':
      return 'Failed';
    case 'Stopped': case 'IncrementalStopped':
      return 'Stopped';
    default:
      return 'Active';
  }
}

/** Users whose initial phase is over (the batch can leave Syncing when all are). */
export function initialPhaseOver(status: UserStatus): boolean {
  const s = statusSummary(status);
  return s !== 'Active' || status === 'ProvisionUpdating';
}
