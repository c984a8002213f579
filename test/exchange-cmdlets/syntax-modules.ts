/**
 * Renders the reference-generated metadata modules (cmdlets/exchange-online/syntax/*.ts and
 * cmdlets/on-premises/syntax/*.ts) from the reference pages: the Exchange Online (or Exchange Server)
 * sets and parameters with types, mandatory/positional markers, pipeline binding and enum values,
 * plus the page's help. syntax.test.ts checks the committed modules are current and rewrites them
 * with UPDATE_SYNTAX=1. Node-only.
 */
import { readPage, onlineSets, onPremSets, type ReferencePage, type SyntaxSet } from './reference-pages';

const ENUM_TYPES: Record<string, string[]> = {
  MigrationBatchStatus: ['Completed','CompletedWithErrors','Completing','Corrupted','Created','Failed','IncrementalSyncing','Removing','Starting','Stopped','Syncing','Stopping','Synced','SyncedWithErrors','Waiting'],
  MigrationUserStatus: [],
  MigrationUserStatusSummary: [],
  MigrationType: ['ExchangeOutlookAnywhere','ExchangeRemoteMove','IMAP','PublicFolder','Gmail','PSTImport','Compliance','GoogleMarketplaceApp'],
  MigrationMailboxPermission: ['Admin','FullAccess'],
  IMAPSecurityMechanism: ['None','Ssl','Tls'],
  AuthenticationMethod: ['Basic','Digest','Ntlm','Fba','WindowsIntegrated','LiveIdFba','LiveIdBasic','WSSecurity','Certificate','NegoEx','OAuth','Adfs','Kerberos','Negotiate','LiveIdNegotiate','Misconfigured'],
  AcceptedDomainType: ['Authoritative','ExternalRelay','InternalRelay'],
};
const DEFAULT_SET: Record<string, string> = {
  'New-MigrationBatch': 'Onboarding', 'Get-MigrationBatch': 'Identity', 'Get-MigrationUser': 'Identity', 'Get-MigrationEndpoint': 'Identity', 'Get-MigrationConfig': 'Partition', 'Test-MigrationServerAvailability': 'ExchangeOutlookAnywhereAutodiscover', 'New-MigrationEndpoint': 'ExchangeOutlookAnywhereAutoDiscover', 'Set-ClientAccessServer': 'Identity', 'Export-MigrationReport': 'StreamBased',
  'Get-Mailbox': 'Identity', 'Get-User': 'Identity', 'Get-Recipient': 'Identity', 'Get-MailboxStatistics': 'Identity', 'Get-DistributionGroup': 'Identity', 'Get-MailboxDatabase': 'Identity', 'Get-OutlookAnywhere': 'Identity', 'Enable-OutlookAnywhere': 'CustomIdentity', 'Disable-OutlookAnywhere': 'Identity', 'New-MailboxRepairRequest': 'Mailbox', 'Set-User': 'Identity',
  'Get-MailboxPermission': 'AccessRights', 'Add-MailboxPermission': 'AccessRights', 'Remove-MailboxPermission': 'AccessRights', 'Get-ADPermission': 'AccessRights', 'Add-ADPermission': 'AccessRights', 'Remove-ADPermission': 'AccessRights',
  'Get-ExchangeCertificate': 'Thumbprint', 'New-ExchangeCertificate': 'Certificate', 'Import-ExchangeCertificate': 'FileData', 'Enable-ExchangeCertificate': 'Thumbprint', 'Remove-ExchangeCertificate': 'Thumbprint',
};
const HIGH = new Set(['Remove-MigrationBatch','Remove-MigrationEndpoint','Remove-MigrationUser','Complete-MigrationBatch','Remove-AcceptedDomain','Disconnect-ExchangeOnline','Remove-MailboxPermission','Remove-ADPermission','Disable-UMMailbox','Remove-ExchangeCertificate']);
const OUTPUT: Record<string, string> = {
  'Get-MigrationBatch': 'Microsoft.Exchange.Migration.MigrationBatch', 'New-MigrationBatch': 'Microsoft.Exchange.Migration.MigrationBatch',
  'Get-MigrationEndpoint': 'Microsoft.Exchange.Migration.MigrationEndpoint', 'New-MigrationEndpoint': 'Microsoft.Exchange.Migration.MigrationEndpoint',
  'Get-MigrationUser': 'Microsoft.Exchange.Migration.MigrationUser', 'Get-MigrationUserStatistics': 'Microsoft.Exchange.Migration.MigrationUserStatistics',
  'Get-MigrationStatistics': 'Microsoft.Exchange.Migration.MigrationStatistics', 'Get-MigrationConfig': 'Microsoft.Exchange.Migration.MigrationConfig',
  'Test-MigrationServerAvailability': 'Microsoft.Exchange.Migration.TestMigrationServerAvailabilityOutcome',
  'Get-AcceptedDomain': 'Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain', 'New-AcceptedDomain': 'Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain',
  'Get-ClientAccessServer': 'Microsoft.Exchange.Data.Directory.Management.ClientAccessServer',
  'Set-AcceptedDomain': 'Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain',
  'Get-Mailbox': 'Microsoft.Exchange.Data.Directory.Management.Mailbox', 'Get-User': 'Microsoft.Exchange.Data.Directory.Management.User',
  'Get-Recipient': 'Microsoft.Exchange.Data.Directory.Management.ReducedRecipient', 'Get-MailboxStatistics': 'Microsoft.Exchange.Data.Mapi.MailboxStatistics',
  'Get-MailboxPermission': 'Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject', 'Add-MailboxPermission': 'Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject',
  'Get-ADPermission': 'Microsoft.Exchange.Management.RecipientTasks.ADAcePresentationObject', 'Add-ADPermission': 'Microsoft.Exchange.Management.RecipientTasks.ADAcePresentationObject',
  'Get-DistributionGroup': 'Microsoft.Exchange.Data.Directory.Management.DistributionGroup', 'Get-DistributionGroupMember': 'Microsoft.Exchange.Data.Directory.Management.ReducedRecipient',
  'Get-MailboxDatabase': 'Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase', 'Disable-UMMailbox': 'Microsoft.Exchange.Data.Directory.Management.UMMailbox',
  'Get-OutlookAnywhere': 'Microsoft.Exchange.Data.Directory.SystemConfiguration.ADRpcHttpVirtualDirectory', 'Enable-OutlookAnywhere': 'Microsoft.Exchange.Data.Directory.SystemConfiguration.ADRpcHttpVirtualDirectory',
  'Get-ExchangeCertificate': 'Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate', 'New-ExchangeCertificate': 'Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate',
  'Import-ExchangeCertificate': 'Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate',
  'Get-ConnectionInformation': 'Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectionInformation',
  'Get-MessageTrace': 'Microsoft.Exchange.Management.FfoReporting.MessageTrace', 'Get-MessageTraceV2': 'Microsoft.Exchange.Management.FfoReporting.MessageTrace',
  'Get-MessageTrackingLog': 'Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent',
};

