/**
 * The Exchange certificate cmdlets (on premises): Get-, New-, Import-, Enable- and
 * Remove-ExchangeCertificate over the server's certificate store (src/model/certificates.ts). They
 * let an admin replace a self-signed Outlook Anywhere certificate with a CA-issued one (R10):
 * import the CA's file, enable it for IIS, and the migration service trusts the server.
 * Parameters from office-docs-powershell exchange/exchange-ps/exchange/<Cmdlet>.md (2013+ forms,
 * which the corpus and the brief's labs use: -FileName, -RequestFile).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { FileSystemError } from '../../src/engine/services';
import { PSObject, stringOf } from '../../src/engine/values';
import {
  CertificateError,
  enableCertificate,
  getCertificate,
  importCertificate,
  listCertificates,
  newCertificateRequest,
  newSelfSignedCertificate,
  parseCertificateFile,
  parseServices,
  removeCertificate,
  servicesStringForm,
  subjectOf,
  type CertificateView,
} from '../../src/model/certificates';
import { findServer } from '../../src/model/onprem-admin';
import type { World } from '../../src/model/world';
import { certificateObject, TYPES } from '../exchange-types';
import { NO_EFFECT, bool, flag, inTransaction, reading, runspaceId, str, strList } from '../exchange-online/context';
import { ON_PREM_SOURCE, check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

const ONLINE = 'https://learn.microsoft.com/powershell/module/exchangepowershell/';
const SERVICES = ['None', 'IMAP', 'POP', 'UM', 'IIS', 'SMTP', 'Federation', 'UMCallRouter'];
const SERVER_PARAM = { name: 'Server', type: 'ServerIdParameter', description: 'The Exchange server whose certificate store is used (default: the Client Access server).' };
const DC_PARAM = { name: 'DomainController', type: 'Fqdn', description: 'The domain controller.', noEffect: NO_EFFECT.domainController };

/** A certificate error of the model as the cmdlet's error record. */
function writeCertificateError(ctx: CmdletContext, e: CertificateError): void {
  ctx.writeError({ message: e.message, errorId: e.exceptionType.slice(e.exceptionType.lastIndexOf('.') + 1), category: e.category, targetObject: e.target ?? null, exceptionType: e.exceptionType });
}

/** inTransaction (all or nothing, Exchange errors written) that also writes the store's own errors. */
function certTransaction<T>(ctx: CmdletContext, fn: (w: World) => T): T | undefined {
  try {
    return inTransaction(ctx, fn);
  } catch (e) {
    if (e instanceof CertificateError) {
      writeCertificateError(ctx, e);
      return undefined;
    }
    throw e;
  }
}

function certReading<T>(ctx: CmdletContext, fn: (w: World) => T): T | undefined {
  try {
    return reading(ctx, fn);
  } catch (e) {
    if (e instanceof CertificateError) {
      writeCertificateError(ctx, e);
      return undefined;
    }
    throw e;
  }
}

/**
 * The server a command acts on: -Server, the server part of an `EXCH-SRV-01\<thumbprint>` identity,
 * else the server the session reaches [EMU: the first Client Access server, the one that publishes
 * Outlook Anywhere]. An unknown server is Exchange's object-not-found error.
 */
function targetServer(ctx: CmdletContext, w: World, identityServer?: string): string {
  const named = str(ctx, 'Server') ?? identityServer;
  if (named !== undefined) {
    const s = findServer(w.onPrem, named);
    check(w, s ? 'ok' : 'not-found', named);
    return s!.name;
  }
  return (w.onPrem.servers.find((s) => s.roles.includes('ClientAccess')) ?? w.onPrem.servers[0]!).name;
}

/** -Thumbprint, or -Identity as `Server\Thumbprint` or `Thumbprint`. */
function thumbprintArg(ctx: CmdletContext): { thumbprint: string; server?: string } {
  const t = ctx.params.Thumbprint;
  if (t !== undefined && t !== null) return { thumbprint: thumbprintOf(t) };
  const id = ctx.params.Identity;
  const text = id instanceof PSObject ? stringOf(id.get('Identity') ?? id.get('Thumbprint') ?? '') : stringOf(id ?? '');
  const cut = text.lastIndexOf('\\');
  return cut < 0 ? { thumbprint: text } : { thumbprint: text.slice(cut + 1), server: text.slice(0, cut) };
}

