/**
 * The certificate cmdlets on premises: the R10 lab (a self-signed Outlook Anywhere certificate makes
 * Test-MigrationServerAvailability fail until the CA-issued certificate is imported and enabled for
 * IIS), self-signed certificates and requests, the default views, and every refusal with its exact
 * text and the world unchanged.
 */
import { describe, expect, it } from 'vitest';
import { seedSession, step } from '../e2e/seed-helpers';
import type { Session } from '../../src/session';
import { CertificateError, encodeCertificateFile, normaliseSubject, parseCertificateFile, parseServices, servicesStringForm } from '../../src/model/certificates';
import { CONTOSO_CA_CERTIFICATE } from '../../src/model/scenarios/variants';
import { firstWorldProblem } from '../../src/model/validate';

const ADMIN = ['CONTOSO\\administrator', 'P@ssw0rd!'];
const CONNECT = '$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred';
const TMSA = 'Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred';
const CA = CONTOSO_CA_CERTIFICATE.thumbprint;
const IMPORT_BYTES = `Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('${CONTOSO_CA_CERTIFICATE.path}'))`;

/** Connected to Exchange Online and to the on-premises server, its cmdlets imported. */
function onPrem(scenario = 'contoso-selfsigned-cert'): Session {
  const s = seedSession([...ADMIN], scenario);
  step(s, '$cred = Get-Credential');
  step(s, CONNECT);
  step(s, 'Import-PSSession $s -AllowClobber | Out-Null');
  return s;
}

/** The thumbprint of the self-signed certificate the scenario bound to IIS. */
function boundThumbprint(s: Session): string {
  return s.store.read().onPrem.servers[0]!.outlookAnywhere.certificate!.thumbprint;
}

/** Runs a failing command: its errors as [FullyQualifiedErrorId, category, message], and whether the world stayed the same. */
function fails(s: Session, script: string): { errors: string[][]; unchanged: boolean } {
  const before = s.store.exportJson();
  const r = s.run(script);
  return { errors: r.errors.map((e) => [e.fullyQualifiedErrorId, e.category, e.message]), unchanged: s.store.exportJson() === before };
}

const table = (rows: [string, string, string][]) =>
  '\nThumbprint                               Services Subject\n----------                               -------- -------\n' + rows.map(([t, sv, sub]) => `${t} ${sv.padEnd(8)} ${sub}`).join('\n') + '\n\n';

