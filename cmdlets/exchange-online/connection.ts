/**
 * Connect-ExchangeOnline / Disconnect-ExchangeOnline (ExchangeOnlineManagement v3): no network; the
 * connection is session state, and connecting adds the Exchange Online cmdlets to the session's
 * command table (disconnecting removes them), as the module's temporary module does in pwsh.
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition, type SessionApi } from '../../src/engine/cmdlet';
import { PSCredential, stringOf } from '../../src/engine/values';
import { connectionInformationObject } from '../exchange-types';
import { exchangeMessage, fail, inTransaction, readWorld } from './context';
import { guidFor } from '../../src/model/migration/determinism';

export const EXO_MODULE = 'ExchangeOnlineManagement';

export interface ExchangeConnection {
  userPrincipalName: string;
  organization: string;
  connectionId: string;
  connectedAt: number;
  prefix: string;
}

/** Per-session connection (keyed by the session object so nothing leaks between runspaces). */
const connections = new WeakMap<SessionApi, ExchangeConnection | null>();

/**
 * The run-time command registry the session offers (the Runspace has registerCmdlet; unregisterCmdlet
 * removes what a connection added). Typed locally so SessionApi stays as the engine declares it.
 */
export type CommandRegistry = SessionApi & { registerCmdlet?(def: CmdletDefinition): void; unregisterCmdlet?(name: string): void };

/** The Exchange Online cmdlets a connection adds (set once by index.ts, which lists them). */
let onlineCmdlets: CmdletDefinition[] = [];
export function setExchangeOnlineCmdlets(defs: CmdletDefinition[]): void {
  onlineCmdlets = defs;
}

/** Cmdlet with the connection's prefix on its noun: Get-MigrationBatch -> Get-<Prefix>MigrationBatch. */
export function prefixed(def: CmdletDefinition, prefix: string): CmdletDefinition {
  if (!prefix) return def;
  const dash = def.name.indexOf('-');
  return { ...def, name: `${def.name.slice(0, dash + 1)}${prefix}${def.name.slice(dash + 1)}` };
}

/**
 * The session's connection. A session the wiring started connected (its Exchange Online cmdlets
 * registered from the start, exchangeCmdlets({connected: true})) gets the default connection.
 */
export function connectionOf(session: SessionApi, world?: WorldIds): ExchangeConnection | null {
  if (!connections.has(session) && world) {
    const started = session.resolveCommand('Get-MigrationBatch')?.source === EXO_MODULE;
    connections.set(session, started ? defaultConnection(world) : null);
  }
  return connections.get(session) ?? null;
}

type WorldIds = { tenant: { initialDomain: string }; clock: { now: number }; random: { seed: number } };

/** Records the connection and adds (or removes) the Exchange Online cmdlets in the session. */
export function setConnection(session: SessionApi, c: ExchangeConnection | null): void {
  const registry = session as CommandRegistry;
  const previous = connections.get(session);
  if (previous) for (const def of onlineCmdlets) registry.unregisterCmdlet?.(prefixed(def, previous.prefix).name);
  connections.set(session, c);
  if (c) for (const def of onlineCmdlets) registry.registerCmdlet?.(prefixed(def, c.prefix));
}

/** The signed-in admin (SubmittedByUser of new batches); the tenant's admin when not known. */
export function tenantAdmin(ctx: CmdletContext): string {
  const w = readWorld(ctx);
  return connectionOf(ctx.session, w)?.userPrincipalName ?? `admin@${w.tenant.initialDomain}`;
}

/** The connection a session starts with (the seed's state after its connect step). */
export function defaultConnection(world: WorldIds): ExchangeConnection {
  return {
    userPrincipalName: `admin@${world.tenant.initialDomain}`,
    organization: world.tenant.initialDomain,
    connectionId: guidFor(world.random.seed, 'connection'),
    connectedAt: world.clock.now,
    prefix: '',
  };
}

const P = (name: string, type: string, description: string, noEffect?: string, aliases?: string[]) => ({ name, type, description, ...(noEffect ? { noEffect } : {}), ...(aliases ? { aliases } : {}) });
const NO_NETWORK = 'the emulator makes no network connection';
const APP_AUTH = 'app-only (certificate / managed identity) authentication is not emulated: the session signs in as the tenant admin';

