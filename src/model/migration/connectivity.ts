/**
 * Whether the migration service can reach the source with the settings given: the checks behind
 * Test-MigrationServerAvailability and the verification New-/Set-MigrationEndpoint run unless
 * SkipVerification (R40). Each failure gives Exchange's outcome (notes §3 R9-R15, W2, W3, W5).
 * Passwords arrive in clear from the cmdlet layer (SecureString.reveal) and are only compared to the
 * world's salted hashes.
 */
import type { Account, Certificate, ExchangeServer, Mailbox, World } from '../world';
import { verifyPassword } from '../passwords';
import { resolveDns, normaliseDnsName } from '../dns-records';
import type { AuthenticationMethod, ConnectionSettings, EndpointType, ImapSecurity, MailboxPermission } from './state';
import { MIGRATION_MESSAGES, formatMessage, type MigrationMessageId } from './errors';
import { buildAutodiscoverError, buildAutodiscoverResponse, connectionSettingsFrom, outlookAnywhereServer, parseAutodiscoverResponse } from './autodiscover';

export interface Credentials {
  userName: string;
  password: string;
}

export interface ConnectivityRequest {
  endpointType: EndpointType;
  autodiscover?: boolean;
  emailAddress?: string;
  credentials?: Credentials;
  /** Instead of credentials: settings already verified by Test-MigrationServerAvailability (S0 Step 2). */
  verifiedUserName?: string;
  verifiedPasswordHash?: string;
  exchangeServer?: string;
  rpcProxyServer?: string;
  authentication?: AuthenticationMethod;
  mailboxPermission?: MailboxPermission;
  testMailbox?: string;
  sourceMailboxLegacyDN?: string;
  acceptUntrustedCertificates?: boolean;
  remoteServer?: string;
  port?: number;
  security?: ImapSecurity;
}

export interface ErrorDetail {
  id: MigrationMessageId;
  type: string;
  message: string;
}

export interface ConnectivityOutcome {
  result: 'Success' | 'Failed';
  /** Catalogue id of the failure (null on success). */
  errorId: MigrationMessageId | null;
  errorArgs: (string | number)[];
  message: string;
  errorDetail: ErrorDetail | null;
  connectionSettings: ConnectionSettings | null;
  /** The Autodiscover payload exchanged, when Autodiscover was used. */
  autodiscoverXml: string | null;
  /** The migration account, and its password hash when the credentials were verified. */
  account: Account | null;
  passwordHash: string | null;
}

class Failure {
  constructor(
    readonly id: MigrationMessageId,
    readonly args: (string | number)[],
    readonly detail: ErrorDetail | null,
  ) {}
}

const detail = (id: MigrationMessageId, ...args: (string | number)[]): ErrorDetail => ({ id, type: MIGRATION_MESSAGES[id].type, message: formatMessage(id, ...args) });
const fail = (id: MigrationMessageId, args: (string | number)[], d: ErrorDetail | null = null): never => {
  throw new Failure(id, args, d);
};

const lower = (s: string) => s.trim().toLowerCase();

/** `CONTOSO\migadmin`, `migadmin`, a UPN or a mailbox's primary address -> the on-prem account. */
export function findAccount(world: World, userName: string): Account | undefined {
  const u = lower(userName);
  const sam = u.includes('\\') ? u.slice(u.indexOf('\\') + 1) : u;
  const org = world.onPrem;
  const direct = org.accounts.find((a) => lower(a.samAccountName) === sam || lower(a.userPrincipalName) === u);
  if (direct) return direct;
  const mbx = org.mailboxes.find((m) => lower(m.primarySmtpAddress) === u);
  return mbx ? org.accounts.find((a) => lower(a.samAccountName) === lower(mbx.samAccountName)) : undefined;
}

export function findOnPremMailbox(world: World, address: string): Mailbox | undefined {
  const a = lower(address);
  return world.onPrem.mailboxes.find((m) => lower(m.primarySmtpAddress) === a || m.emailAddresses.some((x) => lower(x) === 'smtp:' + a));
}