/** A thumbprint argument: a string or a piped certificate object. */
function thumbprintOf(v: unknown): string {
  if (v instanceof PSObject) return stringOf(v.get('Thumbprint') ?? '');
  return stringOf(v as string);
}

function output(ctx: CmdletContext, w: World, c: CertificateView): PSObject {
  return certificateObject(c, w.clock.now, runspaceId(ctx), {
    services: c.services,
    servicesStringForm: servicesStringForm(c.services),
    friendlyName: c.friendlyName,
    privateKeyExportable: c.privateKeyExportable,
    subject: subjectOf(c),
    pending: c.status === 'PendingRequest',
    server: c.server,
  });
}

function writeCertificate(ctx: CmdletContext, thumbprint: string, server: string): void {
  certReading(ctx, (w) => ctx.writeObject(output(ctx, w, getCertificate(w, server, thumbprint))));
}

// ---------------------------------------------------------------- Get

export const getExchangeCertificateCmdlet = defineCmdlet({
  name: 'Get-ExchangeCertificate',
  source: ON_PREM_SOURCE,
  defaultParameterSet: 'Thumbprint',
  parameters: [
    { name: 'Thumbprint', type: 'String', sets: { Thumbprint: { position: 0, valueFromPipeline: true } }, description: 'The certificate to return.' },
    { name: 'Identity', type: 'ExchangeCertificateIdParameter', sets: { Identity: { position: 0, mandatory: true } }, description: 'The certificate: `Server\\Thumbprint` or `Thumbprint`.' },
    { ...SERVER_PARAM, sets: { Thumbprint: {} } },
    { name: 'DomainName', type: 'MultiValuedProperty', description: 'Returns the certificates whose subject or subject alternative names include one of these names.' },
    { name: 'Instance', type: 'X509Certificate2', description: 'Deprecated by Exchange.', noEffect: 'the parameter is deprecated and unused in Exchange' },
    DC_PARAM,
  ],
  outputType: [TYPES.certificate],
  help: {
    synopsis: 'Use the Get-ExchangeCertificate cmdlet to view Exchange certificates.',
    examples: [
      { code: 'Get-ExchangeCertificate', remarks: 'Lists the certificates of the server: thumbprint, services (IP.WS..) and subject.' },
      { code: 'Get-ExchangeCertificate | Format-List Subject,Issuer,CertificateDomains,NotAfter,Status', remarks: 'Checks that the Outlook Anywhere certificate comes from a trusted CA (R10).' },
    ],
    onlineUri: `${ONLINE}get-exchangecertificate`,
  },
  process(ctx) {
    certReading(ctx, (w) => {
      const byId = ctx.bound('Identity') ? thumbprintArg(ctx) : undefined;
      const server = targetServer(ctx, w, byId?.server);
      const thumbprint = byId?.thumbprint ?? (ctx.bound('Thumbprint') ? thumbprintOf(ctx.params.Thumbprint) : undefined);
      if (thumbprint !== undefined) {
        ctx.writeObject(output(ctx, w, getCertificate(w, server, thumbprint)));
        return;
      }
      const domains = (strList(ctx, 'DomainName') ?? []).map((d) => d.toLowerCase());
      for (const c of listCertificates(findServer(w.onPrem, server)!))
        if (!domains.length || c.subjectNames.some((n) => domains.includes(n.toLowerCase()))) ctx.writeObject(output(ctx, w, c));
    });
  },
});

// ---------------------------------------------------------------- New