export const connectExchangeOnline = defineCmdlet({
  name: 'Connect-ExchangeOnline',
  source: EXO_MODULE,
  parameters: [
    P('ConnectionUri', 'String', 'The connection endpoint for the remote PowerShell session.', NO_NETWORK),
    P('AzureADAuthorizationEndpointUri', 'String', 'The Azure AD authorization endpoint.', NO_NETWORK),
    P('ExchangeEnvironmentName', 'String', 'The Exchange Online environment (O365Default, O365USGovGCCHigh ...).', NO_NETWORK),
    P('PSSessionOption', 'Object', 'Remote PowerShell session options.', NO_NETWORK),
    P('BypassMailboxAnchoring', 'SwitchParameter', 'Bypasses mailbox anchoring.', NO_NETWORK),
    P('DelegatedOrganization', 'String', 'The customer organization to manage (partners).', 'delegated (partner) administration is not emulated'),
    { ...P('Prefix', 'String', 'A prefix added to the nouns of the Exchange Online cmdlets (Get-<Prefix>MigrationBatch).'), validateNotNullOrEmpty: true },
    P('CommandName', 'String[]', 'The cmdlets to import.', 'every cmdlet of the emulator is imported'),
    P('FormatTypeName', 'String[]', 'The output formats to import.', 'every format of the emulator is loaded'),
    P('AccessToken', 'String', 'An OAuth access token.', APP_AUTH),
    P('AppId', 'String', 'The application ID of the service principal.', APP_AUTH),
    P('Certificate', 'Object', 'The certificate for certificate-based authentication.', APP_AUTH),
    P('CertificateFilePath', 'String', 'The path of the certificate file.', APP_AUTH),
    P('CertificatePassword', 'SecureString', 'The password of the certificate file.', APP_AUTH),
    P('CertificateThumbprint', 'String', 'The thumbprint of the certificate.', APP_AUTH),
    P('Credential', 'PSCredential', 'The user name and password of the admin (no MFA).'),
    P('Device', 'SwitchParameter', 'Signs in with a device code.', 'the sign-in is local; no device code is shown'),
    P('EnableErrorReporting', 'SwitchParameter', 'Enables error reporting.', 'no log is written'),
    P('InlineCredential', 'SwitchParameter', 'Asks for credentials in the window.', 'the sign-in is local'),
    P('LogDirectoryPath', 'String', 'Where logs go.', 'no log is written'),
    P('LogLevel', 'String', 'The logging level.', 'no log is written'),
    P('ManagedIdentity', 'SwitchParameter', 'Signs in with a managed identity.', APP_AUTH),
    P('ManagedIdentityAccountId', 'String', 'The user-assigned managed identity.', APP_AUTH),
    P('Organization', 'String', 'The organization (for app-only authentication), e.g. contoso.onmicrosoft.com.'),
    P('PageSize', 'Int32', 'The maximum number of entries per page.', 'results are not paged'),
    P('ShowBanner', 'SwitchParameter', 'Shows (default) or hides the banner: -ShowBanner:$false hides it.'),
    P('ShowProgress', 'Boolean', 'Shows a progress bar.', 'no progress is shown'),
    P('SigningCertificate', 'Object', 'Signs the temporary module.', 'the temporary module is not a file'),
    P('SkipLoadingCmdletHelp', 'SwitchParameter', 'Skips loading cmdlet help.', 'help is built in'),
    P('SkipLoadingFormatData', 'SwitchParameter', 'Skips loading format data.', 'views are built in'),
    P('TrackPerformance', 'Boolean', 'Measures events.', 'no log is written'),
    P('UseMultithreading', 'Boolean', 'Uses multithreading.', 'the engine is single-threaded'),
    P('UserPrincipalName', 'String', 'The account to sign in with, e.g. admin@contoso.onmicrosoft.com.', undefined, ['UPN']),
    P('UseRPSSession', 'SwitchParameter', 'Uses the retired remote PowerShell session.', NO_NETWORK),
    P('DisableWAM', 'SwitchParameter', 'Disables the Web Account Manager.', 'the sign-in is local'),
  ],
  help: {
    synopsis: 'Connects to Exchange Online with modern authentication (emulated: no network).',
    description: 'Signs in to the emulated tenant and imports the Exchange Online cmdlets into the session. The account must belong to the tenant; the banner can be hidden with -ShowBanner:$false.',
    examples: [
      { code: 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com', remarks: 'Connects as the tenant admin.' },
      { code: 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -ShowBanner:$false', remarks: 'Connects without the banner.' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchange/connect-exchangeonline',
  },
  process(ctx) {
    const w = readWorld(ctx);
    const cred = ctx.params.Credential;
    const upn = ctx.bound('UserPrincipalName') ? stringOf(ctx.params.UserPrincipalName) : cred instanceof PSCredential ? cred.userName : `admin@${w.tenant.initialDomain}`;
    const domain = upn.slice(upn.indexOf('@') + 1).toLowerCase();
    const tenantDomains = [w.tenant.initialDomain, ...w.tenant.domains.filter((d) => d.verified).map((d) => d.name)].map((d) => d.toLowerCase());
    if (!upn.includes('@') || !tenantDomains.includes(domain)) {
      inTransaction(ctx, () => fail('ConnectBadUser', [upn, w.tenant.initialDomain], upn));
      return;
    }
    const prefix = ctx.bound('Prefix') ? stringOf(ctx.params.Prefix) : '';
    connectionOf(ctx.session, w);
    setConnection(ctx.session, { userPrincipalName: upn, organization: w.tenant.initialDomain, connectionId: guidFor(w.random.seed, `connection:${w.clock.now}`), connectedAt: w.clock.now, prefix });
    const showBanner = !ctx.bound('ShowBanner') || ctx.params.ShowBanner === true;
    if (showBanner) ctx.writeHost(exchangeMessage('Banner', w.tenant.initialDomain, upn));
  },
});

export const disconnectExchangeOnline = defineCmdlet({
  name: 'Disconnect-ExchangeOnline',
  source: EXO_MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'High',
  parameters: [
    P('ConnectionId', 'String[]', 'The connections to close (Get-ConnectionInformation).'),
    P('ModulePrefix', 'String[]', 'Closes the connections made with these prefixes.'),
  ],
  help: {
    synopsis: 'Disconnects the Exchange Online session and removes its cmdlets.',
    description: 'Closes the connection made by Connect-ExchangeOnline; the Exchange Online cmdlets are no longer available until you connect again.',
    examples: [{ code: 'Disconnect-ExchangeOnline -Confirm:$false', remarks: 'Disconnects without asking.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchange/disconnect-exchangeonline',
  },
  process(ctx) {
    const c = connectionOf(ctx.session, readWorld(ctx));
    if (!c) return;
    if (ctx.bound('ConnectionId') && !(ctx.params.ConnectionId as unknown[]).map((x) => stringOf(x as never)).includes(c.connectionId)) return;
    if (ctx.bound('ModulePrefix') && !(ctx.params.ModulePrefix as unknown[]).map((x) => stringOf(x as never).toLowerCase()).includes(c.prefix.toLowerCase())) return;
    if (!ctx.shouldProcess(c.userPrincipalName)) return;
    setConnection(ctx.session, null);
  },
});

export const getConnectionInformation = defineCmdlet({
  name: 'Get-ConnectionInformation',
  source: EXO_MODULE,
  parameters: [P('ConnectionId', 'String[]', 'Filters by connection id.'), P('ModulePrefix', 'String[]', 'Filters by prefix.')],
  outputType: ['Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectionInformation'],
  help: { synopsis: 'Returns the active Exchange Online connection.', onlineUri: 'https://learn.microsoft.com/powershell/module/exchange/get-connectioninformation' },
  process(ctx) {
    const c = connectionOf(ctx.session, readWorld(ctx));
    if (c) ctx.writeObject(connectionInformationObject(c));
  },
});

export const CONNECTION_CMDLETS: CmdletDefinition[] = [connectExchangeOnline, disconnectExchangeOnline, getConnectionInformation];
