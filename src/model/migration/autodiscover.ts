/**
 * The emulated Autodiscover exchange for Outlook Anywhere endpoints (C:Test-MigrationServerAvailability
 * -Autodiscover): the on-premises side answers a POX request with the Outlook provider response
 * (responseschema/2006a), the tenant side parses it into ConnectionSettings. Both directions are real
 * XML so labs can show the payload and tests can round-trip it.
 * Namespaces are the ones Exchange writes (http://, as in the published schema).
 */
import { localName, parseXml, type XmlElement } from '../../xml/read';
import type { ExchangeServer, Mailbox, OnPremOrganization } from '../world';
import type { AuthenticationMethod, ConnectionSettings } from './state';

export const AUTODISCOVER_NS = 'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006';
export const OUTLOOK_RESPONSE_NS = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const el = (name: string, value: string) => `<${name}>${esc(value)}</${name}>`;

/** Exchange's build numbers as Autodiscover's ServerVersion (hex of the version word). */
const SERVER_VERSION: Record<number, string> = { 2003: '6.5', 2007: '720180B0', 2010: '738180DA', 2013: '73C18880', 2016: '73C1835A', 2019: '73C283CE' };

/** The server DN under the org's administrative group, as Outlook's EXCH protocol block carries it. */
export function serverLegacyDN(org: OnPremOrganization, server: ExchangeServer): string {
  return `/o=${org.organizationName}/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=${server.name}`;
}

/** The mailbox server hosting a mailbox (through its database). */
export function serverOfMailbox(org: OnPremOrganization, mailbox: Mailbox): ExchangeServer | undefined {
  const db = org.databases.find((d) => d.name.toLowerCase() === mailbox.database.toLowerCase());
  const name = (db?.server ?? '').toLowerCase();
  return org.servers.find((s) => s.name.toLowerCase() === name) ?? org.servers[0];
}

/** The Outlook Anywhere front end (the server publishing Outlook Anywhere, else the mailbox server). */
export function outlookAnywhereServer(org: OnPremOrganization, mailbox?: Mailbox): ExchangeServer | undefined {
  return org.servers.find((s) => s.outlookAnywhere.enabled && s.roles.includes('ClientAccess'))
    ?? org.servers.find((s) => s.outlookAnywhere.enabled)
    ?? (mailbox ? serverOfMailbox(org, mailbox) : org.servers[0]);
}

/**
 * The response the on-premises Autodiscover service returns for `mailbox`: User, then Account with an
 * EXCH block (internal RPC server) and, when Outlook Anywhere is on, an EXPR block (the RPC proxy).
 */
export function buildAutodiscoverResponse(org: OnPremOrganization, mailbox: Mailbox): string {
  const mbxServer = serverOfMailbox(org, mailbox);
  const oa = outlookAnywhereServer(org, mailbox);
  const exch = mbxServer
    ? `<Protocol>${el('Type', 'EXCH')}${el('Server', mbxServer.fqdn)}${el('ServerDN', serverLegacyDN(org, mbxServer))}${el('ServerVersion', SERVER_VERSION[org.version] ?? '')}${el('MdbDN', `${serverLegacyDN(org, mbxServer)}/cn=Microsoft Private MDB`)}${el('AuthPackage', 'Kerb')}</Protocol>`
    : '';
  const expr = oa && oa.outlookAnywhere.enabled
    ? `<Protocol>${el('Type', 'EXPR')}${el('Server', oa.outlookAnywhere.externalHostName)}${el('SSL', 'On')}${el('AuthPackage', oa.outlookAnywhere.authenticationMethods[0] ?? 'Basic')}${el('CertPrincipalName', `msstd:${oa.outlookAnywhere.externalHostName}`)}</Protocol>`
    : '';
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<Autodiscover xmlns="${AUTODISCOVER_NS}"><Response xmlns="${OUTLOOK_RESPONSE_NS}">` +
    `<User>${el('DisplayName', mailbox.displayName)}${el('LegacyDN', mailbox.legacyExchangeDN)}${el('AutoDiscoverSMTPAddress', mailbox.primarySmtpAddress)}</User>` +
    `<Account>${el('AccountType', 'email')}${el('Action', 'settings')}${exch}${expr}</Account>` +
    '</Response></Autodiscover>'
  );
}

/** The error response (ErrorCode 500: the address has no mailbox the service can serve). */
export function buildAutodiscoverError(emailAddress: string, at: number): string {
  const time = new Date(at).toISOString().slice(11, 19);
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<Autodiscover xmlns="${AUTODISCOVER_NS}"><Response>` +
    `<Error Time="${time}" Id="2477272013">${el('ErrorCode', '500')}${el('Message', 'The email address can\'t be found.')}${el('DebugData', emailAddress)}</Error>` +
    '</Response></Autodiscover>'
  );
}

