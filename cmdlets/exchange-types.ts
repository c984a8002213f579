/**
 * Output objects of the Exchange cmdlets, as a remote Exchange session returns them: type names
 * under Microsoft.Exchange.*, statuses as PSEnumValue, sizes as ByteQuantifiedSize, identities as
 * Exchange prints them, and a RunspaceId first (remote objects carry the session's runspace id).
 * Also the default views (format.ps1xml equivalents) so `Get-MigrationBatch` alone prints Exchange's
 * table. Builders read plain model data; no cmdlet writes properties itself.
 */
import { ByteQuantifiedSize, PSDateTime, PSEnumValue, PSObject, type PSValue } from '../src/engine/values';
import { registerView, type ViewDefinition } from '../src/formatting/views';
import type { PropertyBag } from '../src/model/migration/shape';
import { exchangeEnum } from '../src/model/exchange-enums';
import type { DeepReadonly } from '../src/store/readonly';
import type { ExchangeServer, Mailbox, MailboxDatabase, OnPremOrganization, TenantDomain, TenantMailbox, TenantUser, Certificate } from '../src/model/world';
import type { TraceRow, TrackingEvent } from '../src/model/mail-send';
import { principalDisplayName } from '../src/model/onprem-admin';

export const TYPES = {
  batch: 'Microsoft.Exchange.Migration.MigrationBatch',
  endpoint: 'Microsoft.Exchange.Migration.MigrationEndpoint',
  user: 'Microsoft.Exchange.Migration.MigrationUser',
  userStatistics: 'Microsoft.Exchange.Migration.MigrationUserStatistics',
  statistics: 'Microsoft.Exchange.Migration.MigrationStatistics',
  config: 'Microsoft.Exchange.Migration.MigrationConfig',
  testOutcome: 'Microsoft.Exchange.Migration.TestMigrationServerAvailabilityOutcome',
  acceptedDomain: 'Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain',
  mailbox: 'Microsoft.Exchange.Data.Directory.Management.Mailbox',
  user365: 'Microsoft.Exchange.Data.Directory.Management.User',
  recipient: 'Microsoft.Exchange.Data.Directory.Management.ReducedRecipient',
  clientAccessServer: 'Microsoft.Exchange.Data.Directory.Management.ClientAccessServer',
  outlookAnywhere: 'Microsoft.Exchange.Data.Directory.SystemConfiguration.ADRpcHttpVirtualDirectory',
  certificate: 'Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate',
  mailboxPermission: 'Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject',
  adPermission: 'Microsoft.Exchange.Management.RecipientTasks.ADAcePresentationObject',
  umMailbox: 'Microsoft.Exchange.Data.Directory.Management.UMMailbox',
  connection: 'Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectionInformation',
  mailboxDatabase: 'Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase',
  mailboxStatistics: 'Microsoft.Exchange.Data.Mapi.MailboxStatistics',
  distributionGroup: 'Microsoft.Exchange.Data.Directory.Management.DistributionGroup',
  messageTrace: 'Microsoft.Exchange.Management.FfoReporting.MessageTrace',
  messageTrackingEvent: 'Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent',
  repairRequest: 'Microsoft.Exchange.Management.Tasks.StoreIntegrityCheckJob',
} as const;

/** Remote objects arrive deserialized: pwsh prefixes their type names with `Deserialized.` and keeps the originals' views. */
function remoteObject(typeName: string, runspaceId: string | null, props: [string, PSValue][], extraTypes: string[] = []): PSObject {
  const o = new PSObject([`Deserialized.${typeName}`, ...extraTypes.map((t) => `Deserialized.${t}`), 'Deserialized.System.Object']);
  if (runspaceId) o.addProperty({ name: 'RunspaceId', value: runspaceId, memberType: 'NoteProperty', typeName: 'System.Guid' });
  for (const [name, value] of props) o.addProperty({ name, value, memberType: 'Property' });
  return o;
}

/** A model property bag (src/model/migration/shape.ts) as the object a cmdlet writes. */
export function objectFromBag(bag: PropertyBag, runspaceId: string | null): PSObject {
  const [main, ...rest] = bag.typeNames.filter((t) => t !== 'System.Object');
  const o = remoteObject(main, runspaceId, bag.properties, rest);
  const identity = bag.properties.find(([n]) => n === 'Identity');
  if (identity && identity[1] !== null) o.toStringOverride = () => String(identity[1]);
  return o;
}

