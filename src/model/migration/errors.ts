/**
 * The migration model's message catalogue: every error or warning the model raises, with an id, the
 * Exchange exception type name, the PowerShell error category and one template with {0} placeholders.
 * `emu: true` marks wordings the emulator chose because no source gives Exchange's real text
 * (notes/exchange-model.md §6.5); drop the real text in here when it is known.
 * Nothing else in src/model/migration writes message text.
 */

export type ErrorCategory =
  | 'InvalidArgument' | 'InvalidOperation' | 'ObjectNotFound' | 'ResourceExists' | 'PermissionDenied'
  | 'ConnectionError' | 'QuotaExceeded' | 'InvalidData' | 'NotSpecified' | 'SecurityError';

export interface CatalogueEntry {
  /** Exchange's exception class name (FullyQualifiedErrorId prefix in real output). */
  type: string;
  category: ErrorCategory;
  template: string;
  emu: boolean;
  /** Where the rule or the wording comes from (notes keys: S0, W2, C:Name ...). */
  source: string;
}

const e = (type: string, category: ErrorCategory, template: string, emu: boolean, source: string): CatalogueEntry => ({ type, category, template, emu, source });

export const MIGRATION_MESSAGES = {
  // ---- endpoints
  EndpointAlreadyExists: e('MigrationEndpointDuplicateException', 'ResourceExists', "A migration endpoint with the name '{0}' already exists.", true, 'C:New-MigrationEndpoint'),
  EndpointNotFound: e('MigrationEndpointNotFoundException', 'ObjectNotFound', "The migration endpoint '{0}' couldn't be found.", true, 'C:Get-MigrationEndpoint'),
  EndpointInUse: e('MigrationEndpointInUseException', 'InvalidOperation', "The migration endpoint '{0}' can't be removed because migration batch '{1}' uses it. Remove the batch first.", true, 'C:Remove-MigrationEndpoint'),
  EndpointBusy: e('MigrationEndpointInUseException', 'InvalidOperation', "The migration endpoint '{0}' can't be changed while migration batch '{1}' is running. Stop the batch first.", true, 'MB, R28'),
  EndpointConcurrencyOutOfRange: e('ParameterBindingValidationException', 'InvalidArgument', "The value {1} of {0} is out of range. Specify a value from {2} to {3}.", true, 'BP, C:New-MigrationEndpoint'),
  EndpointIncrementalAboveMigrations: e('ParameterBindingValidationException', 'InvalidArgument', 'MaxConcurrentIncrementalSyncs ({0}) must not be greater than MaxConcurrentMigrations ({1}).', true, 'C:New-MigrationEndpoint'),
  EndpointMissingParameter: e('ParameterBindingException', 'InvalidArgument', "The parameter '{0}' is required for a {1} migration endpoint.", true, 'C:New-MigrationEndpoint'),
  EndpointParameterNotApplicable: e('ParameterNotSupportedForMigrationTypeException', 'InvalidArgument', "The parameter '{0}' can't be used with a {1} migration endpoint.", true, 'C:Set-MigrationEndpoint'),
  // ---- connectivity (Test-MigrationServerAvailability and endpoint verification, R9-R13, R40)
  AutodiscoverFailed: e('AutoDiscoverFailedConfigurationErrorException', 'ConnectionError', 'AutoDiscover failed with a configuration error: The migration service failed to detect the migration endpoint using the Autodiscover service. Consider using the Exchange Remote Connectivity Analyzer (https://testconnectivity.microsoft.com) to diagnose the connectivity issues.', false, 'W2, C:Test-MigrationServerAvailability'),
  AutodiscoverDnsDetail: e('AutoDiscoverFailedConfigurationErrorException', 'ConnectionError', "The name '{0}' couldn't be resolved: no Autodiscover DNS record exists for the domain '{1}'.", true, 'R11'),
  AutodiscoverNoOutlookAnywhereDetail: e('AutoDiscoverFailedConfigurationErrorException', 'ConnectionError', "The Autodiscover response for '{0}' doesn't contain Outlook Anywhere (EXPR) settings.", true, 'R9'),
  ConnectionFailed: e('MigrationServerConnectionFailedException', 'ConnectionError', "The connection to the server '{0}' could not be completed.", false, 'W3, R12'),
  UnableToConnect: e('MigrationServerConnectionFailedException', 'ConnectionError', 'Unable to connect to the server. Please check the connection settings you supplied and try again.', false, 'S1, W5, R9'),
  AuthenticationFailedDetail: e('MigrationServerConnectionFailedException', 'ConnectionError', "The remote server returned an error: (401) Unauthorized. The user name or password for '{0}' isn't valid.", true, 'W3, W5, R13'),
  CertificateUntrusted: e('MigrationCertificateValidationException', 'SecurityError', "The remote certificate for '{0}' is invalid: {1}. Use a certificate issued by a trusted certification authority, or specify AcceptUntrustedCertificates.", true, 'S0, S1, C:Test-MigrationServerAvailability, R10'),
  CertificateReasonSelfSigned: e('MigrationCertificateValidationException', 'SecurityError', 'the certificate is self-signed', true, 'R10'),
  CertificateReasonUntrusted: e('MigrationCertificateValidationException', 'SecurityError', "the certificate's issuer isn't a trusted certification authority", true, 'R10'),
  CertificateReasonExpired: e('MigrationCertificateValidationException', 'SecurityError', 'the certificate expired on {0}', true, 'R10'),
  CertificateReasonName: e('MigrationCertificateValidationException', 'SecurityError', "the certificate doesn't include the name '{0}'", true, 'R10'),
  RpcPortsClosedDetail: e('MigrationServerConnectionFailedException', 'ConnectionError', "The RPC ports {0} on '{1}' aren't reachable. Exchange 2003 needs TCP 6001, 6002 and 6004 open.", true, 'S1, R12'),
  AutodiscoverNotOfferedDetail: e('AutoDiscoverFailedConfigurationErrorException', 'ConnectionError', 'Exchange {0} has no Autodiscover service. Specify ExchangeServer and RPCProxyServer instead.', true, 'C:Test-MigrationServerAvailability ex.3, R11'),
  AutodiscoverPointsToCloudDetail: e('AutoDiscoverFailedConfigurationErrorException', 'ConnectionError', "The Autodiscover record '{0}' points to '{1}', not to the on-premises organization.", true, 'R38'),
  AutodiscoverErrorResponseDetail: e('AutoDiscoverFailedConfigurationErrorException', 'ConnectionError', "The Autodiscover service returned error {0} for '{1}': {2}", true, 'R11'),
  AuthMethodNotOfferedDetail: e('MigrationServerConnectionFailedException', 'ConnectionError', "The RPC proxy server '{0}' doesn't accept {1} authentication. It offers: {2}.", true, 'W5'),
  OutlookAnywhereOffDetail: e('MigrationServerConnectionFailedException', 'ConnectionError', "Outlook Anywhere (RPC over HTTP) isn't enabled on '{0}'.", true, 'S1, R9'),
  UnknownServerDetail: e('MigrationServerConnectionFailedException', 'ConnectionError', "No server named '{0}' answers for the on-premises organization.", true, 'W3'),
  RemoteMoveUnsupportedDetail: e('MigrationServerConnectionFailedException', 'ConnectionError', "The MRS proxy endpoint on '{0}' isn't available: remote moves need Exchange 2010 or later with Outlook Anywhere published.", true, 'C:New-MigrationEndpoint'),
  MailboxPermissionMissing: e('MigrationPermanentException', 'PermissionDenied', "The account '{0}' doesn't have permission to access the mailbox '{1}'. Assign Full Access on the mailboxes, Domain Admins membership or Receive As on the mailbox database.", true, 'AP, R14'),
  TestMailboxNotFound: e('MigrationPermanentException', 'ObjectNotFound', "A source e-mail address {0} couldn't be found in the on-premises domain.", false, 'W4, R15'),
  ImapUnreachable: e('MigrationServerConnectionFailedException', 'ConnectionError', "The connection to the server '{0}' could not be completed.", false, 'W3'),
  // ---- batches
  BatchAlreadyExists: e('MigrationJobAlreadyExistsException', 'ResourceExists', "A migration batch with the name '{0}' already exists.", true, 'D, R24'),
  BatchNotFound: e('MigrationBatchNotFoundException', 'ObjectNotFound', "The migration batch '{0}' couldn't be found.", true, 'C:Get-MigrationBatch'),
  BatchNameTooLong: e('ParameterBindingValidationException', 'InvalidArgument', "The batch name '{0}' is {1} characters long; the maximum is {2}.", true, 'C:New-MigrationBatch, R24'),
  BatchNameInvalid: e('ParameterBindingValidationException', 'InvalidArgument', "The batch name '{0}' isn't valid. Use letters, digits, hyphens and underscores only, without spaces or special characters.", true, 'S1 Step 3.5, R24'),
  CutoverBatchExists: e('MigrationCutoverBatchAlreadyExistsException', 'InvalidOperation', "A cutover migration batch already exists. Only one cutover batch can exist at a time. Existing batch: '{0}'.", true, 'S0 Step 3, D, R1'),
  CutoverNotAllowed: e('CutoverMigrationNotAllowedException', 'InvalidOperation', "Cutover migration isn't allowed for the organization '{0}' because directory synchronization is enabled.", true, 'S1, D, R3, R17'),
  CutoverNotSupportedForProtocol: e('CutoverMigrationNotSupportedForProtocolException', 'InvalidOperation', "A cutover migration isn't supported for endpoints of type '{0}'. Use an Exchange Outlook Anywhere endpoint, or specify CSVData for a {0} migration.", true, 'D, R4, CSV'),
  SourceEndpointRequired: e('SourceEndpointRequiredException', 'InvalidArgument', 'An onboarding migration batch requires a remote source endpoint (SourceEndpoint).', true, 'D, R5'),
  CutoverTooManyMailboxes: e('MigrationCutoverTooManyMailboxesException', 'QuotaExceeded', 'A cutover migration supports at most {1} mailboxes. The source organization has {0} mailboxes. Use a staged or hybrid migration instead.', true, 'S1, WK, BP, R6'),
  CutoverAboveRecommended: e('MigrationWarning', 'NotSpecified', 'The source organization has {0} mailboxes. Microsoft recommends cutover migrations of {1} mailboxes or fewer because of the time a large migration takes.', true, 'BP, R6'),
  MaxBatchesReached: e('MaximumNumberOfBatchesReachedException', 'QuotaExceeded', 'The maximum number of migration batches is already running. Please remove a batch before you add another one', false, 'W1, R25'),
  ParameterNotSupportedForType: e('ParameterNotSupportedForMigrationTypeException', 'InvalidArgument', "The parameter '{0}' isn't supported for migration type '{1}'.", true, 'D, R30, R32'),
  StartAfterWithAutoStart: e('MigrationSchedulingParameterException', 'InvalidArgument', 'The parameters StartAfter and AutoStart can\'t be used together.', true, 'D, R31'),
  CsvNotSupportedForCutover: e('ParameterNotSupportedForMigrationTypeException', 'InvalidArgument', "The parameter 'CSVData' isn't supported for a cutover migration: every mailbox is migrated in one batch.", true, 'CSV'),
  StagedSourceVersion: e('MigrationStagedNotSupportedException', 'InvalidOperation', 'A staged migration supports only Exchange 2003 and Exchange 2007 source servers. The source runs Exchange {0}; use a cutover or hybrid migration.', true, 'CSV, ST, R37'),
  TargetDeliveryDomainRequired: e('ParameterBindingException', 'InvalidArgument', 'A remote move migration batch requires TargetDeliveryDomain.', true, 'C:New-MigrationBatch'),
  TargetDeliveryDomainNotAccepted: e('MigrationTargetDeliveryDomainException', 'InvalidArgument', "The target delivery domain '{0}' isn't an accepted domain of this organization.", true, 'C:New-MigrationBatch'),
  UserInAnotherBatch: e('MigrationUserAlreadyExistsException', 'ResourceExists', "The user '{0}' already belongs to migration batch '{1}'.", true, 'MB'),
  BatchCannotStart: e('MigrationBatchCannotBeStartedException', 'InvalidOperation', "The migration batch '{0}' can't be started because its status is {1}.", true, 'C:Start-MigrationBatch'),
  BatchCannotStop: e('MigrationBatchCannotBeStoppedException', 'InvalidOperation', "The migration batch '{0}' can't be stopped because its status is {1}.", true, 'C:Stop-MigrationBatch'),
  BatchNothingToStop: e('MigrationBatchCannotBeStoppedException', 'InvalidOperation', "The migration batch '{0}' can't be stopped because every user in it is completed or failed.", true, 'C:Stop-MigrationBatch'),
  BatchCannotComplete: e('MigrationBatchCannotBeCompletedException', 'InvalidOperation', "The migration batch '{0}' can't be completed because its status is {1}. Only a batch that is Synced or SyncedWithErrors can be completed.", true, 'C:Complete-MigrationBatch'),
  BatchCannotRemove: e('MigrationBatchCannotBeRemovedException', 'InvalidOperation', "The migration batch '{0}' can't be removed while its status is {1}. Stop the batch first.", true, 'MB'),
  BatchCannotSet: e('MigrationBatchCannotBeModifiedException', 'InvalidOperation', "The migration batch '{0}' can't be changed while its status is {1}.", true, 'C:Set-MigrationBatch'),
  CompleteAfterNotForCutover: e('MigrationSchedulingParameterException', 'InvalidArgument', "The parameter 'CompleteAfter' isn't valid for {0} migration batches.", true, 'D, R31'),
  RemoveBeforeMxWait: e('MigrationWarning', 'NotSpecified', "The MX record was changed at {0}. Wait at least 72 hours after the change, and until LastSyncedDateTime is later than it, before you remove the batch '{1}'; mail delivered on-premises after the last sync won't reach Microsoft 365.", true, 'S0 Steps 5-6, R23'),
  CompleteAgainIgnored: e('MigrationWarning', 'NotSpecified', "The migration batch '{0}' is already being completed. The request was accepted, but the batch won't be processed again.", true, 'C:Complete-MigrationBatch'),
  // ---- CSV (csv-files-for-migration.md)
  CsvEmpty: e('MigrationCsvEmptyException', 'InvalidData', "The CSV file doesn't contain any rows. The first row must be a header row, followed by one row per user.", true, 'CSV'),
  CsvMissingColumn: e('MigrationCsvMissingColumnException', 'InvalidData', "The CSV file is missing the required column '{0}'.", true, 'CSV'),
  CsvUnknownColumn: e('MigrationCsvUnknownColumnException', 'InvalidData', "The column '{0}' isn't supported for a {1} migration.", true, 'CSV'),
  CsvDuplicateColumn: e('MigrationCsvDuplicateColumnException', 'InvalidData', "The column '{0}' appears more than once in the header row.", true, 'CSV'),
  CsvTooManyRows: e('MigrationCsvTooLargeException', 'QuotaExceeded', 'The CSV file has {0} rows. A {1} migration batch can contain at most {2} rows.', true, 'CSV, R37'),
  CsvFieldCount: e('MigrationCsvInvalidRowException', 'InvalidData', 'Row {0} has {1} values, but the header row has {2} columns.', true, 'CSV'),
  CsvRequiredValue: e('MigrationCsvInvalidRowException', 'InvalidData', "Row {0} has no value for the required column '{1}'.", true, 'CSV'),
  CsvInvalidEmail: e('MigrationCsvInvalidRowException', 'InvalidData', "Row {0}: '{1}' isn't a valid SMTP address.", true, 'CSV'),
  CsvDuplicateEmail: e('MigrationCsvDuplicateRowException', 'InvalidData', "Row {0}: the address '{1}' already appears in row {2}.", true, 'CSV'),
  CsvPasswordTooShort: e('MigrationCsvInvalidRowException', 'InvalidData', 'Row {0}: the password must be at least 8 characters long.', true, 'CSV'),
  CsvInvalidBoolean: e('MigrationCsvInvalidRowException', 'InvalidData', "Row {0}: the value '{1}' of '{2}' must be True or False.", true, 'CSV'),
  CsvUnterminatedQuote: e('MigrationCsvInvalidRowException', 'InvalidData', 'Row {0} has a quoted value that never ends.', true, 'CSV'),
  // ---- users
  UserNotFound: e('MigrationUserNotFoundException', 'ObjectNotFound', "The migration user '{0}' couldn't be found.", true, 'C:Get-MigrationUser'),
  UserCannotStart: e('MigrationUserCannotBeStartedException', 'InvalidOperation', "The migration user '{0}' can't be started because its status is {1}.", true, 'C:Start-MigrationUser'),
  UserCannotStop: e('MigrationUserCannotBeStoppedException', 'InvalidOperation', "The migration user '{0}' can't be stopped because its status is {1}.", true, 'C:Stop-MigrationUser'),
  UserCannotRemove: e('MigrationUserCannotBeRemovedException', 'InvalidOperation', "The migration user '{0}' can't be removed while its status is {1}. Stop the user first or use Force.", true, 'C:Remove-MigrationUser'),
  UserCannotSync: e('MigrationUserCannotBeModifiedException', 'InvalidOperation', "SyncNow applies only to users that are Synced; the migration user '{0}' is {1}.", true, 'C:Set-MigrationUser'),
  // ---- per-user failure texts (Error property of MigrationUserStatistics)
  UserDomainNotAccepted: e('MigrationPermanentException', 'InvalidOperation', "The domain '{0}' of the address '{1}' isn't an accepted domain in Microsoft 365. Add and verify the domain, then start the batch again.", true, 'S0 Step 1, WK, R8'),
  UserSourceNotFound: e('MigrationPermanentException', 'ObjectNotFound', "A source e-mail address {0} couldn't be found in the on-premises domain.", false, 'W4, R15'),
  UserCannotConnect: e('MigrationPermanentException', 'PermissionDenied', "Couldn't connect to the source mailbox.", false, 'W4, R14'),
  UserUmEnabled: e('MigrationPermanentException', 'InvalidOperation', 'Unified Messaging must be disabled on the mailbox {0} before it can be migrated.', true, 'S0, S1, R16'),
  UserManagerNotMigrated: e('MigrationPermanentException', 'InvalidOperation', "The object '{1}' is set as manager or delegate of {0} but isn't being migrated. Remove it from the object before you migrate.", true, 'S0, S1, R19'),
  UserNotOnServer: e('MigrationPermanentException', 'InvalidOperation', "The mailbox {0} is on server '{1}', not on the endpoint's Exchange server '{2}'.", true, 'C:New-MigrationEndpoint ex.4, R20'),
  UserMailboxUnreadable: e('MigrationPermanentException', 'InvalidData', 'The source mailbox {0} could not be read: the mailbox store returned a corruption error.', true, 'MU, notes §5.10'),
  UserNoMailUser: e('MigrationPermanentException', 'ObjectNotFound', "No mail-enabled user with the address '{0}' exists in Microsoft 365. Provision it (directory synchronization) before a staged migration.", true, 'CSV, ST'),
  UserNoMailbox: e('MigrationPermanentException', 'ObjectNotFound', "No mailbox with the address '{0}' exists in Microsoft 365. Create the mailbox before an IMAP migration.", true, 'CSV'),
  UserImapLogonFailed: e('MigrationPermanentException', 'PermissionDenied', "The IMAP server rejected the logon for '{0}'.", true, 'CSV'),
} as const satisfies Record<string, CatalogueEntry>;

