/**
 * The Exchange server's certificate store (New-, Import-, Enable-, Remove-, Get-ExchangeCertificate):
 * pure operations over the world. The certificate bound to IIS is `outlookAnywhere.certificate`
 * (what the migration service sees, connectivity.ts R10) with its services in `iisCertificate`; every
 * other certificate and pending request sits in `server.certificates`.
 *
 * Sources: office-docs-powershell exchange/exchange-ps/exchange/{New,Import,Enable,Remove,Get}-
 * ExchangeCertificate.md (parameters, defaults, additive services), exchangepedia "Renew self-signed
 * certificates in Exchange 2010" (self-signed certificates last five years).
 *
 * Certificate files are an emulator convention (docs/world.md): a PEM-armoured block whose base64
 * payload is JSON, `-----BEGIN CERTIFICATE-----` for issued certificates and
 * `-----BEGIN NEW CERTIFICATE REQUEST-----` (Exchange's header for base64 requests) for requests.
 */
import { decodeBase64, encodeBase64 } from './base64';
import { mulberry32Step } from './random';
import { findServer } from './onprem-admin';
import type { Certificate, CertificateDetails, CertificateService, ExchangeServer, StoredCertificate, World } from './world';

// ---------------------------------------------------------------- errors

interface CertificateMessage {
  /** The .NET exception Exchange raises (the error record's exception type). */
  type: string;
  /** The PowerShell error category (ErrorCategory of src/engine/cmdlet.ts). */
  category: 'ObjectNotFound' | 'InvalidData' | 'InvalidArgument' | 'InvalidOperation' | 'ResourceExists';
  template: string;
  /** True where no source gives Exchange's own wording. */
  emu: boolean;
}

const m = (type: string, category: CertificateMessage['category'], template: string, emu = true): CertificateMessage => ({ type, category, template, emu });
const TASKS = 'Microsoft.Exchange.Management.SystemConfigurationTasks';

export const CERTIFICATE_MESSAGES = {
  CertificateNotFound: m(`${TASKS}.ExchangeCertificateNotFoundException`, 'ObjectNotFound', "The certificate with thumbprint {0} wasn't found on server {1}."),
  CertificateFileNotFound: m('System.IO.FileNotFoundException', 'ObjectNotFound', "Could not find file '{0}'."),
  // -RequestFile could not be written: the file system's own message (src/model/messages.ts, pwsh/.NET wording).
  RequestFileNotWritten: m('System.IO.DirectoryNotFoundException', 'ObjectNotFound', '{0}', false),
  CertificateDataInvalid: m(`${TASKS}.InvalidCertificateDataException`, 'InvalidData', "The certificate data isn't valid. Use a certificate file (-----BEGIN CERTIFICATE-----) issued by a certification authority."),
  CertificateDataEmpty: m(`${TASKS}.InvalidCertificateDataException`, 'InvalidData', 'Cannot import certificate. A certificate must be a non-empty byte array.'),
  CertificateExists: m(`${TASKS}.ExchangeCertificateAlreadyExistsException`, 'ResourceExists', 'The certificate with thumbprint {0} already exists on server {1}.'),
  CertificatePending: m(`${TASKS}.ExchangeCertificatePendingRequestException`, 'InvalidOperation', 'The certificate with thumbprint {0} is a pending certificate request and can\'t be enabled for services. Complete the request with Import-ExchangeCertificate first.'),
  CertificateBoundToIis: m(`${TASKS}.ExchangeCertificateInUseException`, 'InvalidOperation', "The certificate with thumbprint {0} is enabled for IIS and can't be removed. Enable another certificate for IIS first."),
  // pwsh's wording when a string doesn't convert to an enum (here, a flags enum given as a list).
  ServiceUnknown: m('System.Management.Automation.PSInvalidCastException', 'InvalidArgument', 'Cannot convert value "{0}" to type "Microsoft.Exchange.Management.Metabase.AllowedServices". Error: "Unable to match the identifier name {0} to a valid enumerator name. Specify one of the following enumerator names and try again:\nNone, IMAP, POP, UM, IIS, SMTP, Federation, UMCallRouter"', false),
} as const satisfies Record<string, CertificateMessage>;

export type CertificateMessageId = keyof typeof CERTIFICATE_MESSAGES;