const en = (type: string, name: string) => exchangeEnum(type, name);
const date = (ms: number | null): PSValue => (ms === null ? null : new PSDateTime(ms, 'Local'));

export function acceptedDomainObject(d: DeepReadonly<TenantDomain> | { name: string; domainType: string; isDefault: boolean }, runspaceId: string | null): PSObject {
  const o = remoteObject(TYPES.acceptedDomain, runspaceId, [
    ['Identity', d.name],
    ['Name', d.name],
    ['DomainName', d.name],
    ['DomainType', en('Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomainType', d.domainType)],
    ['Default', d.isDefault],
    ['IsValid', true],
  ]);
  o.toStringOverride = () => d.name;
  return o;
}

/** Exchange Online mailbox: EXO identities print as the mailbox's name (its alias in the cloud). */
export function cloudMailboxObject(m: DeepReadonly<TenantMailbox>, runspaceId: string | null): PSObject {
  const o = remoteObject(TYPES.mailbox, runspaceId, [
    ['Identity', m.alias],
    ['Name', m.alias],
    ['Alias', m.alias],
    ['DisplayName', m.displayName],
    ['UserPrincipalName', m.userPrincipalName],
    ['PrimarySmtpAddress', m.primarySmtpAddress],
    ['EmailAddresses', [...m.emailAddresses]],
    ['HiddenFromAddressListsEnabled', m.hiddenFromAddressLists],
    ['RecipientTypeDetails', en('Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails', 'UserMailbox')],
    ['Database', 'EURPR01DG001-db042'],
    ['ProhibitSendQuota', '99 GB (106,300,440,576 bytes)'],
    ['ExternalDirectoryObjectId', null],
    ['AccountDisabled', m.disabled],
    ['WhenMailboxCreated', date(m.createdAt)],
  ]);
  o.toStringOverride = () => m.alias;
  return o;
}

/** On-premises mailbox (Exchange 2010): Identity is the AD canonical name `corp.contoso.com/Users/Name`. */
export function onPremMailboxObject(org: DeepReadonly<OnPremOrganization>, m: DeepReadonly<Mailbox>, runspaceId: string | null): PSObject {
  const db = org.databases.find((d) => d.name === m.database);
  const identity = `${org.adDomain}/Users/${m.displayName}`;
  const o = remoteObject(TYPES.mailbox, runspaceId, [
    ['Identity', identity],
    ['Name', m.displayName],
    ['Alias', m.alias],
    ['DisplayName', m.displayName],
    ['SamAccountName', m.samAccountName],
    ['UserPrincipalName', m.userPrincipalName],
    ['PrimarySmtpAddress', m.primarySmtpAddress],
    ['EmailAddresses', [...m.emailAddresses]],
    ['HiddenFromAddressListsEnabled', m.hiddenFromAddressLists],
    ['RecipientTypeDetails', en('Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails', m.recipientTypeDetails)],
    ['Database', m.database],
    ['ServerName', (db?.server ?? '').toLowerCase()],
    ['UMEnabled', m.umEnabled],
    ['GrantSendOnBehalfTo', m.delegates.map((d) => `${org.adDomain}/Users/${principalDisplayName(org as OnPremOrganization, d)}`)],
    ['LegacyExchangeDN', m.legacyExchangeDN],
    ['ExchangeGuid', m.exchangeGuid],
    ['ProhibitSendQuota', 'unlimited'],
    ['TotalItemSize', new ByteQuantifiedSize(m.sizeBytes)],
  ]);
  o.toStringOverride = () => m.displayName;
  return o;
}