export type MigrationMessageId = keyof typeof MIGRATION_MESSAGES;

/**
 * Lines of the per-user report (Get-MigrationUserStatistics -IncludeReport); the emulator's own
 * wording [EMU], kept here so no other module writes text.
 */
export const REPORT_LINES = {
  Queued: "Queued in batch '{0}'.",
  QueuedAgain: 'Queued again.',
  Failed: 'Failed: {0}',
  StoppedByAdmin: 'Stopped by the administrator.',
  StoppedWithBatch: 'Stopped with the batch.',
  SkippedApproved: '{0} skipped items approved.',
  CompletionRequested: 'Completion requested.',
  MailboxProvisioned: 'Mailbox provisioned in Microsoft 365.',
  ObjectProvisioned: 'Provisioned in Microsoft 365.',
  GroupProvisioned: 'Group provisioned; adding members.',
  InitialSyncStarted: 'Initial sync started: {0} items, {1} bytes.',
  InitialSyncCompleted: 'Initial sync completed: {0} items synced, {1} skipped.',
  ItemsCopied: 'Copied {0} items.',
  WaitingForApproval: 'Waiting for approval of {0} skipped items before completion.',
  Completed: 'Migration completed.',
  BatchSummary: "Batch '{0}': {1} total, {2} synced, {3} finalized, {4} failed, {5} pending.",
} as const;