/** Its own mailbox, Domain Admins, FullAccess on the mailbox, or Receive As on its database (AP, R14). */
export function canOpenMailbox(world: World, account: Account, mailbox: Mailbox): boolean {
  const sam = lower(account.samAccountName);
  if (lower(mailbox.samAccountName) === sam) return true;
  if (world.onPrem.domainAdmins.some((d) => lower(d) === sam)) return true;
  if (mailbox.fullAccess.some((p) => lower(p) === sam)) return true;
  const db = world.onPrem.databases.find((d) => lower(d.name) === lower(mailbox.database));
  return !!db && db.receiveAs.some((p) => lower(p) === sam);
}

function serverByHost(world: World, host: string): ExchangeServer | undefined {
  const h = normaliseDnsName(host);
  return world.onPrem.servers.find((s) => lower(s.fqdn) === h || lower(s.name) === h || lower(s.outlookAnywhere.externalHostName) === h);
}

/** R10: trusted CA, not self-signed, not expired, name present (unless AcceptUntrustedCertificates). */
function checkCertificate(world: World, cert: Certificate | null, host: string, accept: boolean): void {
  if (accept) return;
  const reason = !cert
    ? formatMessage('CertificateReasonName', host)
    : cert.selfSigned
      ? formatMessage('CertificateReasonSelfSigned')
      : !cert.trustedIssuer
        ? formatMessage('CertificateReasonUntrusted')
        : cert.notAfter <= world.clock.now
          ? formatMessage('CertificateReasonExpired', new Date(cert.notAfter).toISOString().slice(0, 10))
          : !cert.subjectNames.some((n) => nameMatches(n, host))
            ? formatMessage('CertificateReasonName', host)
            : null;
  if (reason) fail('CertificateUntrusted', [host, reason], detail('CertificateUntrusted', host, reason));
}

function nameMatches(certName: string, host: string): boolean {
  const c = lower(certName);
  const h = lower(host);
  if (c === h) return true;
  return c.startsWith('*.') && h.endsWith(c.slice(1)) && !h.slice(0, h.length - c.length + 1).includes('.');
}

function checkCredentials(world: World, req: ConnectivityRequest, server: string): { account: Account; hash: string } {
  const creds = req.credentials;
  const userName = creds?.userName ?? req.verifiedUserName ?? '';
  const account = findAccount(world, userName);
  const valid = !!account && account.enabled && !!account.password &&
    (creds ? verifyPassword(account.password, creds.password) : req.verifiedPasswordHash === account.password.hash);
  if (!valid) fail('ConnectionFailed', [server], detail('AuthenticationFailedDetail', userName));
  return { account: account!, hash: account!.password!.hash };
}

/** R15 (test mailbox visible) and R14 (MailboxPermission: Admin = Domain Admins, FullAccess on the test mailbox). */
function checkTestMailbox(world: World, req: ConnectivityRequest, account: Account): void {
  const byDn = req.sourceMailboxLegacyDN ? world.onPrem.mailboxes.find((m) => lower(m.legacyExchangeDN) === lower(req.sourceMailboxLegacyDN!)) : undefined;
  const address = req.testMailbox ?? (req.sourceMailboxLegacyDN ? undefined : req.emailAddress);
  const target = address ? findOnPremMailbox(world, address) : byDn;
  const shown = address ?? req.sourceMailboxLegacyDN ?? '';
  if ((address || req.sourceMailboxLegacyDN) && (!target || target.hiddenFromAddressLists))
    fail('TestMailboxNotFound', [shown], detail('TestMailboxNotFound', shown));
  const sam = lower(account.samAccountName);
  const isAdmin = world.onPrem.domainAdmins.some((d) => lower(d) === sam);
  if (req.mailboxPermission === 'Admin' && !isAdmin)
    fail('MailboxPermissionMissing', [account.samAccountName, shown], detail('MailboxPermissionMissing', account.samAccountName, shown));
  if (target && (req.mailboxPermission === 'FullAccess' || req.testMailbox) && lower(target.samAccountName) !== sam && !canOpenMailbox(world, account, target))
    fail('MailboxPermissionMissing', [account.samAccountName, shown], detail('MailboxPermissionMissing', account.samAccountName, shown));
}

