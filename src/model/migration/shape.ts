/**
 * Output shaping for the cmdlet layer: the property bags Exchange Online returns, in the order of
 * notes/exchange-model.md §1 (names marked unverified there are kept as the notes give them).
 * Values are runtime values (src/engine/values.ts, plain TS): statuses as PSEnumValue, dates as
 * PSDateTime (UTC), durations as PSTimeSpan, sizes as ByteQuantifiedSize. A cmdlet turns a bag into a
 * PSObject with `typeNames` and adds the bag's properties in order.
 */
import { ByteQuantifiedSize, PSDateTime, PSTimeSpan, type PSValue } from '../../engine/values';
import { exchangeEnum } from '../exchange-enums';
import type { World } from '../world';
import type { ConnectionSettings, MigrationBatchState, MigrationEndpointState, MigrationState, MigrationUserState } from './state';
import type { TestMigrationServerAvailabilityOutcome } from './connectivity';
import { countUsers, getMigrationUserStatistics, percentageComplete, type MigrationStatistics } from './users';
import { usersOf } from './batches';
import { statusSummary } from './transitions';
import { reportLine } from './errors';

export interface PropertyBag {
  /** Most specific first, as PSObject.psTypeNames. */
  typeNames: string[];
  properties: [string, PSValue][];
}

const NS = 'Microsoft.Exchange.Migration';
const en = (type: string, name: string) => exchangeEnum(`${NS}.${type}`, name);
const date = (ms: number | null): PSValue => (ms === null ? null : new PSDateTime(ms, 'Utc'));
const span = (ms: number | null): PSValue => (ms === null ? null : new PSTimeSpan(ms));
const limit = (v: number | 'Unlimited'): PSValue => (v === 'Unlimited' ? 'Unlimited' : v);
const bag = (type: string, properties: [string, PSValue][]): PropertyBag => ({ typeNames: [`${NS}.${type}`, 'System.Object'], properties });

export function shapeBatch(state: MigrationState, b: MigrationBatchState, options: { includeReport?: boolean } = {}): PropertyBag {
  const users = usersOf(state, b);
  const c = countUsers(users);
  const failedInitial = users.filter((u) => u.status === 'Failed' && u.initialSyncCompletedAt === null).length;
  const failedIncremental = users.filter((u) => u.status === 'IncrementalFailed').length;
  const warnings = users.filter((u) => u.status === 'CompletedWithWarnings').length;
  return bag('MigrationBatch', [
    ['Identity', b.name],
    ['Status', en('MigrationBatchStatus', b.status)],
    ['Type', en('MigrationType', b.migrationType)],
    ['TotalCount', c.totalCount],
    ['ActiveCount', c.activeCount],
    ['StoppedCount', c.stoppedCount],
    ['SyncedCount', c.syncedCount],
    ['FinalizedCount', c.finalizedCount],
    ['FailedCount', c.failedCount],
    ['FailedInitialSyncCount', failedInitial],
    ['FailedIncrementalSyncCount', failedIncremental],
    ['PendingCount', c.pendingCount],
    ['ProvisionedCount', c.provisionedCount],
    ['CompletedWithWarningCount', warnings],
    ['ValidationWarningCount', b.validationWarnings.length],
    ['ValidationWarnings', [...b.validationWarnings]],
    ['Message', b.message],
    ['MigrationType', en('MigrationType', b.migrationType)],
    ['BatchDirection', en('MigrationBatchDirection', b.batchDirection)],
    ['SourceEndpoint', b.sourceEndpoint || null],
    ['TargetEndpoint', b.targetEndpoint || null],
    ['TargetDeliveryDomain', b.targetDeliveryDomain || null],
    ['NotificationEmails', [...b.notificationEmails]],
    ['IsProvisioning', b.kind === 'Cutover' && users.some((u) => u.status === 'Provisioning' || u.status === 'ProvisionUpdating')],
    ['CreationDateTime', date(b.creationDateTime)],
    ['SubmittedByUser', b.submittedByUser],
    ['StartDateTime', date(b.startDateTime)],
    ['InitialSyncDateTime', date(b.initialSyncDateTime)],
    ['InitialSyncDuration', span(b.initialSyncDurationMs)],
    ['LastSyncedDateTime', date(b.lastSyncedDateTime)],
    ['StartAfter', date(b.startAfter)],
    ['StartAfterUTC', date(b.startAfter)],
    ['CompleteAfter', date(b.completeAfter)],
    ['CompleteAfterUTC', date(b.completeAfter)],
    ['TimeZone', b.timeZone],
    ['BadItemLimit', limit(b.badItemLimit)],
    ['LargeItemLimit', limit(b.largeItemLimit)],
    ['AllowIncrementalSyncs', b.allowIncrementalSyncs],
    ['AutoRetryCount', b.autoRetryCount],
    ['Report', options.includeReport ? batchReport(b, c) : null],
    ['Guid', b.guid],
  ]);
}

