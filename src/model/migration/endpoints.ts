/**
 * Migration endpoints: New/Set/Get/Remove-MigrationEndpoint semantics over MigrationState.
 * Creation and connection changes are verified like Test-MigrationServerAvailability unless
 * SkipVerification (R40, C:New-MigrationEndpoint).
 */
import type { World } from '../world';
import type { AuthenticationMethod, ConnectionSettings, EndpointType, ImapSecurity, MailboxPermission, MigrationEndpointState, MigrationState } from './state';
import { MigrationError, raise } from './errors';
import { checkConnectivity, type ConnectivityRequest, type Credentials } from './connectivity';
import { guidFor } from './determinism';
import { RUNNING_BATCH_STATUSES } from './transitions';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function findEndpoint(state: MigrationState, identity: string): MigrationEndpointState {
  const ep = state.endpoints.find((e) => same(e.name, identity) || same(e.guid, identity));
  if (!ep) raise('EndpointNotFound', [identity], identity);
  return ep!;
}

/** C:Get-MigrationEndpoint: by identity, by type, or all (R35: a null identity lists all). */
export function getMigrationEndpoints(state: MigrationState, filter: { identity?: string | null; type?: EndpointType } = {}): MigrationEndpointState[] {
  if (filter.identity) return [findEndpoint(state, filter.identity)];
  return state.endpoints.filter((e) => !filter.type || e.endpointType === filter.type);
}

export interface NewEndpointRequest {
  name: string;
  endpointType: EndpointType;
  autodiscover?: boolean;
  emailAddress?: string;
  credentials?: Credentials;
  connectionSettings?: ConnectionSettings;
  exchangeServer?: string;
  rpcProxyServer?: string;
  nspiServer?: string;
  authentication?: AuthenticationMethod;
  mailboxPermission?: MailboxPermission;
  sourceMailboxLegacyDN?: string;
  testMailbox?: string;
  acceptUntrustedCertificates?: boolean;
  remoteServer?: string;
  port?: number;
  security?: ImapSecurity;
  remoteTenant?: string;
  maxConcurrentMigrations?: number;
  maxConcurrentIncrementalSyncs?: number;
  skipVerification?: boolean;
}

function checkConcurrency(state: MigrationState, migrations: number, incremental: number): void {
  const { endpointConcurrencyMin: min, endpointConcurrencyMax: max } = state.config.limits;
  if (!Number.isInteger(migrations) || migrations < min || migrations > max) raise('EndpointConcurrencyOutOfRange', ['MaxConcurrentMigrations', migrations, min, max]);
  if (!Number.isInteger(incremental) || incremental < min || incremental > max) raise('EndpointConcurrencyOutOfRange', ['MaxConcurrentIncrementalSyncs', incremental, min, max]);
  if (incremental > migrations) raise('EndpointIncrementalAboveMigrations', [incremental, migrations]);
}

function requireParams(req: NewEndpointRequest): void {
  const need = (ok: unknown, param: string) => { if (!ok) raise('EndpointMissingParameter', [param, req.endpointType]); };
  if (req.endpointType === 'ExchangeOutlookAnywhere') {
    if (req.connectionSettings) return;
    need(req.credentials, 'Credentials');
    if (req.autodiscover) need(req.emailAddress, 'EmailAddress');
    else { need(req.exchangeServer, 'ExchangeServer'); need(req.rpcProxyServer, 'RpcProxyServer'); }
  } else {
    need(req.remoteServer, 'RemoteServer');
    if (req.endpointType === 'ExchangeRemoteMove') need(req.credentials, 'Credentials');
  }
}

/** The connectivity request an endpoint's settings amount to (used again when verifying changes). */
export function connectivityRequestOf(ep: MigrationEndpointState, credentials?: Credentials): ConnectivityRequest {
  return {
    endpointType: ep.endpointType,
    autodiscover: false,
    credentials,
    verifiedUserName: ep.username,
    verifiedPasswordHash: ep.verifiedPasswordHash ?? undefined,
    exchangeServer: ep.exchangeServer,
    rpcProxyServer: ep.rpcProxyServer,
    authentication: ep.authentication,
    acceptUntrustedCertificates: ep.acceptUntrustedCertificates,
    remoteServer: ep.remoteServer,
    port: ep.port,
    security: ep.security,
  };
}

