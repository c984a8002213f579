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
import { NO_EFFECT, bool, declare, flag, inTransaction, reading, runspaceId, str, strList, withParameter } from '../exchange-online/context';
import { GET_EXCHANGE_CERTIFICATE } from './syntax/get-exchange-certificate';
import { NEW_EXCHANGE_CERTIFICATE } from './syntax/new-exchange-certificate';
import { IMPORT_EXCHANGE_CERTIFICATE } from './syntax/import-exchange-certificate';
import { ENABLE_EXCHANGE_CERTIFICATE } from './syntax/enable-exchange-certificate';
import { REMOVE_EXCHANGE_CERTIFICATE } from './syntax/remove-exchange-certificate';
import { ON_PREM_SOURCE, check } from './context';
import { shouldProcessExchange } from '../exchange-confirm';

const SERVICES = ['None', 'IMAP', 'POP', 'UM', 'IIS', 'SMTP', 'Federation', 'UMCallRouter'];
const DEPRECATED = 'the parameter is deprecated and unused in Exchange';
const NO_KEYS = 'certificates carry no keys in the emulator';
const NO_PROMPT = 'the emulator does not ask to replace the default SMTP certificate';

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
  ...declare(GET_EXCHANGE_CERTIFICATE, { Instance: DEPRECATED, DomainController: NO_EFFECT.domainController }),
  outputType: [TYPES.certificate],
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
  ...withParameter(
    declare(NEW_EXCHANGE_CERTIFICATE, {
      BinaryEncoded: 'requests are always written as base64 text',
      Force: NO_PROMPT,
      KeySize: NO_KEYS,
      SubjectKeyIdentifier: NO_KEYS,
      Instance: DEPRECATED,
      DomainController: NO_EFFECT.domainController,
    }),
    'FriendlyName',
    { validateLength: [0, 63] },
  ),
  outputType: [TYPES.certificate],
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
  ...withParameter(
    declare(IMPORT_EXCHANGE_CERTIFICATE, {
      Instance: DEPRECATED,
      Password: "the emulator's certificate files are not encrypted",
      DomainController: NO_EFFECT.domainController,
    }),
    'FriendlyName',
    { validateLength: [0, 63] },
  ),
  outputType: [TYPES.certificate],
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
  // A piped certificate binds -Thumbprint by its property of that name.
  ...withParameter(
    declare(ENABLE_EXCHANGE_CERTIFICATE, {
      DoNotRequireSsl: "the web site's SSL setting is not modelled",
      NetworkServiceAllowed: NO_KEYS,
      Force: NO_PROMPT,
      DomainController: NO_EFFECT.domainController,
    }),
    'Thumbprint',
    { byPropertyName: true },
  ),
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
  ...withParameter(declare(REMOVE_EXCHANGE_CERTIFICATE, { DomainController: NO_EFFECT.domainController }), 'Thumbprint', { byPropertyName: true }),
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