export const newExchangeCertificateCmdlet = defineCmdlet({
  name: 'New-ExchangeCertificate',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  defaultParameterSet: 'Certificate',
  parameters: [
    { name: 'GenerateRequest', type: 'SwitchParameter', sets: { Request: {} }, description: 'Creates a certificate request (CSR) for a certification authority instead of a self-signed certificate.' },
    { name: 'RequestFile', type: 'String', sets: { Request: {} }, description: 'The file the base64 request is written to (it is also written to the pipeline).' },
    { name: 'BinaryEncoded', type: 'SwitchParameter', sets: { Request: {} }, description: 'DER-encodes the request.', noEffect: 'requests are always written as base64 text' },
    { name: 'Services', type: 'MultiValuedProperty', sets: { Certificate: {} }, description: 'The services the self-signed certificate is enabled for (default IMAP, POP, SMTP): None, IMAP, POP, UM, IIS, SMTP, Federation, UMCallRouter.' },
    { name: 'SubjectName', type: 'X500DistinguishedName', description: 'The subject, e.g. `C=US, O=Contoso, CN=mail.contoso.com` (default CN=<server name>); its CN is also a subject alternative name.' },
    { name: 'DomainName', type: 'MultiValuedProperty', description: 'The subject alternative names (default: the server name and FQDN).' },
    { name: 'FriendlyName', type: 'String', validateLength: [0, 63], description: 'The friendly name (default Microsoft Exchange).' },
    { name: 'PrivateKeyExportable', type: 'Boolean', description: 'Whether the private key can be exported (default $false).' },
    SERVER_PARAM,
    { name: 'Force', type: 'SwitchParameter', description: 'Suppresses confirmation prompts.', noEffect: 'the emulator does not ask to replace the default SMTP certificate' },
    { name: 'IncludeAcceptedDomains', type: 'SwitchParameter', description: 'Adds every accepted domain as a subject alternative name.' },
    { name: 'IncludeAutoDiscover', type: 'SwitchParameter', description: 'Adds autodiscover.<accepted domain> for every accepted domain.' },
    { name: 'IncludeServerFQDN', type: 'SwitchParameter', description: "Adds the server's FQDN." },
    { name: 'IncludeServerNetBIOSName', type: 'SwitchParameter', description: "Adds the server's NetBIOS name." },
    { name: 'KeySize', type: 'Int32', description: 'The RSA key size (default 2048).', noEffect: 'certificates carry no keys in the emulator' },
    { name: 'SubjectKeyIdentifier', type: 'String', description: 'The subject key identifier.', noEffect: 'certificates carry no keys in the emulator' },
    { name: 'Instance', type: 'X509Certificate2', description: 'Deprecated by Exchange.', noEffect: 'the parameter is deprecated and unused in Exchange' },
    DC_PARAM,
  ],
  outputType: [TYPES.certificate],
  help: {
    synopsis: 'Use the New-ExchangeCertificate cmdlet to create self-signed certificates and certificate requests for a certification authority.',
    examples: [
      { code: 'New-ExchangeCertificate', remarks: 'Creates a self-signed certificate for the server, enabled for IMAP, POP and SMTP.' },
      { code: "New-ExchangeCertificate -GenerateRequest -RequestFile 'C:\\Certs\\mail.contoso.com.req' -SubjectName 'c=US, o=Contoso, cn=mail.contoso.com' -DomainName autodiscover.contoso.com", remarks: 'Creates a certificate request to send to a certification authority; complete it with Import-ExchangeCertificate.' },
    ],
    onlineUri: `${ONLINE}new-exchangecertificate`,
  },
  process(ctx) {
    const request = flag(ctx, 'GenerateRequest');
    const file = str(ctx, 'RequestFile');
    const result = certTransaction(ctx, (w) => {
      const server = targetServer(ctx, w);
      const s = findServer(w.onPrem, server)!;
      const extra = [
        ...(flag(ctx, 'IncludeServerNetBIOSName') ? [s.name] : []),
        ...(flag(ctx, 'IncludeServerFQDN') ? [s.fqdn] : []),
        ...(flag(ctx, 'IncludeAcceptedDomains') ? w.onPrem.acceptedDomains : []),
        ...(flag(ctx, 'IncludeAutoDiscover') ? w.onPrem.acceptedDomains.map((d) => `autodiscover.${d}`) : []),
      ];
      const given = [...(strList(ctx, 'DomainName') ?? []), ...extra];
      const services = ctx.bound('Services') ? parseServices(strList(ctx, 'Services') ?? []) : undefined;
      const opts = {
        subjectName: str(ctx, 'SubjectName'),
        domainNames: given.length ? given : undefined,
        friendlyName: str(ctx, 'FriendlyName'),
        privateKeyExportable: bool(ctx, 'PrivateKeyExportable'),
        // -IncludeAcceptedDomains / -IncludeAutoDiscover without -Services: SMTP only (the cmdlet's page).
        services: services ?? (flag(ctx, 'IncludeAcceptedDomains') || flag(ctx, 'IncludeAutoDiscover') ? parseServices(['SMTP']) : undefined),
      };
      const subject = opts.subjectName ?? `CN=${server}`;
      if (!shouldProcessExchange(ctx, 'New-ExchangeCertificate', subject, request ? 'certificate request' : 'self-signed certificate')) return undefined;
      if (!request) return { thumbprint: newSelfSignedCertificate(w, server, opts).thumbprint, server, text: undefined };
      const r = newCertificateRequest(w, server, opts);
      // The request file is written in the same transaction: a failed write leaves no pending request.
      if (file !== undefined) writeRequestFile(ctx, file, r.requestText);
      return { thumbprint: r.certificate.thumbprint, server, text: r.requestText };
    });
    if (!result) return;
    if (result.text !== undefined) ctx.writeObject(result.text);
    else writeCertificate(ctx, result.thumbprint, result.server);
  },
});

