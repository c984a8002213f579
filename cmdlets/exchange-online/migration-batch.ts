/**
 * New/Get/Set/Start/Stop/Complete/Remove-MigrationBatch (reference/exchange-cmdlets/*-MigrationBatch.md):
 * bind, call src/model/migration/batches.ts inside the store's transaction, write the batch object.
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import {
  completeMigrationBatch,
  findBatch,
  getMigrationBatches,
  newMigrationBatch,
  removeMigrationBatch,
  setMigrationBatch,
  shapeBatch,
  startMigrationBatch,
  stopMigrationBatch,
  type BatchStatus,
  type MigrationBatchState,
  type MigrationState,
} from '../../src/model/migration';
import { objectFromBag } from '../exchange-types';
import { NEW_MIGRATION_BATCH } from './syntax/new-migration-batch';
import { GET_MIGRATION_BATCH } from './syntax/get-migration-batch';
import { SET_MIGRATION_BATCH } from './syntax/set-migration-batch';
import { START_MIGRATION_BATCH } from './syntax/start-migration-batch';
import { STOP_MIGRATION_BATCH } from './syntax/stop-migration-batch';
import { COMPLETE_MIGRATION_BATCH } from './syntax/complete-migration-batch';
import { REMOVE_MIGRATION_BATCH } from './syntax/remove-migration-batch';
import { NO_EFFECT, limitResults, only, bool, dateMs, declare, enumName, flag, identityOf, inTransaction, reading, runspaceId, str, strList, unlimited } from './context';
import { tenantAdmin } from './connection';
import { shouldProcessExchange, type ConfirmingCmdlet } from '../exchange-confirm';

function writeBatch(ctx: CmdletContext, state: MigrationState, b: MigrationBatchState, includeReport = false): void {
  ctx.writeObject(objectFromBag(shapeBatch(state, b, { includeReport }), runspaceId(ctx)));
}

function csvBytes(ctx: CmdletContext): Uint8Array | undefined {
  if (!ctx.bound('CSVData')) return undefined;
  const v = ctx.params.CSVData;
  return v instanceof Uint8Array ? v : new Uint8Array();
}

/** Parameters of the non-onboarding sets (Google, Slack, public folders, point-in-time recovery ...). */
const OTHER_KINDS: Record<string, string> = {
  Analyze: NO_EFFECT.workflow, ConnectionLogicalId: NO_EFFECT.workflow, Local: 'local (intra-tenant) moves are not emulated', ManagedGmailTeams: NO_EFFECT.google,
  SlackPublicDataConnector: 'Slack connector batches are not emulated', SlackWorkspaceId: 'Slack connector batches are not emulated', StagedRollOutGroupId: 'Slack connector batches are not emulated',
  SourcePublicFolderDatabase: NO_EFFECT.publicFolders, PublicFolderToUnifiedGroup: NO_EFFECT.publicFolders, SourcePFPrimaryMailboxGuid: NO_EFFECT.publicFolders,
  UserIds: 'preexisting-user batches are not emulated', DisableOnCopy: 'preexisting-user batches are not emulated', Users: 'preexisting-user batches are not emulated', AdoptPreexisting: 'preexisting-user batches are not emulated',
  GoogleResource: NO_EFFECT.google, WorkflowTemplate: NO_EFFECT.workflow, WorkflowControlFlags: NO_EFFECT.workflow, SkipSteps: NO_EFFECT.workflow,
  PointInTimeRecovery: 'point-in-time recovery is not emulated', PointInTimeRecoveryProvisionOnly: 'point-in-time recovery is not emulated', MailboxRestore: 'point-in-time recovery is not emulated',
};