/** Raises the connectivity failure as the cmdlet's terminating error (R40). */
function verify(world: World, req: ConnectivityRequest): { hash: string | null; settings: ConnectionSettings | null } {
  const out = checkConnectivity(world, req);
  if (out.result === 'Failed') throw new MigrationError(out.errorId!, out.errorArgs);
  return { hash: out.passwordHash, settings: out.connectionSettings };
}

export function newMigrationEndpoint(world: World, req: NewEndpointRequest): MigrationEndpointState {
  const state = world.tenant.migration;
  if (state.endpoints.some((e) => same(e.name, req.name))) raise('EndpointAlreadyExists', [req.name], req.name);
  requireParams(req);
  const limits = state.config.limits;
  const migrations = req.maxConcurrentMigrations ?? limits.defaultMaxConcurrentMigrations;
  const incremental = req.maxConcurrentIncrementalSyncs ?? Math.min(limits.defaultMaxConcurrentIncrementalSyncs, migrations);
  checkConcurrency(state, migrations, incremental);
  if (req.endpointType !== 'IMAP' && req.security !== undefined) raise('EndpointParameterNotApplicable', ['Security', req.endpointType]);
  const cs = req.connectionSettings;
  const creq: ConnectivityRequest = {
    endpointType: req.endpointType,
    autodiscover: !cs && !!req.autodiscover,
    emailAddress: req.emailAddress,
    credentials: req.credentials,
    verifiedUserName: cs?.username,
    verifiedPasswordHash: cs?.verifiedPasswordHash,
    exchangeServer: cs?.exchangeServer ?? req.exchangeServer,
    rpcProxyServer: cs?.rpcProxyServer ?? req.rpcProxyServer,
    authentication: cs?.authentication ?? req.authentication,
    mailboxPermission: req.mailboxPermission,
    testMailbox: req.testMailbox,
    sourceMailboxLegacyDN: cs?.sourceMailboxLegacyDN ?? req.sourceMailboxLegacyDN,
    acceptUntrustedCertificates: cs?.acceptUntrustedCertificates ?? req.acceptUntrustedCertificates,
    remoteServer: req.remoteServer,
    port: req.port,
    security: req.security,
  };
  const verified = req.skipVerification ? { hash: cs?.verifiedPasswordHash ?? null, settings: null } : verify(world, creq);
  const settings = verified.settings ?? cs ?? null;
  const serial = state.nextSerial++;
  const ep: MigrationEndpointState = {
    name: req.name,
    guid: guidFor(world.random.seed, `endpoint:${serial}:${req.name}`),
    endpointType: req.endpointType,
    maxConcurrentMigrations: migrations,
    maxConcurrentIncrementalSyncs: incremental,
    isRemote: true,
    username: req.credentials?.userName ?? cs?.username ?? '',
    verifiedPasswordHash: verified.hash,
    acceptUntrustedCertificates: !!creq.acceptUntrustedCertificates,
    authentication: settings?.authentication ?? req.authentication ?? 'Basic',
    exchangeServer: settings?.exchangeServer ?? req.exchangeServer ?? '',
    rpcProxyServer: settings?.rpcProxyServer ?? req.rpcProxyServer ?? '',
    nspiServer: req.nspiServer ?? settings?.nspiServer ?? '',
    useAutoDiscover: req.endpointType === 'ExchangeOutlookAnywhere' && (!!req.autodiscover || !!cs),
    mailboxPermission: req.mailboxPermission ?? 'Admin',
    emailAddress: req.emailAddress ?? '',
    sourceMailboxLegacyDN: settings?.sourceMailboxLegacyDN ?? req.sourceMailboxLegacyDN ?? '',
    remoteServer: req.remoteServer ?? '',
    port: req.endpointType === 'IMAP' ? req.port ?? (req.security === 'None' || req.security === 'Tls' ? 143 : 993) : 0,
    security: req.endpointType === 'IMAP' ? req.security ?? 'Ssl' : 'None',
    remoteTenant: req.remoteTenant ?? '',
    createdAt: world.clock.now,
  };
  state.endpoints.push(ep);
  return ep;
}

