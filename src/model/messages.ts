/**
 * The world layer's message catalogue (model, scenarios, store, file store): every error this
 * layer raises has an id and one template with {0}-style placeholders. No other code in the layer
 * writes message text. These are the emulator's own texts (no Exchange wording applies here).
 */

export const WORLD_MESSAGES = {
  // Store
  TransactionNotSynchronous: 'A world transaction must be synchronous; the function returned a promise.',
  TransactionInProgress: 'Cannot {0} while a transaction is in progress.',
  // File store
  StoreFileMissing: "The world file '{0}' does not exist.",
  StoreFileUnreadable: "The world file '{0}' could not be read: {1}",
  StoreFileInvalidJson: "The world file '{0}' is not valid JSON: {1}",
  StoreFileNotAWorld: "The world file '{0}' is not an exo-emulator world file: {1}",
  StoreFileNewerSchema: "The world file '{0}' was written with schema version {1}, newer than the supported version {2}.",
  StoreFileSchemaInvalid: "The world file '{0}' is invalid: {1}",
  StoreFileInvariant: "The world file '{0}' is inconsistent: {1}",
  StoreFileExists: "The world file '{0}' already exists.",
  StoreLockTimeout: "The world file '{0}' is locked by process {1} ({2}); gave up after {3} ms.",
  StoreLockFailed: "The world file '{0}' could not be locked: {1}",
  StoreWriteFailed: "The world file '{0}' could not be written: {1}",
  StoreSaveFailed: "The world could not be saved to '{0}': {1}. Nothing was changed.",
  StoreRevisionInvalid: "The world file '{0}' is invalid: /revision must be a whole number from 0 to {1}, not {2}",
  // Scenarios
  ScenarioNotFound: "There is no built-in scenario named '{0}'. Known scenarios: {1}.",
  ScenarioInvalid: "The scenario '{0}' is invalid: {1}",
  ScenarioFileUnreadable: "The scenario file '{0}' could not be read: {1}",
  ScenarioFileInvalid: "The scenario file '{0}' is invalid: {1}",
  ScenarioFileSyntax: "The scenario file '{0}' could not be parsed: {1}",
  // Clock
  ClockNegativeAdvance: 'The clock cannot move backwards ({0} ms).',
  ClockRunaway: "The process '{0}' stayed due at the same instant after {1} runs; it must move its next due time forward.",
  // File system (pwsh's FileSystemProvider wording)
  FsPathNotFound: "Cannot find path '{0}' because it does not exist.",
  FsPartOfPathNotFound: "Could not find a part of the path '{0}'.",
  FsAccessDenied: "Access to the path '{0}' is denied.",
  FsDriveNotFound: "Cannot find drive. A drive with the name '{0}' does not exist.",
  FsInvalidPath: "The path '{0}' is not a valid path.",
  FsNotADirectory: "The path '{0}' is a file, not a folder.",
  // DNS and tenant
  DnsNoZone: "No DNS zone hosts the name '{0}'.",
  TenantDomainNotFound: "The domain '{0}' is not added to the tenant.",
  TenantUserNotFound: "The user '{0}' does not exist in the tenant.",
  LicenseNotFound: "The tenant has no license '{0}'.",
  LicenseExhausted: "All {1} licenses of '{0}' are assigned.",
  LicenseNoUsageLocation: "The user '{0}' has no usage location.",
  InvalidUsageLocation: "'{0}' is not a two-letter country code.",
  TenantDomainExists: "The domain '{0}' is already added to the tenant.",
  TenantDomainInvalid: "'{0}' is not a valid domain name.",
  TenantDomainNotVerifiable: "The verification record of '{0}' is not visible in DNS.",
  TenantDomainAlreadyVerified: "The domain '{0}' is already verified.",
  TenantDomainUnverified: "The domain '{0}' is not verified.",
  TenantDomainInitial: "The initial domain '{0}' can't be removed.",
  TenantDomainDefault: "The default domain '{0}' can't be removed.",
  TenantDomainInUse: "The domain '{0}' is used by {1} object(s).",
  // World invariants
  InvariantDuplicateAddress: "The address '{0}' is used by both {1} and {2}.",
  InvariantUnknownDatabase: "The mailbox '{0}' is on database '{1}', which does not exist.",
  InvariantUnknownServer: "The database '{0}' is on server '{1}', which does not exist.",
  InvariantPrimaryNotInAddresses: "The recipient '{0}' has primary SMTP address '{1}' missing from its email addresses.",
  InvariantDuplicateAlias: "The alias '{0}' is used more than once in {1}.",
  InvariantUnknownPrincipal: "The {0} of '{1}' names '{2}', which is not an account or mailbox.",
  InvariantFileParentMissing: "The file or folder '{0}' has no parent folder.",
  InvariantDuplicateName: "{0}: the {1} '{2}' is listed more than once (first at {3}).",
  InvariantSizeNegative: "The mailbox '{0}' has a negative size or item count.",
} as const;

export type WorldMessageId = keyof typeof WORLD_MESSAGES;

export function formatWorldMessage(id: WorldMessageId, args: readonly (string | number)[] = []): string {
  return WORLD_MESSAGES[id].replace(/\{(\d+)\}/g, (m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? m : String(v);
  });
}

/** An error of the world layer: carries its catalogue id and arguments. */
export class WorldError extends Error {
  readonly args: readonly (string | number)[];
  constructor(
    readonly id: WorldMessageId,
    args: readonly (string | number)[] = [],
  ) {
    super(formatWorldMessage(id, args));
    this.name = 'WorldError';
    this.args = args;
  }
}