describe('R10 lab: replace the self-signed Outlook Anywhere certificate', () => {
  it('TMSA fails, the CA certificate is imported (-FileData) and enabled for IIS, TMSA succeeds', () => {
    const s = onPrem();
    const self = boundThumbprint(s);
    expect(step(s, `(${TMSA}).Result`)).toBe('Failed\n');
    expect(step(s, 'Get-ExchangeCertificate')).toBe(table([[self, 'IP.WS..', 'CN=exch-srv-01']]));

    expect(step(s, IMPORT_BYTES)).toBe(table([[CA, '.......', 'CN=mail.contoso.com, O=Contoso Ltd, L=Redmond, S=WA, C=US']]));
    // Imported but not yet enabled: IIS still presents the self-signed certificate.
    expect(step(s, `(${TMSA}).Result`)).toBe('Failed\n');

    expect(step(s, `Enable-ExchangeCertificate -Thumbprint ${CA} -Services IIS`)).toBe('');
    expect(step(s, 'Get-ExchangeCertificate')).toBe(
      table([
        [CA, '...W...', 'CN=mail.contoso.com, O=Contoso Ltd, L=Redmond, S=WA, C=US'],
        [self, 'IP..S..', 'CN=exch-srv-01'],
      ]),
    );
    expect(step(s, `(${TMSA}).Result`)).toBe('Success\n');
    const server = s.store.read().onPrem.servers[0]!;
    expect(server.outlookAnywhere.certificate).toEqual({
      subjectNames: ['mail.contoso.com', 'autodiscover.contoso.com'], issuer: 'CN=Example Public Server CA G2, O=Example Trust Services',
      selfSigned: false, trustedIssuer: true, notAfter: Date.parse('2027-10-31T23:59:59Z'), thumbprint: CA,
    });
    expect(server.certificates!.map((c) => [c.thumbprint, c.services, c.status])).toEqual([[self, ['IMAP', 'POP', 'SMTP'], 'Valid']]);
  });

  it('-FileName reads the same file; Format-List shows the stored details; piping to Enable works', () => {
    const s = onPrem();
    step(s, `Import-ExchangeCertificate -FileName '${CONTOSO_CA_CERTIFICATE.path}' -FriendlyName 'Contoso 2027' | Out-Null`);
    expect(step(s, `Get-ExchangeCertificate -Thumbprint ${CA.toLowerCase()} | Format-List Thumbprint,Services,ServicesStringForm,FriendlyName,Issuer,CertificateDomains,IsSelfSigned,Status,Identity`)).toBe(
      `\nThumbprint         : ${CA}\nServices           : None\nServicesStringForm : .......\nFriendlyName       : Contoso 2027\nIssuer             : CN=Example Public Server CA G2, O=Example Trust Services\nCertificateDomains : {mail.contoso.com, autodiscover.contoso.com}\nIsSelfSigned       : False\nStatus             : Valid\nIdentity           : EXCH-SRV-01\\${CA}\n\n`,
    );
    step(s, `Get-ExchangeCertificate -Thumbprint ${CA} | Enable-ExchangeCertificate -Services IIS,SMTP`);
    expect(step(s, `(Get-ExchangeCertificate ${CA}).Services.ToString()`)).toBe('IIS, SMTP\n');
    expect(step(s, `(${TMSA}).Result`)).toBe('Success\n');
    // Services only add up: enabling POP keeps IIS and SMTP.
    step(s, `Enable-ExchangeCertificate -Identity EXCH-SRV-01\\${CA} -Services POP`);
    expect(step(s, `(Get-ExchangeCertificate -DomainName autodiscover.contoso.com).ServicesStringForm`)).toBe('.P.WS..\n');
  });

  it('Invoke-Command runs the same cmdlets in the remote session', () => {
    const s = seedSession([...ADMIN], 'contoso-selfsigned-cert');
    step(s, '$cred = Get-Credential');
    step(s, CONNECT);
    step(s, `Invoke-Command -Session $s { ${IMPORT_BYTES} | Out-Null; Enable-ExchangeCertificate -Thumbprint ${CA} -Services IIS }`);
    expect(step(s, `(${TMSA}).Result`)).toBe('Success\n');
  });
});

