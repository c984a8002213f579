/** New/Set/Get/Remove-MigrationEndpoint rules (C:New-MigrationEndpoint, C:Set-MigrationEndpoint, R27, R28, R40). */
import { describe, expect, it } from 'vitest';
import { world, cutoverEndpoint, rejects, ADMIN, HOUR } from './helpers';
import { newMigrationEndpoint, setMigrationEndpoint, removeMigrationEndpoint, getMigrationEndpoints } from '../../src/model/migration/endpoints';
import { newMigrationBatch, stopMigrationBatch } from '../../src/model/migration/batches';
import { advanceMigration } from '../../src/model/migration/simulator';
import { shapeEndpoint } from '../../src/model/migration/shape';

describe('New-MigrationEndpoint', () => {
  it('manual Outlook Anywhere endpoint (C:New-MigrationEndpoint ex.4)', () => {
    const w = world('contoso-autodiscover-broken');
    const ep = newMigrationEndpoint(w, { name: 'Manual', endpointType: 'ExchangeOutlookAnywhere', exchangeServer: 'EXCH-SRV-01.corp.contoso.com', rpcProxyServer: 'mail.contoso.com', credentials: ADMIN, authentication: 'Ntlm' });
    expect([ep.useAutoDiscover, ep.authentication, ep.exchangeServer]).toEqual([false, 'Ntlm', 'EXCH-SRV-01.corp.contoso.com']);
    expect(ep.verifiedPasswordHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(ep)).not.toContain(ADMIN.password);
  });
  it('verification failures are terminating errors (R40), SkipVerification skips them', () => {
    const w = world('contoso-selfsigned-cert');
    rejects(w, () => cutoverEndpoint(w), 'CertificateUntrusted', "The remote certificate for 'autodiscover.contoso.com' is invalid: the certificate is self-signed. Use a certificate issued by a trusted certification authority, or specify AcceptUntrustedCertificates.");
    const w2 = world();
    rejects(w2, () => newMigrationEndpoint(w2, { name: 'E', endpointType: 'ExchangeOutlookAnywhere', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: { userName: 'contoso\\administrator', password: 'nope' } }), 'ConnectionFailed', "The connection to the server 'autodiscover.contoso.com' could not be completed.");
    const ep = newMigrationEndpoint(w2, { name: 'E', endpointType: 'ExchangeOutlookAnywhere', exchangeServer: 'EXCH-SRV-01.corp.contoso.com', rpcProxyServer: 'mail.contoso.com', credentials: { userName: 'contoso\\administrator', password: 'nope' }, skipVerification: true });
    expect(ep.verifiedPasswordHash).toBeNull();
  });
  it('duplicate name, missing parameters and concurrency range', () => {
    const w = world();
    cutoverEndpoint(w);
    rejects(w, () => cutoverEndpoint(w, 'cutoverendpoint'), 'EndpointAlreadyExists', "A migration endpoint with the name 'cutoverendpoint' already exists.");
    rejects(w, () => newMigrationEndpoint(w, { name: 'X', endpointType: 'ExchangeOutlookAnywhere', credentials: ADMIN }), 'EndpointMissingParameter', "The parameter 'ExchangeServer' is required for a ExchangeOutlookAnywhere migration endpoint.");
    rejects(w, () => newMigrationEndpoint(w, { name: 'X', endpointType: 'IMAP' }), 'EndpointMissingParameter', "The parameter 'RemoteServer' is required for a IMAP migration endpoint.");
    rejects(w, () => newMigrationEndpoint(w, { name: 'Y', endpointType: 'IMAP', remoteServer: 'mail.contoso.com', maxConcurrentMigrations: 101 }), 'EndpointConcurrencyOutOfRange', 'The value 101 of MaxConcurrentMigrations is out of range. Specify a value from 1 to 100.');
  });
  it('incremental syncs may not exceed migrations', () => {
    const w = world();
    rejects(w, () => newMigrationEndpoint(w, { name: 'Y', endpointType: 'IMAP', remoteServer: 'mail.contoso.com', maxConcurrentMigrations: 10, maxConcurrentIncrementalSyncs: 20, skipVerification: true }), 'EndpointIncrementalAboveMigrations', 'MaxConcurrentIncrementalSyncs (20) must not be greater than MaxConcurrentMigrations (10).');
  });
  it('IMAP endpoint: port from the security mode; unreachable port fails', () => {
    const w = world();
    rejects(w, () => newMigrationEndpoint(w, { name: 'Imap', endpointType: 'IMAP', remoteServer: 'mail.contoso.com' }), 'ImapUnreachable', "The connection to the server 'mail.contoso.com' could not be completed.");
    w.onPrem.servers[0]!.openPorts.push(993);
    const ep = newMigrationEndpoint(w, { name: 'Imap', endpointType: 'IMAP', remoteServer: 'mail.contoso.com' });
    expect([ep.port, ep.security]).toEqual([993, 'Ssl']);
    expect(shapeEndpoint(ep).properties.map(([k]) => k)).toEqual(['Identity', 'EndpointType', 'MaxConcurrentMigrations', 'MaxConcurrentIncrementalSyncs', 'Username', 'RemoteServer', 'Port', 'Security', 'Authentication', 'AcceptUntrustedCertificates', 'IsRemote', 'Guid', 'Name']);
  });
  it('Get-MigrationEndpoint by type and identity (R35)', () => {
    const w = world();
    cutoverEndpoint(w);
    newMigrationEndpoint(w, { name: 'Imap', endpointType: 'IMAP', remoteServer: 'mail.contoso.com', skipVerification: true });
    expect(getMigrationEndpoints(w.tenant.migration).map((e) => e.name)).toEqual(['CutoverEndpoint', 'Imap']);
    expect(getMigrationEndpoints(w.tenant.migration, { identity: null, type: 'IMAP' }).map((e) => e.name)).toEqual(['Imap']);
    rejects(w, () => getMigrationEndpoints(w.tenant.migration, { identity: 'Nope' }), 'EndpointNotFound', "The migration endpoint 'Nope' couldn't be found.");
  });
});