/** Report templates split once into literal text (even positions) and argument indexes (odd ones). */
const REPORT_PARTS = new Map<string, (string | number)[]>();

/** A report line: written for every user at every phase change, so its template is split only once. */
export function reportLine(id: keyof typeof REPORT_LINES, ...args: (string | number)[]): string {
  let parts = REPORT_PARTS.get(id);
  if (!parts) REPORT_PARTS.set(id, (parts = REPORT_LINES[id].split(/\{(\d+)\}/).map((p, i) => (i % 2 ? Number(p) : p))));
  let out = '';
  for (let i = 0; i < parts.length; i++) out += i % 2 ? String(args[parts[i] as number] ?? '') : (parts[i] as string);
  return out;
}

/** Fills `{0}`, `{1}` ... from args. */
export function formatMessage(id: MigrationMessageId, ...args: (string | number)[]): string {
  return MIGRATION_MESSAGES[id].template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** An error raised by the migration model: a record, rendered later by the cmdlet layer. */
export class MigrationError extends Error {
  readonly exceptionType: string;
  readonly category: ErrorCategory;
  constructor(
    readonly id: MigrationMessageId,
    readonly args: (string | number)[],
    readonly target?: string,
  ) {
    super(formatMessage(id, ...args));
    this.name = 'MigrationError';
    this.exceptionType = MIGRATION_MESSAGES[id].type;
    this.category = MIGRATION_MESSAGES[id].category;
  }
}

/** The one way model code raises. */
export function raise(id: MigrationMessageId, args: (string | number)[] = [], target?: string): never {
  throw new MigrationError(id, args, target);
}
