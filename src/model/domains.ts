/**
 * Adding and verifying tenant domains (S1 step 1: add the domain, publish the TXT record, verify),
 * as Microsoft 365 does it: an added domain is unverified until its `MS=ms########` TXT value (or the
 * `ms########.msv1.invalid` MX alternative) is visible to Microsoft's resolvers, that is in public DNS
 * with propagation (dns-records.ts). A verified domain is an accepted domain of Exchange Online by
 * itself (accepted-domains.ts lists every verified domain). The initial onmicrosoft.com domain is
 * not in `tenant.domains`; it is always verified and can't be removed.
 */
import type { TenantDomain, World } from './world';
import type { ReadonlyWorld } from '../store/state-store';
import type { DeepReadonly } from '../store/readonly';
import { WorldError } from './messages';
import { findTenantDomain, verificationRecordVisible } from './queries';
import { normaliseDnsName, resolveDns } from './dns-records';
import { draw } from './migration/determinism';

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
  if (!verificationRecordVisible(world, d.name, now) && !mxVerificationVisible(world, d, now)) return false;
  d.verified = true;
  d.verifiedAt = now;
  return true;
}

/** The TXT value a domain is given when added: `MS=ms` and 8 digits, fixed by the world's seed and the name. */
export function verificationCodeFor(seed: number, name: string): string {
  const n = 10_000_000 + Math.floor(draw(seed, `domain-verification:${normaliseDnsName(name)}`) * 90_000_000);
  return `MS=ms${n}`;
}

const DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** New-MgDomain: adds an unverified domain. Throws when the name is not a domain or is already there. */
export function newTenantDomain(world: World, name: string): DeepReadonly<TenantDomain> {
  const n = normaliseDnsName(name);
  if (!DOMAIN_NAME.test(n)) throw new WorldError('TenantDomainInvalid', [name]);
  if (n === world.tenant.initialDomain.toLowerCase() || findTenantDomain(world, n)) throw new WorldError('TenantDomainExists', [n]);
  const d: TenantDomain = { name: n, verificationCode: verificationCodeFor(world.random.seed, n), verified: false, verifiedAt: null, isDefault: false, domainType: 'Authoritative' };
  world.tenant.domains.push(d);
  return d;
}

export interface VerificationDnsRecord {
  recordType: 'Txt' | 'Mx';
  label: string;
  ttl: number;
  /** TXT: the `MS=ms########` value. */
  text?: string;
  /** MX: `ms########.msv1.invalid` and its preference (the lowest priority, so it never receives mail). */
  mailExchange?: string;
  preference?: number;
}

/** The records Get-MgDomainVerificationDnsRecord lists: the TXT record and the MX alternative. */
export function domainVerificationRecords(domain: DeepReadonly<TenantDomain>): VerificationDnsRecord[] {
  return [
    { recordType: 'Txt', label: domain.name, ttl: 3600, text: domain.verificationCode },
    { recordType: 'Mx', label: domain.name, ttl: 3600, mailExchange: mxVerificationHost(domain), preference: 32767 },
  ];
}

function mxVerificationHost(domain: DeepReadonly<TenantDomain>): string {
  return `${domain.verificationCode.replace(/^MS=/i, '').toLowerCase()}.msv1.invalid`;
}

function mxVerificationVisible(world: ReadonlyWorld, domain: DeepReadonly<TenantDomain>, now: number): boolean {
  const host = mxVerificationHost(domain);
  return resolveDns(world, domain.name, 'MX', now).some((v) => v.value === host);
}

/** Confirm-MgDomain: verifies the domain or throws why not (not added, already verified, record not visible). */
export function confirmTenantDomain(world: World, name: string, now: number): DeepReadonly<TenantDomain> {
  const d = findTenantDomain(world, name) as TenantDomain | undefined;
  if (!d) throw new WorldError('TenantDomainNotFound', [name]);
  if (d.verified) throw new WorldError('TenantDomainAlreadyVerified', [d.name]);
  if (!verifyTenantDomain(world, d.name, now)) throw new WorldError('TenantDomainNotVerifiable', [d.name]);
  return d;
}

/** Update-MgDomain -IsDefault: the default domain (verified, or the initial one) for new users and addresses. */
export function setDefaultTenantDomain(world: World, name: string, isDefault: boolean): void {
  const n = normaliseDnsName(name);
  if (n === world.tenant.initialDomain.toLowerCase()) {
    if (isDefault) for (const x of world.tenant.domains) x.isDefault = false;
    return;
  }
  const d = findTenantDomain(world, n) as TenantDomain | undefined;
  if (!d) throw new WorldError('TenantDomainNotFound', [name]);
  if (!d.verified) throw new WorldError('TenantDomainUnverified', [d.name]);
  if (isDefault) for (const x of world.tenant.domains) x.isDefault = x === d;
  else d.isDefault = false;
}

/** Objects whose addresses use the domain (users, mailboxes, mail users, groups). */
export function domainReferences(world: ReadonlyWorld, name: string): number {
  const suffix = '@' + normaliseDnsName(name);
  const uses = (a: string) => a.toLowerCase().endsWith(suffix);
  const t = world.tenant;
  return (
    t.users.filter((u) => uses(u.userPrincipalName)).length +
    t.mailboxes.filter((m) => m.emailAddresses.some((a) => uses(a)) || uses(m.primarySmtpAddress)).length +
    t.mailUsers.filter((m) => uses(m.primarySmtpAddress)).length +
    t.groups.filter((g) => uses(g.primarySmtpAddress)).length
  );
}

/** Remove-MgDomain: never the initial domain, the default one, or one that objects still use. */
export function removeTenantDomain(world: World, name: string): void {
  const n = normaliseDnsName(name);
  if (n === world.tenant.initialDomain.toLowerCase()) throw new WorldError('TenantDomainInitial', [n]);
  const i = world.tenant.domains.findIndex((d) => d.name.toLowerCase() === n);
  if (i < 0) throw new WorldError('TenantDomainNotFound', [name]);
  const d = world.tenant.domains[i]!;
  if (d.isDefault) throw new WorldError('TenantDomainDefault', [d.name]);
  const refs = domainReferences(world, n);
  if (refs > 0) throw new WorldError('TenantDomainInUse', [d.name, refs]);
  world.tenant.domains.splice(i, 1);
}
