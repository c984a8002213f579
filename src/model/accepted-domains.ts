/**
 * Exchange Online accepted domains over the tenant's domains (S1 Step 1): the initial
 * onmicrosoft.com domain plus every verified domain. A domain must be verified in the admin center
 * before Exchange accepts it; the initial domain can't be removed, nor the default one.
 * Operations check before they change and return an outcome code (the cmdlet layer words errors).
 */
import type { World } from './world';
import type { ReadonlyWorld } from '../store/state-store';

export type DomainType = 'Authoritative' | 'InternalRelay' | 'ExternalRelay';

export interface AcceptedDomainView {
  name: string;
  domainType: DomainType;
  isDefault: boolean;
  isInitial: boolean;
}

export type DomainOutcome = 'ok' | 'not-found' | 'not-verified' | 'exists' | 'initial' | 'default';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The accepted domains in Exchange's order: the initial domain first (default unless another is). */
export function listAcceptedDomains(world: ReadonlyWorld): AcceptedDomainView[] {
  const t = world.tenant;
  const verified = t.domains.filter((d) => d.verified);
  const anyDefault = verified.some((d) => d.isDefault);
  return [
    { name: t.initialDomain, domainType: 'Authoritative', isDefault: !anyDefault, isInitial: true },
    ...verified.map((d) => ({ name: d.name, domainType: d.domainType, isDefault: d.isDefault, isInitial: false })),
  ];
}

export function findAcceptedDomain(world: ReadonlyWorld, identity: string): AcceptedDomainView | undefined {
  return listAcceptedDomains(world).find((d) => same(d.name, identity));
}

/** New-AcceptedDomain: accepts a domain verified in the admin center (sets its type). */
export function acceptDomain(world: World, domainName: string, type: DomainType = 'Authoritative'): DomainOutcome {
  if (same(domainName, world.tenant.initialDomain)) return 'exists';
  const d = world.tenant.domains.find((x) => same(x.name, domainName));
  if (!d || !d.verified) return 'not-verified';
  d.domainType = type;
  return 'ok';
}

/** Set-AcceptedDomain: the type of a verified domain, and which domain is the default. */
export function setAcceptedDomain(world: World, identity: string, change: { domainType?: DomainType; makeDefault?: boolean }): DomainOutcome {
  const view = findAcceptedDomain(world, identity);
  if (!view) return 'not-found';
  const d = world.tenant.domains.find((x) => same(x.name, view.name));
  if (d && change.domainType) d.domainType = change.domainType;
  if (change.makeDefault) for (const x of world.tenant.domains) x.isDefault = x === d;
  return 'ok';
}

/** Remove-AcceptedDomain: never the initial domain nor the default one. */
export function removeAcceptedDomain(world: World, identity: string): DomainOutcome {
  const view = findAcceptedDomain(world, identity);
  if (!view) return 'not-found';
  if (view.isInitial) return 'initial';
  if (view.isDefault) return 'default';
  world.tenant.domains.splice(world.tenant.domains.findIndex((x) => same(x.name, view.name)), 1);
  return 'ok';
}