describe('New-ExchangeCertificate', () => {
  it('creates a self-signed certificate for IMAP, POP and SMTP named after the server', () => {
    const s = onPrem('contoso');
    const out = step(s, '$c = New-ExchangeCertificate; $c | Format-List Services,ServicesStringForm,Subject,Issuer,CertificateDomains,IsSelfSigned,Status,FriendlyName,PrivateKeyExportable');
    expect(out).toBe(
      '\nServices             : IMAP, POP, SMTP\nServicesStringForm   : IP..S..\nSubject              : CN=EXCH-SRV-01\nIssuer               : CN=EXCH-SRV-01\nCertificateDomains   : {EXCH-SRV-01, EXCH-SRV-01.corp.contoso.com}\nIsSelfSigned         : True\nStatus               : Untrusted\nFriendlyName         : Microsoft Exchange\nPrivateKeyExportable : False\n\n',
    );
    expect(step(s, '$c.Thumbprint')).toMatch(/^[0-9A-F]{40}\n$/);
    // Self-signed certificates last five years (Exchange 2010).
    expect(step(s, '($c.NotAfter - (Get-Date)).Days -ge 1824')).toBe('True\n');
    expect(step(s, '(Get-ExchangeCertificate).Count')).toBe('2\n');
    expect(step(s, '(Get-ExchangeCertificate -Server EXCH-SRV-01.corp.contoso.com).Count')).toBe('2\n');
  });

  it('-Services IIS binds the new certificate to IIS, so the migration service sees a self-signed certificate', () => {
    const s = onPrem('contoso');
    expect(step(s, `(${TMSA}).Result`)).toBe('Success\n');
    step(s, "New-ExchangeCertificate -Services IIS -SubjectName 'cn=mail.contoso.com' -DomainName autodiscover.contoso.com -PrivateKeyExportable $true | Out-Null");
    expect(step(s, `(${TMSA}).Result`)).toBe('Failed\n');
    expect(step(s, '(Get-ExchangeCertificate | Select-Object -First 1 | Format-List Services,Subject,CertificateDomains,PrivateKeyExportable | Out-String).Trim()')).toBe(
      'Services             : IIS\nSubject              : CN=mail.contoso.com\nCertificateDomains   : {mail.contoso.com, autodiscover.contoso.com}\nPrivateKeyExportable : True\n',
    );
  });

  it('-GenerateRequest writes the request to -RequestFile and the pipeline, and leaves a pending request', () => {
    const s = onPrem('contoso');
    const text = step(s, "New-ExchangeCertificate -GenerateRequest -RequestFile 'C:\\Migration\\mail.req' -SubjectName 'c=US, o=Contoso, cn=mail.contoso.com' -DomainName autodiscover.contoso.com -FriendlyName 'Contoso CA request'");
    expect(text).toMatch(/^-----BEGIN NEW CERTIFICATE REQUEST-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END NEW CERTIFICATE REQUEST-----\n$/);
    expect(step(s, "Get-Content 'C:\\Migration\\mail.req' -Raw")).toBe(text);
    expect(step(s, "Get-ExchangeCertificate | Where-Object Status -eq PendingRequest | Format-List Services,Subject,CertificateDomains,Status,FriendlyName")).toBe(
      '\nServices           : None\nSubject            : CN=mail.contoso.com, O=Contoso, C=US\nCertificateDomains : {mail.contoso.com, autodiscover.contoso.com}\nStatus             : PendingRequest\nFriendlyName       : Contoso CA request\n\n',
    );
    const pending = s.store.read().onPrem.servers[0]!.certificates![0]!;

    // The CA's answer completes the request: the pending entry becomes the issued certificate.
    const issued = encodeCertificateFile({
      subjectNames: ['mail.contoso.com', 'autodiscover.contoso.com'], issuer: 'CN=Example Public Server CA G2, O=Example Trust Services',
      notAfter: '2028-01-31T00:00:00Z', thumbprint: 'ab'.repeat(20), selfSigned: false, trustedIssuer: true, requestThumbprint: pending.thumbprint,
    });
    s.run(`Set-Content -Path 'C:\\Migration\\issued.cer' -Value '${issued}' -NoNewline`);
    step(s, "Import-ExchangeCertificate -FileName 'C:\\Migration\\issued.cer' | Out-Null");
    expect(s.store.read().onPrem.servers[0]!.certificates!.map((c) => [c.thumbprint, c.status, c.friendlyName, c.subject])).toEqual([
      ['AB'.repeat(20), 'Valid', 'Contoso CA request', 'CN=mail.contoso.com, O=Contoso, C=US'],
    ]);
  });

  it('-IncludeServerFQDN, -IncludeAcceptedDomains and -IncludeAutoDiscover add names; without -Services the certificate is for SMTP', () => {
    const s = onPrem('contoso');
    expect(step(s, "New-ExchangeCertificate -SubjectName 'cn=mail.contoso.com' -IncludeServerFQDN -IncludeAcceptedDomains -IncludeAutoDiscover | Format-List CertificateDomains,Services")).toBe(
      '\nCertificateDomains : {mail.contoso.com, EXCH-SRV-01.corp.contoso.com, contoso.com, autodiscover.contoso.com}\nServices           : SMTP\n\n',
    );
  });
});

describe('Remove-ExchangeCertificate', () => {
  it('removes a certificate that is not bound to IIS', () => {
    const s = onPrem();
    step(s, `${IMPORT_BYTES} | Out-Null`);
    step(s, `Remove-ExchangeCertificate -Thumbprint ${CA} -Confirm:$false`);
    expect(s.store.read().onPrem.servers[0]!.certificates).toEqual([]);
    expect(step(s, '(Get-ExchangeCertificate).Count')).toBe('1\n');
  });

  it('removes the self-signed certificate once the CA certificate took IIS', () => {
    const s = onPrem();
    const self = boundThumbprint(s);
    step(s, `${IMPORT_BYTES} | Out-Null; Enable-ExchangeCertificate ${CA} -Services IIS`);
    step(s, `Remove-ExchangeCertificate ${self} -Confirm:$false`);
    expect(step(s, 'Get-ExchangeCertificate | ForEach-Object Thumbprint')).toBe(`${CA}\n`);
  });
});

