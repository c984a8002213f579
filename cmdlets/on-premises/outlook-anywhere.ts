/**
 * Get-OutlookAnywhere / Set-OutlookAnywhere (Exchange 2010): the RPC over HTTP virtual directory the
 * migration service connects through (S0 Step 1, R9). The certificate cmdlets are in certificates.ts.
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { stringOf } from '../../src/engine/values';
import { findServer, setOutlookAnywhere } from '../../src/model/onprem-admin';
import type { OutlookAnywhereAuth } from '../../src/model/world';
import { outlookAnywhereObject, TYPES } from '../exchange-types';
import { NO_EFFECT, bool, declare, declareActing, identityOf, inTransaction, reading, runspaceId, str, strList, withParameter } from '../exchange-online/context';
import { GET_OUTLOOK_ANYWHERE } from './syntax/get-outlook-anywhere';
import { SET_OUTLOOK_ANYWHERE } from './syntax/set-outlook-anywhere';
import { ON_PREM_SOURCE, check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

const AUTH = ['Basic', 'Ntlm', 'Negotiate'];
/** `EXCH-SRV-01\Rpc (Default Web Site)` or a server name -> the server part. */
const serverPart = (id: string) => id.split('\\')[0];

export const getOutlookAnywhereCmdlet = defineCmdlet({
  ...declare(GET_OUTLOOK_ANYWHERE, {
    ADPropertiesOnly: 'the model holds only directory properties',
    DomainController: NO_EFFECT.domainController,
    ShowMailboxVirtualDirectories: 'the back-end (mailbox) virtual directories are not emulated',
  }),
  outputType: [TYPES.outlookAnywhere],
  process(ctx) {
    reading(ctx, (w) => {
      const id = identityOf(ctx.params.Identity) ?? identityOf(ctx.params.Server);
      let servers = w.onPrem.servers.filter((s) => s.roles.includes('ClientAccess'));
      if (id) {
        const s = findServer(w.onPrem, serverPart(id));
        check(w, s ? 'ok' : 'not-found', id);
        servers = [s!];
      }
      // Exchange 2010 lists a virtual directory only where Outlook Anywhere was enabled.
      for (const s of servers) if (s.outlookAnywhere.enabled) ctx.writeObject(outlookAnywhereObject(s, runspaceId(ctx)));
    });
  },
});

export const setOutlookAnywhereCmdlet = defineCmdlet({
  // [EMU] Outlook Anywhere offers clients Basic, Ntlm or Negotiate: the other AuthenticationMethod values are refused at binding.
  ...withParameter(
    declareActing(SET_OUTLOOK_ANYWHERE, ['Identity', 'ExternalHostname', 'ClientAuthenticationMethod', 'IISAuthenticationMethods', 'SSLOffloading'], 'the model keeps the external host name, the authentication methods and SSL offloading only', {
      DomainController: NO_EFFECT.domainController,
    }),
    'ClientAuthenticationMethod',
    { enumValues: AUTH },
  ),
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      check(w, findServer(w.onPrem, serverPart(id)) ? 'ok' : 'not-found', id);
      if (!shouldProcessExchange(ctx, 'Set-OutlookAnywhere', id)) return;
      const client = str(ctx, 'ClientAuthenticationMethod');
      const iis = strList(ctx, 'IISAuthenticationMethods');
      const methods = [...new Set([...(client ? [client] : []), ...(iis ?? [])])].map((m) => AUTH.find((a) => a.toLowerCase() === m.toLowerCase()) ?? m) as OutlookAnywhereAuth[];
      check(w, setOutlookAnywhere(w, serverPart(id), {
        externalHostName: ctx.bound('ExternalHostname') ? stringOf(ctx.params.ExternalHostname) : undefined,
        authenticationMethods: methods.length ? methods : undefined,
        sslOffloading: bool(ctx, 'SSLOffloading'),
      }), id);
    });
  },
});

/** Moved to certificates.ts with the rest of the certificate store; re-exported for existing importers. */
export { getExchangeCertificateCmdlet } from './certificates';

export const OUTLOOK_ANYWHERE_CMDLETS = [getOutlookAnywhereCmdlet, setOutlookAnywhereCmdlet];