export class CertificateError extends Error {
  readonly exceptionType: string;
  readonly category: CertificateMessage['category'];
  constructor(
    readonly id: CertificateMessageId,
    readonly args: readonly string[],
    readonly target?: string,
  ) {
    super(CERTIFICATE_MESSAGES[id].template.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? ''));
    this.name = 'CertificateError';
    this.exceptionType = CERTIFICATE_MESSAGES[id].type;
    this.category = CERTIFICATE_MESSAGES[id].category;
  }
}

const fail = (id: CertificateMessageId, args: string[], target?: string): never => {
  throw new CertificateError(id, args, target);
};

// ---------------------------------------------------------------- services

/** AllowedServices in its flag order (None=0, IMAP=1, POP=2, UM=4, IIS=8, SMTP=16, Federation=32, UMCallRouter=64). */
export const CERTIFICATE_SERVICES: readonly CertificateService[] = ['IMAP', 'POP', 'UM', 'IIS', 'SMTP', 'Federation', 'UMCallRouter'];
/** New-ExchangeCertificate's default services for a self-signed certificate (its -Services page). */
export const DEFAULT_SELF_SIGNED_SERVICES: readonly CertificateService[] = ['IMAP', 'POP', 'SMTP'];
/** What Exchange setup enables its own certificate for on a CAS + Hub server (exchangepedia). */
const DEFAULT_IIS_DETAILS: CertificateDetails = { services: ['IMAP', 'POP', 'IIS', 'SMTP'], friendlyName: 'Microsoft Exchange', privateKeyExportable: false };
const SELF_SIGNED_VALIDITY_MS = 5 * 365 * 24 * 3600 * 1000;
const REQUEST_VALIDITY_MS = 365 * 24 * 3600 * 1000;

/**
 * Parses -Services values: names or comma-separated lists, case-insensitive; `None` alone means
 * no service. Unknown names throw ServiceUnknown.
 */
export function parseServices(values: readonly string[]): CertificateService[] {
  const out = new Set<CertificateService>();
  for (const part of values.flatMap((v) => v.split(','))) {
    const name = part.trim();
    if (!name || name.toLowerCase() === 'none') continue;
    const hit = CERTIFICATE_SERVICES.find((s) => s.toLowerCase() === name.toLowerCase());
    if (!hit) fail('ServiceUnknown', [name], name);
    out.add(hit!);
  }
  return sortServices([...out]);
}

function sortServices(services: readonly CertificateService[]): CertificateService[] {
  return CERTIFICATE_SERVICES.filter((s) => services.includes(s));
}

/**
 * Exchange's short form of the services (ServicesStringForm): one position per service in flag
 * order, its letter or a dot. `IP.WS..` and `....S..` appear in Get-ExchangeCertificate output of
 * Exchange 2016 (IMAP, POP, IIS, SMTP); the letters U, F and C for UM, Federation and
 * UMCallRouter are [EMU].
 */
export function servicesStringForm(services: readonly CertificateService[]): string {
  const letters: Record<CertificateService, string> = { IMAP: 'I', POP: 'P', UM: 'U', IIS: 'W', SMTP: 'S', Federation: 'F', UMCallRouter: 'C' };
  return CERTIFICATE_SERVICES.map((s) => (services.includes(s) ? letters[s] : '.')).join('');
}

// ---------------------------------------------------------------- reading the store

/** One certificate as the cmdlets show it, wherever it is kept. */
export interface CertificateView extends StoredCertificate {
  server: string;
  boundToIis: boolean;
}

function viewOf(server: ExchangeServer, c: Certificate, details: CertificateDetails, status: StoredCertificate['status'], bound: boolean): CertificateView {
  return {
    subjectNames: [...c.subjectNames], issuer: c.issuer, selfSigned: c.selfSigned, trustedIssuer: c.trustedIssuer, notAfter: c.notAfter, thumbprint: c.thumbprint,
    services: sortServices(details.services), friendlyName: details.friendlyName, privateKeyExportable: details.privateKeyExportable,
    ...(details.subject ? { subject: details.subject } : {}),
    status, server: server.name, boundToIis: bound,
  };
}

/** The certificate bound to IIS first, then the store in the order it was filled. */
export function listCertificates(server: ExchangeServer): CertificateView[] {
  const out: CertificateView[] = [];
  const bound = server.outlookAnywhere.certificate;
  if (bound) out.push(viewOf(server, bound, server.iisCertificate ?? DEFAULT_IIS_DETAILS, 'Valid', true));
  for (const c of server.certificates ?? []) out.push(viewOf(server, c, c, c.status, false));
  return out;
}