function batchReport(b: MigrationBatchState, c: ReturnType<typeof countUsers>): string {
  return reportLine('BatchSummary', b.name, c.totalCount, c.syncedCount, c.finalizedCount, c.failedCount, c.pendingCount);
}

export function shapeEndpoint(e: MigrationEndpointState): PropertyBag {
  const common: [string, PSValue][] = [
    ['Identity', e.name],
    ['EndpointType', en('MigrationType', e.endpointType)],
    ['MaxConcurrentMigrations', e.maxConcurrentMigrations],
    ['MaxConcurrentIncrementalSyncs', e.maxConcurrentIncrementalSyncs],
    ['Username', e.username || null],
  ];
  const specific: [string, PSValue][] =
    e.endpointType === 'ExchangeOutlookAnywhere'
      ? [
          ['ExchangeServer', e.exchangeServer || null],
          ['RpcProxyServer', e.rpcProxyServer || null],
          ['NspiServer', e.nspiServer || null],
          ['UseAutoDiscover', e.useAutoDiscover],
          ['Authentication', en('AuthenticationMethod', e.authentication)],
          ['MailboxPermission', en('MigrationMailboxPermission', e.mailboxPermission)],
          ['EmailAddress', e.emailAddress || null],
          ['SourceMailboxLegacyDN', e.sourceMailboxLegacyDN || null],
          ['AcceptUntrustedCertificates', e.acceptUntrustedCertificates],
        ]
      : e.endpointType === 'IMAP'
        ? [
            ['RemoteServer', e.remoteServer],
            ['Port', e.port],
            ['Security', en('IMAPSecurityMechanism', e.security)],
            ['Authentication', en('AuthenticationMethod', e.authentication)],
            ['AcceptUntrustedCertificates', e.acceptUntrustedCertificates],
          ]
        : [
            ['RemoteServer', e.remoteServer],
            ['RemoteTenant', e.remoteTenant || null],
          ];
  return bag('MigrationEndpoint', [...common, ...specific, ['IsRemote', e.isRemote], ['Guid', e.guid], ['Name', e.name]]);
}

export function shapeUser(u: MigrationUserState): PropertyBag {
  return bag('MigrationUser', [
    ['Identity', u.identity],
    ['MailboxEmailAddress', u.identity],
    ['BatchId', u.batchId],
    ['RecipientType', en('MigrationUserRecipientType', u.recipientType)],
    ['Status', en('MigrationUserStatus', u.status)],
    ['StatusSummary', en('MigrationUserStatusSummary', statusSummary(u.status))],
    ['SyncedItemCount', u.syncedItemCount],
    ['SkippedItemCount', u.skippedItemCount],
    ['MailboxGuid', u.mailboxGuid],
    ['LastSuccessfulSyncTimestamp', date(u.lastSuccessfulSyncTimestamp)],
    ['Guid', u.guid],
  ]);
}