export const newMigrationBatchCmdlet = defineCmdlet({
  ...declare(NEW_MIGRATION_BATCH, only(NEW_MIGRATION_BATCH, {
    ...OTHER_KINDS,
    AllowUnknownColumnsInCsv: 'the CSV validator ignores no column: unknown columns are reported as Exchange does by default',
    ArchiveDomain: 'archive mailboxes are not emulated', AutoProvisioning: NO_EFFECT.google, AvoidMergeOverlap: NO_EFFECT.google,
    ContentFilter: 'content filtering of migrated items is not emulated', ContentFilterLanguage: 'content filtering of migrated items is not emulated',
    DataFusion: NO_EFFECT.workflow, Daily: NO_EFFECT.workflow, SkipDetails: NO_EFFECT.workflow, DisallowExistingUsers: 'local moves are not emulated',
    ExcludeDumpsters: 'the simulated copy has no Recoverable Items folder', ForwardingDisposition: NO_EFFECT.google, IncludeFolders: 'IMAP folder selection: the simulated copy takes every folder',
    IncludeOtherContacts: NO_EFFECT.google, MigrateTasks: NO_EFFECT.google, MoveOptions: NO_EFFECT.moveOptions, SkipMoving: NO_EFFECT.moveOptions, SkipMerging: NO_EFFECT.moveOptions,
    Partition: NO_EFFECT.partition, RemoveOnCopy: 'the source mailbox is never changed by the simulated copy', RenamePrimaryCalendar: NO_EFFECT.google,
    ReportInterval: NO_EFFECT.reports, SkipReports: NO_EFFECT.reports, Restore: 'point-in-time recovery is not emulated', SimplifiedSwitchOver: NO_EFFECT.google,
    SkipCalendar: NO_EFFECT.google, SkipContacts: NO_EFFECT.google, SkipDelegates: NO_EFFECT.google, SkipMail: NO_EFFECT.google, SkipProvisioning: NO_EFFECT.google, SkipRules: NO_EFFECT.google,
    TargetArchiveDatabases: 'the tenant database is chosen by the service', TargetDatabases: 'the tenant database is chosen by the service', XMLData: NO_EFFECT.workflow,
    WorkloadType: 'local moves are not emulated', Locale: NO_EFFECT.locale, AutoRetryCount: 'retries are manual (Start-MigrationBatch) in the emulator',
    LargeItemLimit: 'large items are skipped and listed for approval, whatever the limit', BadItemLimit: 'corrupt items are skipped and listed for approval, whatever the limit',
    TargetEndpoint: 'offboarding batches are not emulated', AllowIncrementalSyncs: 'recorded on the batch',
  })),
  process(ctx) {
    const name = str(ctx, 'Name') ?? '';
    const result = inTransaction(ctx, (w) => {
      if (!shouldProcessExchange(ctx, 'New-MigrationBatch', name)) return undefined;
      return newMigrationBatch(w, {
        name,
        sourceEndpoint: identityOf(ctx.params.SourceEndpoint) ?? undefined,
        csvData: csvBytes(ctx),
        autoStart: flag(ctx, 'AutoStart'),
        autoComplete: flag(ctx, 'AutoComplete'),
        startAfter: dateMs(ctx, 'StartAfter') ?? undefined,
        completeAfter: dateMs(ctx, 'CompleteAfter') ?? undefined,
        timeZone: str(ctx, 'TimeZone'),
        notificationEmails: strList(ctx, 'NotificationEmails'),
        targetDeliveryDomain: str(ctx, 'TargetDeliveryDomain'),
        allowIncrementalSyncs: bool(ctx, 'AllowIncrementalSyncs'),
        excludeFolders: strList(ctx, 'ExcludeFolders'),
        primaryOnly: flag(ctx, 'PrimaryOnly'),
        archiveOnly: flag(ctx, 'ArchiveOnly'),
        badItemLimit: unlimited(ctx, 'BadItemLimit'),
        largeItemLimit: unlimited(ctx, 'LargeItemLimit'),
        submittedBy: tenantAdmin(ctx),
      });
    });
    if (!result) return;
    for (const w of result.warnings) ctx.writeWarning(w);
    reading(ctx, (w) => writeBatch(ctx, w.tenant.migration, w.tenant.migration.batches.find((b) => b.name === result.batch.name)!));
  },
});

