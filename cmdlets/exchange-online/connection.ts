/**
 * Connect-ExchangeOnline / Disconnect-ExchangeOnline (ExchangeOnlineManagement v3): no network; the
 * connection is session state, and connecting adds the Exchange Online cmdlets to the session's
 * command table (disconnecting removes them), as the module's temporary module does in pwsh.
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition, type SessionApi } from '../../src/engine/cmdlet';
import { PSCredential, stringOf } from '../../src/engine/values';
import { connectionInformationObject } from '../exchange-types';
import { declare, exchangeMessage, fail, inTransaction, readWorld, withParameter } from './context';
import { CONNECT_EXCHANGE_ONLINE } from './syntax/connect-exchange-online';
import { DISCONNECT_EXCHANGE_ONLINE } from './syntax/disconnect-exchange-online';
import { GET_CONNECTION_INFORMATION } from './syntax/get-connection-information';
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

const NO_NETWORK = 'the emulator makes no network connection';
const APP_AUTH = 'app-only (certificate / managed identity) authentication is not emulated: the session signs in as the tenant admin';
const NO_LOG = 'no log is written';

export const connectExchangeOnline = defineCmdlet({
  // -UPN: the alias the emulator has always accepted (the page lists none).
  ...withParameter(withParameter(
    declare(CONNECT_EXCHANGE_ONLINE, {
      ConnectionUri: NO_NETWORK,
      AzureADAuthorizationEndpointUri: NO_NETWORK,
      ExchangeEnvironmentName: NO_NETWORK,
      PSSessionOption: NO_NETWORK,
      BypassMailboxAnchoring: NO_NETWORK,
      UseRPSSession: NO_NETWORK,
      DelegatedOrganization: 'delegated (partner) administration is not emulated',
      CommandName: 'every cmdlet of the emulator is imported',
      FormatTypeName: 'every format of the emulator is loaded',
      AccessToken: APP_AUTH,
      AppId: APP_AUTH,
      Certificate: APP_AUTH,
      CertificateFilePath: APP_AUTH,
      CertificatePassword: APP_AUTH,
      CertificateThumbprint: APP_AUTH,
      ManagedIdentity: APP_AUTH,
      ManagedIdentityAccountId: APP_AUTH,
      Device: 'the sign-in is local; no device code is shown',
      InlineCredential: 'the sign-in is local',
      DisableWAM: 'the sign-in is local',
      EnableErrorReporting: NO_LOG,
      LogDirectoryPath: NO_LOG,
      LogLevel: NO_LOG,
      TrackPerformance: NO_LOG,
      EXOModuleBasePath: 'the module is built in; nothing is loaded from disk',
      LoadCmdletHelp: 'help is built in',
      SkipLoadingCmdletHelp: 'help is built in',
      SkipLoadingFormatData: 'views are built in',
      PageSize: 'results are not paged',
      ShowProgress: 'no progress is shown',
      SigningCertificate: 'the temporary module is not a file',
      UseMultithreading: 'the engine is single-threaded',
    }),
    'Prefix',
    { validateNotNullOrEmpty: true },
  ), 'UserPrincipalName', { aliases: ['UPN'] }),
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
  ...declare(DISCONNECT_EXCHANGE_ONLINE, {}),
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
  ...declare(GET_CONNECTION_INFORMATION, {}),
  process(ctx) {
    const c = connectionOf(ctx.session, readWorld(ctx));
    if (c) ctx.writeObject(connectionInformationObject(c));
  },
});

export const CONNECTION_CMDLETS: CmdletDefinition[] = [connectExchangeOnline, disconnectExchangeOnline, getConnectionInformation];
