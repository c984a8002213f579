/**
 * Get-OutlookAnywhere / Set-OutlookAnywhere (Exchange 2010): the RPC over HTTP virtual directory the
 * migration service connects through (S0 Step 1, R9). The certificate cmdlets are in certificates.ts.
 */
import { defineCmdlet } from '../../src/engine/cmdlet';
import { stringOf } from '../../src/engine/values';
import { findServer, setOutlookAnywhere } from '../../src/model/onprem-admin';
import type { OutlookAnywhereAuth } from '../../src/model/world';
import { outlookAnywhereObject, TYPES } from '../exchange-types';
import { NO_EFFECT, bool, identityOf, inTransaction, reading, runspaceId, str, strList } from '../exchange-online/context';
import { ON_PREM_SOURCE, check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

const AUTH = ['Basic', 'Ntlm', 'Negotiate'];
/** `EXCH-SRV-01\Rpc (Default Web Site)` or a server name -> the server part. */
const serverPart = (id: string) => id.split('\\')[0];

export const getOutlookAnywhereCmdlet = defineCmdlet({
  name: 'Get-OutlookAnywhere',
  source: ON_PREM_SOURCE,
  defaultParameterSet: 'Identity',
  parameters: [
    { name: 'Identity', type: 'VirtualDirectoryIdParameter', sets: { Identity: { position: 0, valueFromPipeline: true } }, description: 'The virtual directory: `Server\\Rpc (Default Web Site)`.' },
    { name: 'Server', type: 'ServerIdParameter', sets: { Server: { mandatory: true } }, description: 'The server whose virtual directory is returned.' },
    { name: 'ADPropertiesOnly', type: 'SwitchParameter', description: 'Returns only the properties stored in Active Directory.', noEffect: 'the model holds only directory properties' },
    { name: 'DomainController', type: 'Fqdn', description: 'The domain controller.', noEffect: NO_EFFECT.domainController },
  ],
  outputType: [TYPES.outlookAnywhere],
  help: { synopsis: 'Use the Get-OutlookAnywhere cmdlet to view Outlook Anywhere virtual directories.', onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/get-outlookanywhere' },
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
  name: 'Set-OutlookAnywhere',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'Identity', type: 'VirtualDirectoryIdParameter', sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The virtual directory: `Server\\Rpc (Default Web Site)`.' },
    { name: 'ExternalHostname', type: 'Hostname', description: 'The external host name clients and the migration service connect to (mail.contoso.com).' },
    { name: 'ClientAuthenticationMethod', type: 'AuthenticationMethod', enumValues: AUTH, description: 'The authentication offered to clients: Basic or Ntlm.' },
    { name: 'IISAuthenticationMethods', type: 'MultiValuedProperty', description: 'The authentication methods IIS accepts (Basic, Ntlm, Negotiate).' },
    { name: 'SSLOffloading', type: 'Boolean', description: 'Whether SSL is offloaded in front of the server.' },
    { name: 'DomainController', type: 'Fqdn', description: 'The domain controller.', noEffect: NO_EFFECT.domainController },
  ],
  help: {
    synopsis: 'Use the Set-OutlookAnywhere cmdlet to modify Outlook Anywhere virtual directories.',
    examples: [{ code: "Set-OutlookAnywhere -Identity 'EXCH-SRV-01\\Rpc (Default Web Site)' -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Basic", remarks: 'Publishes Outlook Anywhere as mail.contoso.com with Basic authentication.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-outlookanywhere',
  },
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