export type AutodiscoverParse =
  | { ok: true; displayName: string; legacyDN: string; exchangeServer: string; serverDN: string; rpcProxyServer: string | null; authPackage: string }
  | { ok: false; errorCode: string; message: string };

/** The first child named `name` (namespace prefixes ignored). */
function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => localName(c) === name);
}

/** The text of the child named `name`, '' when there is none. */
function textOf(el: XmlElement | undefined, name: string): string {
  return child(el, name)?.text ?? '';
}

/** The tenant side: reads a POX Autodiscover response (one that is not well-formed XML is an invalid request). */
export function parseAutodiscoverResponse(xml: string): AutodiscoverParse {
  let doc: XmlElement;
  try {
    doc = parseXml(xml);
  } catch {
    return { ok: false, errorCode: '600', message: 'Invalid Request' };
  }
  const response = localName(doc) === 'Autodiscover' ? child(doc, 'Response') : undefined;
  const error = child(response, 'Error');
  if (error) return { ok: false, errorCode: textOf(error, 'ErrorCode'), message: textOf(error, 'Message') };
  const user = child(response, 'User');
  const protocols = child(response, 'Account')?.children.filter((c) => localName(c) === 'Protocol') ?? [];
  const exch = protocols.find((p) => textOf(p, 'Type') === 'EXCH');
  const expr = protocols.find((p) => textOf(p, 'Type') === 'EXPR');
  if (!exch) return { ok: false, errorCode: '600', message: 'Invalid Request' };
  return {
    ok: true,
    displayName: textOf(user, 'DisplayName'),
    legacyDN: textOf(user, 'LegacyDN'),
    exchangeServer: textOf(exch, 'Server'),
    serverDN: textOf(exch, 'ServerDN'),
    rpcProxyServer: expr ? textOf(expr, 'Server') : null,
    authPackage: expr ? textOf(expr, 'AuthPackage') : '',
  };
}

/** Outlook's AuthPackage values to the endpoint's Authentication enum. */
export function authenticationOf(authPackage: string): AuthenticationMethod {
  switch (authPackage.toLowerCase()) {
    case 'ntlm': return 'Ntlm';
    case 'negotiate': return 'Negotiate';
    case 'kerb': return 'Kerberos';
    default: return 'Basic';
  }
}

/** ConnectionSettings from a successful parse (what S0 feeds to New-MigrationEndpoint). */
export function connectionSettingsFrom(parsed: Extract<AutodiscoverParse, { ok: true }>, username: string, verifiedPasswordHash: string, acceptUntrusted: boolean): ConnectionSettings {
  return {
    exchangeServer: parsed.exchangeServer,
    rpcProxyServer: parsed.rpcProxyServer ?? '',
    authentication: authenticationOf(parsed.authPackage),
    username,
    verifiedPasswordHash,
    sourceMailboxLegacyDN: parsed.legacyDN,
    nspiServer: parsed.exchangeServer,
    acceptUntrustedCertificates: acceptUntrusted,
  };
}
