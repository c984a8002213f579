/**
 * Lookups over the on-premises organization and the tenant, as Exchange resolves an -Identity:
 * alias, name, display name, sAMAccountName (with or without `DOMAIN\`), UPN, any SMTP address,
 * legacyExchangeDN, GUID. Principals are compared by sAMAccountName (see org.ts).
 */
import type { Account, Mailbox, TenantDomain } from './world';
import type { ReadonlyWorld } from '../store/state-store';
import type { DeepReadonly } from '../store/readonly';
import { verifyPassword } from './passwords';
import { resolveDns } from './dns-records';

type Org = ReadonlyWorld['onPrem'];

/**
 * `CONTOSO\Administrator` / `administrator` -> `administrator`. A prefix naming another domain is
 * kept, so `FABRIKAM\administrator` matches nobody in contoso.
 */
export function principalName(org: Org, identity: string): string {
  const id = identity.trim().toLowerCase();
  const slash = id.indexOf('\\');
  if (slash < 0) return id;
  const domain = id.slice(0, slash);
  return domain === org.netbiosName.toLowerCase() || domain === org.adDomain.toLowerCase() ? id.slice(slash + 1) : id;
}

export function findMailbox(org: Org, identity: string): DeepReadonly<Mailbox> | undefined {
  const id = identity.trim().toLowerCase();
  const sam = principalName(org, id);
  const smtp = 'smtp:' + id;
  return org.mailboxes.find(
    (m) =>
      m.alias.toLowerCase() === id ||
      m.samAccountName.toLowerCase() === sam ||
      m.userPrincipalName.toLowerCase() === id ||
      m.primarySmtpAddress.toLowerCase() === id ||
      m.displayName.toLowerCase() === id ||
      m.legacyExchangeDN.toLowerCase() === id ||
      m.exchangeGuid === id ||
      m.emailAddresses.some((a) => a.toLowerCase() === smtp),
  );
}

/** An account that can sign in: an explicit account, matched by sAMAccountName or UPN. */
export function findAccount(org: Org, identity: string): DeepReadonly<Account> | undefined {
  const id = identity.trim().toLowerCase();
  const sam = principalName(org, id);
  return org.accounts.find((a) => a.samAccountName.toLowerCase() === sam || a.userPrincipalName.toLowerCase() === id);
}

/** Checks a user name (`CONTOSO\x`, `x@domain`, `x`) and password against the salted hash. */
export function verifyCredentials(org: Org, userName: string, password: string): boolean {
  const id = userName.trim().toLowerCase();
  const slash = id.indexOf('\\');
  if (slash >= 0 && id.slice(0, slash) !== org.netbiosName.toLowerCase() && id.slice(0, slash) !== org.adDomain.toLowerCase())
    return false;
  const account = findAccount(org, id);
  return !!account && account.enabled && verifyPassword(account.password, password);
}

export function isDomainAdmin(org: Org, principal: string): boolean {
  const p = principalName(org, principal);
  return org.domainAdmins.some((a) => a.toLowerCase() === p);
}

/** How the migration account may open the mailbox (assign-permissions-for-migration.md), or null. */
export function migrationAccess(
  org: Org,
  principal: string,
  mailbox: DeepReadonly<Mailbox>,
): 'DomainAdmin' | 'FullAccess' | 'ReceiveAs' | null {
  const p = principalName(org, principal);
  if (isDomainAdmin(org, p)) return 'DomainAdmin';
  if (mailbox.fullAccess.some((a) => a.toLowerCase() === p)) return 'FullAccess';
  const db = org.databases.find((d) => d.name.toLowerCase() === mailbox.database.toLowerCase());
  if (db && db.receiveAs.some((a) => a.toLowerCase() === p)) return 'ReceiveAs';
  return null;
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

export function findTenantDomain(world: ReadonlyWorld, name: string): DeepReadonly<TenantDomain> | undefined {
  const n = name.trim().toLowerCase();
  return world.tenant.domains.find((d) => d.name.toLowerCase() === n);
}

/** True when the domain is added to the tenant and verified (rule R8). */
export function isDomainVerified(world: ReadonlyWorld, name: string): boolean {
  const n = name.trim().toLowerCase();
  if (n === world.tenant.initialDomain.toLowerCase()) return true;
  return findTenantDomain(world, n)?.verified === true;
}

/** The admin center's check: is the domain's TXT verification value visible in DNS at `now`? */
export function verificationRecordVisible(world: ReadonlyWorld, name: string, now: number): boolean {
  const d = findTenantDomain(world, name);
  if (!d) return false;
  return resolveDns(world, d.name, 'TXT', now).some((v) => v.value === d.verificationCode);
}
