/**
 * Test-MigrationServerAvailability and New/Get/Set/Remove-MigrationEndpoint
 * (reference/exchange-cmdlets/*.md): bind, call src/model/migration (connectivity, endpoints), write.
 */
import { defineCmdlet, type CmdletContext, type CmdletMetadata, type ParameterDeclaration, type ParameterSetMembership } from '../../src/engine/cmdlet';
import {
  ConnectionSettingsValue,
  getMigrationEndpoints,
  newMigrationEndpoint,
  removeMigrationEndpoint,
  setMigrationEndpoint,
  shapeEndpoint,
  shapeTestResult,
  testMigrationServerAvailability,
  findEndpoint,
  type AuthenticationMethod,
  type ConnectivityRequest,
  type EndpointType,
  type ImapSecurity,
  type MailboxPermission,
} from '../../src/model/migration';
import { connectivityRequestOf } from '../../src/model/migration/endpoints';
import { objectFromBag } from '../exchange-types';
import { TEST_MIGRATION_SERVER_AVAILABILITY } from './syntax/test-migration-server-availability';
import { NEW_MIGRATION_ENDPOINT } from './syntax/new-migration-endpoint';
import { GET_MIGRATION_ENDPOINT } from './syntax/get-migration-endpoint';
import { SET_MIGRATION_ENDPOINT } from './syntax/set-migration-endpoint';
import { REMOVE_MIGRATION_ENDPOINT } from './syntax/remove-migration-endpoint';
import { NO_EFFECT, only, credentials, declare, enumName, flag, identityOf, inTransaction, int, reading, runspaceId, str } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

const OTHER_SOURCES = {
  Compliance: 'compliance (eDiscovery) endpoints are not emulated',
  Gmail: NO_EFFECT.google,
  ServiceAccountKeyFileData: NO_EFFECT.google,
  PublicFolder: NO_EFFECT.publicFolders,
  PublicFolderToUnifiedGroup: NO_EFFECT.publicFolders,
  PublicFolderDatabaseServerLegacyDN: NO_EFFECT.publicFolders,
  FilePath: 'PST import endpoints are not emulated',
  Partition: NO_EFFECT.partition,
} as const;

/** The endpoint type a parameter set stands for. */
function endpointTypeOf(ctx: CmdletContext): EndpointType {
  if (flag(ctx, 'IMAP') || flag(ctx, 'Imap')) return 'IMAP';
  if (flag(ctx, 'ExchangeRemoteMove')) return 'ExchangeRemoteMove';
  return 'ExchangeOutlookAnywhere';
}

function connectionFields(ctx: CmdletContext): Omit<ConnectivityRequest, 'endpointType'> {
  return {
    autodiscover: flag(ctx, 'Autodiscover'),
    emailAddress: str(ctx, 'EmailAddress'),
    credentials: credentials(ctx, 'Credentials'),
    exchangeServer: str(ctx, 'ExchangeServer'),
    rpcProxyServer: str(ctx, 'RPCProxyServer'),
    authentication: enumName(ctx, 'Authentication') as AuthenticationMethod | undefined,
    mailboxPermission: enumName(ctx, 'MailboxPermission') as MailboxPermission | undefined,
    testMailbox: identityOf(ctx.params.TestMailbox) ?? undefined,
    sourceMailboxLegacyDN: str(ctx, 'SourceMailboxLegacyDN'),
    acceptUntrustedCertificates: flag(ctx, 'AcceptUntrustedCertificates'),
    remoteServer: str(ctx, 'RemoteServer'),
    port: int(ctx, 'Port'),
    security: enumName(ctx, 'Security') as ImapSecurity | undefined,
  };
}

export const testMigrationServerAvailabilityCmdlet = defineCmdlet({
  ...declare(TEST_MIGRATION_SERVER_AVAILABILITY, only(TEST_MIGRATION_SERVER_AVAILABILITY, OTHER_SOURCES)),
  process(ctx) {
    reading(ctx, (w) => {
      let req: ConnectivityRequest;
      if (ctx.bound('Endpoint')) {
        const ep = findEndpoint(w.tenant.migration, identityOf(ctx.params.Endpoint) ?? '');
        req = { ...connectivityRequestOf(ep), verifiedUserName: ep.username, verifiedPasswordHash: ep.verifiedPasswordHash ?? undefined };
      } else req = { endpointType: endpointTypeOf(ctx), ...connectionFields(ctx) };
      const outcome = testMigrationServerAvailability(w, req);
      ctx.writeObject(objectFromBag(shapeTestResult(outcome), runspaceId(ctx)));
    });
  },
});

/** S0 Step 2 passes `-ConnectionSettings $TSMA.ConnectionSettings`, which today's syntax no longer lists (notes §6.4). */
const CONNECTION_SETTINGS: ParameterDeclaration = {
  name: 'ConnectionSettings',
  type: 'ExchangeConnectionSettings',
  sets: { ConnectionSettings: { mandatory: true } },
  description: 'The connection settings returned by Test-MigrationServerAvailability (the ConnectionSettings property of its result).',
};
// Seed 000, step 2 (its note on the target database).
const TARGET_DATABASE: ParameterDeclaration = {
  name: 'TargetDatabase',
  type: 'String',
  description: 'The database the service uses for the migrated mailboxes.',
  noEffect: 'the tenant database is chosen by the service',
};

