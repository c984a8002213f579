/**
 * Get-OutlookAnywhere / Set-OutlookAnywhere / Enable-OutlookAnywhere / Disable-OutlookAnywhere
 * (Exchange 2010): the RPC over HTTP virtual directory the migration service connects through
 * (S0 Step 1, R9). The certificate cmdlets are in certificates.ts.
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { stringOf, type PSValue } from '../../src/engine/values';
import { disableOutlookAnywhere, enableOutlookAnywhere, findServer, setOutlookAnywhere } from '../../src/model/onprem-admin';
import type { OutlookAnywhereAuth, World } from '../../src/model/world';
import { outlookAnywhereObject, TYPES } from '../exchange-types';
import { NO_EFFECT, bool, declare, declareActing, fail, identityOf, inTransaction, reading, runspaceId, str, strList, withParameter } from '../exchange-online/context';
import { GET_OUTLOOK_ANYWHERE } from './syntax/get-outlook-anywhere';
import { SET_OUTLOOK_ANYWHERE } from './syntax/set-outlook-anywhere';
import { ENABLE_OUTLOOK_ANYWHERE } from './syntax/enable-outlook-anywhere';
import { DISABLE_OUTLOOK_ANYWHERE } from './syntax/disable-outlook-anywhere';
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

/** The Client Access server a command names (-Server), or the only one the organization has. */
function clientAccessServerOf(ctx: { params: Record<string, PSValue> }, w: World): string {
  const named = identityOf(ctx.params.Server);
  if (named) return serverPart(named)!;
  return w.onPrem.servers.find((s) => s.roles.includes('ClientAccess'))?.name ?? '';
}

export const enableOutlookAnywhereCmdlet = defineCmdlet({
  ...withParameter(
    declare(ENABLE_OUTLOOK_ANYWHERE, {
      DomainController: NO_EFFECT.domainController,
      ExtendedProtectionFlags: 'Extended Protection for Authentication is not emulated',
      ExtendedProtectionSPNList: 'Extended Protection for Authentication is not emulated',
      ExtendedProtectionTokenChecking: 'Extended Protection for Authentication is not emulated',
    }),
    'ClientAuthenticationMethod',
    { enumValues: AUTH },
  ),
  process(ctx) {
    inTransaction(ctx, (w) => {
      const server = clientAccessServerOf(ctx, w);
      check(w, findServer(w.onPrem, server) ? 'ok' : 'not-found', server);
      if (!shouldProcessExchange(ctx, 'Enable-OutlookAnywhere', server)) return;
      const client = str(ctx, 'ClientAuthenticationMethod') ?? str(ctx, 'DefaultAuthenticationMethod');
      const iis = strList(ctx, 'IISAuthenticationMethods');
      // Exchange 2010 offers the client method and NTLM for IIS unless IISAuthenticationMethods says otherwise.
      const methods = [...new Set([...(client ? [client] : []), ...(iis ?? ['Ntlm'])])].map((m) => AUTH.find((a) => a.toLowerCase() === m.toLowerCase()) ?? m) as OutlookAnywhereAuth[];
      const outcome = enableOutlookAnywhere(w, server, {
        externalHostName: stringOf(ctx.params.ExternalHostname),
        sslOffloading: bool(ctx, 'SSLOffloading') ?? false,
        authenticationMethods: methods,
      });
      if (outcome === 'exists') fail('OutlookAnywhereExists', [server], server);
      check(w, outcome, server);
    });
  },
});

export const disableOutlookAnywhereCmdlet = defineCmdlet({
  ...declare(DISABLE_OUTLOOK_ANYWHERE, { DomainController: NO_EFFECT.domainController }),
  process(ctx) {
    inTransaction(ctx, (w) => {
      const id = identityOf(ctx.params.Identity);
      const server = id ? serverPart(id)! : clientAccessServerOf(ctx, w);
      const shown = id ?? `${server}\\Rpc (Default Web Site)`;
      const s = findServer(w.onPrem, server);
      check(w, s && s.outlookAnywhere.enabled ? 'ok' : 'not-found', shown);
      if (!shouldProcessExchange(ctx, 'Disable-OutlookAnywhere', shown)) return;
      check(w, disableOutlookAnywhere(w, server), shown);
    });
  },
});

/** Moved to certificates.ts with the rest of the certificate store; re-exported for existing importers. */
export { getExchangeCertificateCmdlet } from './certificates';

export const OUTLOOK_ANYWHERE_CMDLETS = [getOutlookAnywhereCmdlet, setOutlookAnywhereCmdlet, enableOutlookAnywhereCmdlet, disableOutlookAnywhereCmdlet];
