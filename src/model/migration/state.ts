/**
 * The tenant's migration service as plain JSON-serialisable data (no classes, no Dates: times are
 * epoch milliseconds, UTC). The world's tenant holds one `MigrationState`; every rule lives in the
 * sibling modules (endpoints, batches, users, simulator), never here.
 * Property names follow Exchange's objects (notes/exchange-model.md §1) in camelCase; the output
 * shaping module (shape.ts) maps them to Exchange's PascalCase property bags.
 */

/** C:Get-MigrationEndpoint `-Type`; the emulator models these three. */
export type EndpointType = 'ExchangeOutlookAnywhere' | 'ExchangeRemoteMove' | 'IMAP';

export type AuthenticationMethod = 'Basic' | 'Ntlm' | 'Digest' | 'Kerberos' | 'Negotiate' | 'LiveIdBasic' | 'LiveIdFba' | 'WSSecurity' | 'Certificate' | 'NegoEx' | 'OAuth' | 'Adfs' | 'Misconfigured';
export type MailboxPermission = 'Admin' | 'FullAccess';
export type ImapSecurity = 'None' | 'Ssl' | 'Tls';

/** What Test-MigrationServerAvailability (Autodiscover) hands to New-MigrationEndpoint -ConnectionSettings. */
export interface ConnectionSettings {
  exchangeServer: string;
  rpcProxyServer: string;
  authentication: AuthenticationMethod;
  username: string;
  /** Hash of the account's password as verified by the test (never shown; lets the endpoint reuse the check). */
  verifiedPasswordHash: string;
  sourceMailboxLegacyDN: string;
  nspiServer: string;
  acceptUntrustedCertificates: boolean;
}

export interface MigrationEndpointState {
  name: string;
  guid: string;
  endpointType: EndpointType;
  maxConcurrentMigrations: number;
  maxConcurrentIncrementalSyncs: number;
  /** Onboarding sources are remote (D). */
  isRemote: boolean;
  /** Credentials: the user name as given, and the account's password hash seen when the endpoint was
   * verified (the world never holds plain passwords), so a later password change makes syncs fail. */
  username: string;
  verifiedPasswordHash: string | null;
  acceptUntrustedCertificates: boolean;
  authentication: AuthenticationMethod;
  // ExchangeOutlookAnywhere
  exchangeServer: string;
  rpcProxyServer: string;
  nspiServer: string;
  useAutoDiscover: boolean;
  mailboxPermission: MailboxPermission;
  emailAddress: string;
  sourceMailboxLegacyDN: string;
  // IMAP / ExchangeRemoteMove
  remoteServer: string;
  port: number;
  security: ImapSecurity;
  remoteTenant: string;
  createdAt: number;
}

/** C:Get-MigrationBatch `-Status` (notes §2.1). */
export type BatchStatus =
  | 'Created' | 'Starting' | 'Syncing' | 'Synced' | 'SyncedWithErrors' | 'Stopping' | 'Stopped'
  | 'Completing' | 'Completed' | 'CompletedWithErrors' | 'Failed' | 'Removing' | 'IncrementalSyncing'
  | 'Corrupted' | 'Waiting';

/** The kinds of batch the model builds (cutover = EOA without CSV, staged = EOA with CSV; notes R2). */
export type BatchKind = 'Cutover' | 'Staged' | 'IMAP' | 'RemoteMove';

/** Exchange's MigrationType values for the batch's `MigrationType` property. */
export type MigrationType = 'ExchangeOutlookAnywhere' | 'IMAP' | 'ExchangeRemoteMove';

export interface MigrationBatchState {
  name: string;
  guid: string;
  kind: BatchKind;
  migrationType: MigrationType;
  batchDirection: 'Onboarding' | 'Offboarding';
  status: BatchStatus;
  sourceEndpoint: string;
  targetEndpoint: string;
  targetDeliveryDomain: string;
  notificationEmails: string[];
  submittedByUser: string;
  timeZone: string;
  badItemLimit: number | 'Unlimited';
  largeItemLimit: number | 'Unlimited';
  allowIncrementalSyncs: boolean;
  autoRetryCount: number;
  /** IMAP only (R32). */
  excludeFolders: string[];
  creationDateTime: number;
  startDateTime: number | null;
  initialSyncDateTime: number | null;
  initialSyncDurationMs: number | null;
  lastSyncedDateTime: number | null;
  startAfter: number | null;
  completeAfter: number | null;
  completedDateTime: number | null;
  /** Time of the last admin action, for the 60/90-day retention rules (R36). */
  lastAdminActionAt: number;
  /** Set when the batch was submitted from CSV bytes (staged / IMAP). */
  csvRowCount: number;
  validationWarnings: string[];
  message: string;
  /** Next due incremental sync (R29), null when none is planned. */
  nextIncrementalSyncAt: number | null;
  /** When a transient status (Starting/Stopping/Completing/Removing) settles. */
  transitionDueAt: number | null;
}

/** C:Get-MigrationUser `-Status` (notes §2.2). */
export type UserStatus =
  | 'Queued' | 'Provisioning' | 'ProvisionUpdating' | 'Validating' | 'Starting' | 'Syncing' | 'Synced'
  | 'IncrementalSyncing' | 'IncrementalSynced' | 'IncrementalFailed' | 'IncrementalStopped' | 'Completing'
  | 'CompletionSynced' | 'Completed' | 'CompletedWithWarnings' | 'CompletionFailed' | 'Stopping' | 'Stopped'
  | 'Failed' | 'Removing' | 'Corrupted';

