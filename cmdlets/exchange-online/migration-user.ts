/**
 * Get/Set/Start/Stop/Remove-MigrationUser, Get-MigrationUserStatistics, Get-MigrationStatistics and
 * Get-MigrationConfig (reference/exchange-cmdlets/*.md) over src/model/migration/users.ts.
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import {
  getMigrationStatistics,
  getMigrationUsers,
  removeMigrationUser,
  setMigrationUser,
  shapeConfig,
  shapeStatistics,
  shapeUser,
  shapeUserStatistics,
  startMigrationUser,
  stopMigrationUser,
  findUser,
  type StatusSummary,
  type UserStatus,
} from '../../src/model/migration';
import type { World } from '../../src/model/world';
import { objectFromBag } from '../exchange-types';
import { GET_MIGRATION_USER } from './syntax/get-migration-user';
import { SET_MIGRATION_USER } from './syntax/set-migration-user';
import { START_MIGRATION_USER } from './syntax/start-migration-user';
import { STOP_MIGRATION_USER } from './syntax/stop-migration-user';
import { REMOVE_MIGRATION_USER } from './syntax/remove-migration-user';
import { GET_MIGRATION_USER_STATISTICS } from './syntax/get-migration-user-statistics';
import { GET_MIGRATION_STATISTICS } from './syntax/get-migration-statistics';
import { GET_MIGRATION_CONFIG } from './syntax/get-migration-config';
import { NO_EFFECT, dateMs, declare, enumName, flag, identityOf, inTransaction, int, limitResults, reading, runspaceId } from './context';
import { shouldProcessExchange, type ConfirmingCmdlet } from '../exchange-confirm';

export const getMigrationUserCmdlet = defineCmdlet({
  ...declare(GET_MIGRATION_USER, { Partition: NO_EFFECT.partition, IncludeAssociatedUsers: 'associated (Google resource) users are not emulated' }),
  process(ctx) {
    reading(ctx, (w) => {
      const rows = getMigrationUsers(w.tenant.migration, {
        identity: identityOf(ctx.params.Identity),
        emailAddress: identityOf(ctx.params.EmailAddress) ?? undefined,
        mailboxGuid: identityOf(ctx.params.MailboxGuid) ?? undefined,
        batchId: identityOf(ctx.params.BatchId) ?? undefined,
        status: enumName(ctx, 'Status') as UserStatus | undefined,
        statusSummary: enumName(ctx, 'StatusSummary') as StatusSummary | undefined,
        resultSize: 'Unlimited',
      });
      for (const u of limitResults(ctx, rows)) ctx.writeObject(objectFromBag(shapeUser(u), runspaceId(ctx)));
    });
  },
});

export const setMigrationUserCmdlet = defineCmdlet({
  ...declare(SET_MIGRATION_USER, { Partition: NO_EFFECT.partition }),
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      if (!shouldProcessExchange(ctx, 'Set-MigrationUser', findUser(w.tenant.migration, id).identity)) return;
      setMigrationUser(w, id, {
        approveSkippedItems: flag(ctx, 'ApproveSkippedItems') || undefined,
        syncNow: flag(ctx, 'SyncNow') || undefined,
        completeAfter: dateMs(ctx, 'CompleteAfter') ?? undefined,
        startAfter: dateMs(ctx, 'StartAfter') ?? undefined,
      });
    });
  },
});

function userAction(meta: typeof START_MIGRATION_USER, act: (ctx: CmdletContext, w: World, id: string) => void) {
  return defineCmdlet({
    ...declare(meta, { Partition: NO_EFFECT.partition }),
    process(ctx) {
      const id = identityOf(ctx.params.Identity) ?? '';
      inTransaction(ctx, (w) => {
        if (shouldProcessExchange(ctx, meta.name as ConfirmingCmdlet, findUser(w.tenant.migration, id).identity)) act(ctx, w, id);
      });
    },
  });
}

export const startMigrationUserCmdlet = userAction(START_MIGRATION_USER, (_c, w, id) => void startMigrationUser(w, id));
export const stopMigrationUserCmdlet = userAction(STOP_MIGRATION_USER, (_c, w, id) => void stopMigrationUser(w, id));
export const removeMigrationUserCmdlet = userAction(REMOVE_MIGRATION_USER, (ctx, w, id) => removeMigrationUser(w, id, { force: flag(ctx, 'Force') }));

export const getMigrationUserStatisticsCmdlet = defineCmdlet({
  ...declare(GET_MIGRATION_USER_STATISTICS, {
    DiagnosticInfo: NO_EFFECT.diagnosticInfo,
    Partition: NO_EFFECT.partition,
    IncludeCopilotReport: NO_EFFECT.copilot,
    SkipSubscription: 'subscription details are not part of the emulated statistics',
  }),
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    reading(ctx, (w) => {
      const user = findUser(w.tenant.migration, id);
      const bag = shapeUserStatistics(w, user.identity, {
        includeReport: flag(ctx, 'IncludeReport'),
        includeSkippedItems: flag(ctx, 'IncludeSkippedItems'),
        limitSkippedItemsTo: int(ctx, 'LimitSkippedItemsTo'),
      });
      ctx.writeObject(objectFromBag(bag, runspaceId(ctx)));
    });
  },
});

export const getMigrationStatisticsCmdlet = defineCmdlet({
  ...declare(GET_MIGRATION_STATISTICS, { DiagnosticInfo: NO_EFFECT.diagnosticInfo, Partition: NO_EFFECT.partition }),
  process(ctx) {
    reading(ctx, (w) => ctx.writeObject(objectFromBag(shapeStatistics(getMigrationStatistics(w.tenant.migration)), runspaceId(ctx))));
  },
});

export const getMigrationConfigCmdlet = defineCmdlet({
  ...declare(GET_MIGRATION_CONFIG, {
    Partition: NO_EFFECT.partition,
    AllPartitions: NO_EFFECT.partition,
    IncludeSimplifiedGmailMigrationData: NO_EFFECT.google,
  }),
  process(ctx) {
    reading(ctx, (w) => ctx.writeObject(objectFromBag(shapeConfig(w.tenant.migration), runspaceId(ctx))));
  },
});

export const MIGRATION_USER_CMDLETS = [
  getMigrationUserCmdlet,
  setMigrationUserCmdlet,
  startMigrationUserCmdlet,
  stopMigrationUserCmdlet,
  removeMigrationUserCmdlet,
  getMigrationUserStatisticsCmdlet,
  getMigrationStatisticsCmdlet,
  getMigrationConfigCmdlet,
];