const sameThumbprint = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function findCertificate(server: ExchangeServer, thumbprint: string): CertificateView | undefined {
  return listCertificates(server).find((c) => sameThumbprint(c.thumbprint, thumbprint));
}

/** The subject as Exchange shows it: the -SubjectName given, else `CN=<first name>`. */
export function subjectOf(c: { subject?: string; subjectNames: readonly string[] }): string {
  return c.subject ?? `CN=${c.subjectNames[0] ?? ''}`;
}

function serverOf(world: World, name: string): ExchangeServer {
  const s = findServer(world.onPrem, name);
  if (!s) throw new Error(`certificates: unknown server ${name}`);
  return s;
}

function requireCertificate(server: ExchangeServer, thumbprint: string): CertificateView {
  const c = findCertificate(server, thumbprint);
  if (!c) fail('CertificateNotFound', [thumbprint, server.fqdn], thumbprint);
  return c!;
}

/** A new thumbprint (40 upper-case hex digits, SHA-1 sized) from the world's seeded sequence. */
function newThumbprint(world: World): string {
  let hex = '';
  while (hex.length < 40) {
    const r = mulberry32Step(world.random.state);
    world.random.state = r.state;
    hex += Math.floor(r.value * 0x100000000).toString(16).padStart(8, '0');
  }
  return hex.slice(0, 40).toUpperCase();
}

// ---------------------------------------------------------------- New-ExchangeCertificate

export interface NewCertificateOptions {
  /** -SubjectName, e.g. `c=US, o=Contoso, cn=mail.contoso.com`. */
  subjectName?: string;
  /** -DomainName: the subject alternative names. */
  domainNames?: string[];
  friendlyName?: string;
  privateKeyExportable?: boolean;
  /** -Services (self-signed only); undefined means IMAP, POP, SMTP. */
  services?: CertificateService[];
}

/** The CN of an X.500 name (`c=US,o=Contoso,cn=mail.contoso.com` -> `mail.contoso.com`). */
function commonName(subject: string): string | undefined {
  return subject.split(',').map((p) => p.trim()).find((p) => /^cn\s*=/i.test(p))?.replace(/^cn\s*=\s*/i, '');
}

/**
 * -SubjectName as the certificate shows it: attribute names upper-case, last attribute first
 * (.NET prints an X.500 name in reverse of the order it was written: `c=US, o=Contoso,
 * cn=mail.contoso.com` -> `CN=mail.contoso.com, O=Contoso, C=US`).
 */
export function normaliseSubject(subject: string): string {
  return subject
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.replace(/^([a-z]+)\s*=\s*/i, (_, k: string) => `${k.toUpperCase()}=`))
    .reverse()
    .join(', ');
}

/**
 * The names New-ExchangeCertificate puts on a certificate: the subject's CN first, then -DomainName;
 * with neither, the server's name and FQDN (its -DomainName and -SubjectName pages).
 */
function namesFor(server: ExchangeServer, opts: NewCertificateOptions): { subject: string; names: string[] } {
  const cn = opts.subjectName ? commonName(opts.subjectName) : undefined;
  const given = [...(cn ? [cn] : []), ...(opts.domainNames ?? [])].map((n) => n.trim()).filter(Boolean);
  const names = given.length ? given : [server.name, server.fqdn];
  const unique = names.filter((n, i) => names.findIndex((x) => x.toLowerCase() === n.toLowerCase()) === i);
  return { subject: opts.subjectName ? normaliseSubject(opts.subjectName) : `CN=${server.name}`, names: unique };
}

/** Adds a new certificate of this server to its store: self-signed, or a request waiting for its CA. */
function storeNew(world: World, server: ExchangeServer, opts: NewCertificateOptions, kind: 'SelfSigned' | 'Request'): StoredCertificate {
  const { subject, names } = namesFor(server, opts);
  const selfSigned = kind === 'SelfSigned';
  const cert: StoredCertificate = {
    subjectNames: names, issuer: subject, selfSigned, trustedIssuer: false,
    notAfter: world.clock.now + (selfSigned ? SELF_SIGNED_VALIDITY_MS : REQUEST_VALIDITY_MS),
    thumbprint: newThumbprint(world), services: [], friendlyName: opts.friendlyName ?? 'Microsoft Exchange',
    privateKeyExportable: opts.privateKeyExportable ?? false, subject, status: selfSigned ? 'Valid' : 'PendingRequest',
  };
  (server.certificates ??= []).push(cert);
  return cert;
}