describe('Set- and Remove-MigrationEndpoint', () => {
  it('R28: connection settings are locked while a batch runs; concurrency is not', () => {
    const w = world();
    cutoverEndpoint(w);
    newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
    advanceMigration(w, w.clock.now + HOUR);
    rejects(w, () => setMigrationEndpoint(w, 'CutoverEndpoint', { rpcProxyServer: 'mail.contoso.com' }), 'EndpointBusy', "The migration endpoint 'CutoverEndpoint' can't be changed while migration batch 'CutoverBatch' is running. Stop the batch first.");
    expect(setMigrationEndpoint(w, 'CutoverEndpoint', { maxConcurrentMigrations: 50 }).maxConcurrentMigrations).toBe(50);
    stopMigrationBatch(w, 'CutoverBatch');
    advanceMigration(w, w.clock.now + HOUR);
    expect(setMigrationEndpoint(w, 'CutoverEndpoint', { authentication: 'Ntlm' }).authentication).toBe('Ntlm');
  });
  it('new credentials are verified', () => {
    const w = world();
    cutoverEndpoint(w);
    rejects(w, () => setMigrationEndpoint(w, 'CutoverEndpoint', { credentials: { userName: 'contoso\\administrator', password: 'bad' } }), 'ConnectionFailed', "The connection to the server 'mail.contoso.com' could not be completed.");
  });
  it('an endpoint in use by a batch cannot be removed', () => {
    const w = world();
    cutoverEndpoint(w);
    newMigrationBatch(w, { name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint' });
    rejects(w, () => removeMigrationEndpoint(w, 'CutoverEndpoint'), 'EndpointInUse', "The migration endpoint 'CutoverEndpoint' can't be removed because migration batch 'CutoverBatch' uses it. Remove the batch first.");
    const w2 = world();
    cutoverEndpoint(w2);
    removeMigrationEndpoint(w2, 'CutoverEndpoint');
    expect(getMigrationEndpoints(w2.tenant.migration)).toEqual([]);
  });
});
