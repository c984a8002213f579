/** Test-MigrationServerAvailability outcomes (R9-R15, W2, W3) and the Autodiscover round trip. */
import { describe, expect, it } from 'vitest';
import { world, ADMIN } from './helpers';
import { testMigrationServerAvailability, type ConnectivityRequest } from '../../src/model/migration/connectivity';
import { buildAutodiscoverResponse, buildAutodiscoverError, parseAutodiscoverResponse, AUTODISCOVER_NS, OUTLOOK_RESPONSE_NS } from '../../src/model/migration/autodiscover';
import { shapeTestResult, ConnectionSettingsValue } from '../../src/model/migration/shape';
import { hashPassword } from '../../src/model/passwords';

const AUTO: ConnectivityRequest = { endpointType: 'ExchangeOutlookAnywhere', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: ADMIN };
const MANUAL: ConnectivityRequest = { endpointType: 'ExchangeOutlookAnywhere', exchangeServer: 'EXCH-SRV-01.corp.contoso.com', rpcProxyServer: 'mail.contoso.com', credentials: ADMIN };
const AUTODISCOVER_FAILED = 'AutoDiscover failed with a configuration error: The migration service failed to detect the migration endpoint using the Autodiscover service. Consider using the Exchange Remote Connectivity Analyzer (https://testconnectivity.microsoft.com) to diagnose the connectivity issues.';