function normType(t: string): string {
  t = t.replace(/^System\./, '');
  if (t === 'DateTim') return 'DateTime';
  return t;
}

function constName(n: string) { return n.replace(/-/g, '_').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(); }
function fileName(n: string) { return n.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase(); }

/**
 * The sets a side declares: onlineSets / onPremSets; a page whose parameters are all on-premises
 * only (New-AcceptedDomain, Remove-AcceptedDomain) gives the cloud side its on-premises sets
 * without -DomainController.
 */
export function sideSets(page: ReferencePage, side: 'online' | 'onprem'): SyntaxSet[] {
  const sets = side === 'online' ? onlineSets(page) : onPremSets(page);
  if (side === 'online' && sets.every((s) => s.parameters.length === 0)) return onPremSets(page).map((s) => ({ ...s, parameters: s.parameters.filter((p) => p.name !== 'DomainController') }));
  return sets;
}

/** The text of cmdlets/<side>/syntax/<file>.ts for one reference page. */
export function renderSyntaxModule(name: string, side: 'online' | 'onprem'): { path: string; text: string } {
  const page = readPage(name)! as ReferencePage;
  const sets = sideSets(page, side);
  const single = sets.length === 1 && sets[0].name === '__AllParameterSets';
  const names: string[] = [];
  for (const p of page.parameters) if (sets.some((s) => s.parameters.some((x) => x.name.toLowerCase() === p.name.toLowerCase()))) names.push(p.name);
  const params = names.map((n) => {
    const pp = page.parameters.find((p) => p.name === n)!;
    const decl: Record<string, unknown> = { name: pp.name, type: normType(pp.type || 'SwitchParameter') };
    if (pp.aliases.length) decl.aliases = pp.aliases;
    const memberships: Record<string, Record<string, unknown>> = {};
    for (const s of sets) {
      const sp = s.parameters.filter((x) => x.positional);
      const x = s.parameters.find((q) => q.name.toLowerCase() === n.toLowerCase());
      if (!x) continue;
      const m: Record<string, unknown> = {};
      if (x.positional) m.position = sp.indexOf(x);
      if (x.mandatory) m.mandatory = true;
      if (pp.pipeline) m.valueFromPipeline = true;
      memberships[s.name] = m;
    }
    if (!single) decl.sets = memberships;
    else if (Object.keys(memberships.__AllParameterSets).length) decl.sets = memberships;
    const et = decl.type as string;
    const base = et.replace(/\[\]$/, '');
    if (base in ENUM_TYPES) decl.enumValues = ENUM_TYPES[base].length ? ENUM_TYPES[base] : pp.validValues;
    return decl;
  });
  const meta: Record<string, unknown> = {
    name: page.name,
    source: side === 'online' ? 'ExchangeOnlineManagement' : 'Microsoft.Exchange.Management.PowerShell.E2010',
  };
  if (!single) meta.defaultParameterSet = DEFAULT_SET[name] ?? (page.defaultSet && sets.some((s) => s.name === page.defaultSet) ? page.defaultSet : sets[0].name);
  meta.parameters = params;
  if (page.supportsShouldProcess) { meta.supportsShouldProcess = true; meta.confirmImpact = HIGH.has(name) ? 'High' : 'Medium'; }
  if (OUTPUT[name]) meta.outputType = [OUTPUT[name]];
  // The long help (description, examples, parameter descriptions) is in cmdlets/reference-help/pages.ts, shared by both sides.
  meta.help = { synopsis: page.synopsis, onlineUri: page.onlineUri, referencePage: page.name };
  const C = constName(name);
  const dir = side === 'online' ? 'exchange-online' : 'on-premises';
  const text = `/**
 * ${name}: the ${side === 'online' ? 'Exchange Online' : 'Exchange Server'} parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/${name}.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const ${C}: CmdletMetadata = ${JSON.stringify(meta, null, 2)};
`;
  return { path: `cmdlets/${dir}/syntax/${fileName(name)}.ts`, text };
}
/** The names of the parameters a side declares from the page, in the page's order. */
function declaredNames(page: ReferencePage, side: 'online' | 'onprem'): string[] {
  const sets = sideSets(page, side);
  return page.parameters.filter((p) => sets.some((s) => s.parameters.some((x) => x.name.toLowerCase() === p.name.toLowerCase()))).map((p) => p.name);
}