function autodiscoverSettings(world: World, req: ConnectivityRequest): { settings: ConnectionSettings; xml: string; account: Account; hash: string } {
  const org = world.onPrem;
  const email = req.emailAddress ?? '';
  const domain = lower(email.slice(email.lastIndexOf('@') + 1));
  const host = `autodiscover.${domain}`;
  if (org.version === 2003) fail('AutodiscoverFailed', [], detail('AutodiscoverNotOfferedDetail', org.version));
  const now = world.clock.now;
  const cname = resolveDns(world, host, 'CNAME', now);
  const a = resolveDns(world, host, 'A', now);
  if (cname.length === 0 && a.length === 0) fail('AutodiscoverFailed', [], detail('AutodiscoverDnsDetail', host, domain));
  // After a cutover the record points to autodiscover.outlook.com (S0 Step 8): it no longer finds the source.
  if (cname.length > 0 && !serverByHost(world, cname[0]!.value) && lower(cname[0]!.value).endsWith('outlook.com'))
    fail('AutodiscoverFailed', [], detail('AutodiscoverPointsToCloudDetail', host, cname[0]!.value));
  const front = outlookAnywhereServer(org);
  checkCertificate(world, front?.outlookAnywhere.certificate ?? null, host, !!req.acceptUntrustedCertificates);
  const { account, hash } = checkCredentials(world, req, host);
  const mailbox = findOnPremMailbox(world, email);
  const xml = mailbox ? buildAutodiscoverResponse(org, mailbox) : buildAutodiscoverError(email, now);
  const parsed = parseAutodiscoverResponse(xml);
  if (!parsed.ok) fail('AutodiscoverFailed', [], detail('AutodiscoverErrorResponseDetail', parsed.errorCode, email, parsed.message));
  const ok = parsed as Extract<typeof parsed, { ok: true }>;
  if (!ok.rpcProxyServer) fail('UnableToConnect', [], detail('AutodiscoverNoOutlookAnywhereDetail', email));
  return { settings: connectionSettingsFrom(ok, req.credentials?.userName ?? req.verifiedUserName ?? '', hash, !!req.acceptUntrustedCertificates), xml, account, hash };
}

function manualSettings(world: World, req: ConnectivityRequest): { settings: ConnectionSettings; account: Account; hash: string } {
  const proxy = req.rpcProxyServer ?? '';
  const front = serverByHost(world, proxy);
  if (!front) fail('ConnectionFailed', [proxy], detail('UnknownServerDetail', proxy));
  if (!front!.outlookAnywhere.enabled) fail('UnableToConnect', [], detail('OutlookAnywhereOffDetail', proxy));
  checkCertificate(world, front!.outlookAnywhere.certificate, proxy, !!req.acceptUntrustedCertificates);
  const { account, hash } = checkCredentials(world, req, proxy);
  const auth = req.authentication ?? 'Basic';
  return {
    settings: {
      exchangeServer: req.exchangeServer ?? '',
      rpcProxyServer: proxy,
      authentication: auth,
      username: req.credentials?.userName ?? req.verifiedUserName ?? '',
      verifiedPasswordHash: hash,
      sourceMailboxLegacyDN: req.sourceMailboxLegacyDN ?? '',
      nspiServer: req.exchangeServer ?? '',
      acceptUntrustedCertificates: !!req.acceptUntrustedCertificates,
    },
    account,
    hash,
  };
}

/** After settings are known: the RPC proxy accepts the method, the mailbox server answers (R12 on 2003). */
function checkRpcPath(world: World, settings: ConnectionSettings): void {
  const front = serverByHost(world, settings.rpcProxyServer);
  if (front && !front.outlookAnywhere.enabled) fail('UnableToConnect', [], detail('OutlookAnywhereOffDetail', settings.rpcProxyServer));
  const offered = front?.outlookAnywhere.authenticationMethods ?? [];
  if (front && !offered.some((m) => lower(m) === lower(settings.authentication)))
    fail('UnableToConnect', [], detail('AuthMethodNotOfferedDetail', settings.rpcProxyServer, settings.authentication, offered.join(', ')));
  const mbxServer = serverByHost(world, settings.exchangeServer);
  if (!mbxServer) fail('ConnectionFailed', [settings.exchangeServer], detail('UnknownServerDetail', settings.exchangeServer));
  if (world.onPrem.version === 2003) {
    const closed = [6001, 6002, 6004].filter((p) => !mbxServer!.openPorts.includes(p));
    if (closed.length > 0) fail('ConnectionFailed', [settings.exchangeServer], detail('RpcPortsClosedDetail', closed.join(', '), settings.exchangeServer));
  }
}