// ---------------------------------------------------------------- Import

export const importExchangeCertificateCmdlet = defineCmdlet({
  name: 'Import-ExchangeCertificate',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  defaultParameterSet: 'FileData',
  parameters: [
    { name: 'FileData', type: 'Byte[]', sets: { FileData: { mandatory: true } }, description: "The certificate file's bytes: `([System.IO.File]::ReadAllBytes('C:\\Certs\\mail.contoso.com.pfx'))`." },
    { name: 'FileName', type: 'String', sets: { FileName: { mandatory: true } }, description: 'The certificate file to import (Exchange 2013 and later).' },
    { name: 'Instance', type: 'String[]', sets: { Instance: { mandatory: true, valueFromPipeline: true } }, description: 'Deprecated by Exchange.', noEffect: 'the parameter is deprecated and unused in Exchange' },
    { name: 'FriendlyName', type: 'String', validateLength: [0, 63], description: 'The friendly name (default: that of the completed request, else the first subject name).' },
    { name: 'Password', type: 'SecureString', description: 'The password protecting the file.', noEffect: "the emulator's certificate files are not encrypted" },
    { name: 'PrivateKeyExportable', type: 'Boolean', description: 'Whether the private key can be exported (default $false).' },
    SERVER_PARAM,
    DC_PARAM,
  ],
  outputType: [TYPES.certificate],
  help: {
    synopsis: 'Use the Import-ExchangeCertificate cmdlet to import certificates and to complete pending certificate requests.',
    examples: [
      { code: "Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('C:\\Certs\\mail.contoso.com.pfx'))", remarks: 'Imports the CA-issued certificate; enable it for IIS with Enable-ExchangeCertificate.' },
      { code: "Import-ExchangeCertificate -FileName 'C:\\Certs\\mail.contoso.com.pfx'", remarks: 'The same, reading the file by name (Exchange 2013 and later).' },
    ],
    onlineUri: `${ONLINE}import-exchangecertificate`,
  },
  process(ctx) {
    const result = certTransaction(ctx, (w) => {
      const server = targetServer(ctx, w);
      const label = ctx.bound('FileName') ? str(ctx, 'FileName')! : 'FileData';
      const bytes = ctx.bound('FileName') ? readFile(ctx, label) : ctx.params.FileData instanceof Uint8Array ? ctx.params.FileData : new Uint8Array();
      if (!ctx.bound('FileName') && !ctx.bound('FileData')) return undefined;
      parseCertificateFile(bytes); // a bad file fails before the confirmation, as a -WhatIf run would show
      if (!shouldProcessExchange(ctx, 'Import-ExchangeCertificate', label)) return undefined;
      const c = importCertificate(w, server, bytes, { friendlyName: str(ctx, 'FriendlyName'), privateKeyExportable: bool(ctx, 'PrivateKeyExportable') });
      return { thumbprint: c.thumbprint, server };
    });
    if (result) writeCertificate(ctx, result.thumbprint, result.server);
  },
});

/** Writes -RequestFile; a missing folder is .NET's DirectoryNotFoundException. */
function writeRequestFile(ctx: CmdletContext, path: string, text: string): void {
  try {
    ctx.services.fs.writeText(path, text);
  } catch (e) {
    if (e instanceof FileSystemError) throw new CertificateError('RequestFileNotWritten', [e.message], path);
    throw e;
  }
}

/** Reads -FileName from the (virtual) file system; a missing file is .NET's FileNotFoundException. */
function readFile(ctx: CmdletContext, path: string): Uint8Array {
  try {
    return ctx.services.fs.readBytes(path);
  } catch (e) {
    if (e instanceof FileSystemError) throw new CertificateError('CertificateFileNotFound', [e.path], path);
    throw e;
  }
}

// ---------------------------------------------------------------- Enable