describe('Test-MigrationServerAvailability failures', () => {
  const cases: { name: string; scenario: string; req: ConnectivityRequest; id: string; message: string; detail: string; prepare?: (w: ReturnType<typeof world>) => void }[] = [
    { name: 'self-signed certificate (R10)', scenario: 'contoso-selfsigned-cert', req: AUTO, id: 'CertificateUntrusted', message: "The remote certificate for 'autodiscover.contoso.com' is invalid: the certificate is self-signed. Use a certificate issued by a trusted certification authority, or specify AcceptUntrustedCertificates.", detail: 'MigrationCertificateValidationException' },
    { name: 'expired certificate (R10)', scenario: 'contoso', req: MANUAL, id: 'CertificateUntrusted', message: "The remote certificate for 'mail.contoso.com' is invalid: the certificate expired on 2026-03-31. Use a certificate issued by a trusted certification authority, or specify AcceptUntrustedCertificates.", detail: 'MigrationCertificateValidationException', prepare: (w) => { w.clock.now = Date.parse('2026-04-02T00:00:00Z'); } },
    { name: 'Outlook Anywhere off (R9)', scenario: 'contoso-oa-disabled', req: AUTO, id: 'UnableToConnect', message: 'Unable to connect to the server. Please check the connection settings you supplied and try again.', detail: "The Autodiscover response for 'administrator@contoso.com' doesn't contain Outlook Anywhere (EXPR) settings." },
    { name: 'Outlook Anywhere off, manual (R9)', scenario: 'contoso-oa-disabled', req: MANUAL, id: 'UnableToConnect', message: 'Unable to connect to the server. Please check the connection settings you supplied and try again.', detail: "Outlook Anywhere (RPC over HTTP) isn't enabled on 'mail.contoso.com'." },
    { name: 'no Autodiscover record (R11, W2)', scenario: 'contoso-autodiscover-broken', req: AUTO, id: 'AutodiscoverFailed', message: AUTODISCOVER_FAILED, detail: "The name 'autodiscover.contoso.com' couldn't be resolved: no Autodiscover DNS record exists for the domain 'contoso.com'." },
    { name: 'unknown e-mail address: Autodiscover error 500', scenario: 'contoso', req: { ...AUTO, emailAddress: 'nobody@contoso.com' }, id: 'AutodiscoverFailed', message: AUTODISCOVER_FAILED, detail: "The Autodiscover service returned error 500 for 'nobody@contoso.com': The email address can't be found." },
    { name: 'wrong password (R13)', scenario: 'contoso', req: { ...AUTO, credentials: { userName: 'contoso\\administrator', password: 'wrong' } }, id: 'ConnectionFailed', message: "The connection to the server 'autodiscover.contoso.com' could not be completed.", detail: "The remote server returned an error: (401) Unauthorized. The user name or password for 'contoso\\administrator' isn't valid." },
    { name: 'Exchange 2003 with RPC ports closed (R12)', scenario: 'contoso-exchange2003-ports-closed', req: { ...MANUAL, authentication: 'Ntlm' }, id: 'ConnectionFailed', message: "The connection to the server 'EXCH-SRV-01.corp.contoso.com' could not be completed.", detail: "The RPC ports 6001, 6002, 6004 on 'EXCH-SRV-01.corp.contoso.com' aren't reachable. Exchange 2003 needs TCP 6001, 6002 and 6004 open." },
    { name: 'Exchange 2003 has no Autodiscover (R11)', scenario: 'contoso-exchange2003-ports-closed', req: AUTO, id: 'AutodiscoverFailed', message: AUTODISCOVER_FAILED, detail: 'Exchange 2003 has no Autodiscover service. Specify ExchangeServer and RPCProxyServer instead.' },
    { name: 'MailboxPermission Admin without Domain Admins (R14)', scenario: 'contoso-missing-permissions', req: { ...MANUAL, credentials: { userName: 'contoso\\migadmin', password: 'M1gr@te2025' }, mailboxPermission: 'Admin', testMailbox: 'grace.walsh@contoso.com' }, id: 'MailboxPermissionMissing', message: "The account 'migadmin' doesn't have permission to access the mailbox 'grace.walsh@contoso.com'. Assign Full Access on the mailboxes, Domain Admins membership or Receive As on the mailbox database.", detail: 'MigrationPermanentException' },
    { name: 'FullAccess missing on the test mailbox (R14)', scenario: 'contoso-missing-permissions', req: { ...MANUAL, credentials: { userName: 'contoso\\migadmin', password: 'M1gr@te2025' }, mailboxPermission: 'FullAccess', testMailbox: 'grace.walsh@contoso.com' }, id: 'MailboxPermissionMissing', message: "The account 'migadmin' doesn't have permission to access the mailbox 'grace.walsh@contoso.com'. Assign Full Access on the mailboxes, Domain Admins membership or Receive As on the mailbox database.", detail: 'MigrationPermanentException' },
    { name: 'hidden test mailbox (R15)', scenario: 'contoso-hidden-mailbox', req: { ...MANUAL, testMailbox: 'ines.moreau@contoso.com' }, id: 'TestMailboxNotFound', message: "A source e-mail address ines.moreau@contoso.com couldn't be found in the on-premises domain.", detail: 'MigrationPermanentException' },
    { name: 'NTLM asked, only Basic offered (W5)', scenario: 'contoso', req: { ...MANUAL, authentication: 'Negotiate' }, id: 'UnableToConnect', message: 'Unable to connect to the server. Please check the connection settings you supplied and try again.', detail: "The RPC proxy server 'mail.contoso.com' doesn't accept Negotiate authentication. It offers: Basic, Ntlm." },
  ];
  for (const c of cases)
    it(c.name, () => {
      const w = world(c.scenario);
      c.prepare?.(w);
      const before = JSON.stringify(w);
      const out = testMigrationServerAvailability(w, c.req);
      expect(out.result).toBe('Failed');
      expect(out.errorId).toBe(c.id);
      expect(out.message).toBe(c.message);
      expect(out.supportsCutover).toBe(false);
      expect(out.connectionSettings).toBeNull();
      expect(out.errorDetail!.message === c.detail || out.errorDetail!.type === c.detail).toBe(true);
      expect(JSON.stringify(w)).toBe(before);
    });
});

