/**
 * Get-ClientAccessServer / Set-ClientAccessServer (reference/exchange-cmdlets/*-ClientAccessServer.md),
 * on premises. S0 Step 8 and S1: `Set-ClientAccessServer -Identity <Server> -AutoDiscoverServiceInternalUri $null`.
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { stringOf, type PSValue } from '../../src/engine/values';
import { findServer, setAutodiscoverInternalUri, setAutodiscoverSiteScope, setOutOfService } from '../../src/model/onprem-admin';
import { clientAccessServerObject } from '../exchange-types';
import { GET_CLIENT_ACCESS_SERVER } from './syntax/get-client-access-server';
import { SET_CLIENT_ACCESS_SERVER } from './syntax/set-client-access-server';
import { NO_EFFECT, declare, identityOf, inTransaction, reading, runspaceId, strList } from '../exchange-online/context';
import { check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

const ASA = 'the alternate service account (Kerberos) is not emulated';
const IRM = 'IRM logging is not emulated';

export const getClientAccessServerCmdlet = defineCmdlet({
  ...declare(GET_CLIENT_ACCESS_SERVER, {
    DomainController: NO_EFFECT.domainController,
    IncludeAlternateServiceAccountCredentialPassword: ASA,
    IncludeAlternateServiceAccountCredentialStatus: ASA,
  }),
  process(ctx) {
    reading(ctx, (w) => {
      const id = identityOf(ctx.params.Identity);
      const servers = w.onPrem.servers.filter((s) => s.roles.includes('ClientAccess'));
      if (id) {
        const s = findServer(w.onPrem, id);
        check(w, s && s.roles.includes('ClientAccess') ? 'ok' : 'not-found', id);
        ctx.writeObject(clientAccessServerObject(s!, w.onPrem, runspaceId(ctx)));
        return;
      }
      for (const s of servers) ctx.writeObject(clientAccessServerObject(s, w.onPrem, runspaceId(ctx)));
    });
  },
});

export const setClientAccessServerCmdlet = defineCmdlet({
  ...declare(SET_CLIENT_ACCESS_SERVER, {
    AlternateServiceAccountCredential: ASA,
    CleanUpInvalidAlternateServiceAccountCredentials: ASA,
    RemoveAlternateServiceAccountCredentials: ASA,
    Array: 'Client Access arrays are not emulated',
    DomainController: NO_EFFECT.domainController,
    IrmLogEnabled: IRM,
    IrmLogMaxAge: IRM,
    IrmLogMaxDirectorySize: IRM,
    IrmLogMaxFileSize: IRM,
    IrmLogPath: IRM,
  }),
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      check(w, findServer(w.onPrem, id) ? 'ok' : 'not-found', id);
      if (!shouldProcessExchange(ctx, 'Set-ClientAccessServer', id)) return;
      if (ctx.bound('AutoDiscoverServiceInternalUri')) {
        const v: PSValue = ctx.params.AutoDiscoverServiceInternalUri;
        check(w, setAutodiscoverInternalUri(w, id, v === null || v === '' ? null : stringOf(v)), id);
      }
      if (ctx.bound('AutoDiscoverSiteScope')) check(w, setAutodiscoverSiteScope(w, id, strList(ctx, 'AutoDiscoverSiteScope') ?? []), id);
      if (ctx.bound('IsOutOfService')) check(w, setOutOfService(w, id, ctx.params.IsOutOfService === true), id);
    });
  },
});

export const CLIENT_ACCESS_SERVER_CMDLETS = [getClientAccessServerCmdlet, setClientAccessServerCmdlet];