export function tenantUserObject(u: DeepReadonly<TenantUser>, hasMailbox: boolean, runspaceId: string | null): PSObject {
  const name = u.userPrincipalName.slice(0, u.userPrincipalName.indexOf('@'));
  const o = remoteObject(TYPES.user365, runspaceId, [
    ['Identity', name],
    ['Name', name],
    ['DisplayName', u.displayName],
    ['UserPrincipalName', u.userPrincipalName],
    ['RecipientType', en('Microsoft.Exchange.Data.Directory.Recipient.RecipientType', hasMailbox ? 'UserMailbox' : 'User')],
    ['RecipientTypeDetails', en('Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails', hasMailbox ? 'UserMailbox' : 'User')],
    ['IsDirSynced', u.source === 'DirSync'],
    ['WhenCreated', date(u.createdAt)],
  ]);
  o.toStringOverride = () => name;
  return o;
}

export function recipientObject(r: { name: string; alias: string; displayName: string; primarySmtpAddress: string; recipientType: string; recipientTypeDetails: string; identity?: string }, runspaceId: string | null): PSObject {
  const o = remoteObject(TYPES.recipient, runspaceId, [
    ['Identity', r.identity ?? r.name],
    ['Name', r.name],
    ['Alias', r.alias],
    ['DisplayName', r.displayName],
    ['PrimarySmtpAddress', r.primarySmtpAddress],
    ['RecipientType', en('Microsoft.Exchange.Data.Directory.Recipient.RecipientType', r.recipientType)],
    ['RecipientTypeDetails', en('Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails', r.recipientTypeDetails)],
  ]);
  o.toStringOverride = () => r.name;
  return o;
}

export function clientAccessServerObject(s: DeepReadonly<ExchangeServer>, org: DeepReadonly<OnPremOrganization>, runspaceId: string | null): PSObject {
  const o = remoteObject(TYPES.clientAccessServer, runspaceId, [
    ['Identity', s.name],
    ['Name', s.name],
    ['Fqdn', s.fqdn],
    ['OutlookAnywhereEnabled', s.outlookAnywhere.enabled],
    ['AutoDiscoverServiceCN', s.name],
    ['AutoDiscoverServiceClassName', 'ms-Exchange-AutoDiscover-Service'],
    ['AutoDiscoverServiceInternalUri', s.autoDiscoverServiceInternalUri],
    ['AutoDiscoverServiceGuid', '77378f46-2c66-4aa9-a6a6-3e7a48b19596'],
    ['AutoDiscoverSiteScope', [...s.autoDiscoverSiteScope]],
    ['AlternateServiceAccountConfiguration', null],
    ['IsOutOfService', s.isOutOfService],
    ['Site', `${org.adDomain}/Configuration/Sites/Default-First-Site-Name`],
    ['IsValid', true],
  ]);
  o.toStringOverride = () => s.name;
  return o;
}

export function outlookAnywhereObject(s: DeepReadonly<ExchangeServer>, runspaceId: string | null): PSObject {
  const oa = s.outlookAnywhere;
  const identity = `${s.name}\\Rpc (Default Web Site)`;
  const o = remoteObject(TYPES.outlookAnywhere, runspaceId, [
    ['Identity', identity],
    ['ServerName', s.name],
    ['Name', 'Rpc (Default Web Site)'],
    ['ExternalHostname', oa.enabled ? oa.externalHostName : null],
    ['ClientAuthenticationMethod', en('Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthenticationMethod', oa.authenticationMethods[0] ?? 'Basic')],
    ['IISAuthenticationMethods', oa.authenticationMethods.map((a) => en('Microsoft.Exchange.Data.Directory.SystemConfiguration.AuthenticationMethod', a))],
    ['SSLOffloading', oa.sslOffloading],
    ['ExternalUrl', oa.enabled ? `https://${oa.externalHostName}/rpc` : null],
  ]);
  o.toStringOverride = () => identity;
  return o;
}

/** What the store keeps beside a certificate (src/model/certificates.ts); without it, Exchange setup's defaults. */
export interface CertificateObjectDetails {
  services: readonly string[];
  servicesStringForm: string;
  friendlyName: string;
  privateKeyExportable: boolean;
  subject: string;
  pending: boolean;
  server: string;
}