/**
 * The text of cmdlets/reference-help/pages.ts: the long help of every page either side declares a
 * cmdlet from (description, examples, the descriptions of the parameters either side declares), one
 * entry per page. Kept out of the syntax modules so that the browser lab loads it only when help is
 * shown (issue 18); both sides' cmdlets of one page share its entry.
 */
export function renderReferenceHelpModule(): { path: string; text: string } {
  const names = [...new Set([...SYNTAX_PAGES.online, ...SYNTAX_PAGES.onprem])].sort();
  const table: Record<string, unknown> = {};
  for (const name of names) {
    const page = readPage(name)! as ReferencePage;
    const declared = new Set([...(SYNTAX_PAGES.online.includes(name) ? declaredNames(page, 'online') : []), ...(SYNTAX_PAGES.onprem.includes(name) ? declaredNames(page, 'onprem') : [])]);
    const parameters: Record<string, string> = {};
    for (const p of page.parameters) if (declared.has(p.name) && p.description) parameters[p.name] = p.description;
    const entry: Record<string, unknown> = {};
    if (page.description) entry.description = page.description;
    entry.examples = page.examples.map((e) => ({ title: e.title, code: e.code, remarks: e.remarks }));
    entry.parameters = parameters;
    table[name] = entry;
  }
  const text = `/**
 * The long help of the Exchange reference pages the syntax modules are generated from (description,
 * examples, parameter descriptions; ../shared/reference/exchange-cmdlets-all/*.md, CC BY 4.0), by page.
 * Generated by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale).
 */
import type { ReferenceHelpTable } from './types';

export const REFERENCE_HELP: ReferenceHelpTable = ${JSON.stringify(table, null, 2)};
`;
  return { path: 'cmdlets/reference-help/pages.ts', text };
}

/** The pages rendered for each side: every Exchange cmdlet of the emulator that has a reference page (syntax.test.ts checks the lists are complete). */
export const SYNTAX_PAGES: Record<'online' | 'onprem', string[]> = {
  online: [
    'Complete-MigrationBatch','Get-AcceptedDomain','Get-MigrationBatch','Get-MigrationConfig','Get-MigrationEndpoint','Get-MigrationStatistics','Get-MigrationUser','Get-MigrationUserStatistics','New-AcceptedDomain','New-MigrationBatch','New-MigrationEndpoint','Remove-MigrationBatch','Remove-MigrationEndpoint','Remove-MigrationUser','Set-MigrationBatch','Set-MigrationEndpoint','Set-MigrationUser','Start-MigrationBatch','Start-MigrationUser','Stop-MigrationBatch','Stop-MigrationUser','Test-MigrationServerAvailability',
    'Set-AcceptedDomain','Remove-AcceptedDomain',
    'Get-Mailbox','Set-Mailbox','Get-User','Get-Recipient','Get-MailboxStatistics','Get-MailboxPermission','Get-DistributionGroup','Get-DistributionGroupMember',
    'Connect-ExchangeOnline','Disconnect-ExchangeOnline','Get-ConnectionInformation',
    'Get-MessageTrace','Get-MessageTraceV2',
  ],
  onprem: [
    'Get-ClientAccessServer','Set-ClientAccessServer',
    'Get-Mailbox','Set-Mailbox','Get-MailboxStatistics','Get-MailboxDatabase','Get-DistributionGroup','Get-DistributionGroupMember',
    'Get-MailboxPermission','Add-MailboxPermission','Remove-MailboxPermission','Get-ADPermission','Add-ADPermission','Remove-ADPermission',
    'Disable-UMMailbox','Get-OutlookAnywhere','Set-OutlookAnywhere','Enable-OutlookAnywhere','Disable-OutlookAnywhere',
    'Get-ExchangeCertificate','New-ExchangeCertificate','Import-ExchangeCertificate','Enable-ExchangeCertificate','Remove-ExchangeCertificate',
    'Get-MessageTrackingLog',
    'Get-User','Set-User','New-MailboxRepairRequest',
  ],
};