function imapOrRemote(world: World, req: ConnectivityRequest): { account: Account | null; hash: string | null } {
  const host = req.remoteServer ?? '';
  const server = serverByHost(world, host);
  if (!server) fail('ConnectionFailed', [host], detail('UnknownServerDetail', host));
  if (req.endpointType === 'IMAP') {
    const port = req.port ?? (req.security === 'None' || req.security === 'Tls' ? 143 : 993);
    if (!server!.openPorts.includes(port)) fail('ImapUnreachable', [host], detail('UnknownServerDetail', `${host}:${port}`));
    if (req.security !== 'None') checkCertificate(world, server!.outlookAnywhere.certificate, host, !!req.acceptUntrustedCertificates);
    return { account: null, hash: null };
  }
  // ExchangeRemoteMove: the MRS proxy is published with Outlook Anywhere on 2010 and later.
  if (world.onPrem.version < 2010 || !server!.outlookAnywhere.enabled) fail('ConnectionFailed', [host], detail('RemoteMoveUnsupportedDetail', host));
  checkCertificate(world, server!.outlookAnywhere.certificate, host, false);
  return checkCredentials(world, req, host);
}

/** Runs every check in the order a client meets them; the first failure is the outcome. */
export function checkConnectivity(world: World, req: ConnectivityRequest): ConnectivityOutcome {
  let xml: string | null = null;
  try {
    if (req.endpointType === 'ExchangeOutlookAnywhere') {
      const got: { settings: ConnectionSettings; account: Account; hash: string; xml?: string } = req.autodiscover ? autodiscoverSettings(world, req) : manualSettings(world, req);
      xml = got.xml ?? null;
      checkRpcPath(world, got.settings);
      checkTestMailbox(world, req, got.account);
      return { result: 'Success', errorId: null, errorArgs: [], message: '', errorDetail: null, connectionSettings: got.settings, autodiscoverXml: xml, account: got.account, passwordHash: got.hash };
    }
    const got = imapOrRemote(world, req);
    return { result: 'Success', errorId: null, errorArgs: [], message: '', errorDetail: null, connectionSettings: null, autodiscoverXml: null, account: got.account, passwordHash: got.hash };
  } catch (err) {
    if (!(err instanceof Failure)) throw err;
    return { result: 'Failed', errorId: err.id, errorArgs: err.args, message: formatMessage(err.id, ...err.args), errorDetail: err.detail, connectionSettings: null, autodiscoverXml: xml, account: null, passwordHash: null };
  }
}

/** Cutover eligibility: no directory synchronization (R3, R17, D). */
export function supportsCutover(world: World): boolean {
  return !world.tenant.directorySyncEnabled && !world.onPrem.directorySyncEnabled;
}

/** The object Test-MigrationServerAvailability returns (W2, W3; notes §1.7). */
export interface TestMigrationServerAvailabilityOutcome {
  result: 'Success' | 'Failed';
  message: string;
  errorId: MigrationMessageId | null;
  connectionSettings: ConnectionSettings | null;
  supportsCutover: boolean;
  errorDetail: ErrorDetail | null;
  isValid: true;
  identity: '';
  objectState: 'New';
  autodiscoverXml: string | null;
}

export function testMigrationServerAvailability(world: World, req: ConnectivityRequest): TestMigrationServerAvailabilityOutcome {
  const out = checkConnectivity(world, req);
  return {
    result: out.result,
    message: out.message,
    errorId: out.errorId,
    connectionSettings: out.connectionSettings,
    // W2: SupportsCutover is False on failure.
    supportsCutover: out.result === 'Success' && req.endpointType === 'ExchangeOutlookAnywhere' && supportsCutover(world),
    errorDetail: out.errorDetail,
    isValid: true,
    identity: '',
    objectState: 'New',
    autodiscoverXml: out.autodiscoverXml,
  };
}