export function certificateObject(c: DeepReadonly<Certificate>, now: number, runspaceId: string | null, details?: CertificateObjectDetails): PSObject {
  const services = details ? (details.services.length ? details.services.join(', ') : 'None') : 'IMAP, POP, IIS, SMTP';
  const status = details?.pending ? 'PendingRequest' : c.notAfter < now ? 'DateInvalid' : c.trustedIssuer ? 'Valid' : 'Untrusted';
  const o = remoteObject(TYPES.certificate, runspaceId, [
    ['Thumbprint', c.thumbprint],
    ['Services', en('Microsoft.Exchange.Management.Metabase.AllowedServices', services)],
    ['Subject', details?.subject ?? `CN=${c.subjectNames[0] ?? ''}`],
    ['Issuer', c.issuer],
    ['CertificateDomains', [...c.subjectNames]],
    ['IsSelfSigned', c.selfSigned],
    ['NotAfter', date(c.notAfter)],
    ['Status', en('Microsoft.Exchange.Management.SystemConfigurationTasks.CertificateStatus', status)],
    // Exchange's one-letter-per-service form, shown in the default table (src/model/certificates.ts).
    ['ServicesStringForm', details?.servicesStringForm ?? 'IP.WS..'],
    ...(details
      ? ([
          ['FriendlyName', details.friendlyName],
          ['HasPrivateKey', true],
          ['PrivateKeyExportable', details.privateKeyExportable],
          ['Identity', `${details.server}\\${c.thumbprint}`],
        ] as [string, PSValue][])
      : []),
  ]);
  o.toStringOverride = () => c.thumbprint;
  return o;
}

export function mailboxPermissionObject(identity: string, user: string, rights: string[], runspaceId: string | null): PSObject {
  return remoteObject(TYPES.mailboxPermission, runspaceId, [
    ['Identity', identity],
    ['User', user],
    ['AccessRights', rights.map((r) => en('Microsoft.Exchange.Management.RecipientTasks.MailboxRights', r))],
    ['IsInherited', false],
    ['Deny', false],
  ]);
}

export function adPermissionObject(identity: string, user: string, extendedRights: string[], runspaceId: string | null): PSObject {
  return remoteObject(TYPES.adPermission, runspaceId, [
    ['Identity', identity],
    ['User', user],
    ['Deny', false],
    ['Inherited', false],
    ['ExtendedRights', [...extendedRights]],
  ]);
}

/** Get-MailboxPermission / Get-ADPermission rows read from the world (inherited or deny flags as given). */
export function mailboxAceObject(ace: { identity: string; user: string; rights: string[]; isInherited: boolean }, runspaceId: string | null): PSObject {
  return remoteObject(TYPES.mailboxPermission, runspaceId, [
    ['Identity', ace.identity],
    ['User', ace.user],
    ['AccessRights', ace.rights.map((r) => en('Microsoft.Exchange.Management.RecipientTasks.MailboxRights', r))],
    ['IsInherited', ace.isInherited],
    ['Deny', false],
    ['InheritanceType', en('System.DirectoryServices.ActiveDirectorySecurityInheritance', 'All')],
  ]);
}

export function adAceObject(ace: { identity: string; user: string; extendedRights: string[]; accessRights: string[]; isInherited: boolean }, runspaceId: string | null): PSObject {
  return remoteObject(TYPES.adPermission, runspaceId, [
    ['Identity', ace.identity],
    ['User', ace.user],
    ['Deny', false],
    ['Inherited', ace.isInherited],
    ['AccessRights', ace.accessRights.map((r) => en('System.DirectoryServices.ActiveDirectoryRights', r))],
    ['ExtendedRights', [...ace.extendedRights]],
  ]);
}

export function mailboxDatabaseObject(d: DeepReadonly<MailboxDatabase>, runspaceId: string | null): PSObject {
  const o = remoteObject(TYPES.mailboxDatabase, runspaceId, [
    ['Identity', d.name],
    ['Name', d.name],
    ['Server', d.server],
    ['Recovery', false],
    ['ReplicationType', en('Microsoft.Exchange.Data.Directory.SystemConfiguration.ReplicationType', 'None')],
    ['IsMailboxDatabase', true],
  ]);
  o.toStringOverride = () => d.name;
  return o;
}