/** The set S0 Step 2 binds: -ExchangeOutlookAnywhere -Name -ConnectionSettings (plus the shared options). */
function withConnectionSettingsSet(meta: CmdletMetadata): CmdletMetadata {
  const joins: Record<string, ParameterSetMembership> = { Name: { mandatory: true }, ExchangeOutlookAnywhere: {}, MaxConcurrentMigrations: {}, MaxConcurrentIncrementalSyncs: {}, SkipVerification: {}, AcceptUntrustedCertificates: {}, MailboxPermission: {} };
  return {
    ...meta,
    parameters: meta.parameters.map((p) => (joins[p.name] && p.sets ? { ...p, sets: { ...p.sets, ConnectionSettings: joins[p.name] } } : p)),
  };
}

export const newMigrationEndpointCmdlet = defineCmdlet({
  ...declare(
    withConnectionSettingsSet(NEW_MIGRATION_ENDPOINT),
    {
      ...only(NEW_MIGRATION_ENDPOINT, OTHER_SOURCES),
      OAuthCode: NO_EFFECT.google,
      RedirectUri: NO_EFFECT.google,
      ApplicationId: 'cross-tenant moves are not emulated',
      AppSecretKeyVaultUrl: 'cross-tenant moves are not emulated',
    },
    [CONNECTION_SETTINGS, TARGET_DATABASE],
  ),
  process(ctx) {
    const name = str(ctx, 'Name') ?? '';
    const cs = ctx.params.ConnectionSettings;
    const fields = connectionFields(ctx);
    const created = inTransaction(ctx, (w) => {
      if (!shouldProcessExchange(ctx, 'New-MigrationEndpoint', name)) return undefined;
      return newMigrationEndpoint(w, {
        name,
        endpointType: endpointTypeOf(ctx),
        ...fields,
        rpcProxyServer: str(ctx, 'RpcProxyServer'),
        nspiServer: str(ctx, 'NspiServer'),
        connectionSettings: cs instanceof ConnectionSettingsValue ? cs.settings : undefined,
        remoteTenant: str(ctx, 'RemoteTenant'),
        maxConcurrentMigrations: int(ctx, 'MaxConcurrentMigrations'),
        maxConcurrentIncrementalSyncs: int(ctx, 'MaxConcurrentIncrementalSyncs'),
        skipVerification: flag(ctx, 'SkipVerification'),
      }).name;
    });
    if (created) reading(ctx, (w) => ctx.writeObject(objectFromBag(shapeEndpoint(findEndpoint(w.tenant.migration, created)), runspaceId(ctx))));
  },
});

export const getMigrationEndpointCmdlet = defineCmdlet({
  ...declare(GET_MIGRATION_ENDPOINT, { DiagnosticInfo: NO_EFFECT.diagnosticInfo, Partition: NO_EFFECT.partition }),
  process(ctx) {
    reading(ctx, (w) => {
      for (const e of getMigrationEndpoints(w.tenant.migration, { identity: identityOf(ctx.params.Identity), type: enumName(ctx, 'Type') as EndpointType | undefined }))
        ctx.writeObject(objectFromBag(shapeEndpoint(e), runspaceId(ctx)));
    });
  },
});

export const setMigrationEndpointCmdlet = defineCmdlet({
  ...declare(SET_MIGRATION_ENDPOINT, {
    ...only(SET_MIGRATION_ENDPOINT, OTHER_SOURCES),
    ApplicationId: 'cross-tenant moves are not emulated',
    AppSecretKeyVaultUrl: 'cross-tenant moves are not emulated',
    SourceMailboxLegacyDN: 'the legacy DN is read again from Autodiscover when the endpoint is verified',
  }),
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      if (!shouldProcessExchange(ctx, 'Set-MigrationEndpoint', findEndpoint(w.tenant.migration, id).name)) return;
      setMigrationEndpoint(w, id, {
        maxConcurrentMigrations: int(ctx, 'MaxConcurrentMigrations'),
        maxConcurrentIncrementalSyncs: int(ctx, 'MaxConcurrentIncrementalSyncs'),
        credentials: credentials(ctx, 'Credentials'),
        exchangeServer: str(ctx, 'ExchangeServer'),
        rpcProxyServer: str(ctx, 'RpcProxyServer'),
        nspiServer: str(ctx, 'NspiServer'),
        authentication: enumName(ctx, 'Authentication') as AuthenticationMethod | undefined,
        mailboxPermission: enumName(ctx, 'MailboxPermission') as MailboxPermission | undefined,
        acceptUntrustedCertificates: ctx.bound('AcceptUntrustedCertificates') ? flag(ctx, 'AcceptUntrustedCertificates') : undefined,
        remoteServer: str(ctx, 'RemoteServer'),
        port: int(ctx, 'Port'),
        security: enumName(ctx, 'Security') as ImapSecurity | undefined,
        testMailbox: identityOf(ctx.params.TestMailbox) ?? undefined,
        skipVerification: flag(ctx, 'SkipVerification'),
      });
    });
  },
});

export const removeMigrationEndpointCmdlet = defineCmdlet({
  ...declare(REMOVE_MIGRATION_ENDPOINT, only(REMOVE_MIGRATION_ENDPOINT, OTHER_SOURCES)),
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      if (shouldProcessExchange(ctx, 'Remove-MigrationEndpoint', findEndpoint(w.tenant.migration, id).name)) removeMigrationEndpoint(w, id);
    });
  },
});

export const MIGRATION_ENDPOINT_CMDLETS = [testMigrationServerAvailabilityCmdlet, newMigrationEndpointCmdlet, getMigrationEndpointCmdlet, setMigrationEndpointCmdlet, removeMigrationEndpointCmdlet];