/** A self-signed certificate, enabled for -Services (IIS binds it, like Enable-ExchangeCertificate). */
export function newSelfSignedCertificate(world: World, serverName: string, opts: NewCertificateOptions): CertificateView {
  const server = serverOf(world, serverName);
  const cert = storeNew(world, server, opts, 'SelfSigned');
  const services = opts.services ?? [...DEFAULT_SELF_SIGNED_SERVICES];
  return services.length ? enableCertificate(world, serverName, cert.thumbprint, services) : findCertificate(server, cert.thumbprint)!;
}

/** A pending request (New-ExchangeCertificate -GenerateRequest) and its base64 request text. */
export function newCertificateRequest(world: World, serverName: string, opts: NewCertificateOptions): { certificate: CertificateView; requestText: string } {
  const server = serverOf(world, serverName);
  const cert = storeNew(world, server, opts, 'Request');
  const requestText = armour('NEW CERTIFICATE REQUEST', { subject: cert.subject, subjectNames: cert.subjectNames, requestThumbprint: cert.thumbprint });
  return { certificate: findCertificate(server, cert.thumbprint)!, requestText };
}

// ---------------------------------------------------------------- certificate files

/** The JSON payload of a certificate file (docs/world.md). */
export interface CertificateFilePayload {
  subjectNames: string[];
  issuer: string;
  /** ISO date-time (or ms since the epoch). */
  notAfter: string | number;
  thumbprint: string;
  selfSigned: boolean;
  trustedIssuer: boolean;
  subject?: string;
  /** The pending request this certificate answers (New-ExchangeCertificate -GenerateRequest's thumbprint). */
  requestThumbprint?: string;
}

function armour(label: string, payload: object): string {
  const b64 = encodeBase64(new TextEncoder().encode(JSON.stringify(payload)));
  const lines = b64.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\r\n');
}

/** A certificate file's text for `payload` (scenario variants, tests). */
export function encodeCertificateFile(payload: CertificateFilePayload): string {
  return armour('CERTIFICATE', payload) + '\r\n';
}

function decodeText(bytes: Uint8Array): string {
  // Files written by PowerShell may be UTF-16 (Out-File's default in Windows PowerShell) or carry a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Reads a certificate file; anything else is CertificateDataInvalid. */
export function parseCertificateFile(bytes: Uint8Array): { certificate: Certificate; subject?: string; requestThumbprint?: string } {
  if (bytes.length === 0) fail('CertificateDataEmpty', []);
  const match = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]*)-----END CERTIFICATE-----/.exec(decodeText(bytes));
  if (!match) return fail('CertificateDataInvalid', []);
  let p: Partial<CertificateFilePayload>;
  try {
    p = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(decodeBase64(match[1]!.replace(/\s+/g, '')))) as Partial<CertificateFilePayload>;
  } catch {
    return fail('CertificateDataInvalid', []);
  }
  const notAfter = typeof p.notAfter === 'number' ? p.notAfter : typeof p.notAfter === 'string' ? Date.parse(p.notAfter) : NaN;
  const valid =
    p !== null && typeof p === 'object' &&
    Array.isArray(p.subjectNames) && p.subjectNames.length > 0 && p.subjectNames.every((n) => typeof n === 'string' && n.length > 0) &&
    typeof p.issuer === 'string' && Number.isFinite(notAfter) &&
    typeof p.thumbprint === 'string' && /^[0-9a-f]{40}$/i.test(p.thumbprint) &&
    typeof p.selfSigned === 'boolean' && typeof p.trustedIssuer === 'boolean' &&
    (p.subject === undefined || typeof p.subject === 'string') && (p.requestThumbprint === undefined || typeof p.requestThumbprint === 'string');
  if (!valid) fail('CertificateDataInvalid', []);
  return {
    certificate: {
      subjectNames: p.subjectNames!.map((n) => n.toLowerCase()), issuer: p.issuer!, selfSigned: p.selfSigned!, trustedIssuer: p.trustedIssuer!,
      notAfter, thumbprint: p.thumbprint!.toUpperCase(),
    },
    ...(p.subject ? { subject: p.subject } : {}),
    ...(p.requestThumbprint ? { requestThumbprint: p.requestThumbprint } : {}),
  };
}