describe('refusals: exact text, world unchanged', () => {
  const NOT_FOUND = (cmdlet: string, t: string) => [`ExchangeCertificateNotFoundException,${cmdlet}`, 'ObjectNotFound', `The certificate with thumbprint ${t} wasn't found on server EXCH-SRV-01.corp.contoso.com.`];
  const BAD = '0123456789ABCDEF0123456789ABCDEF01234567';
  const cases: [string, (s: Session) => string, (s: Session) => string[][]][] = [
    ['Enable with an unknown thumbprint', () => `Enable-ExchangeCertificate -Thumbprint ${BAD} -Services IIS`, () => [NOT_FOUND('Enable-ExchangeCertificate', BAD)]],
    ['Remove with an unknown thumbprint', () => `Remove-ExchangeCertificate -Thumbprint ${BAD} -Confirm:$false`, () => [NOT_FOUND('Remove-ExchangeCertificate', BAD)]],
    ['Get with an unknown thumbprint', () => `Get-ExchangeCertificate ${BAD}`, () => [NOT_FOUND('Get-ExchangeCertificate', BAD)]],
    [
      'Import of a file that is not a certificate',
      () => "Import-ExchangeCertificate -FileName 'C:\\Users\\Administrator\\notes.txt'",
      () => [['InvalidCertificateDataException,Import-ExchangeCertificate', 'InvalidData', "The certificate data isn't valid. Use a certificate file (-----BEGIN CERTIFICATE-----) issued by a certification authority."]],
    ],
    [
      'Import of a certificate block whose payload is not the emulator\'s JSON',
      () => "Import-ExchangeCertificate -FileData ([System.Text.Encoding]::ASCII.GetBytes(\"-----BEGIN CERTIFICATE-----`nTUlJQ2dqQ0NBZXVnQXdJQkFnSUJBREFO`n-----END CERTIFICATE-----\"))",
      () => [['InvalidCertificateDataException,Import-ExchangeCertificate', 'InvalidData', "The certificate data isn't valid. Use a certificate file (-----BEGIN CERTIFICATE-----) issued by a certification authority."]],
    ],
    [
      'Import of a missing file',
      () => "Import-ExchangeCertificate -FileName 'C:\\Certs\\missing.pfx'",
      () => [['FileNotFoundException,Import-ExchangeCertificate', 'ObjectNotFound', "Could not find file 'C:\\Certs\\missing.pfx'."]],
    ],
    [
      'Import of a certificate already in the store',
      () => `Import-ExchangeCertificate -FileName '${CONTOSO_CA_CERTIFICATE.path}'`,
      () => [['ExchangeCertificateAlreadyExistsException,Import-ExchangeCertificate', 'ResourceExists', `The certificate with thumbprint ${CA} already exists on server EXCH-SRV-01.corp.contoso.com.`]],
    ],
    [
      'Enable of a pending request',
      (s) => `Enable-ExchangeCertificate -Thumbprint ${pendingThumbprint(s)} -Services IIS`,
      (s) => [['ExchangeCertificatePendingRequestException,Enable-ExchangeCertificate', 'InvalidOperation', `The certificate with thumbprint ${pendingThumbprint(s)} is a pending certificate request and can't be enabled for services. Complete the request with Import-ExchangeCertificate first.`]],
    ],
    [
      'Remove of the certificate bound to IIS',
      (s) => `Remove-ExchangeCertificate -Thumbprint ${boundThumbprint(s)} -Confirm:$false`,
      (s) => [['ExchangeCertificateInUseException,Remove-ExchangeCertificate', 'InvalidOperation', `The certificate with thumbprint ${boundThumbprint(s)} is enabled for IIS and can't be removed. Enable another certificate for IIS first.`]],
    ],
    [
      'an unknown service',
      () => `Enable-ExchangeCertificate -Thumbprint ${CA} -Services IIS,OWA`,
      () => [['PSInvalidCastException,Enable-ExchangeCertificate', 'InvalidArgument', 'Cannot convert value "OWA" to type "Microsoft.Exchange.Management.Metabase.AllowedServices". Error: "Unable to match the identifier name OWA to a valid enumerator name. Specify one of the following enumerator names and try again:\nNone, IMAP, POP, UM, IIS, SMTP, Federation, UMCallRouter"']],
    ],
    [
      'a request file in a folder that does not exist (no pending request is left)',
      () => "New-ExchangeCertificate -GenerateRequest -RequestFile 'C:\\Requests\\mail.req'",
      () => [['DirectoryNotFoundException,New-ExchangeCertificate', 'ObjectNotFound', "Could not find a part of the path 'C:\\Requests\\mail.req'."]],
    ],
    [
      'an unknown server',
      () => 'New-ExchangeCertificate -Server EXCH-SRV-09',
      () => [['ManagementObjectNotFoundException,New-ExchangeCertificate', 'NotSpecified', "The operation couldn't be performed because object 'EXCH-SRV-09' couldn't be found on 'DC01.corp.contoso.com'."]],
    ],
  ];

  /** A world with the CA certificate imported (not enabled), a pending request and a text file. */
  function prepared(): Session {
    const s = onPrem();
    step(s, `${IMPORT_BYTES} | Out-Null`);
    step(s, "New-ExchangeCertificate -GenerateRequest -SubjectName 'cn=owa.contoso.com' | Out-Null");
    step(s, "Set-Content -Path 'C:\\Users\\Administrator\\notes.txt' -Value 'call the CA on Monday'");
    return s;
  }
  const pendingThumbprint = (s: Session) => s.store.read().onPrem.servers[0]!.certificates!.find((c) => c.status === 'PendingRequest')!.thumbprint;

  it.each(cases)('%s', (_name, script, expected) => {
    const s = prepared();
    expect(fails(s, script(s))).toEqual({ errors: expected(s), unchanged: true });
  });

  it.each([
    ['Import-ExchangeCertificate', `${IMPORT_BYTES} -WhatIf`, `What if: Importing certificate from "FileData".`],
    ['New-ExchangeCertificate', "New-ExchangeCertificate -SubjectName 'cn=mail.contoso.com' -WhatIf", 'What if: Creating self-signed certificate with subject "cn=mail.contoso.com".'],
    ['New-ExchangeCertificate -GenerateRequest', "New-ExchangeCertificate -GenerateRequest -RequestFile 'C:\\Certs\\w.req' -WhatIf", 'What if: Creating certificate request with subject "CN=EXCH-SRV-01".'],
  ])('-WhatIf on %s changes nothing', (_name, script, whatIf) => {
    const s = onPrem();
    const before = s.store.exportJson();
    const r = s.run(script);
    expect([r.errors, r.text]).toEqual([[], `${whatIf}\n`]);
    expect(s.store.exportJson()).toBe(before);
  });

  it('-WhatIf on Enable and Remove changes nothing', () => {
    const s = onPrem();
    step(s, `${IMPORT_BYTES} | Out-Null`);
    const before = s.store.exportJson();
    expect(step(s, `Enable-ExchangeCertificate ${CA} -Services IIS,SMTP -WhatIf`)).toBe(`What if: Enabling certificate "${CA}" for services "IIS, SMTP".\n`);
    expect(step(s, `Remove-ExchangeCertificate ${CA} -WhatIf`)).toBe(`What if: Removing certificate "${CA}".\n`);
    expect(s.store.exportJson()).toBe(before);
  });
});