export function mailboxStatisticsObject(s: { displayName: string; itemCount: number; sizeBytes: number; lastLogonMs: number | null; database: string; storageLimitStatus: string | null }, runspaceId: string | null): PSObject {
  const o = remoteObject(TYPES.mailboxStatistics, runspaceId, [
    ['DisplayName', s.displayName],
    ['ItemCount', s.itemCount],
    ['TotalItemSize', new ByteQuantifiedSize(s.sizeBytes)],
    ['StorageLimitStatus', s.storageLimitStatus === null ? null : en('Microsoft.Exchange.Data.Mapi.StorageLimitStatus', s.storageLimitStatus)],
    ['LastLogonTime', date(s.lastLogonMs)],
    ['Database', s.database],
  ]);
  o.toStringOverride = () => s.displayName;
  return o;
}

export function distributionGroupObject(g: { identity: string; name: string; alias: string; displayName: string; primarySmtpAddress: string; groupType: 'Distribution' | 'Security'; managedBy: readonly string[] }, runspaceId: string | null): PSObject {
  const security = g.groupType === 'Security';
  const o = remoteObject(TYPES.distributionGroup, runspaceId, [
    ['Identity', g.identity],
    ['Name', g.name],
    ['Alias', g.alias],
    ['DisplayName', g.displayName],
    ['PrimarySmtpAddress', g.primarySmtpAddress],
    // Exchange's GroupType flags: mail-enabled groups are universal; security groups add SecurityEnabled.
    ['GroupType', security ? 'Universal, SecurityEnabled' : 'Universal'],
    ['RecipientType', en('Microsoft.Exchange.Data.Directory.Recipient.RecipientType', security ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup')],
    ['RecipientTypeDetails', en('Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails', security ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup')],
    ['ManagedBy', [...g.managedBy]],
  ]);
  o.toStringOverride = () => g.name;
  return o;
}

export function umMailboxObject(m: DeepReadonly<Mailbox>, runspaceId: string | null): PSObject {
  const o = remoteObject(TYPES.umMailbox, runspaceId, [
    ['Identity', m.displayName],
    ['Name', m.displayName],
    ['UMEnabled', m.umEnabled],
    ['PrimarySmtpAddress', m.primarySmtpAddress],
  ]);
  o.toStringOverride = () => m.displayName;
  return o;
}

export function connectionInformationObject(info: { userPrincipalName: string; organization: string; connectionId: string; connectedAt: number }): PSObject {
  const o = new PSObject([TYPES.connection, 'System.Object']);
  o.addProperty({ name: 'ConnectionId', value: info.connectionId, memberType: 'Property' });
  o.addProperty({ name: 'State', value: 'Connected', memberType: 'Property' });
  o.addProperty({ name: 'Name', value: `ExchangeOnline_${info.connectionId.slice(0, 8)}`, memberType: 'Property' });
  o.addProperty({ name: 'UserPrincipalName', value: info.userPrincipalName, memberType: 'Property' });
  o.addProperty({ name: 'ConnectionUri', value: 'https://outlook.office365.com', memberType: 'Property' });
  o.addProperty({ name: 'TenantID', value: info.organization, memberType: 'Property' });
  o.addProperty({ name: 'TokenStatus', value: 'Active', memberType: 'Property' });
  o.addProperty({ name: 'ConnectedAt', value: date(info.connectedAt), memberType: 'Property' });
  return o;
}

/**
 * A message trace row of Exchange Online (Get-MessageTrace, Get-MessageTraceV2): one per recipient,
 * times in UTC. FromIP is the sending host's address [EMU: the documentation range 198.51.100.0/24
 * for the Internet, the on-premises server's published address for mail it relayed].
 */
export function messageTraceObject(row: TraceRow, organization: string, range: { start: number; end: number } | null, runspaceId: string | null): PSObject {
  const r = row.record;
  const props: [string, PSValue][] = [];
  if (range) props.push(['Organization', organization]);
  props.push(
    ['MessageId', r.messageId],
    ['Received', new PSDateTime(r.sentAt, 'Utc')],
    ['SenderAddress', r.senderAddress],
    ['RecipientAddress', r.recipientAddress],
    ['Subject', r.subject],
    ['Status', row.status],
    ['ToIP', null],
    ['FromIP', '198.51.100.10'],
    ['Size', r.size],
    ['MessageTraceId', r.messageTraceId],
  );
  if (range) props.push(['StartDate', new PSDateTime(range.start, 'Utc')], ['EndDate', new PSDateTime(range.end, 'Utc')], ['Index', 0]);
  return remoteObject(TYPES.messageTrace, runspaceId, props);
}

/** A message tracking log entry of the on-premises transport (Get-MessageTrackingLog). */
export function messageTrackingEventObject(e: TrackingEvent, server: { name: string; fqdn: string }, runspaceId: string | null): PSObject {
  const r = e.record;
  const receive = e.eventId === 'RECEIVE';
  return remoteObject(TYPES.messageTrackingEvent, runspaceId, [
    ['Timestamp', new PSDateTime(e.timestamp, 'Local')],
    ['ClientIp', receive ? '198.51.100.10' : null],
    ['ClientHostname', receive ? (r.mxHost ? '' : server.fqdn) : server.name],
    ['ServerIp', receive ? '203.0.113.25' : null],
    ['ServerHostname', server.name],
    ['SourceContext', null],
    ['ConnectorId', receive ? `${server.name}\\Default ${server.name}` : null],
    ['Source', e.source],
    ['EventId', e.eventId],
    ['InternalMessageId', null],
    ['MessageId', r.messageId],
    ['NetworkMessageId', r.messageTraceId],
    ['Recipients', [r.recipientAddress]],
    ['RecipientStatus', e.eventId === 'FAIL' ? ['550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'] : []],
    ['TotalBytes', r.size],
    ['RecipientCount', 1],
    ['RelatedRecipientAddress', null],
    ['Reference', null],
    ['MessageSubject', r.subject],
    ['Sender', r.senderAddress],
    ['ReturnPath', r.senderAddress],
    ['MessageInfo', null],
    ['MessageLatency', null],
    ['MessageLatencyType', 'None'],
    ['EventData', []],
  ]);
}

/** Exchange's default table views (its format.ps1xml), keyed by the original type name. */
export const EXCHANGE_VIEWS: Record<string, ViewDefinition> = {
  [TYPES.batch]: { kind: 'table', properties: ['Identity', 'Status', 'Type', 'TotalCount'] },
  [TYPES.endpoint]: {
    kind: 'table',
    properties: [
      'Identity',
      'EndpointType',
      // EOA endpoints have no RemoteServer: the RPC proxy is what the service connects to.
      {
        label: 'RemoteServer',
        expression: (v) => (v instanceof PSObject ? (v.get('RemoteServer') ?? v.get('RpcProxyServer') ?? null) : null),
        psExpression: 'if ($null -ne $_.RemoteServer) { $_.RemoteServer } else { $_.RpcProxyServer }',
      },
    ],
  },
  [TYPES.user]: { kind: 'table', properties: ['Identity', { label: 'Batch', property: 'BatchId' }, 'Status', { label: 'LastSyncTime', property: 'LastSuccessfulSyncTimestamp' }] },
  [TYPES.userStatistics]: {
    kind: 'table',
    properties: ['Identity', { label: 'Batch', property: 'BatchId' }, 'Status', { label: 'Items Synced', property: 'SyncedItemCount' }, { label: 'Items Skipped', property: 'SkippedItemCount' }],
  },
  [TYPES.acceptedDomain]: { kind: 'table', properties: ['Name', 'DomainName', 'DomainType', 'Default'] },
  [TYPES.mailbox]: { kind: 'table', properties: ['Name', 'Alias', 'Database', 'ProhibitSendQuota'] },
  [TYPES.user365]: { kind: 'table', properties: ['Name', 'RecipientType'] },
  [TYPES.recipient]: { kind: 'table', properties: ['Name', 'RecipientType'] },
  [TYPES.clientAccessServer]: { kind: 'table', properties: ['Name', 'Site', 'OutlookAnywhereEnabled'] },
  [TYPES.certificate]: { kind: 'table', properties: ['Thumbprint', { label: 'Services', property: 'ServicesStringForm' }, 'Subject'] },
  [TYPES.mailboxPermission]: { kind: 'table', properties: ['Identity', 'User', 'AccessRights', 'IsInherited', 'Deny'] },
  [TYPES.adPermission]: { kind: 'table', properties: ['Identity', 'User', 'Deny', 'Inherited'] },
  [TYPES.mailboxDatabase]: { kind: 'table', properties: ['Name', 'Server', 'Recovery', 'ReplicationType'] },
  [TYPES.mailboxStatistics]: { kind: 'table', properties: ['DisplayName', 'ItemCount', 'StorageLimitStatus', 'LastLogonTime'] },
  [TYPES.distributionGroup]: { kind: 'table', properties: ['Name', 'DisplayName', 'GroupType', 'PrimarySmtpAddress'] },
  [TYPES.messageTrace]: { kind: 'table', properties: ['Received', { label: 'Sender Address', property: 'SenderAddress' }, { label: 'Recipient Address', property: 'RecipientAddress' }, 'Subject', 'Status'] },
  // Exchange's view of MessageTrackingEvent (as admins' transcripts show it): no timestamp column.
  [TYPES.messageTrackingEvent]: { kind: 'table', properties: ['EventId', 'Source', 'Sender', 'Recipients', 'MessageSubject'] },
  // Remoting (pwsh's own views for these types).
  'System.Management.Automation.Runspaces.PSSession': { kind: 'table', properties: [{ label: 'Id', property: 'Id', alignment: 'right' }, 'Name', 'Transport', 'ComputerName', 'ComputerType', 'State', 'ConfigurationName', { label: 'Availability', property: 'Availability', alignment: 'right' }] },
  'System.Management.Automation.PSModuleInfo': { kind: 'table', properties: ['ModuleType', 'Version', 'PreRelease', 'Name', 'ExportedCommands'] },
};

let registered = false;

/** Registers the views once per process (the registry is global, like pwsh's format data). */
export function registerExchangeViews(): void {
  if (registered) return;
  registered = true;
  for (const [type, view] of Object.entries(EXCHANGE_VIEWS)) registerView(type, view);
}

/** On-premises user (Exchange 2010 Get-User): the mailbox's user object with its manager as a canonical name. */
export function onPremUserObject(org: DeepReadonly<OnPremOrganization>, m: DeepReadonly<Mailbox>, runspaceId: string | null): PSObject {
  const identity = `${org.adDomain}/Users/${m.displayName}`;
  const o = remoteObject(TYPES.user365, runspaceId, [
    ['Identity', identity],
    ['Name', m.displayName],
    ['DisplayName', m.displayName],
    ['FirstName', m.firstName],
    ['LastName', m.lastName],
    ['SamAccountName', m.samAccountName],
    ['UserPrincipalName', m.userPrincipalName],
    ['WindowsEmailAddress', m.primarySmtpAddress],
    ['Manager', m.manager === null ? null : `${org.adDomain}/Users/${principalDisplayName(org as OnPremOrganization, m.manager)}`],
    ['RecipientTypeDetails', en('Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails', m.recipientTypeDetails)],
  ]);
  o.toStringOverride = () => m.displayName;
  return o;
}

/** A mailbox repair request (New-MailboxRepairRequest, Exchange 2010 SP1): the job the store ran on the mailbox. */
export function mailboxRepairRequestObject(m: DeepReadonly<Mailbox>, request: { guid: string; corruptionTypes: string[]; detectOnly: boolean; corruptionsFound: number; at: number }, runspaceId: string | null): PSObject {
  const o = remoteObject(TYPES.repairRequest, runspaceId, [
    ['Identity', `${m.exchangeGuid}\\${request.guid}`],
    ['RequestGuid', request.guid],
    ['MailboxGuid', m.exchangeGuid],
    ['Mailbox', m.displayName],
    ['CorruptionTypes', [...request.corruptionTypes]],
    ['DetectOnly', request.detectOnly],
    ['JobState', 'Succeeded'],
    ['CorruptionsDetected', request.corruptionsFound],
    ['CorruptionsFixed', request.detectOnly ? 0 : request.corruptionsFound],
    ['CreationTime', new PSDateTime(request.at, 'Local')],
  ]);
  o.toStringOverride = () => `${m.exchangeGuid}\\${request.guid}`;
  return o;
}