export interface SetEndpointRequest {
  maxConcurrentMigrations?: number;
  maxConcurrentIncrementalSyncs?: number;
  credentials?: Credentials;
  exchangeServer?: string;
  rpcProxyServer?: string;
  nspiServer?: string;
  authentication?: AuthenticationMethod;
  mailboxPermission?: MailboxPermission;
  acceptUntrustedCertificates?: boolean;
  remoteServer?: string;
  port?: number;
  security?: ImapSecurity;
  testMailbox?: string;
  skipVerification?: boolean;
}

const CONNECTION_FIELDS = ['credentials', 'exchangeServer', 'rpcProxyServer', 'nspiServer', 'authentication', 'mailboxPermission', 'acceptUntrustedCertificates', 'remoteServer', 'port', 'security'] as const;

/**
 * C:Set-MigrationEndpoint. Concurrency can change at any time (takes effect at the next scheduling
 * pass or with Set-MigrationBatch -Update, notes §5.12); connection settings only while no batch using
 * the endpoint is running (R28, [EMU] reading of MB).
 */
export function setMigrationEndpoint(world: World, identity: string, req: SetEndpointRequest): MigrationEndpointState {
  const state = world.tenant.migration;
  const ep = findEndpoint(state, identity);
  const migrations = req.maxConcurrentMigrations ?? ep.maxConcurrentMigrations;
  const incremental = req.maxConcurrentIncrementalSyncs ?? Math.min(ep.maxConcurrentIncrementalSyncs, migrations);
  checkConcurrency(state, migrations, incremental);
  const connectionChange = CONNECTION_FIELDS.some((f) => req[f] !== undefined);
  if (connectionChange) {
    const running = state.batches.find((b) => (same(b.sourceEndpoint, ep.name) || same(b.targetEndpoint, ep.name)) && RUNNING_BATCH_STATUSES.includes(b.status));
    if (running) raise('EndpointBusy', [ep.name, running.name], ep.name);
    if (ep.endpointType !== 'IMAP' && (req.security !== undefined || req.port !== undefined)) raise('EndpointParameterNotApplicable', [req.security !== undefined ? 'Security' : 'Port', ep.endpointType]);
    if (ep.endpointType !== 'ExchangeOutlookAnywhere' && (req.exchangeServer !== undefined || req.rpcProxyServer !== undefined)) raise('EndpointParameterNotApplicable', [req.exchangeServer !== undefined ? 'ExchangeServer' : 'RpcProxyServer', ep.endpointType]);
  }
  const next: MigrationEndpointState = {
    ...ep,
    maxConcurrentMigrations: migrations,
    maxConcurrentIncrementalSyncs: incremental,
    username: req.credentials?.userName ?? ep.username,
    exchangeServer: req.exchangeServer ?? ep.exchangeServer,
    rpcProxyServer: req.rpcProxyServer ?? ep.rpcProxyServer,
    nspiServer: req.nspiServer ?? ep.nspiServer,
    authentication: req.authentication ?? ep.authentication,
    mailboxPermission: req.mailboxPermission ?? ep.mailboxPermission,
    acceptUntrustedCertificates: req.acceptUntrustedCertificates ?? ep.acceptUntrustedCertificates,
    remoteServer: req.remoteServer ?? ep.remoteServer,
    port: req.port ?? ep.port,
    security: req.security ?? ep.security,
  };
  if (connectionChange && !req.skipVerification) {
    const v = verify(world, { ...connectivityRequestOf(next, req.credentials), mailboxPermission: req.mailboxPermission, testMailbox: req.testMailbox });
    next.verifiedPasswordHash = v.hash;
  }
  Object.assign(ep, next);
  return ep;
}

/** C:Remove-MigrationEndpoint: refused while a batch references the endpoint. */
export function removeMigrationEndpoint(world: World, identity: string): void {
  const state = world.tenant.migration;
  const ep = findEndpoint(state, identity);
  const user = state.batches.find((b) => same(b.sourceEndpoint, ep.name) || same(b.targetEndpoint, ep.name));
  if (user) raise('EndpointInUse', [ep.name, user.name], ep.name);
  state.endpoints.splice(state.endpoints.indexOf(ep), 1);
}