describe('saved worlds', () => {
  it('a world with a filled store (bound, stored and pending certificates) passes the world schema', () => {
    const s = onPrem();
    step(s, `${IMPORT_BYTES} | Out-Null; Enable-ExchangeCertificate ${CA} -Services IIS`);
    step(s, "New-ExchangeCertificate -GenerateRequest -SubjectName 'c=US, cn=owa.contoso.com' | Out-Null");
    const world = JSON.parse(s.store.exportJson()) as { onPrem: { servers: { certificates: unknown[]; iisCertificate: unknown }[] } };
    expect([world.onPrem.servers[0]!.certificates.length, world.onPrem.servers[0]!.iisCertificate]).toEqual([2, { services: ['IIS'], friendlyName: 'mail.contoso.com', privateKeyExportable: false, subject: 'CN=mail.contoso.com, O=Contoso Ltd, L=Redmond, S=WA, C=US' }]);
    expect(firstWorldProblem(world)).toBeNull();
  });

  it('a world without the certificate store fields still lists the bound certificate', () => {
    const s = onPrem('contoso');
    const server = s.store.read().onPrem.servers[0]!;
    expect([server.certificates, server.iisCertificate]).toEqual([undefined, undefined]);
    expect(step(s, 'Get-ExchangeCertificate | Format-List Services,FriendlyName')).toBe('\nServices     : IMAP, POP, IIS, SMTP\nFriendlyName : Microsoft Exchange\n\n');
  });
});