describe('Test-MigrationServerAvailability successes', () => {
  it('AcceptUntrustedCertificates lets a self-signed certificate pass (lab 4)', () => {
    const out = testMigrationServerAvailability(world('contoso-selfsigned-cert'), { ...AUTO, acceptUntrustedCertificates: true });
    expect(out.result).toBe('Success');
    expect(out.connectionSettings!.acceptUntrustedCertificates).toBe(true);
  });
  it('manual settings work where Autodiscover is broken (lab 5)', () => {
    const out = testMigrationServerAvailability(world('contoso-autodiscover-broken'), MANUAL);
    expect(out.result).toBe('Success');
    expect(out.connectionSettings).toMatchObject({ exchangeServer: 'EXCH-SRV-01.corp.contoso.com', rpcProxyServer: 'mail.contoso.com', authentication: 'Basic' });
  });
  it('directory synchronization: Success but SupportsCutover False (R3)', () => {
    const out = testMigrationServerAvailability(world('contoso-dirsync'), AUTO);
    expect([out.result, out.supportsCutover]).toEqual(['Success', false]);
  });
  it('shapes the outcome as Exchange prints it (W2/W3 property names)', () => {
    const out = testMigrationServerAvailability(world(), AUTO);
    const bag = shapeTestResult(out);
    expect(bag.properties.map(([k]) => k)).toEqual(['Result', 'Message', 'ConnectionSettings', 'SupportsCutover', 'ErrorDetail', 'IsValid', 'Identity', 'ObjectState']);
    const cs = bag.properties[2]![1] as ConnectionSettingsValue;
    expect(String(cs)).toBe('ExchangeServer: EXCH-SRV-01.corp.contoso.com; RPCProxyServer: mail.contoso.com; Authentication: Basic; UserName: contoso\\administrator');
    expect(String(bag.properties[0]![1])).toBe('Success');
  });
});

describe('Autodiscover POX exchange', () => {
  it('round-trips the on-prem response into connection settings', () => {
    const w = world();
    const mbx = w.onPrem.mailboxes.find((m) => m.alias === 'administrator')!;
    const xml = buildAutodiscoverResponse(w.onPrem, mbx);
    expect(xml).toContain(`<Autodiscover xmlns="${AUTODISCOVER_NS}"><Response xmlns="${OUTLOOK_RESPONSE_NS}">`);
    expect(xml).toContain('<Protocol><Type>EXPR</Type><Server>mail.contoso.com</Server><SSL>On</SSL><AuthPackage>Basic</AuthPackage>');
    const p = parseAutodiscoverResponse(xml);
    expect(p).toEqual({
      ok: true,
      displayName: mbx.displayName,
      legacyDN: mbx.legacyExchangeDN,
      exchangeServer: 'EXCH-SRV-01.corp.contoso.com',
      serverDN: '/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=EXCH-SRV-01',
      rpcProxyServer: 'mail.contoso.com',
      authPackage: 'Basic',
    });
  });
  it('escapes text and parses error responses', () => {
    const w = world();
    const mbx = { ...w.onPrem.mailboxes[0]!, displayName: 'R&D <Lab>' };
    expect(parseAutodiscoverResponse(buildAutodiscoverResponse(w.onPrem, mbx))).toMatchObject({ ok: true, displayName: 'R&D <Lab>' });
    expect(parseAutodiscoverResponse(buildAutodiscoverError('x@contoso.com', 0))).toEqual({ ok: false, errorCode: '500', message: "The email address can't be found." });
  });
  it('omits EXPR when Outlook Anywhere is off', () => {
    const w = world('contoso-oa-disabled');
    const p = parseAutodiscoverResponse(buildAutodiscoverResponse(w.onPrem, w.onPrem.mailboxes[0]!));
    expect(p).toMatchObject({ ok: true, rpcProxyServer: null });
  });
  it('a password changed after the test invalidates the settings (hash, never plain text)', () => {
    const w = world();
    const out = testMigrationServerAvailability(w, AUTO);
    expect(JSON.stringify(out.connectionSettings)).not.toContain(ADMIN.password);
    const acct = w.onPrem.accounts.find((a) => a.samAccountName === 'administrator')!;
    acct.password = hashPassword('N3w-Passw0rd', 'abcd');
    expect(testMigrationServerAvailability(w, { ...MANUAL, credentials: undefined, verifiedUserName: 'contoso\\administrator', verifiedPasswordHash: out.connectionSettings!.verifiedPasswordHash }).errorId).toBe('ConnectionFailed');
  });
});