export function shapeUserStatistics(world: World, identity: string, options: { includeReport?: boolean; includeSkippedItems?: boolean; limitSkippedItemsTo?: number } = {}): PropertyBag {
  const s = getMigrationUserStatistics(world, identity, options);
  const u = s.user;
  const base = shapeUser(u).properties;
  return {
    typeNames: [`${NS}.MigrationUserStatistics`, `${NS}.MigrationUser`, 'System.Object'],
    properties: [
      ...base,
      ['TotalItemsInSourceMailboxCount', u.totalItemCount],
      ['BytesTransferred', new ByteQuantifiedSize(u.bytesTransferred)],
      ['EstimatedTotalTransferSize', new ByteQuantifiedSize(u.totalBytes)],
      ['PercentageComplete', percentageComplete(u)],
      ['MigrationRate', new ByteQuantifiedSize(s.migrationRateBytesPerHour)],
      ['Error', u.error || null],
      ['SkippedItems', s.skippedItems.map((i) => [new PSDateTime(i.dateReceived, 'Utc'), i.subject, i.kind, i.folderName].join(' | '))],
      ['Report', options.includeReport ? s.report : null],
    ],
  };
}

export function shapeStatistics(stats: MigrationStatistics): PropertyBag {
  return bag('MigrationStatistics', [
    ['Identity', stats.identity],
    ['TotalCount', stats.totalCount],
    ['ActiveCount', stats.activeCount],
    ['StoppedCount', stats.stoppedCount],
    ['SyncedCount', stats.syncedCount],
    ['FinalizedCount', stats.finalizedCount],
    ['FailedCount', stats.failedCount],
    ['PendingCount', stats.pendingCount],
    ['ProvisionedCount', stats.provisionedCount],
    ['MigrationType', stats.migrationType],
  ]);
}

export function shapeConfig(state: MigrationState): PropertyBag {
  return bag('MigrationConfig', [
    ['Identity', 'MigrationConfig'],
    ['MaxNumberOfBatches', state.config.maxNumberOfBatches],
    ['MaxConcurrentMigrations', state.config.maxConcurrentMigrations],
    ['Features', state.config.features.join(', ')],
    ['CanSubmitNewBatch', state.batches.length < state.config.maxNumberOfBatches],
  ]);
}

/** ConnectionSettings prints as one line (notes §1.7, unverified layout). */
export function connectionSettingsText(cs: ConnectionSettings): string {
  return `ExchangeServer: ${cs.exchangeServer}; RPCProxyServer: ${cs.rpcProxyServer}; Authentication: ${cs.authentication}; UserName: ${cs.username}`;
}

/**
 * The ConnectionSettings value of a TMSA result: prints as one line, and carries the settings so that
 * `New-MigrationEndpoint -ConnectionSettings $TSMA.ConnectionSettings` (S0 Step 2) gets them back.
 */
export class ConnectionSettingsValue {
  readonly psTypeNames = [`${NS}.ExchangeConnectionSettings`, 'System.Object'] as const;
  constructor(readonly settings: ConnectionSettings) {}
  toString(): string {
    return connectionSettingsText(this.settings);
  }
}

export function shapeTestResult(out: TestMigrationServerAvailabilityOutcome): PropertyBag {
  return bag('TestMigrationServerAvailabilityOutcome', [
    ['Result', en('MigrationTestResult', out.result)],
    ['Message', out.message],
    ['ConnectionSettings', out.connectionSettings ? new ConnectionSettingsValue(out.connectionSettings) : null],
    ['SupportsCutover', out.supportsCutover],
    ['ErrorDetail', out.errorDetail ? `${out.errorDetail.type}: ${out.errorDetail.message}` : null],
    ['IsValid', out.isValid],
    ['Identity', out.identity],
    ['ObjectState', out.objectState],
  ]);
}
