/**
 * The DNS cmdlets' message catalogue: the DnsServer module's CIM errors (WIN32 DNS codes as their
 * FullyQualifiedErrorId), Resolve-DnsName's (DnsClient), and the lab registrar's own texts
 * (`emu`: no real service words them). One id, one error id, category, exception type and template.
 */
import type { CmdletContext, ErrorCategory } from '../src/engine/cmdlet';

interface Entry {
  errorId: string;
  type: string;
  category: ErrorCategory;
  template: string;
  emu: boolean;
}

const CIM = 'Microsoft.Management.Infrastructure.CimException';
const e = (errorId: string, type: string, category: ErrorCategory, template: string, emu: boolean): Entry => ({ errorId, type, category, template, emu });

export const DNS_MESSAGES = {
  // DnsServer (Windows Server DNS, through CIM): DNS_ERROR_ZONE_DOES_NOT_EXIST, DNS_ERROR_RECORD_ALREADY_EXISTS,
  // DNS_ERROR_CNAME_COLLISION, DNS_ERROR_NAME_DOES_NOT_EXIST.
  ZoneNotFound: e('WIN32 9601', CIM, 'ObjectNotFound', 'Failed to get the zone information for {0} on server {1}.', false),
  RecordExists: e('WIN32 9711', CIM, 'ResourceExists', 'Failed to create resource record {0} in zone {1} on server {2}.', false),
  CnameCollision: e('WIN32 9709', CIM, 'ResourceExists', 'Failed to create resource record {0} in zone {1} on server {2}.', false),
  RecordNotFound: e('WIN32 9714', CIM, 'ObjectNotFound', 'Failed to get {0} record in {1} zone on {2} server.', false),
  OldRecordNotFound: e('WIN32 9714', CIM, 'ObjectNotFound', 'Resource record in OldInputObject not found in zone {0} on server {1}.', false),
  SetTypeMismatch: e('WIN32 87', CIM, 'InvalidArgument', 'The record type of OldInputObject and NewInputObject must be the same.', true),
  ServerUnreachable: e('WIN32 1722', CIM, 'ConnectionError', 'Failed to get information for server {0}.', false),
  // DnsClient
  NameError: e('DNS_ERROR_RCODE_NAME_ERROR', 'System.ComponentModel.Win32Exception', 'ResourceUnavailable', '{0} : DNS name does not exist', false),
  ServerFailure: e('ERROR_TIMEOUT', 'System.ComponentModel.Win32Exception', 'OperationTimeout', '{0} : This operation returned because the timeout period expired', false),
  // The lab registrar
  LabZoneNotFound: e('LabDnsZoneNotFound', 'System.Management.Automation.ItemNotFoundException', 'ObjectNotFound', "The registrar hosts no zone '{0}'. Hosted zones: {1}.", true),
  LabRecordNotFound: e('LabDnsRecordNotFound', 'System.Management.Automation.ItemNotFoundException', 'ObjectNotFound', "The zone '{0}' has no {1} record named '{2}'{3}.", true),
  LabBadValue: e('LabDnsInvalidValue', 'System.ArgumentException', 'InvalidArgument', "'{0}' is not a valid {1} record value: {2}", true),
  LabNoValue: e('LabDnsValueMissing', 'System.ArgumentException', 'InvalidArgument', 'A {0} record needs -Value{1}.', true),
  LabCnameCollision: e('LabDnsCnameCollision', 'System.InvalidOperationException', 'ResourceExists', "'{0}' already has other records: a CNAME cannot sit beside them (and no record beside a CNAME). Remove them first.", true),
} as const satisfies Record<string, Entry>;

export type DnsMessageId = keyof typeof DNS_MESSAGES;

export function dnsMessage(id: DnsMessageId, ...args: (string | number)[]): string {
  return DNS_MESSAGES[id].template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** Writes the catalogue error (non-terminating, as these cmdlets do). */
export function writeDnsError(ctx: CmdletContext, id: DnsMessageId, args: (string | number)[], target: string | null = null): void {
  const m: Entry = DNS_MESSAGES[id];
  ctx.writeError({ message: dnsMessage(id, ...args), errorId: m.errorId, category: m.category, targetObject: target, exceptionType: m.type });
}