export type StatusSummary = 'Active' | 'Synced' | 'Completed' | 'Failed' | 'Stopped';

export type MigrationRecipientType = 'Mailbox' | 'MailUser' | 'Contact' | 'Group';

export interface SkippedItem {
  dateReceived: number;
  subject: string;
  kind: 'CorruptItem' | 'LargeItem';
  folderName: string;
  sizeBytes: number;
}

export interface ReportEntry {
  at: number;
  text: string;
}

export interface MigrationUserState {
  identity: string;
  guid: string;
  mailboxGuid: string;
  batchId: string;
  recipientType: MigrationRecipientType;
  status: UserStatus;
  /** Error text shown by Get-MigrationUserStatistics (empty when none). */
  error: string;
  /** Catalogue id of the error, for tests and for the retry logic. */
  errorId: string;
  /** CSV-supplied fields (staged: Password, ForceChangePassword; IMAP: UserName, Password of the source). */
  csvFields: Record<string, string>;
  /** The work to copy, known at provisioning (from the on-prem mailbox). */
  totalItemCount: number;
  totalBytes: number;
  syncedItemCount: number;
  skippedItemCount: number;
  bytesTransferred: number;
  /** Source items that arrived after the initial sync and wait for the next incremental sync. */
  pendingItems: number;
  pendingBytes: number;
  skippedItems: SkippedItem[];
  skippedItemsApproved: boolean;
  report: ReportEntry[];
  /** When the user's current phase ends (simulator), null when it waits for an action or a slot. */
  nextEventAt: number | null;
  /** Rate in bytes per millisecond for this user's copy, drawn with the seeded jitter. */
  rateBytesPerMs: number;
  queuedAt: number | null;
  startedAt: number | null;
  initialSyncCompletedAt: number | null;
  lastSuccessfulSyncTimestamp: number | null;
  completedAt: number | null;
  /** The tenant object this user provisioned (UPN / primary SMTP), empty until provisioned. */
  provisionedObject: string;
}

/** Get-MigrationConfig and the tenant limits (W1, D). */
export interface MigrationConfigState {
  maxNumberOfBatches: number;
  maxConcurrentMigrations: number;
  features: string[];
  /** Limits the rules enforce; data so that labs can change them. */
  limits: {
    maxCutoverMailboxes: number;
    recommendedCutoverMailboxes: number;
    maxStagedCsvRows: number;
    maxImapCsvRows: number;
    maxBatchNameLength: number;
    endpointConcurrencyMin: number;
    endpointConcurrencyMax: number;
    defaultMaxConcurrentMigrations: number;
    defaultMaxConcurrentIncrementalSyncs: number;
    incrementalSyncIntervalMs: number;
    licenseGraceMs: number;
    removeAfterMxChangeMs: number;
  };
  /** Simulation knobs [EMU]: per-mailbox copy rate and jitter, provisioning time per object. */
  throughput: {
    bytesPerHour: number;
    jitter: number;
    provisioningMs: number;
    transitionMs: number;
    incrementalBaseMs: number;
    /** The service works its queue in passes: per-user events fall on multiples of this (0 = exact times). */
    passMs: number;
  };
}

export interface MigrationState {
  endpoints: MigrationEndpointState[];
  batches: MigrationBatchState[];
  users: MigrationUserState[];
  config: MigrationConfigState;
  /** Monotonic counter feeding deterministic GUIDs. */
  nextSerial: number;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export function defaultMigrationConfig(): MigrationConfigState {
  return {
    maxNumberOfBatches: 100, // W1
    maxConcurrentMigrations: 300, // W1 (tenant cap, R26)
    features: ['MultiBatch'],
    limits: {
      maxCutoverMailboxes: 2000, // S1, WK (notes §6.1)
      recommendedCutoverMailboxes: 150, // BP
      maxStagedCsvRows: 2000, // CSV
      maxImapCsvRows: 50000, // CSV
      maxBatchNameLength: 64, // C:New-MigrationBatch
      endpointConcurrencyMin: 1,
      endpointConcurrencyMax: 100, // C:New-MigrationEndpoint
      defaultMaxConcurrentMigrations: 20, // notes §6.2
      defaultMaxConcurrentIncrementalSyncs: 20,
      incrementalSyncIntervalMs: DAY_MS, // MB, R29
      licenseGraceMs: 30 * DAY_MS, // S0 §7, R21
      removeAfterMxChangeMs: 72 * HOUR_MS, // S0 Step 5, R23
    },
    throughput: {
      bytesPerHour: 500 * 2 ** 20, // [EMU] 500 MB/h per mailbox
      jitter: 0.25,
      provisioningMs: 5 * 60_000,
      transitionMs: 60_000,
      incrementalBaseMs: 10 * 60_000,
      passMs: 5 * 60_000,
    },
  };
}

export function emptyMigrationState(): MigrationState {
  return { endpoints: [], batches: [], users: [], config: defaultMigrationConfig(), nextSerial: 1 };
}