export const getMigrationBatchCmdlet = defineCmdlet({
  ...declare(GET_MIGRATION_BATCH, { DiagnosticInfo: NO_EFFECT.diagnosticInfo, Partition: NO_EFFECT.partition }),
  process(ctx) {
    reading(ctx, (w) => {
      const state = w.tenant.migration;
      const rows = getMigrationBatches(state, {
        identity: identityOf(ctx.params.Identity),
        status: enumName(ctx, 'Status') as BatchStatus | undefined,
        endpoint: identityOf(ctx.params.Endpoint) ?? undefined,
      });
      for (const b of limitResults(ctx, rows)) writeBatch(ctx, state, b, flag(ctx, 'IncludeReport'));
    });
  },
});

export const setMigrationBatchCmdlet = defineCmdlet({
  ...declare(SET_MIGRATION_BATCH, {
    Partition: NO_EFFECT.partition, ReportInterval: NO_EFFECT.reports, SkipReports: NO_EFFECT.reports, MoveOptions: NO_EFFECT.moveOptions, SkipMoving: NO_EFFECT.moveOptions,
    SkipMerging: NO_EFFECT.moveOptions, AllowUnknownColumnsInCsv: 'unknown CSV columns are always reported',
  }),
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    // Set-* cmdlets of Exchange write no object unless -PassThru (they have none here).
    inTransaction(ctx, (w) => {
      if (!shouldProcessExchange(ctx, 'Set-MigrationBatch', findBatch(w.tenant.migration, id).name)) return;
      setMigrationBatch(w, id, {
        approveSkippedItems: flag(ctx, 'ApproveSkippedItems') || undefined,
        completeAfter: dateMs(ctx, 'CompleteAfter'),
        startAfter: dateMs(ctx, 'StartAfter'),
        notificationEmails: strList(ctx, 'NotificationEmails'),
        syncNow: flag(ctx, 'SyncNow') || undefined,
        update: flag(ctx, 'Update') || undefined,
        addUsers: flag(ctx, 'AddUsers') || undefined,
        csvData: csvBytes(ctx),
      });
    });
  },
});

function simpleAction(meta: typeof START_MIGRATION_BATCH, noEffect: Record<string, string>, act: (ctx: CmdletContext, w: Parameters<typeof startMigrationBatch>[0], id: string) => string[] | void) {
  return defineCmdlet({
    ...declare(meta, noEffect),
    process(ctx) {
      const id = identityOf(ctx.params.Identity) ?? '';
      // Exchange resolves the identity before it asks for confirmation.
      const warnings = inTransaction(ctx, (w) => (shouldProcessExchange(ctx, meta.name as ConfirmingCmdlet, findBatch(w.tenant.migration, id).name) ? (act(ctx, w, id) ?? []) : []));
      for (const text of warnings ?? []) ctx.writeWarning(text);
    },
  });
}

export const startMigrationBatchCmdlet = simpleAction(START_MIGRATION_BATCH, { Partition: NO_EFFECT.partition }, (_ctx, w, id) => {
  startMigrationBatch(w, id);
});

export const stopMigrationBatchCmdlet = simpleAction(STOP_MIGRATION_BATCH, { Partition: NO_EFFECT.partition }, (_ctx, w, id) => {
  stopMigrationBatch(w, id);
});

export const completeMigrationBatchCmdlet = simpleAction(
  COMPLETE_MIGRATION_BATCH,
  { Partition: NO_EFFECT.partition, CompletePublicFolderMigrationWithDataLoss: NO_EFFECT.publicFolders, SyncAndComplete: 'completion always runs a final sync in the simulator' },
  (_ctx, w, id) => completeMigrationBatch(w, id).warnings,
);

export const removeMigrationBatchCmdlet = simpleAction(REMOVE_MIGRATION_BATCH, { Partition: NO_EFFECT.partition }, (ctx, w, id) => removeMigrationBatch(w, id, { force: flag(ctx, 'Force') }).warnings);

export const MIGRATION_BATCH_CMDLETS = [
  newMigrationBatchCmdlet,
  getMigrationBatchCmdlet,
  setMigrationBatchCmdlet,
  startMigrationBatchCmdlet,
  stopMigrationBatchCmdlet,
  completeMigrationBatchCmdlet,
  removeMigrationBatchCmdlet,
];
