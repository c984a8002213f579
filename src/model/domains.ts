/** Adding and verifying tenant domains (S1 step 1: add the domain, publish the TXT record, verify). */
import type { World } from './world';
import { WorldError } from './messages';
import { findTenantDomain, verificationRecordVisible } from './queries';

/** Adds a domain (unverified) with the TXT value to publish; returns the existing one if present. */
export function addTenantDomain(world: World, name: string, verificationCode: string): void {
  if (findTenantDomain(world, name)) return;
  world.tenant.domains.push({
    name: name.trim().toLowerCase(),
    verificationCode,
    verified: false,
    verifiedAt: null,
    isDefault: false,
    domainType: 'Authoritative',
  });
}

/** Verifies a domain when its TXT record is visible in DNS; returns whether it is now verified. */
export function verifyTenantDomain(world: World, name: string, now: number): boolean {
  const d = findTenantDomain(world, name) as World['tenant']['domains'][number] | undefined;
  if (!d) throw new WorldError('TenantDomainNotFound', [name]);
  if (d.verified) return true;
  if (!verificationRecordVisible(world, d.name, now)) return false;
  d.verified = true;
  d.verifiedAt = now;
  return true;
}
