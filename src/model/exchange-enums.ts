/**
 * The numbers behind Exchange's enums, so that an Exchange status serializes as pwsh writes a real
 * enum: `<Obj><TN>…</TN><ToString>Synced</ToString><I32>7</I32></Obj>` (Export-Clixml), the number
 * being what `[int]`, `-eq 7` and a deserialized copy see. Values from the Exchange assemblies'
 * declarations (Microsoft.Exchange.Data.Storage.Management.* and Microsoft.Exchange.Data.Directory.*,
 * Exchange 2013/2016 builds): a plain `enum` counts from 0 in declaration order; the [Flags] ones carry
 * explicit powers of two. AuthenticationMethod and IMAPSecurityMechanism are left without a number:
 * no declaration was found to take it from, so they serialize by name.
 */
import { PSEnumValue } from '../engine/values';

const sequence = (...names: string[]): Record<string, number> => Object.fromEntries(names.map((n, i) => [n, i]));

/** By the enum's own name (the last segment of its type name). */
const EXCHANGE_ENUMS: Record<string, Record<string, number>> = {
  MigrationBatchStatus: sequence('Created', 'Syncing', 'Stopping', 'Stopped', 'Completed', 'Failed', 'Removing', 'Synced', 'IncrementalSyncing', 'Completing', 'CompletedWithErrors', 'SyncedWithErrors', 'Corrupted', 'Waiting', 'Starting'),
  MigrationUserStatus: sequence('Queued', 'Syncing', 'Failed', 'Synced', 'IncrementalFailed', 'Completing', 'Completed', 'CompletionFailed', 'Corrupted', 'Provisioning', 'ProvisionUpdating', 'CompletionSynced', 'Validating', 'IncrementalSyncing', 'IncrementalSynced', 'CompletedWithWarnings', 'Stopped', 'IncrementalStopped', 'Starting', 'Stopping', 'Removing'),
  MigrationUserStatusSummary: { Active: 1, Failed: 2, Synced: 3, Completed: 4, Stopped: 5 },
  // [Flags]
  MigrationType: { None: 0, IMAP: 1, XO1: 2, ExchangeOutlookAnywhere: 4, BulkProvisioning: 8, ExchangeRemoteMove: 16, ExchangeLocalMove: 32, PSTImport: 64, PublicFolder: 128 },
  MigrationBatchDirection: { Local: 1, Onboarding: 2, Offboarding: 4 },
  MigrationUserRecipientType: sequence('Mailbox', 'Contact', 'Group', 'PublicFolder', 'Unsupported', 'Mailuser', 'MailboxOrMailuser'),
  MigrationMailboxPermission: sequence('Admin', 'FullAccess'),
  AcceptedDomainType: sequence('Authoritative', 'ExternalRelay', 'InternalRelay'),
  // [Flags] enum RecipientTypeDetails : long (an Int64 underneath: `<I64>` in CliXml).
  RecipientTypeDetails: { None: 0, UserMailbox: 1, LinkedMailbox: 2, SharedMailbox: 4, LegacyMailbox: 8, RoomMailbox: 16, EquipmentMailbox: 32, MailContact: 64, MailUser: 128 },
};

/** Enums whose underlying type is Int64 rather than Int32. */
const INT64_ENUMS = new Set(['RecipientTypeDetails']);

/** The number of `name` in the Exchange enum `typeName`; undefined when it is not known. */
export function exchangeEnumNumber(typeName: string, name: string): number | undefined {
  const table = EXCHANGE_ENUMS[typeName.slice(typeName.lastIndexOf('.') + 1)];
  if (!table) return undefined;
  if (name in table) return table[name];
  // A [Flags] combination prints as "A, B": the OR of its parts.
  const parts = name.split(/,\s*/);
  if (parts.length > 1 && parts.every((p) => p in table)) return parts.reduce((n, p) => n | table[p]!, 0);
  return undefined;
}

/** An Exchange enum value with its number when known. */
export function exchangeEnum(typeName: string, name: string): PSEnumValue {
  const v = new PSEnumValue(typeName, name, exchangeEnumNumber(typeName, name));
  if (INT64_ENUMS.has(typeName.slice(typeName.lastIndexOf('.') + 1))) v.int64 = true;
  return v;
}