describe('certificate model helpers', () => {
  it.each([
    [['IIS'], ['IIS'], '...W...'],
    [['iis,smtp,pop,imap'], ['IMAP', 'POP', 'IIS', 'SMTP'], 'IP.WS..'],
    [['SMTP', 'smtp'], ['SMTP'], '....S..'],
    [['None'], [], '.......'],
    [['UM', 'Federation', 'UMCallRouter'], ['UM', 'Federation', 'UMCallRouter'], '..U..FC'],
  ])('parseServices(%j) -> %j, shown as %s', (input, services, short) => {
    expect(parseServices(input)).toEqual(services);
    expect(servicesStringForm(parseServices(input))).toBe(short);
  });

  it.each([
    ['c=US, o=Woodgrove Bank, cn=mail.woodgrovebank.com', 'CN=mail.woodgrovebank.com, O=Woodgrove Bank, C=US'],
    ['cn=mail.contoso.com', 'CN=mail.contoso.com'],
  ])('normaliseSubject(%s) = %s', (given, shown) => expect(normaliseSubject(given)).toBe(shown));

  const payload = {
    subjectNames: ['Mail.Contoso.com'], issuer: 'CN=CA', notAfter: '2027-01-01T00:00:00Z', thumbprint: 'cd'.repeat(20), selfSigned: false, trustedIssuer: true,
  };
  const expected = { certificate: { subjectNames: ['mail.contoso.com'], issuer: 'CN=CA', selfSigned: false, trustedIssuer: true, notAfter: Date.parse('2027-01-01T00:00:00Z'), thumbprint: 'CD'.repeat(20) } };

  it('reads a certificate file in UTF-8 and in UTF-16 with a byte order mark', () => {
    const text = encodeCertificateFile(payload);
    expect(parseCertificateFile(new TextEncoder().encode(text))).toEqual(expected);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    expect(parseCertificateFile(utf16)).toEqual(expected);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'CertificateDataEmpty'],
    ['a thumbprint that is not 40 hex digits', new TextEncoder().encode(encodeCertificateFile({ ...payload, thumbprint: 'abc' })), 'CertificateDataInvalid'],
    ['no subject names', new TextEncoder().encode(encodeCertificateFile({ ...payload, subjectNames: [] })), 'CertificateDataInvalid'],
    ['an unreadable date', new TextEncoder().encode(encodeCertificateFile({ ...payload, notAfter: 'soon' })), 'CertificateDataInvalid'],
    ['a request instead of a certificate', new TextEncoder().encode('-----BEGIN NEW CERTIFICATE REQUEST-----\nAAAA\n-----END NEW CERTIFICATE REQUEST-----'), 'CertificateDataInvalid'],
  ])('refuses %s', (_name, bytes, id) => {
    let caught: unknown;
    try {
      parseCertificateFile(bytes);
    } catch (e) {
      caught = e;
    }
    expect(caught instanceof CertificateError ? caught.id : caught).toBe(id);
  });
});