// ---------------------------------------------------------------- Import / Enable / Remove

export interface ImportOptions {
  friendlyName?: string;
  privateKeyExportable?: boolean;
}

const sameNames = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((n) => b.some((x) => x.toLowerCase() === n.toLowerCase()));

/**
 * Imports a certificate file into the store (enabled for no service). A certificate that answers a
 * pending request (its requestThumbprint, else the same names [EMU: Exchange matches the key pair])
 * completes it: the request leaves the store and its friendly name carries over.
 */
export function importCertificate(world: World, serverName: string, data: Uint8Array, opts: ImportOptions): CertificateView {
  const server = serverOf(world, serverName);
  const parsed = parseCertificateFile(data);
  const c = parsed.certificate;
  if (findCertificate(server, c.thumbprint)) fail('CertificateExists', [c.thumbprint, server.fqdn], c.thumbprint);
  const store = (server.certificates ??= []);
  const pending = store.findIndex((s) => s.status === 'PendingRequest' &&
    (parsed.requestThumbprint ? sameThumbprint(s.thumbprint, parsed.requestThumbprint) : sameNames(s.subjectNames, c.subjectNames)));
  const request = pending >= 0 ? store.splice(pending, 1)[0] : undefined;
  const subject = parsed.subject ?? request?.subject;
  store.push({
    ...c, services: [], status: 'Valid',
    friendlyName: opts.friendlyName ?? request?.friendlyName ?? c.subjectNames[0]!,
    privateKeyExportable: opts.privateKeyExportable ?? request?.privateKeyExportable ?? false,
    ...(subject ? { subject } : {}),
  });
  return findCertificate(server, c.thumbprint)!;
}

/**
 * Enables a certificate for services. Services add to those it has (they are never taken away).
 * IIS binds the certificate to the web site (Outlook Anywhere): the one bound before stays in the
 * store with its other services.
 */
export function enableCertificate(world: World, serverName: string, thumbprint: string, services: readonly CertificateService[]): CertificateView {
  const server = serverOf(world, serverName);
  const target = requireCertificate(server, thumbprint);
  if (target.status === 'PendingRequest') fail('CertificatePending', [target.thumbprint], target.thumbprint);
  const wanted = sortServices([...target.services, ...services]);
  if (target.boundToIis) {
    server.iisCertificate = { ...(server.iisCertificate ?? DEFAULT_IIS_DETAILS), services: wanted };
    return findCertificate(server, target.thumbprint)!;
  }
  const store = (server.certificates ??= []);
  const index = store.findIndex((s) => sameThumbprint(s.thumbprint, target.thumbprint));
  if (!wanted.includes('IIS')) {
    store[index]!.services = wanted;
    return findCertificate(server, target.thumbprint)!;
  }
  const [entry] = store.splice(index, 1);
  const previous = server.outlookAnywhere.certificate;
  if (previous) {
    const details = server.iisCertificate ?? DEFAULT_IIS_DETAILS;
    store.push({ ...previous, ...details, services: details.services.filter((s) => s !== 'IIS'), status: 'Valid' });
  }
  const { services: _old, friendlyName, privateKeyExportable, subject, status: _status, ...cert } = entry!;
  server.outlookAnywhere.certificate = cert;
  server.iisCertificate = { services: wanted, friendlyName, privateKeyExportable, ...(subject ? { subject } : {}) };
  return findCertificate(server, target.thumbprint)!;
}

/** Removes a certificate or pending request; the one bound to IIS stays until another takes IIS. */
export function removeCertificate(world: World, serverName: string, thumbprint: string): void {
  const server = serverOf(world, serverName);
  const target = requireCertificate(server, thumbprint);
  if (target.boundToIis) fail('CertificateBoundToIis', [target.thumbprint], target.thumbprint);
  server.certificates = (server.certificates ?? []).filter((s) => !sameThumbprint(s.thumbprint, target.thumbprint));
}

/** Throws CertificateNotFound unless the server has the certificate (Get-ExchangeCertificate -Thumbprint). */
export function getCertificate(world: World, serverName: string, thumbprint: string): CertificateView {
  return requireCertificate(serverOf(world, serverName), thumbprint);
}
