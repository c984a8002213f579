/** The model operations added for the Exchange cmdlets: accepted domains and on-premises administration. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/model';
import type { World } from '../../src/model/world';
import { acceptDomain, listAcceptedDomains, removeAcceptedDomain, setAcceptedDomain } from '../../src/model/accepted-domains';
import { addFullAccess, addReceiveAs, disableUm, setAutodiscoverInternalUri, setHiddenFromAddressLists, setOutlookAnywhere } from '../../src/model/onprem-admin';

const clone = (w: World) => JSON.parse(JSON.stringify(w)) as World;

describe('accepted domains', () => {
  it('lists the initial domain first, as the default, then the verified domains', () => {
    expect(listAcceptedDomains(loadScenario('contoso')).map((d) => [d.name, d.isDefault, d.isInitial])).toEqual([
      ['contoso.onmicrosoft.com', true, true],
      ['contoso.com', false, false],
    ]);
    expect(listAcceptedDomains(loadScenario('contoso-domain-unverified')).map((d) => d.name)).toEqual(['contoso.onmicrosoft.com']);
  });

  it.each([
    ['accept an unverified domain', 'contoso-domain-unverified', (w: World) => acceptDomain(w, 'contoso.com'), 'not-verified'],
    ['accept the initial domain', 'contoso', (w: World) => acceptDomain(w, 'contoso.onmicrosoft.com'), 'exists'],
    ['remove the initial domain', 'contoso', (w: World) => removeAcceptedDomain(w, 'contoso.onmicrosoft.com'), 'initial'],
    ['remove an unknown domain', 'contoso', (w: World) => removeAcceptedDomain(w, 'fabrikam.com'), 'not-found'],
    ['set an unknown domain', 'contoso', (w: World) => setAcceptedDomain(w, 'fabrikam.com', { makeDefault: true }), 'not-found'],
  ] as const)('refuses to %s and changes nothing', (_n, scenario, op, outcome) => {
    const w = loadScenario(scenario);
    const before = clone(w);
    expect(op(w)).toBe(outcome);
    expect(w).toEqual(before);
  });

  it('makes contoso.com the default, after which it cannot be removed', () => {
    const w = loadScenario('contoso');
    expect(setAcceptedDomain(w, 'CONTOSO.COM', { makeDefault: true, domainType: 'InternalRelay' })).toBe('ok');
    expect(listAcceptedDomains(w).map((d) => [d.name, d.domainType, d.isDefault])).toEqual([
      ['contoso.onmicrosoft.com', 'Authoritative', false],
      ['contoso.com', 'InternalRelay', true],
    ]);
    expect(removeAcceptedDomain(w, 'contoso.com')).toBe('default');
  });
});

describe('on-premises administration', () => {
  it('clears the Autodiscover SCP of a Client Access server by name or FQDN', () => {
    const w = loadScenario('contoso');
    expect(setAutodiscoverInternalUri(w, 'exch-srv-01.corp.contoso.com', null)).toBe('ok');
    expect(w.onPrem.servers[0].autoDiscoverServiceInternalUri).toBeNull();
    expect(setAutodiscoverInternalUri(w, 'EXCH-SRV-02', null)).toBe('not-found');
  });

  it('grants FullAccess once and Receive As on a database, for known principals only', () => {
    const w = loadScenario('contoso-missing-permissions');
    expect(addFullAccess(w, 'grace.walsh', 'CONTOSO\\administrator')).toBe('ok');
    expect(addFullAccess(w, 'corp.contoso.com/Users/Grace Walsh', 'administrator@contoso.com')).toBe('exists');
    expect(addFullAccess(w, 'grace.walsh', 'CONTOSO\\nobody')).toBe('principal-not-found');
    expect(addReceiveAs(w, 'Mailbox Database 0815437251', 'migadmin')).toBe('ok');
    expect(w.onPrem.databases[0].receiveAs).toContain('migadmin');
    expect(addReceiveAs(w, 'Other DB', 'migadmin')).toBe('not-found');
  });

  it('shows a hidden mailbox, disables UM once, and publishes Outlook Anywhere', () => {
    const w = loadScenario('contoso-um-enabled');
    expect(setHiddenFromAddressLists(w, 'kenji.tanaka@contoso.com', true)).toBe('ok');
    expect(disableUm(w, 'Kenji Tanaka')).toBe('ok');
    expect(disableUm(w, 'Kenji Tanaka')).toBe('unchanged');
    const oa = loadScenario('contoso-oa-disabled');
    expect(setOutlookAnywhere(oa, 'EXCH-SRV-01', { externalHostName: 'mail.contoso.com', authenticationMethods: ['Basic'] })).toBe('ok');
    expect([oa.onPrem.servers[0].outlookAnywhere.enabled, oa.onPrem.servers[0].outlookAnywhere.authenticationMethods]).toEqual([true, ['Basic']]);
  });
});