export const enableExchangeCertificateCmdlet = defineCmdlet({
  name: 'Enable-ExchangeCertificate',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  defaultParameterSet: 'Thumbprint',
  parameters: [
    { name: 'Thumbprint', type: 'String', sets: { Thumbprint: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, description: 'The certificate to enable.' },
    { name: 'Identity', type: 'ExchangeCertificateIdParameter', sets: { Identity: { mandatory: true } }, description: 'The certificate: `Server\\Thumbprint` or `Thumbprint`.' },
    { name: 'Services', type: 'MultiValuedProperty', sets: { __AllParameterSets: { mandatory: true } }, description: 'The services to add: None, IMAP, POP, UM, IIS, SMTP, Federation, UMCallRouter. IIS binds the certificate to the web site (Outlook Anywhere).' },
    { ...SERVER_PARAM, sets: { Thumbprint: {} } },
    { name: 'DoNotRequireSsl', type: 'SwitchParameter', description: 'Leaves "require SSL" off on the default web site.', noEffect: 'the web site\'s SSL setting is not modelled' },
    { name: 'NetworkServiceAllowed', type: 'SwitchParameter', description: 'Lets Network Service read the private key.', noEffect: 'certificates carry no keys in the emulator' },
    { name: 'Force', type: 'SwitchParameter', description: 'Suppresses confirmation prompts.', noEffect: 'the emulator does not ask to replace the default SMTP certificate' },
    DC_PARAM,
  ],
  help: {
    synopsis: 'Use the Enable-ExchangeCertificate cmdlet to enable a certificate for Exchange services such as IIS, SMTP, POP and IMAP.',
    examples: [{ code: 'Enable-ExchangeCertificate -Thumbprint 5113ae0233a72fccb75b1d0198628675333d010e -Services IIS', remarks: 'Binds the certificate to IIS: Outlook Anywhere (and the migration service) now see it.' }],
    onlineUri: `${ONLINE}enable-exchangecertificate`,
  },
  process(ctx) {
    const { thumbprint, server: idServer } = thumbprintArg(ctx);
    certTransaction(ctx, (w) => {
      const server = targetServer(ctx, w, idServer);
      const services = parseServices(strList(ctx, 'Services') ?? []);
      getCertificate(w, server, thumbprint);
      if (!shouldProcessExchange(ctx, 'Enable-ExchangeCertificate', thumbprint, services.length ? services.join(', ') : 'None')) return;
      enableCertificate(w, server, thumbprint, services);
    });
  },
});

// ---------------------------------------------------------------- Remove

export const removeExchangeCertificateCmdlet = defineCmdlet({
  name: 'Remove-ExchangeCertificate',
  source: ON_PREM_SOURCE,
  supportsShouldProcess: true,
  confirmImpact: 'High',
  defaultParameterSet: 'Thumbprint',
  parameters: [
    { name: 'Thumbprint', type: 'String', sets: { Thumbprint: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, description: 'The certificate or pending request to remove.' },
    { name: 'Identity', type: 'ExchangeCertificateIdParameter', sets: { Identity: { mandatory: true } }, description: 'The certificate: `Server\\Thumbprint` or `Thumbprint`.' },
    { ...SERVER_PARAM, sets: { Thumbprint: {} } },
    DC_PARAM,
  ],
  help: {
    synopsis: 'Use the Remove-ExchangeCertificate cmdlet to remove certificates and pending certificate requests from Exchange servers.',
    examples: [{ code: 'Remove-ExchangeCertificate -Thumbprint 5113ae0233a72fccb75b1d0198628675333d010e', remarks: 'Removes the certificate (not the one bound to IIS: enable another for IIS first).' }],
    onlineUri: `${ONLINE}remove-exchangecertificate`,
  },
  process(ctx) {
    const { thumbprint, server: idServer } = thumbprintArg(ctx);
    certTransaction(ctx, (w) => {
      const server = targetServer(ctx, w, idServer);
      const c = getCertificate(w, server, thumbprint);
      if (!shouldProcessExchange(ctx, 'Remove-ExchangeCertificate', c.thumbprint)) return;
      removeCertificate(w, server, thumbprint);
    });
  },
});

export const CERTIFICATE_CMDLETS = [
  getExchangeCertificateCmdlet,
  newExchangeCertificateCmdlet,
  importExchangeCertificateCmdlet,
  enableExchangeCertificateCmdlet,
  removeExchangeCertificateCmdlet,
];

